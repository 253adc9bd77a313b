"""The staff dashboard: its panels, the figures measured for it, and what its buttons do (print a
test slip or a COPY, paper replaced, out of service and back, send the outbox, the refused
entries, the self-test, restart or quit after a second tap). Every action is audited; the outcome
shows as a notice until the next action. GUI-thread state; blocking work on the runner's lanes."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk import views
from kiosk.accessibility.help_requests import HelpRequests
from kiosk.availability import AvailabilityTracker
from kiosk.documents import Document
from kiosk.formatting import format_time, format_timestamp
from kiosk.log import LogArea
from kiosk.maintenance.names import (
    FAILED_PREFIX,
    Action,
    AuditAction,
    AuditDetail,
    Notice,
    Panel,
)
from kiosk.maintenance.parked_panel import ParkedPanel
from kiosk.maintenance.ports import MaintenancePorts, Runner
from kiosk.maintenance.printing import ServicePrints
from kiosk.maintenance.selftest_runner import SelfTestRunner
from kiosk.maintenance.session import StaffSession
from kiosk.maintenance.settings import MaintenanceSettings
from kiosk.maintenance.status import DashboardStatus, Probe, probe
from kiosk.tasks import Outcome

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

LOG_LINES = 200
SHOWN_ON = (views.MAINTENANCE, views.MAINTENANCE_PIN)  # the screens it is drawn over
AUDITED_PANELS = {
    Panel.SCANNER: AuditAction.SCANNER_TEST,
    Panel.LOGS: AuditAction.VIEW_LOGS,
    Panel.PARKED: AuditAction.VIEW_PARKED,
}


class Dashboard:
    def __init__(
        self,
        *,
        settings: MaintenanceSettings,
        ports: MaintenancePorts,
        runner: Runner,
        show: Callable[[str, object], None],
        current_screen: Callable[[], str],
        availability: AvailabilityTracker,
        check_availability: Callable[[], None],
        session: StaffSession,
        prints: ServicePrints,
        self_test: SelfTestRunner,
        terminal_id: str,
        uptime_s: Callable[[], float],
        help_requests: HelpRequests | None = None,
    ) -> None:
        self._settings = settings
        self._ports = ports
        self._runner = runner
        self._show = show
        self._current_screen = current_screen
        self._availability = availability
        self._check_availability = check_availability
        self._session = session
        self._prints = prints
        self._self_test = self_test
        self._terminal_id = terminal_id
        self._uptime_s = uptime_s
        self.help = help_requests
        self.panel = Panel.DASHBOARD
        self.notice: tuple[Notice | None, str] = (None, "")  # the last action's outcome, detail
        self.confirm: Action | None = None  # waiting for its second tap
        self.busy = False  # measuring
        self.probe: Probe | None = None  # the last measurement
        self.last_scan = ""
        self.parked = ParkedPanel(
            load=ports.parked,
            requeue=ports.requeue,
            runner=runner,
            record=session.record,
            staff_id=lambda: session.staff_id,
            refresh=self.refresh,
            rerender=self.render,
        )

    def opened(self) -> None:
        """A staff member is in (from the PIN pad, or a staff station's home screen): the
        dashboard, its figures measured again."""
        self.panel, self.notice, self.confirm = Panel.DASHBOARD, (None, ""), None
        self.refresh(entering=True)

    def act(self, name: str, text: str = "") -> bool:
        """A dashboard intent (an :class:`Action`'s value); ``text``: the out-of-service message,
        the self-test's code or a refused entry's ref. False when there is no such action."""
        if name != Action.CONFIRM:
            self.confirm = None
        self.notice = (None, "")  # the last action's outcome is not this one's
        handlers: dict[Action, Callable[[], None]] = {
            Action.REFRESH: self.refresh,
            Action.TEST_SLIP: self._print_test_slip,
            Action.REPRINT: self._reprint,
            Action.PAPER_REPLACED: self._paper_replaced,
            Action.TAKE_OUT_OF_SERVICE: lambda: self._take_out(text),
            Action.BACK_IN_SERVICE: self._back_in_service,
            Action.SYNC_OUTBOX: self._sync_outbox,
            Action.SCANNER_TEST: lambda: self._panel_to(Panel.SCANNER),
            Action.SHOW_LOGS: lambda: self._panel_to(Panel.LOGS),
            Action.MESSAGE: lambda: self._panel_to(Panel.MESSAGE),
            Action.DASHBOARD: lambda: self._panel_to(Panel.DASHBOARD),
            Action.RESTART_APP: lambda: self._ask(Action.RESTART_APP),
            Action.QUIT_APP: lambda: self._ask(Action.QUIT_APP),
            Action.CONFIRM: self._confirmed,
            Action.CANCEL: self._cancel_confirm,
            Action.CLOSE_MAINTENANCE: lambda: self._session.close(AuditDetail.STAFF),
            Action.SELF_TEST: self._start_self_test,
            Action.SELFTEST_CODE: lambda: self._self_test.code_typed(text),
            Action.SELFTEST_SKIP: self._self_test.skip,
            Action.SHOW_PARKED: self._show_parked,
            Action.CLOSE_HELP: self._close_help,
            Action.REQUEUE: lambda: self.parked.requeue(text),
        }
        try:
            handler = handlers.get(Action(name))
        except ValueError:
            handler = None
        if handler is None:
            log.warning("unknown maintenance action %r", name)
            return False
        handler()
        return True

    # ---- the figures -------------------------------------------------------------------------

    def refresh(self, *, entering: bool = False) -> None:
        """Measure the API and the disk again (io lane), then show the dashboard."""
        ports = self._ports
        self.busy = True
        self._runner.run_io(
            lambda: probe(ports.health, ports.data_dir, ports.outbox_stats), self._probed
        )
        if self.panel is Panel.PARKED:
            self.parked.load()
        self.render(entering=entering)

    def _probed(self, outcome: Outcome[Probe]) -> None:
        self.busy = False
        if outcome.ok and outcome.value is not None:
            self.probe = outcome.value
            self._availability.report("api", outcome.value.api_ok, outcome.value.api_detail)
            self._check_availability()
        self.render()

    def status(self) -> DashboardStatus:
        return DashboardStatus(
            terminal_id=self._terminal_id,
            version=self._settings.app_version,
            uptime_s=self._uptime_s(),
            printer=self._ports.printer_status(),
            scanners=tuple(self._ports.scanners()),
            last_scan=self.last_scan,
            probe=self.probe,
            storage_alerts=tuple(self._ports.storage_alerts()),
        )

    def render(self, *, entering: bool = False) -> None:
        """Show the dashboard as it is now (while a staff member is in maintenance; ``entering``:
        from whatever screen is shown)."""
        staff_id = self._session.staff_id
        if staff_id is None or (self._current_screen() not in SHOWN_ON and not entering):
            return
        availability, ports, parked = self._availability, self._ports, self.parked
        lines = tuple(ports.log_lines(LOG_LINES)) if self.panel is Panel.LOGS else ()
        view = views.MaintenanceView(
            staff_id=staff_id,
            status=self.status(),
            audit=tuple(
                views.AuditLineView(format_timestamp(e.at), e.staff_id, e.action, e.detail)
                for e in ports.audit.recent()
            ),
            panel=self.panel,
            log_lines=lines,
            notice=self.notice[0],
            notice_detail=self.notice[1],
            confirm=self.confirm,
            out_of_service=availability.staff_out_of_service or availability.remote_requested,
            out_of_service_message=availability.current().message,
            reason=availability.current().reason,
            can_reprint=self._last_ticket() is not None,
            can_sync=ports.sync_outbox is not None,
            can_restart=ports.restart_app is not None,
            can_quit=ports.quit_app is not None,
            busy=self.busy,
            selftest=self._self_test.view(),
            parked=parked.entries,
            parked_loading=parked.loading,
            parked_result=parked.result[0],
            parked_result_detail=parked.result[1],
            requeuing=parked.requeuing,
            can_requeue=parked.can_requeue,
            help_requests=self._help_views(),
        )
        self._show(views.MAINTENANCE, view)

    def _help_views(self) -> tuple[views.HelpRequestView, ...]:
        if self.help is None:
            return ()
        return tuple(
            views.HelpRequestView(
                r.ref, format_time(r.opened_at), tuple((p.row, p.compartment) for p in r.places)
            )
            for r in self.help.open_requests
        )

    def _close_help(self) -> None:
        """Staff brought the parcels of the oldest open request."""
        if self.help is None or not self.help.open_requests:
            return
        request = self.help.open_requests[0]
        self.help.close(request.ref)
        log.info("help request %d closed by staff %s", request.ref, self._session.staff_id)

    def _panel_to(self, panel: Panel) -> None:
        self.panel = panel
        audited = AUDITED_PANELS.get(panel)
        if audited is not None:
            self._session.record(audited)

    def _notify(self, notice: Notice, detail: str = "") -> None:
        self.notice = (notice, detail)

    # ---- the printer -------------------------------------------------------------------------

    def _print_test_slip(self) -> None:
        self._notify(Notice.PRINTING)
        self._prints.test_slip(self._test_slip_done)

    def _test_slip_done(self, ok: bool, detail: str) -> None:
        self._session.record(AuditAction.TEST_SLIP, _printed(ok, detail))
        self._notify(Notice.TEST_SLIP_PRINTED if ok else Notice.PRINT_FAILED, "" if ok else detail)

    def _last_ticket(self) -> Document | None:
        return self._ports.last_ticket(self._settings.reprint_window_s)

    def _reprint(self) -> None:
        original = self._last_ticket()
        if original is None:
            self._notify(Notice.NO_TICKET_TO_REPRINT)
            return
        self._notify(Notice.PRINTING)
        self._prints.copy(original, self._reprinted)

    def _reprinted(self, ok: bool, detail: str) -> None:
        self._session.record(AuditAction.REPRINT_COPY, _printed(ok, detail))
        self._notify(Notice.COPY_PRINTED if ok else Notice.PRINT_FAILED, "" if ok else detail)

    def _paper_replaced(self) -> None:
        if self._ports.paper_replaced is not None:
            self._ports.paper_replaced()
        self._session.record(AuditAction.PAPER_REPLACED)
        self._notify(Notice.PAPER_REPLACED)

    # ---- customers served or turned away, the outbox -----------------------------------------

    def _take_out(self, message: str) -> None:
        message = " ".join(message.split())[:200]
        self._availability.set_staff(self._session.staff_id, message)
        self.panel = Panel.DASHBOARD
        self._session.record(AuditAction.OUT_OF_SERVICE, message)
        self._notify(Notice.TAKEN_OUT_OF_SERVICE)
        self._check_availability()

    def _back_in_service(self) -> None:
        self._availability.set_staff(None)
        self._session.record(AuditAction.BACK_IN_SERVICE)
        self._notify(Notice.BACK_IN_SERVICE)
        self._check_availability()

    def _sync_outbox(self) -> None:
        sync = self._ports.sync_outbox
        if sync is None:
            self._notify(Notice.SYNC_UNAVAILABLE)
            return
        self._session.record(AuditAction.SYNC_OUTBOX)
        self._notify(Notice.SYNC_STARTED)

        def then(outcome: Outcome[int]) -> None:
            if not outcome.ok:
                self._notify(Notice.SYNC_FAILED, str(outcome.error or ""))
            elif outcome.value:
                self._notify(Notice.SYNC_WAITING, str(outcome.value))
            else:
                self._notify(Notice.SYNC_DONE)
            self.refresh()

        self._runner.run_io(sync, then)

    def _show_parked(self) -> None:
        self._panel_to(Panel.PARKED)
        self.parked.show()

    # ---- the self-test, restart and quit -----------------------------------------------------

    def _start_self_test(self) -> None:
        self.panel = Panel.SELFTEST
        self._self_test.start()

    def _ask(self, what: Action) -> None:
        available = self._ports.restart_app if what is Action.RESTART_APP else self._ports.quit_app
        if available is None:
            self._notify(Notice.UNAVAILABLE)
            return
        self.confirm = what

    def _cancel_confirm(self) -> None:
        self.confirm = None

    def _confirmed(self) -> None:
        what, self.confirm = self.confirm, None
        ports = {Action.RESTART_APP: self._ports.restart_app, Action.QUIT_APP: self._ports.quit_app}
        port = ports.get(what) if what is not None else None
        if what is None or port is None:
            return
        self._session.record(AuditAction(what))
        log.warning("maintenance: %s by staff %s", what, self._session.staff_id)
        port()


def _printed(ok: bool, detail: str) -> str:
    """The audit's detail of a print-out."""
    return AuditDetail.PRINTED if ok else f"{FAILED_PREFIX}{detail}"
