"""The controller: turns screen intents into flow events, runs effects off the GUI thread, and
tells the window which screen to show. QtCore only (signals, timers, translators), no widgets.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QTranslator, Signal, Slot

from kiosk import i18n, views
from kiosk.availability import AvailabilityTracker
from kiosk.documents import Document
from kiosk.errors import ApiError, InvalidIdentifier, NotFound, OtpInvalid, RateLimited
from kiosk.flows.phone import PhoneFlow, StartOtp, VerifyOtp
from kiosk.flows.receive import (
    Effect,
    LookupFailure,
    LookupParcel,
    PrintTicket,
    ReceiveFlow,
)
from kiosk.flows.send import PrintReceipt
from kiosk.identifiers import check_s10
from kiosk.log import LogArea
from kiosk.lookup_guard import LookupGuard
from kiosk.maintenance.service import (
    Host,
    MaintenancePorts,
    MaintenanceService,
    MaintenanceSettings,
)
from kiosk.models import Box, Parcel
from kiosk.outbox import Outbox
from kiosk.sending import SendDriver, SendOptions
from kiosk.tasks import Outcome, TaskRunner
from kiosk.tickets import build_receive_ticket, build_send_receipt

log = logging.getLogger(LogArea.FLOW.logger_name)

# Receive screens besides the tracking screen where a scanned tracking number starts a lookup.
_RESCAN_SCREENS = frozenset(
    {
        views.RECEIVE_PHONE,
        views.RECEIVE_OTP,
        views.RECEIVE_NOT_FOUND,
        views.RECEIVE_NOT_ARRIVED,
        views.RECEIVE_DELIVERED,
        views.RECEIVE_RETURNED,
        views.ERROR,
    }
)


class ParcelApi(Protocol):
    def get_parcel(self, tracking_number: str) -> Parcel: ...


class TicketRecordQueue(Protocol):
    """Where a printed ticket's record waits for the server (kiosk.ticket_records)."""

    def add(
        self,
        tracking_numbers: list[str] | tuple[str, ...],
        printed_at: dt.datetime,
        language: str,
        idempotency_key: str,
    ) -> object: ...


class TicketPrinter(Protocol):
    def print(self, document: Document) -> Any: ...


