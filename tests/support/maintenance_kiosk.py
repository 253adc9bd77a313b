"""A kiosk with maintenance wired as kiosk/app.py wires it (the printer worker over the mock
printer, the real API client against the session's central server, the real outbox and its
delivery worker (not started: a test starts it or calls it), the audit in a temp dir), on
injected clocks, so lockouts, grace times and idle closing run without sleeps."""

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
from kiosk_builder import TERMINAL, make_api
from kiosk_driver import WAIT_MS

from kiosk.app import PrinterRelay
from kiosk.controller import Controller, TerminalInfo
from kiosk.maintenance.audit import FILE_NAME, AuditLog
from kiosk.maintenance.log_ring import LogRing
from kiosk.maintenance.parked import parked_entries, requeue
from kiosk.maintenance.pins import hash_pin
from kiosk.maintenance.service import MaintenancePorts, MaintenanceSettings
from kiosk.maintenance.slips import RememberingPrinter
from kiosk.maintenance.staff import StaffMember
from kiosk.outbox import Outbox, OutboxStats
from kiosk.outbox_sync import DeliveryWorker
from kiosk.ticket_records import TicketRecords, combined
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
    syncs: int = 0


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
    delivery_api: Any
    scanners: list[tuple[str, str]] = field(default_factory=list)  # (kind, state)
    delivery: DeliveryWorker | None = None  # not started: a test starts it or calls it inline

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
    api: Any,
    *,
    printer_required: bool = True,
    now: Callable[[], dt.datetime] | None = None,
    **changes: Any,
) -> MaintenanceKiosk:
    """``now``: the controller's wall clock (an aware datetime), for fixed times on screen."""
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
    wall = FakeClock(1_800_000_000.0)
    outbox = Outbox(tmp_path / "outbox.sqlite3", clock=wall)
    delivery_api = make_api(url)  # a client of its own, as in the app
    tickets = TicketRecords(outbox)
    delivery = DeliveryWorker(outbox, delivery_api, clock=wall, tickets=tickets)
    scanners: list[tuple[str, str]] = [("wedge", "ok")]

    def printer_status() -> tuple[str, str]:
        status = worker.last_status
        return status.state.value, status.detail

    def sync() -> int:
        calls.syncs += 1
        return delivery.sync_now()  # as the app: the worker is not started here, so it runs inline

    def outbox_stats() -> OutboxStats:
        return combined(outbox.stats(), tickets.stats())  # as the app: both tables

    ports = MaintenancePorts(
        printer_status=printer_status,
        health=api.health,
        heartbeat=api.heartbeat,
        outbox_stats=outbox_stats,
        sync_outbox=sync,
        parked=lambda: parked_entries(outbox, tickets),
        requeue=lambda kind, entry_id: requeue(outbox, tickets, kind, entry_id),
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
        tickets=tickets,
        monotonic=clock,
        maintenance_settings=settings(**changes),
        maintenance_ports=ports,
        **({"clock": now} if now is not None else {}),
    )
    relay.setParent(controller)
    relay.status.connect(controller.printer_status)
    controller.warm_up()
    window = MainWindow(controller, fullscreen=False)
    qtbot.addWidget(window)
    window.show()
    return MaintenanceKiosk(
        controller,
        window,
        printer,
        worker,
        clock,
        audit_path,
        calls,
        ring,
        outbox,
        wall,
        delivery_api,
        scanners,
        delivery,
    )


def close(kiosk: MaintenanceKiosk) -> None:
    kiosk.controller.shutdown()
    kiosk.worker.close(timeout_s=10)
    kiosk.log_ring.uninstall()
    if kiosk.delivery is not None and kiosk.delivery.running:
        kiosk.delivery.stop()
    kiosk.outbox.close()
    kiosk.delivery_api.close()


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
