"""The one test clock: time the test moves by hand, read by calling the clock.

``now`` is seconds: monotonic seconds for guards, lockouts and key gaps, seconds since the epoch
for the outbox (which keeps them as such). Code under test takes it where it takes
``time.monotonic`` or ``time.time``.
"""

from __future__ import annotations


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
