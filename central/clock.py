"""The server's clock, which a dev endpoint can freeze at any instant (fee and OTP expiry tests)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime


class Clock:
    """Real UTC time, or a frozen instant while one is set."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frozen: datetime | None = None

    def now(self) -> datetime:
        frozen = self._frozen
        return frozen if frozen is not None else datetime.now(UTC)

    @property
    def frozen(self) -> bool:
        return self._frozen is not None

    def set(self, instant: datetime | None) -> None:
        """Freeze the clock at ``instant`` (an aware datetime), or return to real time with None."""
        if instant is not None and instant.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        with self._lock:
            self._frozen = instant.astimezone(UTC) if instant is not None else None
