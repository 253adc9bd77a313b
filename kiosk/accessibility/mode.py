"""What one customer asked the terminal for: speech, large text, high contrast.

The mode lasts for that customer's session: the controller starts every session with
:data:`STANDARD` and goes back to it when the session ends (idle timeout, Home from a final screen).
While any need is on, the customer gets at least :data:`EXTENDED_TIME_FACTOR` times longer before
the "are you still there?" question and the screens' own timeouts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

EXTENDED_TIME_FACTOR = 3
"""How much longer every customer timeout is while the accessible mode is on."""


class Need(StrEnum):
    """One thing the customer can switch on; the values are the QA port's button ids."""

    SPEECH = "accessibility"
    LARGE_TEXT = "large_text"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True)
class AccessMode:
    speech: bool = False
    large_text: bool = False
    high_contrast: bool = False

    def has(self, need: Need) -> bool:
        return bool(getattr(self, _FIELDS[need]))

    def with_need(self, need: Need, on: bool = True) -> AccessMode:
        return replace(self, **{_FIELDS[need]: on})

    def toggled(self, need: Need) -> AccessMode:
        return self.with_need(need, not self.has(need))

    @property
    def active(self) -> bool:
        return self.speech or self.large_text or self.high_contrast

    @property
    def time_factor(self) -> int:
        """The factor on every customer timeout: 1, or :data:`EXTENDED_TIME_FACTOR`."""
        return EXTENDED_TIME_FACTOR if self.active else 1

    def scaled_ms(self, timeout_ms: int) -> int:
        return timeout_ms * self.time_factor


STANDARD = AccessMode()
"""A new session's mode: nothing switched on."""

_FIELDS: dict[Need, str] = {
    Need.SPEECH: "speech",
    Need.LARGE_TEXT: "large_text",
    Need.HIGH_CONTRAST: "high_contrast",
}
