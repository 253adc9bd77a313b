"""The speech as the app wires it: the configured engine (espeak-ng, the mock's WAV folder, or
none), the narrator on the controller's signals, and the window's keypad on the narrator.

``open_engine`` and ``narrate`` are called by kiosk/app/wiring.py (the core's parts); the window
is joined by ``connect_window`` (kiosk/app/gui.py, and the tests' kiosk builder).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.accessibility.keypad_map import KeyAction
from kiosk.accessibility.mode import AccessMode, Need
from kiosk.accessibility.narrator import Narrator
from kiosk.config import KioskConfig
from kiosk.controller import Controller
from kiosk.log import LogArea
from kiosk.ports.speech import SpeechEngine
from kiosk.speech.phrases import TR_CONTEXT
from voices.espeak import EspeakEngine
from voices.headphones import HeadphoneJack, open_input_device
from voices.mock import WavFolderEngine
from voices.tone import PlayerTone, player_command

log = logging.getLogger(LogArea.SPEECH.logger_name)


def translate_speech(text: str) -> str:
    """A spoken sentence in the current language (the translators the controller installs)."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def wav_folder(config: KioskConfig) -> Path:
    """Where the mock voice writes: ``speech.wav_dir``, or a new folder per run in the data
    directory (as the mock printer's tickets)."""
    if config.speech.wav_dir is not None:
        return config.speech.wav_dir
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return config.data.data_dir / "mock-speech" / stamp


def open_engine(config: KioskConfig) -> SpeechEngine | None:
    """The configured voice, or None (``speech.engine = "off"``: nothing is ever said)."""
    s = config.speech
    if s.engine == "off":
        return None
    if s.engine == "wav":
        folder = wav_folder(config)
        try:
            return WavFolderEngine(folder, volume_db=s.volume_db, rate_wpm=s.rate_wpm)
        except OSError as exc:  # a read-only or full data directory: the kiosk still starts
            log.error("the speech folder %s cannot be written (%s): speech is off", folder, exc)
            return None
    return EspeakEngine(volume_db=s.volume_db, rate_wpm=s.rate_wpm)


def narrate(
    controller: Controller, engine: SpeechEngine, monotonic: Callable[[], float]
) -> Narrator:
    """A narrator that follows the controller: its screens, language and the session's mode."""
    narrator = Narrator(engine, translate_speech, clock=monotonic)

    def shown(screen: str, view: object) -> None:
        narrator.screen_shown(screen, view, controller.language)

    def access(mode: AccessMode) -> None:
        narrator.set_speech(mode.speech)

    controller.screen_changed.connect(shown)
    controller.language_changed.connect(narrator.language_changed)
    controller.access_changed.connect(access)
    narrator.screen_shown(controller.screen, controller.view, controller.language)
    return narrator


class _Plugged(QObject):
    """Carries the jack watcher's news from its thread to the GUI thread."""

    plugged = Signal()


def watch_headphones(
    config: KioskConfig,
    controller: Controller,
    open_device: Callable[[str], Any] = open_input_device,
) -> HeadphoneJack | None:
    """Headphones plugged in switch speech on for the customer at the terminal (the configured
    jack device; None when there is none to watch). The caller starts and stops it."""
    path = config.speech.headphones_device
    if path is None or config.speech.engine == "off":
        return None
    relay = _Plugged(controller)

    def speech_on() -> None:
        controller.set_access(controller.access.with_need(Need.SPEECH))

    relay.plugged.connect(speech_on)
    return HeadphoneJack(str(path), relay.plugged.emit, open_device=open_device)


def speech_records(engine: SpeechEngine | None) -> list[dict[str, Any]]:
    """What the mock voice said (``GET /qa/speech``); nothing for any other engine."""
    if isinstance(engine, WavFolderEngine):
        return [dict(record) for record in engine.records()]
    return []


def tone_player(config: KioskConfig) -> list[str] | None:
    """The command that plays the idle warning's tone (``speech.tone_player``), or None."""
    player = player_command(config.speech.tone_player)
    if player is None and config.speech.tone_player == "auto":
        log.info("no sound player (pw-play, paplay, aplay) found: the idle warning is not sounded")
    return player


def sound_the_warning(window: Any, player: Sequence[str] | None) -> None:
    """The window's idle warning sounds its tone through ``player`` unless Qt plays it already."""
    warning = window.idle_warning
    if player is not None and warning.tone is None:
        warning.tone = PlayerTone(warning.sound, player)


def connect_window(
    controller: Controller,
    narrator: Narrator | None,
    window: Any,
    *,
    tone_player: Sequence[str] | None = None,
) -> None:
    """The window's keypad to the narrator and the controller: the focus and typing are said,
    Help switches speech on (and, once on, says the screen again), Repeat, volume and rate. The
    idle warning's tone through ``tone_player`` where Qt has no sound of its own."""
    keypad = window.keypad
    sound_the_warning(window, tone_player)

    def command(action: str) -> None:
        if action == KeyAction.HELP and not controller.access.speech:
            controller.set_access(controller.access.with_need(Need.SPEECH))
        elif narrator is None:
            return
        elif action in (KeyAction.HELP, KeyAction.REPEAT):
            narrator.repeat()
        elif action in (KeyAction.VOLUME_UP, KeyAction.VOLUME_DOWN):
            narrator.change_volume(1 if action == KeyAction.VOLUME_UP else -1)
        elif action in (KeyAction.RATE_UP, KeyAction.RATE_DOWN):
            narrator.change_rate(1 if action == KeyAction.RATE_UP else -1)

    keypad.command.connect(command)
    if narrator is not None:
        keypad.focus_moved.connect(narrator.focus_moved)
        keypad.typed.connect(narrator.typed)
        window.set_speaker(narrator.engine.say)  # the "are you still there?" question aloud
