"""Who works at a staff station: a badge scan (or the staff id typed) and the PIN, checked like
maintenance's (kiosk.maintenance.staff: salted hashes, hashing on the io lane, wrong PINs lock the
pad for a while). The staff member is signed out by a button or after ``idle_s`` without a touch.
GUI-thread state; neither a PIN nor a hash is ever logged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from kiosk.log import LogArea
from kiosk.maintenance.staff import StaffGate, StaffMember, check_pin
from kiosk.stations.views import SignInView
from kiosk.tasks import Outcome, Runner

log = logging.getLogger(LogArea.FLOW.logger_name)

DEFAULT_IDLE_S = 300.0


class StaffSignIn:
    def __init__(
        self,
        *,
        role: str,
        staff: Sequence[StaffMember],
        badge_prefix: str,
        runner: Runner,
        monotonic: Callable[[], float],
        idle_s: float = DEFAULT_IDLE_S,
        max_wrong: int = 5,
        lockout_s: float = 300.0,
    ) -> None:
        self.role = role
        self._runner = runner
        self._monotonic = monotonic
        self.idle_s = idle_s
        self.gate = StaffGate(
            staff,
            badge_prefix=badge_prefix,
            max_wrong=max_wrong,
            lockout_s=lockout_s,
            clock=monotonic,
            purpose="staff sign-in PIN",
            logger=log,
        )
        self.staff_id: str | None = None  # who is signed in
        self._named = ""  # the id a badge or the typed id named, before the PIN
        self._wrong = False
        self._busy = False
        self._last_touch = monotonic()
        self.on_signed_in: Callable[[], None] = lambda: None
        self.on_changed: Callable[[], None] = lambda: None  # the sign-in view changed

    @property
    def signed_in(self) -> bool:
        return self.staff_id is not None

    def touch(self) -> None:
        self._last_touch = self._monotonic()

    def idle(self) -> bool:
        """Signed in and untouched for longer than ``idle_s``."""
        return self.signed_in and self._monotonic() - self._last_touch > self.idle_s

    def badge(self, code: str) -> bool:
        """True when ``code`` is a staff badge: its id is named for the PIN."""
        staff_id = self.gate.badge_staff_id(code)
        if staff_id is None:
            return False
        if not self.signed_in:
            self._named, self._wrong = staff_id, False
            self.touch()
            self.on_changed()
        return True

    def name(self, staff_id: str) -> None:
        """The staff id typed instead of a badge ("" forgets it)."""
        if not self.signed_in and not self._busy:
            self._named, self._wrong = staff_id.strip(), False
            self.on_changed()

    def submit_pin(self, pin: str) -> None:
        if self.signed_in or self._busy:
            return
        self.touch()
        if self.gate.locked or not self._named:
            self.on_changed()
            return
        staff, named = self.gate.staff, self._named
        self._busy = True
        self.on_changed()
        self._runner.run_io(lambda: check_pin(staff, pin, named), self._checked)

    def _checked(self, outcome: Outcome[str | None]) -> None:
        if not self._busy:
            return  # signed out (idle, the button) while the PIN was checked
        self._busy = False
        found = outcome.value if outcome.ok else None
        self.gate.record(found)
        if found is None:
            self._wrong = True
            self.on_changed()
            return
        self.staff_id, self._named, self._wrong = found, "", False
        self.touch()
        log.info("%s station: staff %s signed in", self.role, found)
        self.on_signed_in()

    def sign_out(self, reason: str) -> None:
        if self.staff_id is not None:
            log.info("%s station: staff %s signed out (%s)", self.role, self.staff_id, reason)
        self.staff_id, self._named, self._wrong, self._busy = None, "", False, False

    def view(self) -> SignInView:
        locked_until = self._monotonic() + self.gate.remaining_s() if self.gate.locked else 0.0
        return SignInView(
            role=self.role,
            staff_id=self._named,
            wrong=self._wrong,
            attempts_left=self.gate.attempts_left,
            locked_until=locked_until,
            busy=self._busy,
        )
