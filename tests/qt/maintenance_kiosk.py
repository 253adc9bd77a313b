"""A kiosk with maintenance wired as kiosk/app.py wires it (the printer worker over the mock
printer, the real API client against the session's central server, the audit in a temp dir),
on an injected monotonic clock, so lockouts, grace times and idle closing run without sleeps."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from kiosk_driver import WAIT_MS

from kiosk.app import PrinterRelay
from kiosk.controller import Controller, TerminalInfo
from kiosk.maintenance.audit import FILE_NAME, AuditLog
from kiosk.maintenance.log_ring import LogRing
from kiosk.maintenance.pins import hash_pin
from kiosk.maintenance.service import MaintenancePorts, MaintenanceSettings
from kiosk.maintenance.slips import RememberingPrinter
from kiosk.maintenance.staff import StaffMember
from printers.mock import MockPrinter
from printers.worker import PrinterWorker
from ui.main_window import MainWindow

TERMINAL = "T-ALA-01"
PINS = {"S001": "2468", "S002": "135790"}
BADGE_PREFIX = "STAFF-"
_HASHES = {staff_id: hash_pin(pin, iterations=2_000) for staff_id, pin in PINS.items()}


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class SystemCalls:
    restarts: int = 0
    quits: int = 0
    syncs: int = 0


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
    outbox: list[float] = field(default_factory=list)  # ages of the fake outbox's entries
    scanners: list[tuple[str, str]] = field(default_factory=list)  # (kind, state)


def settings(**changes: Any) -> MaintenanceSettings:
    staff = tuple(StaffMember(staff_id, h) for staff_id, h in _HASHES.items())
    base = MaintenanceSettings(staff=staff, badge_prefix=BADGE_PREFIX)
    return dataclasses.replace(base, **changes)


def build(
    qtbot, tmp_path: Path, url: str, api: Any, *, printer_required: bool = True, **changes: Any
) -> MaintenanceKiosk:
    clock = FakeClock()
    printer = MockPrinter(tmp_path / "tickets")
    relay = PrinterRelay()
    worker = PrinterWorker(
        lambda: printer,
        poll_interval_s=60,
        on_status=lambda status: relay.status.emit(status.state.value, status.is_fault),
    )
    calls = SystemCalls()
    ring = LogRing().install()
    audit_path = tmp_path / FILE_NAME
    outbox: list[float] = []
    scanners: list[tuple[str, str]] = [("wedge", "ok")]

    def printer_status() -> tuple[str, str]:
        status = worker.last_status
        return status.state.value, status.detail

    def sync() -> None:
        calls.syncs += 1
        outbox.clear()

    ports = MaintenancePorts(
        printer_status=printer_status,
        health=api.health,
        heartbeat=api.heartbeat,
        outbox_stats=lambda: (len(outbox), max(outbox) if outbox else None),
        sync_outbox=sync,
        scanners=lambda: list(scanners),
        paper_replaced=worker.poll_soon,
        log_lines=ring.lines,
        restart_app=lambda: setattr(calls, "restarts", calls.restarts + 1),
        quit_app=lambda: setattr(calls, "quits", calls.quits + 1),
        data_dir=tmp_path,
        audit=AuditLog(audit_path),
    )
    controller = Controller(
        api=api,
        printer=RememberingPrinter(worker, clock),
        terminal=TerminalInfo(TERMINAL, "Almaty, Abay 1", printer_required=printer_required),
        monotonic=clock,
        maintenance_settings=settings(**changes),
        maintenance_ports=ports,
    )
    relay.setParent(controller)
    relay.status.connect(controller.printer_status)
    controller.warm_up()
    window = MainWindow(controller, fullscreen=False)
    qtbot.addWidget(window)
    window.show()
    return MaintenanceKiosk(
        controller, window, printer, worker, clock, audit_path, calls, ring, outbox, scanners
    )


def close(kiosk: MaintenanceKiosk) -> None:
    kiosk.controller.shutdown()
    kiosk.worker.close(timeout_s=10)
    kiosk.log_ring.uninstall()


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
