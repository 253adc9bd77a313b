"""Receiving by phone number: phone → SMS code → one ticket for every item awaiting pickup.

A Qt-free state machine like :mod:`kiosk.receive.flow`, whose print and record effects it
shares. Nothing about the phone's items is known before the code is verified, so every screen up
to then is the same whether the phone has items or not (DOMAIN.md, Privacy and safety). The phone
number lives only in this object and in the effect that sends it; views carry the masked form.
"""

from __future__ import annotations

import enum
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from kiosk import views
from kiosk.identifiers import PhoneProblem, check_kz_mobile
from kiosk.models import OtpChallenge, Parcel, walking_order
from kiosk.receive.flow import PrintTicket

CODE_LENGTH = 6


class PhoneStep(enum.Enum):
    ENTERING_PHONE = "entering_phone"
    SENDING_CODE = "sending_code"
    ENTERING_CODE = "entering_code"
    VERIFYING = "verifying"
    PRINTING = "printing"
    PRINTED = "printed"
    PRINT_FAILED = "print_failed"
    NOTHING_TO_PRINT = "nothing_to_print"
    COOLING_DOWN = "cooling_down"
    UNAVAILABLE = "unavailable"
    DONE = "done"


@dataclass(frozen=True)
class StartOtp:
    phone: str  # E.164; never logged


@dataclass(frozen=True)
class VerifyOtp:
    challenge_id: str
    code: str  # never logged


PhoneEffect = StartOtp | VerifyOtp | PrintTicket


