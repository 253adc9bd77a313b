"""Who may open maintenance: staff entries (id + salted PIN hash + whether they have the
maintenance right), the wrong-PIN lockout, the badge prefix and the hidden-corner gesture. The
staff stations' sign-in uses the same entries and gate (every entry may sign in at a station; only
those with the right may open maintenance, at a customer terminal or from a station). State lives
on the GUI thread; the slow part (hashing) is :func:`check_pin`, a pure function the controller
runs on a worker thread."""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.log import LogArea
from kiosk.maintenance.pins import valid_pin, verify_pin

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

DEFAULT_MAX_WRONG = 5
DEFAULT_LOCKOUT_S = 300.0
DEFAULT_TAPS = 5
DEFAULT_TAP_WINDOW_S = 3.0


@dataclass(frozen=True)
class StaffMember:
    staff_id: str
    pin_hash: str
    maintenance: bool = True  # the maintenance right (False: the staff stations only)

    def __repr__(self) -> str:  # never the hash, not even in a traceback
        return f"StaffMember({self.staff_id!r})"


def check_pin(staff: Iterable[StaffMember], pin: str, staff_id: str | None) -> str | None:
    """The id of the staff member whose PIN this is (only ``staff_id``'s entry when a badge named
    one), else None. Every candidate is hashed, so the time does not tell which entry is close."""
    if not valid_pin(pin):
        return None
    found = None
    for member in staff:
        if staff_id is not None and member.staff_id != staff_id:
            continue
        if verify_pin(pin, member.pin_hash) and found is None:
            found = member.staff_id
    return found


class StaffGate:
    """Counts wrong PINs: ``max_wrong`` in a row lock PIN entry for ``lockout_s``. ``purpose``
    names the PIN entry in the log ("maintenance PIN", "staff sign-in"), on ``logger``."""

    def __init__(
        self,
        staff: Iterable[StaffMember] = (),
        *,
        badge_prefix: str = "",
        max_wrong: int = DEFAULT_MAX_WRONG,
        lockout_s: float = DEFAULT_LOCKOUT_S,
        clock: Callable[[], float],
        purpose: str = "maintenance PIN",
        logger: logging.Logger = log,
    ) -> None:
        self.staff = tuple(staff)
        self.purpose = purpose
        self._log = logger
        self.badge_prefix = badge_prefix
        self.max_wrong = max_wrong
        self.lockout_s = lockout_s
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def badge_staff_id(self, code: str) -> str | None:
        """The staff id on a badge (the code after the prefix), or None if this is no badge."""
        if not self.badge_prefix or not code.startswith(self.badge_prefix):
            return None
        return code[len(self.badge_prefix) :].strip() or None

    def may_maintain(self, staff_id: str) -> bool:
        """The maintenance right: ``staff_id`` is a staff entry that has it."""
        return any(m.staff_id == staff_id and m.maintenance for m in self.staff)

    @property
    def locked(self) -> bool:
        return self.remaining_s() > 0

    def remaining_s(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    @property
    def attempts_left(self) -> int:
        return self.max_wrong - self._wrong

    def record(self, staff_id: str | None) -> bool:
        """Count one PIN check (``staff_id`` None: wrong). True when it starts the lockout."""
        if staff_id is not None:
            self._wrong = 0
            return False
        self._wrong += 1
        self._log.warning("wrong %s (%d of %d)", self.purpose, self._wrong, self.max_wrong)
        if self._wrong < self.max_wrong:
            return False
        self._wrong = 0
        self._locked_until = self._clock() + self.lockout_s
        self._log.warning("%s entry locked for %.0f s", self.purpose, self.lockout_s)
        return True


class TapCounter:
    """``taps`` taps within ``window_s`` on the hidden corner open the PIN pad."""

    def __init__(
        self,
        *,
        taps: int = DEFAULT_TAPS,
        window_s: float = DEFAULT_TAP_WINDOW_S,
        clock: Callable[[], float],
    ) -> None:
        self.taps = taps
        self.window_s = window_s
        self._clock = clock
        self._times: collections.deque[float] = collections.deque()

    def tap(self) -> bool:
        now = self._clock()
        self._times.append(now)
        while self._times and self._times[0] < now - self.window_s:
            self._times.popleft()
        if len(self._times) >= self.taps:
            self._times.clear()
            return True
        return False
