"""The speech port: what the kiosk core may ask of a text-to-speech engine, real or mock.

An engine speaks one utterance at a time: ``say`` interrupts whatever is being said (a new screen
cuts the old one short) and returns at once with the new utterance's id; the synthesis and the
playing run on the engine's own thread, never on the caller's. What happens to an utterance is
told to the listener as `SpeechEvent`s, on the engine's thread: a Qt listener re-emits them as a
signal. Volume is in decibels below the engine's loudest level, so "at least an 18 dB range" is a
property of the numbers, not of one engine's scale.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

SPEECH_LANGUAGES = ("kk", "ru", "en")

VOLUME_MIN_DB = -24.0
VOLUME_MAX_DB = 0.0
VOLUME_STEP_DB = 3.0
VOLUME_DEFAULT_DB = -6.0

RATE_MIN_WPM = 80
RATE_MAX_WPM = 300
RATE_DEFAULT_WPM = 160


class SpeechEvent(enum.StrEnum):
    STARTED = "started"  # the engine began working on the utterance
    AUDIO = "audio"  # the first audio sample exists (engines that can tell)
    FINISHED = "finished"  # spoken to the end
    INTERRUPTED = "interrupted"  # cut short by `stop` or a newer `say`
    FAILED = "failed"  # the engine could not speak it


@dataclass(frozen=True)
class Utterance:
    id: int
    text: str
    language: str


SpeechListener = Callable[[Utterance, SpeechEvent], None]


def clamp_volume_db(volume_db: float) -> float:
    return max(VOLUME_MIN_DB, min(VOLUME_MAX_DB, volume_db))


def clamp_rate_wpm(rate_wpm: int) -> int:
    return max(RATE_MIN_WPM, min(RATE_MAX_WPM, rate_wpm))


@runtime_checkable
class SpeechEngine(Protocol):
    """Speaks text in kk, ru or en. Every method returns at once; none blocks on audio."""

    @property
    def volume_db(self) -> float: ...

    @property
    def rate_wpm(self) -> int: ...

    def say(self, text: str, language: str) -> int:
        """Stop what is being said and speak ``text``; the id names it in the events.
        A language the engine cannot speak raises ValueError (no silent fallback)."""
        ...

    def stop(self) -> None:
        """Cut the current utterance short (nothing is said afterwards until the next `say`)."""
        ...

    def set_volume_db(self, volume_db: float) -> None:
        """``VOLUME_MIN_DB`` … ``VOLUME_MAX_DB``; out-of-range values are clamped. Takes effect
        from the next utterance."""
        ...

    def set_rate_wpm(self, rate_wpm: int) -> None:
        """Words per minute, ``RATE_MIN_WPM`` … ``RATE_MAX_WPM`` (clamped)."""
        ...

    def add_listener(self, listener: SpeechListener) -> None: ...

    def close(self) -> None:
        """Stop speaking and end the engine's thread (waits for it)."""
        ...