@dataclass(frozen=True)
class TerminalInfo:
    terminal_id: str
    location: str
    languages: tuple[str, ...] = tuple(i18n.LANGUAGES)
    default_language: str = i18n.DEFAULT_LANGUAGE
    printer_required: bool = False


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Controller(QObject):
    """One per window. Intents are slots; ``screen_changed(name, view)`` drives the window."""

    screen_changed = Signal(str, object)
    language_changed = Signal(str)
    ticket_recorded = Signal(str)  # ticket id, once the server has the record
    _deliver = Signal(object, object)  # (callback, outcome), emitted from worker threads
    code_requested = Signal(str)  # E.164 phone an SMS code went to (the mock dev dock shows it)

    def __init__(
        self,
        *,
        api: ParcelApi,
        printer: TicketPrinter,
        terminal: TerminalInfo,
        tickets: TicketRecordQueue,
        runner_factory: Callable[..., TaskRunner] = TaskRunner,
        clock: Callable[[], dt.datetime] = _now,
        translations_dir=i18n.TRANSLATIONS_DIR,
        parent: QObject | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        lookup_guard: LookupGuard | None = None,
        maintenance_settings: MaintenanceSettings | None = None,
        maintenance_ports: MaintenancePorts | None = None,
        outbox: Outbox | None = None,
        send_options: SendOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.monotonic = monotonic  # countdowns (resend, cool-down) on screens use this clock
        self.lookup_guard = lookup_guard or LookupGuard(clock=lambda: self.monotonic())
        self._api = api
        self._printer = printer
        self._tickets = tickets
        self._terminal = terminal
        self._clock = clock
        self._translations_dir = translations_dir
        self._translator: QTranslator | None = None
        self._deliver.connect(self._on_delivered)
        self._runner = runner_factory(self._deliver.emit)
        self._flow: ReceiveFlow | PhoneFlow | None = None
        self._send: SendDriver | None = None
        if outbox is not None:  # the send flow needs the outbox; without one it is not offered
            self._send = SendDriver(
                runner=self._runner,
                api=api,  # type: ignore[arg-type]
                outbox=outbox,
                printer=printer,
                show=self._show,
                receipt=self._send_receipt,
                clock=clock,
                options=send_options or SendOptions(),
            )
        self.language = ""
        self.screen = ""
        self.view: views.View | None = None
        self.printer_fault = ""  # the printer's fault state, "" while it can print
        self._build_maintenance(maintenance_settings, maintenance_ports)
        self.set_language(terminal.default_language)
        self._show_home()

    # ---- intents -------------------------------------------------------------------------------

    @Slot()
    def warm_up(self) -> None:
        """Load what the start left for later (the HTTP stack, the printer: see CentralApi.prepare
        and printers.worker) in the background, so it happens after the first paint
        and not in the first customer's wait."""
        prepare = getattr(self._api, "prepare", None)
        if callable(prepare):
            self._runner.run_io(prepare, lambda outcome: self._warmed_up("API client", outcome))
        start = getattr(self._printer, "start", None)
        if callable(start):
            start()  # the printer's own worker thread opens it and polls its status
        self.maintenance.start()  # the audit of earlier runs, then the heartbeats

    def _warmed_up(self, what: str, outcome: Outcome[Any]) -> None:
        if not outcome.ok:
            log.warning("the %s could not be prepared yet: %s", what, outcome.error)

    @Slot(str, bool)
    def printer_status(self, state: str, fault: bool) -> None:
        """The printer's status changed (from its worker, re-emitted on the GUI thread).

        A required printer in a fault turns new customers away; a customer in a flow finishes it
        (a failed print keeps row and compartment on the screen), and meets the out-of-service
        screen only when they are done. When the printer recovers, the home screen comes back.
        """
        self.printer_fault = state if fault else ""
        self.availability.report("printer", not fault, state)
        self.maintenance.rerender()
        if self.screen in (views.HOME, views.OUT_OF_SERVICE):
            self._show_home()

    @property
    def out_of_service(self) -> bool:
        return not self.availability.current().in_service

    @Slot()
    def start_receive(self) -> None:
        if self.out_of_service:
            self._show_home()
            return
        if self._send is not None:
            self._send.end()
        self._flow = ReceiveFlow()
        self._show_flow()

    @Slot(str)
    def submit_tracking(self, text: str, scanned: bool = False) -> None:
        if self._cooling_down():
            return
        self._handle(self._flow.submit(text, scanned=scanned) if self._flow else [])

    @Slot(str, str)
    def scanned(self, code: str, source: str) -> None:
        """A scanner read a code: on home, the receive screens and the service-unavailable screen
        it is a tracking number; on the send screens, a box barcode."""
        log.info("scan from %s (%d characters) on %s", source, len(code), self.screen)
        if self.maintenance.scanned(code, source):
            return  # a staff badge, or a scan during maintenance
        if self.screen == views.HOME:
            self.start_receive()
        if self.screen == views.RECEIVE_TRACKING:
            self.submit_tracking(code, scanned=True)
        elif self.screen in (views.SEND_SCAN, views.SEND_CONFIRM):
            self.submit_box(code)
        elif self.screen in _RESCAN_SCREENS:
            self._scanned_mid_receive(code)

    def _scanned_mid_receive(self, code: str) -> None:
        """A scan on a receive screen other than the tracking screen (the phone, the code, a
        parcel's status, service unavailable): a new tracking lookup, as from home. The session
        it replaces ends (late answers to it are dropped, see ``flow is not self._flow``).

        Nothing happens while that session is busy (a code being requested or checked). A scan
        that is not a tracking number never ends a phone session (its SMS codes are limited per
        hour); elsewhere it shows the tracking screen with what is wrong, as on home. A customer
        already in a session keeps going while a required part is down, as on the tracking screen.
        """
        flow = self._flow
        if flow is not None and flow.busy:
            return
        if isinstance(flow, PhoneFlow):
            if not check_s10(code).ok:
                return
            log.info("phone session ended by a scanned tracking number")
        self._flow = ReceiveFlow()
        self.submit_tracking(code, scanned=True)

    @Slot()
    def retry(self) -> None:
        self._handle(self._flow.retry() if self._flow else [])

    @Slot()
    def edit_tracking(self) -> None:
        if self._flow:
            self._flow.edit()
            self._show_flow()

    @Slot()
    def finish(self) -> None:
        if self._flow:
            self._flow.finish()
            self._show_flow()

    @Slot()
    def go_home(self) -> None:
        """Back to the start; what was typed is forgotten. In-flight work still completes."""
        self._flow = None
        if self._send is not None:
            self._send.end()
        self._show_home()

    @Slot()
    def reset_session(self) -> None:
        """Idle timeout: home, and the terminal's default language."""
        self.set_language(self._terminal.default_language)
        self.go_home()

    @Slot(str)
    def set_language(self, language: str) -> None:
        if language not in i18n.LANGUAGES or language == self.language:
            return
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if app is not None:  # English too: its .qm has the plural forms and wording fixes
            translator = QTranslator(self)
            path = i18n.qm_path(language, self._translations_dir)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translator = translator
            elif language != i18n.SOURCE_LANGUAGE:
                log.error("translation file missing or unreadable: %s", path)
        self.language = language
        self.language_changed.emit(language)

    def shutdown(self) -> None:
        self._tick_timer.stop()
        self._runner.shutdown(wait=True)

    # ---- effects ---------------------------------------------------------------------------------

    def _handle(self, effects: list[Effect]) -> None:
        flow = self._flow
        for effect in effects:
            if isinstance(effect, LookupParcel):
                self._runner.run_io(
                    lambda tn=effect.tracking_number: self._api.get_parcel(tn),
                    lambda outcome, flow=flow: self._looked_up(flow, outcome),
                )
            elif isinstance(effect, PrintTicket):
                job = self._print_job(effect, self._ticket(effect), self.language)
                self._runner.run_printer(
                    job, lambda outcome, flow=flow: self._printed(flow, outcome)
                )
            elif isinstance(effect, StartOtp | VerifyOtp):
                self._run_otp(effect, flow)
        self._show_flow()

    def _looked_up(self, flow: ReceiveFlow | None, outcome: Outcome[Parcel]) -> None:
        if flow is None or flow is not self._flow:
            return  # the customer left; nothing was printed, nothing to do
        if outcome.ok and outcome.value is not None:
            self._handle(flow.lookup_succeeded(outcome.value))
            return
        error = outcome.error
        if isinstance(error, NotFound | InvalidIdentifier):
            failure = LookupFailure.NOT_FOUND
            if isinstance(flow, ReceiveFlow) and self._lookup_failed("tracking"):
                self._handle(flow.lookup_failed(failure))
                self._show_cooldown()
                return
        else:
            if not isinstance(error, ApiError):
                log.exception("lookup failed unexpectedly", exc_info=error)
            else:
                log.warning("lookup failed: %s", error)
            failure = LookupFailure.UNAVAILABLE
        self._handle(flow.lookup_failed(failure))

    def _print_job(
        self, effect: PrintTicket, document: Document, language: str
    ) -> Callable[[], Any]:
        """The printer lane's job: print, and once the printer says it printed, queue the
        ticket's record durably right there, before anything else can happen (a SIGTERM, the
        GUI thread busy, the customer gone); the delivery worker takes it to the server."""
        numbers = [p.tracking_number for p in effect.parcels]

        def job() -> Any:
            result = self._printer.print(document)
            if result is not None and result.ok:
                try:
                    self._tickets.add(numbers, result.printed_at, language, effect.job_id)
                except Exception:  # the disk: the customer holds the ticket all the same
                    log.exception(
                        "printed ticket %s could not be queued for its record", effect.job_id[:8]
                    )
            return result

        return job

    def _printed(self, flow: ReceiveFlow | PhoneFlow | None, outcome: Outcome[Any]) -> None:
        result = outcome.value
        ok = bool(outcome.ok and result is not None and result.ok)
        if not ok:
            log.warning("ticket not printed: %s", outcome.error or getattr(result, "detail", ""))
        if flow is None:
            return
        flow.print_finished(ok)
        if flow is self._flow:
            self._show_flow()

    def _ticket(self, effect: PrintTicket) -> Document:
        def tr(text: str) -> str:
            return QCoreApplication.translate("Ticket", text)

        return build_receive_ticket(
            effect.parcels,
            ticket_ref=effect.job_id[:8].upper(),
            terminal_id=self._terminal.terminal_id,
            terminal_location=self._terminal.location,
            printed_at=self._clock(),
            language=self.language,
            tr=tr,
            job_id=effect.job_id,
        )

    # ---- screens ---------------------------------------------------------------------------------

    @Slot(object, object)
    def _on_delivered(
        self, callback: Callable[[Outcome[Any]], None], outcome: Outcome[Any]
    ) -> None:
        callback(outcome)

    def _show_flow(self) -> None:
        if self._flow is not None:
            self._show(*self._flow.view())

    def _show(self, screen: str, view: views.View) -> None:
        self.screen, self.view = screen, view
        log.debug("screen %s", screen)
        self.screen_changed.emit(screen, view)

    def _show_home(self) -> None:
        """The home screen, or the out-of-service screen while a required part is down."""
        if self.out_of_service:
            state = self.availability.current()
            view = views.OutOfServiceView(state.reason, state.message)
            if self.screen != views.OUT_OF_SERVICE or self.view != view:
                log.warning("out of service: %s", state.reason)
                self._show(views.OUT_OF_SERVICE, view)
            return
        if self.screen == views.OUT_OF_SERVICE:
            log.info("back in service")
        self._show(views.HOME, self._home_view())

    def _home_view(self) -> views.HomeView:
        return views.HomeView(
            languages=self._terminal.languages, send_enabled=self._send is not None
        )

    # ---- receiving by phone number (issue 5) -------------------------------------------------

    @Slot()
    def start_phone(self) -> None:
        """The customer chose to use their phone number instead of the tracking number."""
        if self._cooling_down():
            return
        self._flow = PhoneFlow(lambda: self.monotonic())
        self._show_flow()

    @Slot(str)
    def submit_phone(self, digits: str) -> None:
        if isinstance(self._flow, PhoneFlow) and not self._cooling_down():
            self._handle(self._flow.submit_phone(digits))

    @Slot(str)
    def submit_code(self, code: str) -> None:
        if isinstance(self._flow, PhoneFlow) and not self._cooling_down():
            self._handle(self._flow.submit_code(code))

    @Slot()
    def resend_code(self) -> None:
        if isinstance(self._flow, PhoneFlow) and not self._cooling_down():
            self._handle(self._flow.resend())

    @Slot()
    def edit_phone(self) -> None:
        if isinstance(self._flow, PhoneFlow):
            self._flow.edit_phone()
            self._show_flow()

    def _run_otp(self, effect: StartOtp | VerifyOtp, flow: object) -> None:
        api: Any = self._api
        if isinstance(effect, StartOtp):
            phone = effect.phone
            self._runner.run_io(
                lambda: api.start_otp(phone),
                lambda outcome: self._otp_started(flow, phone, outcome),
            )
        else:
            challenge_id, code = effect.challenge_id, effect.code
            self._runner.run_io(
                lambda: api.verify_otp(challenge_id, code),
                lambda outcome: self._otp_verified(flow, outcome),
            )

    def _otp_started(self, flow: object, phone: str, outcome: Outcome[Any]) -> None:
        if not isinstance(flow, PhoneFlow) or flow is not self._flow:
            return
        if outcome.ok and outcome.value is not None:
            self.code_requested.emit(phone)
            self._handle(flow.code_sent(outcome.value))
        elif isinstance(outcome.error, InvalidIdentifier):
            self._handle(flow.phone_rejected())
        else:
            self._otp_failed(flow, outcome.error, "SMS code request")

    def _otp_verified(self, flow: object, outcome: Outcome[Any]) -> None:
        if not isinstance(flow, PhoneFlow) or flow is not self._flow:
            return
        if outcome.ok and outcome.value is not None:
            log.info("SMS code accepted: %d item(s)", len(outcome.value))
            self._handle(flow.code_verified(list(outcome.value)))
        elif isinstance(outcome.error, OtpInvalid):
            self._handle(flow.code_rejected(outcome.error.attempts_left))
            if self._lookup_failed("code"):
                self._show_cooldown()
        else:
            self._otp_failed(flow, outcome.error, "SMS code check")

    def _otp_failed(self, flow: PhoneFlow, error: BaseException | None, what: str) -> None:
        if isinstance(error, RateLimited):
            wait_s = error.retry_after_s if error.retry_after_s is not None else 60
            log.info("%s refused by the server's rate limit; retry after %d s", what, wait_s)
            self._handle(flow.cool_down(self.monotonic() + wait_s))
            return
        if isinstance(error, ApiError):
            log.warning("%s failed: %s", what, error)
        else:
            log.error("%s failed unexpectedly: %s", what, type(error).__name__)
        self._handle(flow.unavailable())

    def _lookup_failed(self, kind: str) -> bool:
        """Count a failed lookup; True when that starts the kiosk's own cool-down."""
        return self.lookup_guard.record_failure(kind)

    def _cooling_down(self) -> bool:
        """While the kiosk's own cool-down lasts, show it instead of looking anything up."""
        if not self.lookup_guard.blocked:
            return False
        self._show_cooldown()
        return True

    def _show_cooldown(self) -> None:
        until = self.lookup_guard.blocked_until()
        if isinstance(self._flow, PhoneFlow):
            self._flow.cool_down(until)
        self._show(views.RECEIVE_COOLDOWN, views.CooldownView(until))

    # ---- sending (the work is in kiosk.sending) ----------------------------------------------

    @Slot()
    def start_send(self) -> None:
        if self.out_of_service:
            self._show_home()
            return
        if self._send is not None:
            self._flow = None
            self._send.start()

    @Slot(str)
    def submit_box(self, text: str) -> None:
        """A box barcode, scanned or typed (the send flow's scan and confirm screens)."""
        if self._send is not None:
            self._send.submit(text)

    @Slot()
    def confirm_send(self) -> None:
        if self._send is not None:
            self._send.confirm()

    @Slot()
    def send_back(self) -> None:
        """Back from the confirmation to scanning; from scanning, home."""
        if self._send is None or not self._send.back():
            self.go_home()

    def _send_receipt(self, effect: PrintReceipt, box: Box | None) -> Document:
        def tr(text: str) -> str:
            return QCoreApplication.translate("Ticket", text)

        options = self._send.options if self._send is not None else SendOptions()
        return build_send_receipt(
            barcode=effect.barcode,
            box_size=box.size if box is not None else "",
            dispatch_ref=effect.idempotency_key[:8].upper(),
            tracking_url=options.tracking_url.format(tracking_number=effect.barcode),
            offline=effect.offline,
            terminal_id=self._terminal.terminal_id,
            terminal_location=self._terminal.location,
            accepted_at=effect.accepted_at,
            language=self.language,
            tr=tr,
            job_id=effect.idempotency_key,
        )

    # ---- maintenance, availability and the heartbeat (issue 8) ------------------------------

    def _build_maintenance(
        self, settings: MaintenanceSettings | None, ports: MaintenancePorts | None
    ) -> None:
        settings = settings or MaintenanceSettings()
        required = set(settings.required) | (
            {"printer"} if self._terminal.printer_required else set()
        )
        self.availability = AvailabilityTracker(
            required, down_after_s=settings.down_after_s, clock=lambda: self.monotonic()
        )
        self.maintenance = MaintenanceService(
            settings=settings,
            ports=ports or MaintenancePorts(),
            runner=self._runner,
            host=Host(
                show=self._show,
                show_home=self._show_home,
                current_screen=lambda: self.screen,
                availability_changed=self._availability_changed,
            ),
            availability=self.availability,
            printer=self._printer,
            terminal_id=self._terminal.terminal_id,
            lookup_alerts=self.lookup_guard.alerts,
            drain_lookup_alerts=self.lookup_guard.drain_alerts,
            monotonic=lambda: self.monotonic(),
            wall_clock=lambda: self._clock().astimezone(),
        )
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start()

    @Slot()
    def tick(self) -> None:
        """Once a second: maintenance idle close, heartbeat due, grace times of components."""
        self.maintenance.tick()

    def _availability_changed(self) -> None:
        """New customers only: a customer in a flow finishes it and meets the change at home."""
        if self.screen in (views.HOME, views.OUT_OF_SERVICE):
            self._show_home()

    @Slot()
    def staff_corner_tapped(self) -> None:
        self.maintenance.corner_tapped()

    @Slot(str)
    def submit_staff_pin(self, pin: str) -> None:
        self.maintenance.submit_pin(pin)

    @Slot()
    def maintenance_touched(self) -> None:
        self.maintenance.touch()

    @Slot()
    def close_maintenance(self) -> None:
        self.maintenance.close("staff")

    @Slot(str, str)
    def maintenance_action(self, action: str, text: str = "") -> None:
        self.maintenance.action(action, text)
