"""A kiosk with maintenance, wired by the app's own wiring (kiosk.app.wiring.wire: the printer
worker over the mock printer, the real API clients against the session's central server, the real
outbox and its delivery worker (not started: a test starts it or calls it), the audit in a temp
dir), on injected clocks, so lockouts, grace times and idle closing run without sleeps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from clocks import FakeClock
from kiosk_builder import kiosk_config
from kiosk_driver import WAIT_MS

from kiosk.app.wiring import AppActions, Clocks, CoreParts, Factories, wire
from kiosk.controller import Controller
from kiosk.maintenance.audit import FILE_NAME
from kiosk.maintenance.log_ring import LogRing
from kiosk.maintenance.pins import hash_pin
from kiosk.maintenance.settings import MaintenanceSettings
from kiosk.maintenance.staff import StaffMember
from kiosk.outbox import Outbox
from kiosk.outbox_sync import DeliveryWorker
from printers.mock import MockPrinter
from printers.worker import PrinterWorker
from ui.main_window import MainWindow

PINS = {"S001": "2468", "S002": "135790"}
BADGE_PREFIX = "STAFF-"
_HASHES = {staff_id: hash_pin(pin, iterations=2_000) for staff_id, pin in PINS.items()}


@dataclass
class SystemCalls:
    restarts: int = 0
    quits: int = 0


UNUSED_BOXES = ("CB200000010KZ", "CB200000023KZ", "CB200000037KZ")  # the demo data's


@dataclass
class MaintenanceKiosk:
    controller: Controller
    window: MainWindow
    printer: MockPrinter
    worker: PrinterWorker
    clock: FakeClock
    audit_path: Path
    calls: SystemCalls
    log_ring: LogRing
    outbox: Outbox
    wall: FakeClock  # the outbox's and its delivery worker's clock (epoch seconds)
    delivery: DeliveryWorker  # not started: a test starts it, or staff's "send now" runs it inline
    core: CoreParts
    scanners: list[tuple[str, str]] = field(default_factory=list)  # (kind, state)

    def queue(self, age_s: float) -> None:
        """A dispatch waiting in the outbox for ``age_s`` seconds (an unused demo box)."""
        barcode = UNUSED_BOXES[len(self.outbox.all())]
        now = self.wall.now
        self.wall.now = now - age_s
        try:
            accepted = dt.datetime.fromtimestamp(self.wall.now, dt.UTC)
            self.outbox.add(barcode, accepted, str(uuid.uuid4()))
        finally:
            self.wall.now = now


def settings(**changes: Any) -> MaintenanceSettings:
    staff = tuple(StaffMember(staff_id, h) for staff_id, h in _HASHES.items())
    base = MaintenanceSettings(staff=staff, badge_prefix=BADGE_PREFIX)
    return dataclasses.replace(base, **changes)


def build(
    qtbot,
    tmp_path: Path,
    url: str,
    *,
    printer_required: bool = True,
    now: Callable[[], dt.datetime] | None = None,
    **changes: Any,
) -> MaintenanceKiosk:
    """``now``: the controller's wall clock (an aware datetime), for fixed times on screen;
    ``changes``: to the maintenance settings."""
    clock = FakeClock()
    wall = FakeClock(1_800_000_000.0)
    printer = MockPrinter(tmp_path / "tickets")
    calls = SystemCalls()
    scanners: list[tuple[str, str]] = [("wedge", "ok")]
    clocks = Clocks(monotonic=clock, wall=wall, **({"now": now} if now is not None else {}))
    actions = AppActions(
        restart_app=lambda: setattr(calls, "restarts", calls.restarts + 1),
        quit_app=lambda: setattr(calls, "quits", calls.quits + 1),
        scanners=lambda: list(scanners),
    )
    core = wire(
        kiosk_config(tmp_path, url, printer={"required": printer_required}),
        Factories(open_printer=lambda: printer, clocks=clocks),
        actions=actions,
        maintenance=settings(**changes),
    )
    core.controller.warm_up()
    window = MainWindow(core.controller, fullscreen=False)
    qtbot.addWidget(window)
    window.show()
    return MaintenanceKiosk(
        core.controller,
        window,
        printer,
        core.printer,
        clock,
        tmp_path / FILE_NAME,
        calls,
        core.log_ring,
        core.outbox,
        wall,
        core.delivery,
        core,
        scanners,
    )


def close(kiosk: MaintenanceKiosk) -> None:
    kiosk.core.close()


def beat(qtbot, kiosk: MaintenanceKiosk) -> None:
    """One heartbeat, sent now and answered (one already on its way is waited for first)."""
    service = kiosk.controller.maintenance
    qtbot.waitUntil(lambda: not service.heartbeat_in_flight, timeout=WAIT_MS)
    before = service.heartbeats_done
    service.send_heartbeat()
    qtbot.waitUntil(lambda: service.heartbeats_done > before, timeout=WAIT_MS)


def dev(url: str, method: str, path: str, **kwargs: Any) -> Any:
    response = requests.request(method, url + path, timeout=10, **kwargs)
    response.raise_for_status()
    return response.json()
