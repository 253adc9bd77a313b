"""The maintenance service without Qt: its parts (session, dashboard, self-test) behind the
facade, on a runner that runs each task at once, the printer port and the shared names."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import pytest
from clocks import FakeClock

from kiosk import views
from kiosk.availability import AvailabilityTracker
from kiosk.documents import Document, Text
from kiosk.log import LogArea
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.names import (
    Action,
    AuditAction,
    AuditDetail,
    Notice,
    Panel,
    SelfTestStep,
    TerminalState,
)
from kiosk.maintenance.pins import hash_pin
from kiosk.maintenance.ports import Host, MaintenancePorts
from kiosk.maintenance.printing import RememberingPrinter
from kiosk.maintenance.service import MaintenanceService
from kiosk.maintenance.settings import MaintenanceSettings
from kiosk.maintenance.slips import COPY_MARK
from kiosk.maintenance.staff import StaffMember
from kiosk.ports.printer import Printer, PrinterState, PrinterStatus, PrintResult
from kiosk.tasks import Outcome

PIN = "2468"


class InlineRunner:
    """Both lanes at once, on the calling thread."""

    def run_io(self, fn, then):
        try:
            outcome = Outcome(value=fn())
        except Exception as exc:
            outcome = Outcome(error=exc)
        then(outcome)

    run_printer = run_io


class FakePrinter:
    def __init__(self) -> None:
        self.state = PrinterStatus(PrinterState.OK)
        self.printed: list[Document] = []
        self.started = 0
        self.closed = 0

    def start(self) -> None:
        self.started += 1

    def status(self) -> PrinterStatus:
        return self.state

    def print(self, document: Document) -> PrintResult:
        if not self.state.can_print:
            return PrintResult.failed(document.job_id, self.state.state, "cannot print")
        self.printed.append(document)
        return PrintResult.succeeded(document.job_id, dt.datetime.now(dt.UTC))

    def close(self) -> None:
        self.closed += 1


@dataclass
class Screens:
    shown: list[tuple[str, object]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.shown[-1][0] if self.shown else views.HOME

    @property
    def view(self) -> object:
        return self.shown[-1][1]

    def host(self) -> Host:
        return Host(
            show=lambda name, view: self.shown.append((name, view)),
            show_home=lambda: self.shown.append((views.HOME, None)),
            current_screen=lambda: self.name,
            availability_changed=lambda: None,
        )


@dataclass
class Built:
    service: MaintenanceService
    screens: Screens
    printer: FakePrinter
    remembering: RememberingPrinter
    clock: FakeClock


@pytest.fixture
def built(tmp_path) -> Built:
    clock = FakeClock()
    screens = Screens()
    printer = FakePrinter()
    remembering = RememberingPrinter(printer, clock)
    ports = MaintenancePorts(
        printer_status=printer.status,
        last_ticket=remembering.last_ticket,
        data_dir=tmp_path,
        audit=AuditLog(tmp_path / "audit.jsonl"),
    )
    service = MaintenanceService(
        settings=MaintenanceSettings(staff=(StaffMember("S001", hash_pin(PIN, iterations=2_000)),)),
        ports=ports,
        runner=InlineRunner(),
        host=screens.host(),
        availability=AvailabilityTracker(clock=clock),
        printer=remembering,
        terminal_id="T-1",
        monotonic=clock,
    )
    return Built(service, screens, printer, remembering, clock)


def open_dashboard(built: Built) -> views.MaintenanceView:
    for _ in range(5):
        built.service.corner_tapped()
    assert built.screens.name == views.MAINTENANCE_PIN
    built.service.submit_pin(PIN)
    assert built.screens.name == views.MAINTENANCE
    view = built.screens.view
    assert isinstance(view, views.MaintenanceView)
    return view


def dashboard(built: Built) -> views.MaintenanceView:
    view = built.screens.view
    assert isinstance(view, views.MaintenanceView)
    return view


def test_the_gesture_and_the_pin_open_the_dashboard_and_the_audit_says_how(built):
    view = open_dashboard(built)
    assert (built.service.staff_id, view.panel, view.notice) == ("S001", Panel.DASHBOARD, None)
    assert built.service.terminal_state() is TerminalState.MAINTENANCE
    [opened] = built.service.audit.recent()
    assert (opened.action, opened.detail) == (AuditAction.OPEN, AuditDetail.GESTURE)
    built.service.action(Action.CLOSE_MAINTENANCE)
    assert built.screens.name == views.HOME
    assert built.service.audit.recent()[0].action == AuditAction.CLOSE


def test_a_staff_station_opens_the_dashboard_for_its_staff_member_with_the_right(built):
    built.screens.shown.append((views.STOCKING_MENU, None))  # a station's home: no PIN pad
    assert built.service.open_signed_in("S001")
    assert built.screens.name == views.MAINTENANCE
    assert dashboard(built).staff_id == "S001"
    [opened] = built.service.audit.recent()
    assert (opened.action, opened.detail) == (AuditAction.OPEN, AuditDetail.STATION)
    built.service.action(Action.CLOSE_MAINTENANCE)
    assert built.screens.name == views.HOME  # the host's home: the station's, at a station


def test_a_staff_member_without_the_right_is_refused_at_the_pad_and_from_a_station(built):
    limited = (StaffMember("S001", hash_pin(PIN, iterations=2_000), maintenance=False),)
    built.service.session.gate.staff = limited
    built.screens.shown.append((views.STOCKING_MENU, None))
    assert not built.service.open_signed_in("S001")
    assert built.screens.name == views.STOCKING_MENU
    built.screens.shown.append((views.HOME, None))
    for _ in range(5):
        built.service.corner_tapped()
    built.service.submit_pin(PIN)
    assert built.screens.name == views.MAINTENANCE_PIN
    view = built.screens.view
    assert isinstance(view, views.MaintenancePinView)
    assert (view.refused, view.wrong) == (True, False)
    assert built.service.staff_id is None
    assert built.service.audit.recent() == []


def test_every_dashboard_action_has_a_handler(built):
    open_dashboard(built)
    for action in Action:
        if action is Action.SERVICE_TOGGLE:  # a button only: the screen turns it into another
            continue
        if built.service.staff_id is None:
            open_dashboard(built)
        assert built.service.dashboard.act(action), action


def test_an_unknown_action_is_logged_and_changes_nothing(built, caplog):
    open_dashboard(built)
    shown = len(built.screens.shown)
    with caplog.at_level(logging.WARNING, logger=LogArea.MAINTENANCE.logger_name):
        built.service.action("no_such_action")
    assert "unknown maintenance action 'no_such_action'" in caplog.text
    assert len(built.screens.shown) == shown


def test_a_copy_of_the_last_receive_ticket_is_printed_marked_and_audited(built):
    ticket = Document("receive_ticket", "kk", "job-1", (Text("CC016695190KZ"),))
    assert built.remembering.print(ticket).ok
    assert open_dashboard(built).can_reprint
    built.service.action(Action.REPRINT)
    copy = built.printer.printed[-1]
    assert copy.job_id != ticket.job_id
    assert copy.texts().count(COPY_MARK) == 2
    assert dashboard(built).notice is Notice.COPY_PRINTED
    assert built.service.audit.recent()[0].action == AuditAction.REPRINT_COPY
    built.clock.now += built.service.settings.reprint_window_s + 1
    built.service.action(Action.REPRINT)
    assert dashboard(built).notice is Notice.NO_TICKET_TO_REPRINT


def test_a_failed_test_slip_says_why(built):
    open_dashboard(built)
    built.printer.state = PrinterStatus(PrinterState.COVER_OPEN)
    built.service.action(Action.TEST_SLIP)
    view = dashboard(built)
    assert (view.notice, view.notice_detail) == (Notice.PRINT_FAILED, "cannot print")
    entry = built.service.audit.recent()[0]
    assert (entry.action, entry.detail) == (AuditAction.TEST_SLIP, "failed: cannot print")


@pytest.mark.parametrize(
    ("state", "passes"),
    [(PrinterState.OK, True), (PrinterState.PAPER_NEAR_END, True), (PrinterState.PAPER_OUT, False)],
)
def test_the_self_test_asks_the_printer_port(built, state, passes):
    open_dashboard(built)
    built.printer.state = PrinterStatus(state, "sensor")
    built.service.action(Action.SELF_TEST)
    test = built.service.self_test.current
    assert test is not None
    assert test.results[0].step is SelfTestStep.PRINTER
    assert (test.results[0].ok, test.results[0].detail) == (passes, f"{state} · sensor")
    assert dashboard(built).panel is Panel.SELFTEST


def test_the_remembering_printer_is_the_port_and_no_proxy():
    printer = FakePrinter()
    remembering = RememberingPrinter(printer, FakeClock())
    assert isinstance(remembering, Printer)
    remembering.start()
    remembering.close()
    assert (printer.started, printer.closed) == (1, 1)
    assert remembering.status() == printer.state
    assert not hasattr(remembering, "printed")  # nothing else passes through
    slip = Document("test_slip", "en", "test-1")
    remembering.print(slip)
    assert remembering.last_ticket(600) is None  # only receive tickets are kept
