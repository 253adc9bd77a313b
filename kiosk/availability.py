"""Whether the terminal serves new customers, and if not, why (CUSS2-style required components).

Qt-free; the controller asks it. Reasons, in order of precedence:
- ``staff``: staff took the terminal out of service (with a message for customers);
- ``remote``: the central system asked for maintenance through the heartbeat answer;
- a required component (``printer``, ``api``, ``scanner``, ``storage``) has been down for more
  than ``down_after_s`` (0: at once; the ``immediate`` ones, by default the printer and the
  storage, at once: a customer would get no ticket, or no record of it). ``storage`` is down when
  the outbox cannot keep what a customer is given (the disk full, the data directory read-only).
  When it comes back up, the terminal is back by itself.
A customer in a flow is never cut off: the controller applies the answer at the home screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.log import LogArea

log = logging.getLogger(LogArea.AVAILABILITY.logger_name)

COMPONENTS = ("printer", "api", "scanner", "storage")


@dataclass(frozen=True)
class Availability:
    """The answer: ``reason`` is "" while in service; ``message`` is for the customers."""

    reason: str = ""
    message: str = ""

    @property
    def in_service(self) -> bool:
        return not self.reason


@dataclass
class _Component:
    up: bool = True
    down_since: float = 0.0
    detail: str = ""


class AvailabilityTracker:
    def __init__(
        self,
        required: Iterable[str] = (),
        *,
        down_after_s: float = 0.0,
        immediate: Iterable[str] = ("printer", "storage"),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.required = frozenset(required)
        unknown = self.required - set(COMPONENTS)
        if unknown:
            raise ValueError(f"unknown component(s): {', '.join(sorted(unknown))}")
        self.down_after_s = down_after_s
        self.immediate = frozenset(immediate)
        self._clock = clock
        self._components = {name: _Component() for name in COMPONENTS}
        self._staff: tuple[str, str] | None = None  # (staff id, message)
        self._remote: str | None = None  # the server's message ("" when it gave none)
        self._remote_lifted_by_staff = False

    def report(self, component: str, up: bool, detail: str = "") -> None:
        state = self._components[component]
        if up == state.up:
            state.detail = detail
            return
        state.up, state.detail = up, detail
        state.down_since = 0.0 if up else self._clock()
        log.info("%s is %s%s", component, "up" if up else "down", f" ({detail})" if detail else "")

    def is_up(self, component: str) -> bool:
        return self._components[component].up

    def set_staff(self, staff_id: str | None, message: str = "") -> None:
        """Staff took the terminal out of service (``staff_id``) or put it back (None). Putting it
        back also lifts the server's request, until the server lifts it and asks again."""
        self._staff = None if staff_id is None else (staff_id, message)
        if staff_id is None and self._remote is not None:
            self._remote, self._remote_lifted_by_staff = None, True

    def set_remote(self, requested: bool, message: str | None = None) -> None:
        """The heartbeat's answer: ``maintenance_requested`` and its message."""
        if not requested:
            self._remote, self._remote_lifted_by_staff = None, False
        elif not self._remote_lifted_by_staff:
            self._remote = message or ""

    @property
    def staff_out_of_service(self) -> bool:
        return self._staff is not None

    @property
    def remote_requested(self) -> bool:
        return self._remote is not None

    def current(self) -> Availability:
        if self._staff is not None:
            return Availability("staff", self._staff[1])
        if self._remote is not None:
            return Availability("remote", self._remote)
        now = self._clock()
        for name in COMPONENTS:
            state = self._components[name]
            grace = 0.0 if name in self.immediate else self.down_after_s
            if name in self.required and not state.up and now - state.down_since >= grace:
                return Availability(name)
        return Availability()
