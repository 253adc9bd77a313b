"""Carries out the receive flows' effects: lookups and SMS codes on the io lane, the ticket on the
printer lane; outcomes come back (on the GUI thread, through the task runner's ``deliver``) into
the flow, and the flow's screen is shown. The kiosk's own limit on failed lookups
(`LookupGuard`) is applied here.

Qt-free: the controller forwards the screens' intents to one of these.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial

from kiosk import views
from kiosk.display import Display
from kiosk.documents import Document
from kiosk.errors import ApiError, InvalidIdentifier, NotFound, OtpInvalid, RateLimited
from kiosk.identifiers import check_s10
from kiosk.log import LogArea
from kiosk.models import OtpChallenge, Parcel
from kiosk.outbox.ticket_records import TicketRecordQueue
from kiosk.ports.central import ReceiveApi
from kiosk.ports.printer import Printer, PrintResult
from kiosk.receive.flow import Effect, LookupFailure, LookupParcel, PrintTicket, ReceiveFlow
from kiosk.receive.lookup_guard import LookupGuard
from kiosk.receive.phone import PhoneEffect, PhoneFlow, StartOtp, VerifyOtp
from kiosk.receive.pickup import PickupFlow, VerifyPickupCode
from kiosk.receive.ticket import build_receive_ticket
from kiosk.tasks import Outcome, Runner
from kiosk.terminal import TerminalInfo

log = logging.getLogger(LogArea.FLOW.logger_name)

Flow = ReceiveFlow | PhoneFlow


class ReceiveDriver:
    def __init__(
        self,
        *,
        runner: Runner,
        api: ReceiveApi,
        printer: Printer,
        tickets: TicketRecordQueue,
        display: Display,
        terminal: TerminalInfo,
        guard: LookupGuard,
        tr: Callable[[str], str],
        clock: Callable[[], dt.datetime],
        monotonic: Callable[[], float],
    ) -> None:
        self._runner = runner
        self._api = api
        self._printer = printer
        self._tickets = tickets
        self._display = display
        self._terminal = terminal
        self.guard = guard
        self._tr = tr
        self._clock = clock
        self._monotonic = monotonic
        self.flow: Flow | None = None
        self.on_code_requested: Callable[[str], None] = lambda _phone: None

    # ---- intents (GUI thread) ------------------------------------------------------------------

    def start(self) -> None:
        self.flow = ReceiveFlow()
        self._show_flow()

    def end(self) -> None:
        """The session is over (home, idle, another flow). Work in flight still completes."""
        self.flow = None

    def submit_tracking(self, text: str, scanned: bool = False) -> None:
        if self._cooling_down():
            return
        if isinstance(self.flow, ReceiveFlow):
            self._handle(self.flow.submit(text, scanned=scanned))
        else:
            self._show_flow()

    def scanned_elsewhere(self, code: str) -> None:
        """A scan on a receive screen other than the tracking screen (the phone, the code, a
        parcel's status, service unavailable): a new tracking lookup, as from home. The session
        it replaces ends (late answers to it are dropped, see ``flow is not self.flow``).

        Nothing happens while that session is busy (a code being requested or checked). A scan
        that is not a tracking number never ends a phone session (its SMS codes are limited per
        hour); elsewhere it shows the tracking screen with what is wrong, as on home. A customer
        already in a session keeps going while a required part is down, as on the tracking screen.
        """
        flow = self.flow
        if flow is not None and flow.busy:
            return
        if isinstance(flow, PhoneFlow):
            if not check_s10(code).ok:
                return
            log.info("phone session ended by a scanned tracking number")
        self.flow = ReceiveFlow()
        self.submit_tracking(code, scanned=True)

    def retry(self) -> None:
        self._handle(self.flow.retry() if self.flow else [])

    def edit_tracking(self) -> None:
        if self.flow:
            self.flow.edit()
            self._show_flow()

    def finish(self) -> None:
        if self.flow:
            self.flow.finish()
            self._show_flow()

    def start_phone(self) -> None:
        """The customer chose to use their phone number instead of the tracking number."""
        if self._cooling_down():
            return
        self.flow = PhoneFlow(self._monotonic)
        self._show_flow()

    def start_pickup_code(self) -> None:
        """The customer has the pickup code of the shelving SMS."""
        if self._cooling_down():
            return
        self.flow = PickupFlow(self._monotonic)
        self._show_flow()

    def submit_pickup_code(self, text: str) -> None:
        """A pickup code typed on its screen, or scanned (the code or its link) on the home or a
        receive screen: a new session unless one is busy."""
        if self._cooling_down():
            return
        flow = self.flow
        if not isinstance(flow, PickupFlow):
            if flow is not None and flow.busy:
                return
            flow = self.flow = PickupFlow(self._monotonic)
        self._handle(flow.submit_pickup_code(text))

    def submit_phone(self, digits: str) -> None:
        if isinstance(self.flow, PhoneFlow) and not self._cooling_down():
            self._handle(self.flow.submit_phone(digits))

    def submit_code(self, code: str) -> None:
        if isinstance(self.flow, PhoneFlow) and not self._cooling_down():
            self._handle(self.flow.submit_code(code))

    def resend_code(self) -> None:
        if isinstance(self.flow, PhoneFlow) and not self._cooling_down():
            self._handle(self.flow.resend())

    def edit_phone(self) -> None:
        if isinstance(self.flow, PhoneFlow):
            self.flow.edit_phone()
            self._show_flow()

    # ---- effects -------------------------------------------------------------------------------

    def _handle(self, effects: list[Effect] | list[PhoneEffect] | list[VerifyPickupCode]) -> None:
        flow = self.flow
        for effect in effects:
            if isinstance(effect, LookupParcel) and isinstance(flow, ReceiveFlow):
                self._runner.run_io(
                    partial(self._api.get_parcel, effect.tracking_number),
                    partial(self._looked_up, flow),
                )
            elif isinstance(effect, PrintTicket):
                job = self._print_job(effect, self._ticket(effect), self._display.language)
                self._runner.run_printer(job, partial(self._printed, flow))
            elif isinstance(effect, VerifyPickupCode) and isinstance(flow, PickupFlow):
                self._runner.run_io(
                    partial(self._api.verify_pickup_code, effect.code),
                    partial(self._pickup_verified, flow),
                )
            elif isinstance(effect, StartOtp | VerifyOtp) and isinstance(flow, PhoneFlow):
                self._run_otp(effect, flow)
        self._show_flow()

    def _looked_up(self, flow: ReceiveFlow, outcome: Outcome[Parcel]) -> None:
        if flow is not self.flow:
            return  # the customer left; nothing was printed, nothing to do
        if outcome.ok and outcome.value is not None:
            self._handle(flow.lookup_succeeded(outcome.value))
            return
        error = outcome.error
        if isinstance(error, NotFound | InvalidIdentifier):
            failure = LookupFailure.NOT_FOUND
            if self.guard.record_failure("tracking"):
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
    ) -> Callable[[], PrintResult]:
        """The printer lane's job: the ticket's record held durably first (when it cannot be
        kept, nothing prints: the customer keeps row and compartment on screen), the print,
        then the record released to the delivery worker, or taken back when nothing printed
        (see kiosk.outbox.ticket_records)."""
        numbers = [p.tracking_number for p in effect.parcels]
        key = effect.job_id

        def job() -> PrintResult:
            try:
                self._tickets.hold(numbers, self._clock(), language, key)
            except Exception as error:  # the disk: no ticket without its record
                log.error("ticket %s not printed: its record cannot be kept: %s", key[:8], error)
                return PrintResult(ok=False, job_id=key, detail=f"record not kept: {error}")
            result = self._printer.print(document)
            try:
                if result.ok and result.printed_at is not None:
                    self._tickets.release(key, result.printed_at)
                else:
                    self._tickets.void(key)
            except Exception as error:  # owed: written when the disk takes writes again
                log.error("ticket record %s owed: %s", key[:8], error)
            return result

        return job

    def _printed(self, flow: Flow | None, outcome: Outcome[PrintResult]) -> None:
        result = outcome.value
        ok = bool(outcome.ok and result is not None and result.ok)
        if not ok:
            detail = result.detail if result is not None else ""
            log.warning("ticket not printed: %s", outcome.error or detail)
        if flow is None:
            return
        flow.print_finished(ok)
        if flow is self.flow:
            self._show_flow()

    def _ticket(self, effect: PrintTicket) -> Document:
        return build_receive_ticket(
            effect.parcels,
            ticket_ref=effect.job_id[:8].upper(),
            terminal_id=self._terminal.terminal_id,
            terminal_location=self._terminal.location,
            printed_at=self._clock(),
            language=self._display.language,
            tr=self._tr,
            job_id=effect.job_id,
        )

    # ---- SMS codes -----------------------------------------------------------------------------

    def _run_otp(self, effect: StartOtp | VerifyOtp, flow: PhoneFlow) -> None:
        api = self._api
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

    def _otp_started(self, flow: PhoneFlow, phone: str, outcome: Outcome[OtpChallenge]) -> None:
        if flow is not self.flow:
            return
        if outcome.ok and outcome.value is not None:
            self.on_code_requested(phone)
            self._handle(flow.code_sent(outcome.value))
        elif isinstance(outcome.error, InvalidIdentifier):
            self._handle(flow.phone_rejected())
        else:
            self._otp_failed(flow, outcome.error, "SMS code request")

    def _otp_verified(self, flow: PhoneFlow, outcome: Outcome[list[Parcel]]) -> None:
        if flow is not self.flow:
            return
        if outcome.ok and outcome.value is not None:
            log.info("SMS code accepted: %d item(s)", len(outcome.value))
            self._handle(flow.code_verified(list(outcome.value)))
        elif isinstance(outcome.error, OtpInvalid):
            self._handle(flow.code_rejected(outcome.error.attempts_left))
            if self.guard.record_failure("code"):
                self._show_cooldown()
        else:
            self._otp_failed(flow, outcome.error, "SMS code check")

    def _pickup_verified(self, flow: PickupFlow, outcome: Outcome[list[Parcel]]) -> None:
        if flow is not self.flow:
            return
        if outcome.ok and outcome.value is not None:
            log.info("pickup code accepted: %d item(s)", len(outcome.value))
            self._handle(flow.code_verified(list(outcome.value)))
        elif isinstance(outcome.error, NotFound | InvalidIdentifier):
            log.info("pickup code not accepted")
            flow.pickup_code_rejected()
            self._show_flow()
            if self.guard.record_failure("code"):
                self._show_cooldown()
        else:
            self._otp_failed(flow, outcome.error, "pickup code check")

    def _otp_failed(self, flow: PhoneFlow, error: BaseException | None, what: str) -> None:
        if isinstance(error, RateLimited):
            wait_s = error.retry_after_s if error.retry_after_s is not None else 60
            log.info("%s refused by the server's rate limit; retry after %d s", what, wait_s)
            self._handle(flow.cool_down(self._monotonic() + wait_s))
            return
        if isinstance(error, ApiError):
            log.warning("%s failed: %s", what, error)
        else:
            log.error("%s failed unexpectedly: %s", what, type(error).__name__)
        self._handle(flow.unavailable())

    # ---- the kiosk's own cool-down -------------------------------------------------------------

    def _cooling_down(self) -> bool:
        """While the kiosk's own cool-down lasts, show it instead of looking anything up."""
        if not self.guard.blocked:
            return False
        self._show_cooldown()
        return True

    def _show_cooldown(self) -> None:
        until = self.guard.blocked_until()
        if isinstance(self.flow, PhoneFlow):
            self.flow.cool_down(until)
        self._display.show(views.RECEIVE_COOLDOWN, views.CooldownView(until))

    def _show_flow(self) -> None:
        if self.flow is not None:
            self._display.show(*self.flow.view())
