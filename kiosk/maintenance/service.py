"""Maintenance mode and the fleet heartbeat, Qt-free: the controller forwards intents and a
one-second tick; blocking work goes to the task runner's lanes; results come back on the GUI
thread (the runner's ``deliver``), where all of this object's state lives.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kiosk import __version__, views
from kiosk.availability import AvailabilityTracker
from kiosk.documents import Document
from kiosk.formatting import format_time, format_timestamp
from kiosk.log import LogArea
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.heartbeat import TerminalSnapshot
from kiosk.maintenance.heartbeat_sender import HeartbeatSender
from kiosk.maintenance.parked import ParkedEntry, parse_ref
from kiosk.maintenance.selftest import FILE_NAME as SELF_TEST_FILE
from kiosk.maintenance.selftest import SelfTest, save_summary
from kiosk.maintenance.slips import copy_of, service_slip
from kiosk.maintenance.staff import StaffGate, StaffMember, TapCounter, check_pin
from kiosk.maintenance.status import DashboardStatus, OutboxStats, Probe, probe
from kiosk.tasks import Outcome

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

LOG_LINES = 200


@dataclass(frozen=True)
class MaintenanceSettings:
    staff: tuple[StaffMember, ...] = ()
    badge_prefix: str = ""
    corner_taps: int = 5
    corner_window_s: float = 3.0
    max_wrong_pins: int = 5
    lockout_s: float = 300.0
    idle_close_s: float = 120.0
    reprint_window_s: float = 600.0
    heartbeat_interval_s: float = 30.0
    outbox_alert_age_s: float = 600.0
    required: tuple[str, ...] = ()
    down_after_s: float = 0.0
    app_version: str = __version__


def _unknown_printer() -> tuple[str, str]:
    return ("unknown", "")


def _no_scanners() -> list[tuple[str, str]]:
    return []


def _no_log_lines(_count: int) -> list[str]:
    return []


@dataclass
class MaintenancePorts:
    """The other components, as the composition root hands them in (None: not available)."""

    printer_status: Callable[[], tuple[str, str]] = _unknown_printer  # memory only, no I/O
    health: Callable[[], Any] | None = None  # blocking: API reachability
    heartbeat: Callable[[Mapping[str, Any]], Any] | None = None  # blocking
    outbox_stats: Callable[[], OutboxStats] | None = None  # blocking (disk)
    sync_outbox: Callable[[], int] | None = None  # blocking; what is still waiting after it
    parked: Callable[[], list[ParkedEntry]] | None = None  # blocking (disk): refused entries
    requeue: Callable[[str, int], None] | None = None  # blocking (disk): (kind, id) pending again
    scanners: Callable[[], list[tuple[str, str]]] = _no_scanners  # (kind, state), memory only
    log_lines: Callable[[int], list[str]] = _no_log_lines  # already masked, memory only
    paper_replaced: Callable[[], None] | None = None  # ask the printer for its status again
    restart_app: Callable[[], None] | None = None
    quit_app: Callable[[], None] | None = None
    data_dir: Path | None = None  # free disk space is measured here
    audit: AuditLog = field(default_factory=lambda: AuditLog(None))


class Runner(Protocol):
    def run_io(self, fn: Callable[[], Any], then: Callable[[Outcome[Any]], None]) -> Any: ...

    def run_printer(self, fn: Callable[[], Any], then: Callable[[Outcome[Any]], None]) -> Any: ...


@dataclass
class Host:
    """What the service needs from the controller."""

    show: Callable[[str, Any], None]
    show_home: Callable[[], None]
    current_screen: Callable[[], str]
    availability_changed: Callable[[], None]


class MaintenanceService:
    def __init__(
        self,
        *,
        settings: MaintenanceSettings,
        ports: MaintenancePorts,
        runner: Runner,
        host: Host,
        availability: AvailabilityTracker,
        printer: Any,
        terminal_id: str,
        lookup_alerts: Callable[[], list[dict[str, object]]] = list,
        drain_lookup_alerts: Callable[[], list[dict[str, object]]] = list,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC).astimezone(),
    ) -> None:
        self.settings = settings
        self.ports = ports
        self.availability = availability
        self.audit = ports.audit
        self._runner = runner
        self._host = host
        self._printer = printer
        self._terminal_id = terminal_id
        self._monotonic = monotonic
        self._wall_clock = wall_clock
        self.gate = StaffGate(
            settings.staff,
            badge_prefix=settings.badge_prefix,
            max_wrong=settings.max_wrong_pins,
            lockout_s=settings.lockout_s,
            clock=monotonic,
        )
        self.corner = TapCounter(
            taps=settings.corner_taps, window_s=settings.corner_window_s, clock=monotonic
        )
        self.staff_id: str | None = None
        self._pin_for: str | None = None
        self._pin_busy = False
        self._pin_wrong = False
        self._last_touch = monotonic()
        self._started_at = monotonic()
        self._panel = "dashboard"
        self._notice = ("", "")
        self._confirm = ""
        self._busy = False
        self._probe: Probe | None = None
        self._last_scan = ""
        self._selftest: SelfTest | None = None
        self._running = False
        self._next_heartbeat = 0.0
        self._parked: tuple[ParkedEntry, ...] = ()  # as last read
        self._parked_reads = (0, 0)  # (started, applied): the io lane has several threads
        self._parked_result = ("", "")  # the last "try again": (outcome, detail)
        self._requeuing = ""  # the ref of the entry being put back, while on the io lane
        self.heartbeat = HeartbeatSender(
            send=ports.heartbeat,
            run_io=runner.run_io,
            availability=availability,
            snapshot=self._snapshot,
            outbox_stats=ports.outbox_stats,
            outbox_alert_age_s=settings.outbox_alert_age_s,
            lookup_alerts=lookup_alerts,
            drain_lookup_alerts=drain_lookup_alerts,
            on_answer=self._heartbeat_answered,
        )
        self._seen = availability.current()

    # ---- life ------------------------------------------------------------------------------

    def start(self) -> None:
        """After the first paint: load the audit of earlier runs; heartbeats begin."""
        self._running = True
        self._runner.run_io(self.audit.load, lambda _outcome: self._rerender())

    @property
    def heartbeat_in_flight(self) -> bool:
        return self.heartbeat.in_flight

    @property
    def heartbeats_done(self) -> int:
        return self.heartbeat.done

    @property
    def last_heartbeat(self) -> dict[str, Any] | None:
        """The body the server last accepted."""
        return self.heartbeat.last_body

    @property
    def active(self) -> bool:
        """A staff member is in maintenance, or the PIN pad is open."""
        return self.staff_id is not None or self._host.current_screen() == views.MAINTENANCE_PIN

    def tick(self) -> None:
        """Every second, from the controller's timer."""
        now = self._monotonic()
        if self.active and now - self._last_touch > self.settings.idle_close_s:
            log.info("maintenance closed after %.0f s without a touch", self.settings.idle_close_s)
            self.close(reason="idle")
        if self._running and now >= self._next_heartbeat:
            self.send_heartbeat()
        if "scanner" in self.availability.required:
            states = self.ports.scanners()
            working = [kind for kind, state in states if state == "ok"]
            self.availability.report("scanner", bool(working), "" if working else "no scanner")
        self.check_availability()

    def touch(self) -> None:
        self._last_touch = self._monotonic()

    def check_availability(self) -> None:
        current = self.availability.current()
        if current != self._seen:
            self._seen = current
            self._host.availability_changed()

    # ---- entry -----------------------------------------------------------------------------

    def corner_tapped(self) -> None:
        home = self._host.current_screen() in (views.HOME, views.OUT_OF_SERVICE)
        if home and self.corner.tap():
            self.open_pin(None)

    def scanned(self, code: str, source: str) -> bool:
        """True when the scan was for maintenance (a staff badge, or any scan while in it)."""
        self._last_scan = f"{code} ({source}, {format_time(self._wall_clock())})"
        if self.staff_id is not None:
            self.touch()
            test = self._selftest
            if self._panel == "selftest" and test is not None and test.step == "scan":
                test.scanned(code, source)
                self._run_self_test()
            if self._panel in ("scanner", "selftest"):
                self._rerender()
            return True
        staff_id = self.gate.badge_staff_id(code)
        if staff_id is None:
            return self.active
        if self._host.current_screen() in (views.HOME, views.OUT_OF_SERVICE, views.MAINTENANCE_PIN):
            self.open_pin(staff_id)
        return True  # a badge is never a tracking number

    def open_pin(self, staff_id: str | None) -> None:
        if self.staff_id is not None:
            return
        log.info("maintenance PIN pad opened (%s)", "badge" if staff_id else "gesture")
        self._pin_for, self._pin_wrong, self._pin_busy = staff_id, False, False
        self.touch()
        self._show_pin()

    def submit_pin(self, pin: str) -> None:
        if self._host.current_screen() != views.MAINTENANCE_PIN or self._pin_busy:
            return
        self.touch()
        if self.gate.locked:
            self._show_pin()
            return
        staff, staff_id = self.gate.staff, self._pin_for
        self._pin_busy = True
        self._show_pin()
        self._runner.run_io(lambda: check_pin(staff, pin, staff_id), self._pin_checked)

    def _pin_checked(self, outcome: Outcome[str | None]) -> None:
        self._pin_busy = False
        if self._host.current_screen() != views.MAINTENANCE_PIN:
            return  # the pad was closed meanwhile
        found = outcome.value if outcome.ok else None
        self.gate.record(found)
        if found is None:
            self._pin_wrong = True
            self._show_pin()
            return
        self.staff_id = found
        self._panel, self._notice, self._confirm = "dashboard", ("", ""), ""
        self._record("open", "badge" if self._pin_for else "gesture")
        self.refresh()

    def _show_pin(self) -> None:
        locked_until = self._monotonic() + self.gate.remaining_s() if self.gate.locked else 0.0
        view = views.MaintenancePinView(
            staff_id=self._pin_for,
            wrong=self._pin_wrong,
            attempts_left=self.gate.attempts_left,
            locked_until=locked_until,
            busy=self._pin_busy,
        )
        self._host.show(views.MAINTENANCE_PIN, view)

    def close(self, reason: str = "") -> None:
        """Leave maintenance (or the PIN pad) for the home or out-of-service screen."""
        if self.staff_id is not None:
            self._record("close", reason)
        self.staff_id, self._pin_for, self._confirm = None, None, ""
        self._host.show_home()

    # ---- the dashboard -----------------------------------------------------------------------

    def action(self, name: str, text: str = "") -> None:
        """A dashboard button (its id); ``text``: the out-of-service message."""
        if self.staff_id is None:
            return
        self.touch()
        if name != "confirm":
            self._confirm = ""
        self._notice = ("", "")  # the last action's outcome is not this one's
        handlers: dict[str, Callable[[], None]] = {
            "refresh": self.refresh,
            "test_slip": self._print_service_slip,
            "reprint": self._reprint,
            "paper_replaced": self._paper_replaced,
            "take_out_of_service": lambda: self._take_out(text),
            "back_in_service": self._back_in_service,
            "sync_outbox": self._sync_outbox,
            "scanner_test": lambda: self._panel_to("scanner"),
            "show_logs": lambda: self._panel_to("logs"),
            "message": lambda: self._panel_to("message"),
            "dashboard": lambda: self._panel_to("dashboard"),
            "restart_app": lambda: self._ask("restart_app"),
            "quit_app": lambda: self._ask("quit_app"),
            "confirm": self._confirmed,
            "cancel": self._cancel_confirm,
            "close_maintenance": lambda: self.close("staff"),
            "self_test": self._start_self_test,
            "selftest_code": lambda: self._self_test_code(text),
            "selftest_skip": self._self_test_skip,
            "show_parked": self._show_parked,
            "requeue": lambda: self._requeue(text),
        }
        handler = handlers.get(name)
        if handler is None:
            log.warning("unknown maintenance action %r", name)
            return
        handler()
        if self.staff_id is not None:
            self._rerender()

    def refresh(self) -> None:
        """Measure the API and the disk again (io lane), then show the dashboard."""
        ports = self.ports
        self._busy = True
        self._runner.run_io(
            lambda: probe(ports.health, ports.data_dir, ports.outbox_stats), self._probed
        )
        if self._panel == "parked":
            self._load_parked()
        self._rerender()

    def _probed(self, outcome: Outcome[Probe]) -> None:
        self._busy = False
        if outcome.ok and outcome.value is not None:
            self._probe = outcome.value
            self.availability.report("api", outcome.value.api_ok, outcome.value.api_detail)
            self.check_availability()
        self._rerender()

    def status(self) -> DashboardStatus:
        state, detail = self.ports.printer_status()
        return DashboardStatus(
            terminal_id=self._terminal_id,
            version=self.settings.app_version,
            uptime_s=self._monotonic() - self._started_at,
            printer_state=state,
            printer_detail=detail,
            scanners=tuple(self.ports.scanners()),
            last_scan=self._last_scan,
            probe=self._probe,
        )

    def _rerender(self) -> None:
        if self.staff_id is None or self._host.current_screen() not in (
            views.MAINTENANCE,
            views.MAINTENANCE_PIN,
        ):
            return
        staff = self.availability.staff_out_of_service
        lines = tuple(self.ports.log_lines(LOG_LINES)) if self._panel == "logs" else ()
        view = views.MaintenanceView(
            staff_id=self.staff_id,
            status=self.status(),
            audit=tuple(
                views.AuditLineView(format_timestamp(e.at), e.staff_id, e.action, e.detail)
                for e in self.audit.recent()
            ),
            panel=self._panel,
            log_lines=lines,
            notice=self._notice[0],
            notice_detail=self._notice[1],
            confirm=self._confirm,
            out_of_service=staff or self.availability.remote_requested,
            out_of_service_message=self.availability.current().message,
            reason=self.availability.current().reason,
            can_reprint=self._last_ticket() is not None,
            can_sync=self.ports.sync_outbox is not None,
            can_restart=self.ports.restart_app is not None,
            can_quit=self.ports.quit_app is not None,
            busy=self._busy,
            selftest=self._self_test_view(),
            parked=self._parked,
            parked_loading=self._parked_reads[0] != self._parked_reads[1],
            parked_result=self._parked_result[0],
            parked_result_detail=self._parked_result[1],
            requeuing=self._requeuing,
            can_requeue=self.ports.requeue is not None,
        )
        self._host.show(views.MAINTENANCE, view)

    def rerender(self) -> None:
        """Something the dashboard shows changed (the printer's state)."""
        self._rerender()

    def _panel_to(self, panel: str) -> None:
        self._panel = panel
        audited = {"scanner": "scanner_test", "logs": "view_logs", "parked": "view_parked"}
        if panel in audited:
            self._record(audited[panel])

    def _notify(self, notice: str, detail: str = "") -> None:
        self._notice = (notice, detail)

    def _record(self, action: str, detail: str = "", staff_id: str | None = None) -> None:
        """Audited with ``staff_id`` (who asked, for a result that comes back later), else the
        staff member in maintenance now."""
        who = staff_id or self.staff_id or "-"
        entry = self.audit.entry(who, action, detail, at=self._wall_clock())
        log.info("maintenance: %s %s %s", entry.staff_id, action, detail)
        self._runner.run_io(lambda: self.audit.write(entry), lambda _outcome: None)

    # ---- actions -----------------------------------------------------------------------------

    def _print(self, document: Document, done: Callable[[bool, str], None]) -> None:
        printer = self._printer

        def then(outcome: Outcome[Any]) -> None:
            result = outcome.value
            ok = bool(outcome.ok and getattr(result, "ok", False))
            detail = getattr(result, "detail", "") if result is not None else str(outcome.error)
            done(ok, detail or "")
            self._rerender()

        self._runner.run_printer(lambda: printer.print(document), then)

    def _print_service_slip(self, code: str = "") -> None:
        document = service_slip(
            terminal_id=self._terminal_id,
            version=self.settings.app_version,
            printed_at=self._wall_clock(),
            code=code,
        )
        self._notify("printing")
        self._print(document, self._test_slip_done)

    def _test_slip_done(self, ok: bool, detail: str) -> None:
        self._record("test_slip", "printed" if ok else f"failed: {detail}")
        self._notify("test_slip_printed" if ok else "print_failed", "" if ok else detail)

    def _last_ticket(self) -> Document | None:
        last = getattr(self._printer, "last_ticket", None)
        return last(self.settings.reprint_window_s) if callable(last) else None

    def _reprint(self) -> None:
        original = self._last_ticket()
        if original is None:
            self._notify("no_ticket_to_reprint")
            return
        self._notify("printing")
        self._print(copy_of(original), self._reprinted)

    def _reprinted(self, ok: bool, detail: str) -> None:
        self._record("reprint_copy", "printed" if ok else f"failed: {detail}")
        self._notify("copy_printed" if ok else "print_failed", "" if ok else detail)

    def _paper_replaced(self) -> None:
        if self.ports.paper_replaced is not None:
            self.ports.paper_replaced()
        self._record("paper_replaced")
        self._notify("paper_replaced")

    def _take_out(self, message: str) -> None:
        message = " ".join(message.split())[:200]
        self.availability.set_staff(self.staff_id, message)
        self._panel = "dashboard"
        self._record("out_of_service", message)
        self._notify("taken_out_of_service")
        self.check_availability()

    def _back_in_service(self) -> None:
        self.availability.set_staff(None)
        self._record("back_in_service")
        self._notify("back_in_service")
        self.check_availability()

    def _sync_outbox(self) -> None:
        sync = self.ports.sync_outbox
        if sync is None:
            self._notify("sync_unavailable")
            return
        self._record("sync_outbox")
        self._notify("sync_started")

        def then(outcome: Outcome[Any]) -> None:
            if not outcome.ok:
                self._notify("sync_failed", str(outcome.error or ""))
            elif outcome.value:
                self._notify("sync_waiting", str(outcome.value))
            else:
                self._notify("sync_done")
            self.refresh()

        self._runner.run_io(sync, then)

    def _show_parked(self) -> None:
        self._panel_to("parked")
        self._parked, self._parked_result = (), ("", "")
        self._load_parked()

    def _load_parked(self) -> None:
        """Read the refused entries again (the outbox's file: on the io lane); only the newest
        read is shown (an older one may come back later)."""
        load = self.ports.parked
        if load is None:
            return
        read = self._parked_reads[0] + 1
        self._parked_reads = (read, self._parked_reads[1])

        def then(outcome: Outcome[list[ParkedEntry]]) -> None:
            if read != self._parked_reads[0]:
                return
            self._parked_reads = (read, read)
            if outcome.ok:
                self._parked = tuple(outcome.value or ())
            else:
                self._parked = ()
                self._parked_result = ("load_failed", str(outcome.error or ""))
            self._rerender()

        self._runner.run_io(load, then)

    def _requeue(self, ref: str) -> None:
        """Staff's "try again" on one refused entry (``ref`` as ``ParkedEntry.ref``): back to
        pending with its key; the delivery worker sends it. Audited as ``requeue``."""
        port, parsed = self.ports.requeue, parse_ref(ref)
        entry = next((e for e in self._parked if e.ref == ref), None)
        if port is None or parsed is None or entry is None or self._requeuing:
            return
        self._requeuing, staff_id = ref, self.staff_id
        detail = f"{ref} {' '.join(entry.what)}"

        def then(outcome: Outcome[Any]) -> None:
            self._requeuing = ""
            if outcome.ok:
                self._record("requeue", detail, staff_id)
                self._parked_result = ("requeued", " ".join(entry.what))
            else:
                error = str(outcome.error or "").strip("'\"")
                self._record("requeue", f"{detail} failed: {error}", staff_id)
                self._parked_result = ("requeue_failed", error)
            self.refresh()  # the figures and the list: one fewer refused, one more waiting

        self._runner.run_io(lambda: port(*parsed), then)

    def _ask(self, what: str) -> None:
        available = self.ports.restart_app if what == "restart_app" else self.ports.quit_app
        if available is None:
            self._notify("unavailable")
            return
        self._confirm = what

    def _cancel_confirm(self) -> None:
        self._confirm = ""

    def _confirmed(self) -> None:
        what, self._confirm = self._confirm, ""
        port = {"restart_app": self.ports.restart_app, "quit_app": self.ports.quit_app}.get(what)
        if port is None:
            return
        self._record(what)
        log.warning("maintenance: %s by staff %s", what, self.staff_id)
        port()

    # ---- the self-test wizard ----------------------------------------------------------------

    def _self_test_view(self) -> views.SelfTestView | None:
        test = self._selftest
        if test is None:
            return None
        return views.SelfTestView(
            step=test.step,
            results=tuple((r.step, r.ok, r.detail) for r in test.results),
            waiting_for_code=test.waiting_for_code,
            passed=test.passed,
        )

    def _start_self_test(self) -> None:
        self._selftest = SelfTest()
        self._panel = "selftest"
        self._record("self_test_started")
        self._run_self_test()

    def _run_self_test(self) -> None:
        """Start the blocking part of the step under way (results come back on the GUI thread)."""
        test = self._selftest
        if test is None:
            return
        if test.step == "printer":
            status = getattr(self._printer, "status", None)
            if not callable(status):
                test.record(False, "no printer")
                self._run_self_test()
                return
            self._runner.run_printer(status, lambda outcome: self._self_test_printer(test, outcome))
        elif test.step == "slip" and not test.waiting_for_code:
            document = service_slip(
                terminal_id=self._terminal_id,
                version=self.settings.app_version,
                printed_at=self._wall_clock(),
                code=test.code,
            )
            self._print(document, lambda ok, detail: self._self_test_slip(test, ok, detail))
        elif test.step == "api":
            health = self.ports.health
            self._runner.run_io(
                lambda: probe(health, None, None),
                lambda outcome: self._self_test_api(test, outcome),
            )
        elif test.done:
            self._self_test_finished(test)

    def _self_test_printer(self, test: SelfTest, outcome: Outcome[Any]) -> None:
        if test is not self._selftest:
            return
        status = outcome.value
        if outcome.ok and status is not None:
            state = getattr(status, "state", "unknown")
            test.printer_detected(
                str(getattr(state, "value", state)), getattr(status, "detail", "")
            )
        else:
            test.record(False, str(outcome.error))
        self._run_self_test()
        self._rerender()

    def _self_test_slip(self, test: SelfTest, ok: bool, detail: str) -> None:
        if test is not self._selftest:
            return
        test.slip_printed(ok, detail)
        self._run_self_test()

    def _self_test_code(self, typed: str) -> None:
        test = self._selftest
        if test is None or test.step != "slip" or not test.waiting_for_code:
            return
        test.code_typed(typed.strip())
        self._run_self_test()

    def _self_test_skip(self) -> None:
        test = self._selftest
        if test is None or test.step not in ("slip", "scan"):
            return
        test.skip()
        self._run_self_test()

    def _self_test_api(self, test: SelfTest, outcome: Outcome[Probe]) -> None:
        if test is not self._selftest:
            return
        result = outcome.value
        if outcome.ok and result is not None:
            latency = f"{result.api_latency_ms:.0f} ms" if result.api_latency_ms else ""
            test.record(result.api_ok, latency if result.api_ok else result.api_detail)
        else:
            test.record(False, str(outcome.error))
        self._run_self_test()
        self._rerender()

    def _self_test_finished(self, test: SelfTest) -> None:
        summary = test.summary(self._wall_clock(), self.staff_id or "-")
        self._record("self_test", "passed" if test.passed else "failed")
        data_dir = self.ports.data_dir
        if data_dir is not None:
            path = data_dir / SELF_TEST_FILE
            self._runner.run_io(lambda: save_summary(path, summary), lambda _outcome: None)

    # ---- the heartbeat -----------------------------------------------------------------------

    def terminal_state(self) -> str:
        screen = self._host.current_screen()
        if self.staff_id is not None or screen in (views.MAINTENANCE_PIN, views.MAINTENANCE):
            return "maintenance"
        if not self.availability.current().in_service:
            return "out_of_service"
        return "ready" if screen == views.HOME else "busy"

    def send_heartbeat(self) -> None:
        self._next_heartbeat = self._monotonic() + self.settings.heartbeat_interval_s
        self.heartbeat.send()

    def _snapshot(self) -> TerminalSnapshot:
        """What the heartbeat reports, read now (the outbox is read on the io lane)."""
        state, detail = self.ports.printer_status()
        return TerminalSnapshot(
            app_version=self.settings.app_version,
            state=self.terminal_state(),
            printer_state=state,
            printer_detail=detail,
            scanners=tuple(self.ports.scanners()),
            outbox_depth=0,
            outbox_oldest_s=None,
            uptime_s=self._monotonic() - self._started_at,
        )

    def _heartbeat_answered(self) -> None:
        self.check_availability()
        self._rerender()
