"""The kiosk's own limit on failed lookups (tracking numbers not found, wrong SMS codes).

Someone trying numbers one after another at a terminal is stopped here, whatever the server
does: past ``limit`` failures within ``window_s`` the terminal cools down for ``cooldown_s`` and
raises an alert for staff. Alerts are kept in memory until the heartbeat takes them
(:meth:`LookupGuard.drain_alerts`); :meth:`LookupGuard.alerts` only reads them.
"""

from __future__ import annotations

import collections
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.log import LogArea

log = logging.getLogger(LogArea.FLOW.logger_name)

DEFAULT_LIMIT = 20
DEFAULT_WINDOW_S = 600.0
DEFAULT_COOLDOWN_S = 300.0
MAX_ALERTS = 50


@dataclass(frozen=True)
class LookupAlert:
    """One time the limit was reached: for the staff, through the heartbeat."""

    code: str
    failures: int
    window_s: float
    cooldown_s: float
    raised_at: float  # the guard's clock (monotonic by default)

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "failures": self.failures,
            "window_s": self.window_s,
            "cooldown_s": self.cooldown_s,
        }


class LookupGuard:
    """Counts failed lookups per terminal in a sliding window. Not thread-safe: GUI thread only."""

    def __init__(
        self,
        *,
        limit: int = DEFAULT_LIMIT,
        window_s: float = DEFAULT_WINDOW_S,
        cooldown_s: float = DEFAULT_COOLDOWN_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1:
            raise ValueError("the failed-lookup limit must be at least 1")
        self.limit = limit
        self.window_s = window_s
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._failures: collections.deque[float] = collections.deque()
        self._blocked_until = 0.0
        self._alerts: collections.deque[LookupAlert] = collections.deque(maxlen=MAX_ALERTS)

    def record_failure(self, kind: str) -> bool:
        """Count one failure (``kind``: "tracking" or "code"); True when it starts a cool-down."""
        now = self._clock()
        self._forget_before(now - self.window_s)
        self._failures.append(now)
        if len(self._failures) < self.limit or self.blocked_until() > now:
            return False
        self._blocked_until = now + self.cooldown_s
        self._alerts.append(
            LookupAlert("lookup_failures", len(self._failures), self.window_s, self.cooldown_s, now)
        )
        self._failures.clear()
        log.warning(
            "%d failed lookups (last: %s) within %.0f s: cooling down for %.0f s, staff alerted",
            self.limit,
            kind,
            self.window_s,
            self.cooldown_s,
        )
        return True

    def blocked_until(self) -> float:
        """The guard's clock time the cool-down ends (in the past when there is none)."""
        return self._blocked_until

    def remaining_s(self) -> float:
        return max(0.0, self._blocked_until - self._clock())

    @property
    def blocked(self) -> bool:
        return self.remaining_s() > 0

    def alerts(self) -> list[dict[str, object]]:
        """The alerts not yet taken by the heartbeat, oldest first."""
        return [alert.as_dict() for alert in self._alerts]

    def drain_alerts(self) -> list[dict[str, object]]:
        """The alerts, removed: the heartbeat calls this once it has sent them."""
        taken = self.alerts()
        self._alerts.clear()
        return taken

    def _forget_before(self, moment: float) -> None:
        while self._failures and self._failures[0] <= moment:
            self._failures.popleft()