class PhoneFlow:
    """One customer's phone session. Events that do not fit the current step are ignored."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.step = PhoneStep.ENTERING_PHONE
        self.digits = ""
        self.problem: PhoneProblem | None = None
        self._phone = ""
        self.challenge_id = ""
        self.masked_phone = ""
        self.resend_at = 0.0
        self.attempts_left: int | None = None
        self.wrong = False
        self.dead = False
        self.incomplete = False
        self.resending = False
        self.cooldown_until = 0.0
        self.ready: tuple[Parcel, ...] = ()
        self.others: tuple[Parcel, ...] = ()
        self.ticket_printed = False
        self._job_id = ""
        self._pending: PhoneEffect | None = None  # what a retry after "unavailable" repeats

    # ---- the phone -------------------------------------------------------------------------------

    def submit_phone(self, digits: str) -> list[PhoneEffect]:
        """The customer pressed "Send code" with ``digits`` typed after the fixed +7."""
        if self.step is not PhoneStep.ENTERING_PHONE:
            return []
        self.digits = "".join(ch for ch in digits if ch.isdigit())
        if not self.digits:
            self.problem = PhoneProblem.EMPTY
            return []
        check = check_kz_mobile("+7" + self.digits)
        self.problem = check.problem
        if not check.ok:
            return []
        self._phone = check.value
        self.resending = False
        return self._send()

    def edit_phone(self) -> None:
        """Back from the code screen to the phone (keeping it), e.g. to correct a typo."""
        if self.step in (PhoneStep.ENTERING_CODE, PhoneStep.ENTERING_PHONE):
            self.step = PhoneStep.ENTERING_PHONE
            self.problem = None

    def resend(self) -> list[PhoneEffect]:
        if self.step is not PhoneStep.ENTERING_CODE or self._clock() < self.resend_at:
            return []
        self.resending = True
        return self._send()

    def _send(self) -> list[PhoneEffect]:
        self.step = PhoneStep.SENDING_CODE
        effect = StartOtp(self._phone)
        self._pending = effect
        return [effect]

    def code_sent(self, challenge: OtpChallenge) -> list[PhoneEffect]:
        if self.step is not PhoneStep.SENDING_CODE:
            return []
        self.challenge_id = challenge.challenge_id
        self.masked_phone = challenge.masked_phone
        self.resend_at = self._clock() + challenge.resend_after_s
        self.attempts_left = None
        self.wrong = self.dead = self.incomplete = False
        self.step = PhoneStep.ENTERING_CODE
        return []

    def phone_rejected(self) -> list[PhoneEffect]:
        """The server refused the phone as malformed (the local check let it through)."""
        if self.step is not PhoneStep.SENDING_CODE:
            return []
        self.step = PhoneStep.ENTERING_PHONE
        self.problem = PhoneProblem.NOT_A_NUMBER
        return []

    # ---- the code --------------------------------------------------------------------------------

    def submit_code(self, code: str) -> list[PhoneEffect]:
        if self.step is not PhoneStep.ENTERING_CODE or self.dead:
            return []
        code = "".join(ch for ch in code if ch.isdigit())
        self.incomplete = len(code) != CODE_LENGTH
        if self.incomplete:
            return []
        self.wrong = False
        self.step = PhoneStep.VERIFYING
        effect = VerifyOtp(self.challenge_id, code)
        self._pending = effect
        return [effect]

    def code_rejected(self, attempts_left: int) -> list[PhoneEffect]:
        """Wrong or expired (the server does not say which, and neither do we)."""
        if self.step is not PhoneStep.VERIFYING:
            return []
        self.step = PhoneStep.ENTERING_CODE
        self.wrong = True
        self.attempts_left = max(0, attempts_left)
        self.dead = self.attempts_left == 0
        return []

    def code_verified(self, parcels: list[Parcel]) -> list[PhoneEffect]:
        if self.step is not PhoneStep.VERIFYING:
            return []
        self._pending = None
        self.ready = tuple(walking_order(p for p in parcels if p.awaiting_pickup))
        self.others = tuple(p for p in parcels if not p.awaiting_pickup)
        if not self.ready:
            self.step = PhoneStep.NOTHING_TO_PRINT
            return []
        self.step = PhoneStep.PRINTING
        self._job_id = str(uuid.uuid4())
        return [PrintTicket(self.ready, self._job_id)]

    # ---- failures common to both requests --------------------------------------------------------

    def cool_down(self, until: float) -> list[PhoneEffect]:
        """Too many attempts: the server's limit (from its Retry-After) or the kiosk's own."""
        if self.step in (PhoneStep.PRINTING, PhoneStep.PRINTED, PhoneStep.PRINT_FAILED):
            return []
        self.step = PhoneStep.COOLING_DOWN
        self.cooldown_until = max(self.cooldown_until, until)
        return []

    def unavailable(self) -> list[PhoneEffect]:
        if self.step not in (PhoneStep.SENDING_CODE, PhoneStep.VERIFYING):
            return []
        self.step = PhoneStep.UNAVAILABLE
        return []

    def retry(self) -> list[PhoneEffect]:
        """Repeat the request that found the server unreachable (the customer asked for it)."""
        if self.step is not PhoneStep.UNAVAILABLE or self._pending is None:
            return []
        self.step = (
            PhoneStep.SENDING_CODE if isinstance(self._pending, StartOtp) else PhoneStep.VERIFYING
        )
        return [self._pending]

    def edit(self) -> None:
        """The tracking flow's "check the number"; the phone flow has no such screen."""

    # ---- the ticket ------------------------------------------------------------------------------

    def print_finished(self, ok: bool) -> None:
        if self.step is PhoneStep.PRINTING:
            self.step = PhoneStep.PRINTED if ok else PhoneStep.PRINT_FAILED

    def finish(self) -> None:
        if self.step in (PhoneStep.PRINTED, PhoneStep.PRINT_FAILED, PhoneStep.NOTHING_TO_PRINT):
            self.ticket_printed = self.step is PhoneStep.PRINTED
            self.step = PhoneStep.DONE

    @property
    def busy(self) -> bool:
        return self.step in (PhoneStep.SENDING_CODE, PhoneStep.VERIFYING, PhoneStep.PRINTING)

    def view(self) -> tuple[str, views.View]:
        step = self.step
        on_code_screen = step in (
            PhoneStep.ENTERING_CODE,
            PhoneStep.VERIFYING,
            PhoneStep.PRINTING,
        ) or (step is PhoneStep.SENDING_CODE and self.resending)
        if step in (PhoneStep.ENTERING_PHONE, PhoneStep.SENDING_CODE) and not on_code_screen:
            return views.RECEIVE_PHONE, views.PhoneEntryView(
                digits=self.digits, problem=self.problem, busy=self.busy
            )
        if on_code_screen:
            return views.RECEIVE_OTP, views.OtpEntryView(
                masked_phone=self.masked_phone,
                resend_at=self.resend_at,
                attempts_left=self.attempts_left,
                wrong=self.wrong,
                dead=self.dead,
                incomplete=self.incomplete,
                busy=self.busy,
                printing=step is PhoneStep.PRINTING,
            )
        if step in (PhoneStep.PRINTED, PhoneStep.PRINT_FAILED, PhoneStep.NOTHING_TO_PRINT):
            printed = None if step is PhoneStep.NOTHING_TO_PRINT else step is PhoneStep.PRINTED
            return views.RECEIVE_ITEMS, views.ItemsView(self.ready, self.others, printed)
        if step is PhoneStep.COOLING_DOWN:
            return views.RECEIVE_COOLDOWN, views.CooldownView(self.cooldown_until)
        if step is PhoneStep.UNAVAILABLE:
            return views.ERROR, views.ErrorView(can_retry=True)
        return views.RECEIVE_DONE, views.DoneView(printed=self.ticket_printed)
