"""Benchmark of maintenance and the heartbeat: what runs off the GUI thread (a PIN check with the
configured hashing, a heartbeat round trip, the dashboard's probe of the API and the disk) and what
runs on it (the controller's one-second tick, rendering the dashboard).

Run from the repository root (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_maintenance.py [--samples 50]

It starts the embedded reference server with the demo data on loopback. Prints median and p90 in
milliseconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from central.server import start_embedded  # noqa: E402
from kiosk import views  # noqa: E402
from kiosk.api import CentralApi  # noqa: E402
from kiosk.maintenance.heartbeat import TerminalSnapshot, alerts, heartbeat_body  # noqa: E402
from kiosk.maintenance.names import AuditAction, AuditDetail, TerminalState  # noqa: E402
from kiosk.maintenance.pins import hash_pin  # noqa: E402
from kiosk.maintenance.staff import StaffMember, check_pin  # noqa: E402
from kiosk.maintenance.status import DashboardStatus, probe  # noqa: E402
from kiosk.ports.printer import PrinterState, PrinterStatus  # noqa: E402
from ui.screens.maintenance.screen import MaintenanceScreen  # noqa: E402

TERMINAL = "T-ALA-01"
PRINTER_OK = PrinterStatus(PrinterState.OK)


def timed(fn, samples: int) -> list[float]:
    out = []
    for _ in range(samples):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def report(name: str, values: list[float]) -> None:
    values = sorted(values)
    p90 = values[int(len(values) * 0.9) - 1]
    print(f"{name:<44} median {statistics.median(values):7.2f} ms   p90 {p90:7.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=50)
    args = parser.parse_args()
    n = args.samples
    staff = [StaffMember(f"S{i:03d}", hash_pin(f"{1000 + i}")) for i in range(5)]
    report("PIN check, one staff entry (badge)", timed(lambda: check_pin(staff, "1003", "S003"), n))
    report(
        "PIN check, five staff entries (gesture)", timed(lambda: check_pin(staff, "1003", None), n)
    )

    server = start_embedded("sqlite:///:memory:", dev=True, host="127.0.0.1", port=0)
    api = CentralApi(server.url, "dev-" + TERMINAL, TERMINAL)
    try:
        api.health()  # warm the connection
        snapshot = TerminalSnapshot("0.1.0", TerminalState.READY, PRINTER_OK, (), 0, None, 12.0)
        body = heartbeat_body(snapshot, alerts(snapshot))
        report("heartbeat round trip (io lane)", timed(lambda: api.heartbeat(body), n))
        with tempfile.TemporaryDirectory() as data:
            report(
                "dashboard probe: API health + free disk (io lane)",
                timed(lambda: probe(api.health, Path(data), None), n),
            )
            result = probe(api.health, Path(data), None)
    finally:
        api.close()
        server.stop()

    app = QApplication.instance() or QApplication([])
    screen = MaintenanceScreen()
    screen.resize(1920, 1080)
    screen.show()
    status = DashboardStatus(TERMINAL, "0.1.0", 3600.0, PRINTER_OK, (), "", result)
    audit = tuple(
        views.AuditLineView(
            f"25.11.2026 15:{i:02d}:00", "S001", AuditAction.TEST_SLIP, AuditDetail.PRINTED
        )
        for i in range(20)
    )

    app.processEvents()
    uptime = iter(range(10**6))

    def render() -> None:
        view_status = dataclasses.replace(status, uptime_s=float(next(uptime)))
        screen.show_view(views.MaintenanceView("S001", view_status, audit))
        screen.repaint()  # a synchronous paint of the whole screen

    report("dashboard render + full repaint (GUI thread)", timed(render, n))
    screen.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
