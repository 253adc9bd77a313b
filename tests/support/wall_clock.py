"""A wall clock the test moves by hand (seconds since the epoch, as the outbox keeps them)."""

from __future__ import annotations


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now
