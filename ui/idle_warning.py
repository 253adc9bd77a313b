"""The "are you still there?" warning through more than sight: a short tone, and the question
spoken in the screen's language while the accessible mode is on.

The tone is ``assets/sounds/attention.wav`` through QtMultimedia's ``QSoundEffect`` when PySide6
has QtMultimedia; the Essentials wheel does not, and the app's wiring then gives the warning a tone
played by the system's sound player (voices/tone.py, ``speech.tone_player``). The question goes
through ``speak(text, language)``: the speech engine's ``say`` (the mock voice writes it as a WAV
and its text, for ``GET /qa/speech``), set by whoever wires speech (``MainWindow.set_speaker``).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from kiosk.accessibility.mode import AccessMode
from kiosk.log import LogArea
from kiosk.speech.phrases import PHRASES, TR_CONTEXT
from ui.theme import ASSETS_DIR

log = logging.getLogger(LogArea.UI.logger_name)

TONE_FILE = ASSETS_DIR / "sounds" / "attention.wav"
QUESTION = "idle.question"

Speak = Callable[[str, str], object]


class Tone(Protocol):
    def play(self) -> None: ...


def sound_effect_tone(parent: QObject) -> Tone | None:
    """The tone through QSoundEffect, or None when QtMultimedia is not installed."""
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return None
    effect = multimedia.QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(TONE_FILE)))
    effect.setVolume(0.8)
    return effect  # type: ignore[no-any-return]


class IdleWarning(QObject):
    """Sounds the warning: ``warn()`` when the question shows."""

    def __init__(
        self,
        *,
        language: Callable[[], str],
        access: Callable[[], AccessMode],
        tone: Tone | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._access = access
        self.tone = tone
        self.sound = TONE_FILE
        self.speak: Speak | None = None

    def question(self) -> str:
        """The spoken question in the current translator's language."""
        return QCoreApplication.translate(TR_CONTEXT, PHRASES[QUESTION])

    def warn(self) -> None:
        toned = self.tone is not None
        if self.tone is not None:
            self.tone.play()
        spoken = self.speak is not None and self._access().active
        if spoken and self.speak is not None:
            self.speak(self.question(), self._language())
        log.info("idle warning: tone %s, spoken %s", toned, spoken)
