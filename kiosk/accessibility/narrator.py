"""The narrator: while the customer's speech is on, it speaks every customer screen as it is shown
(kiosk/speech/spoken_texts.py), in the screen's language, cutting off what was being said; and what
the keypad does: the focused control, what was typed, and the volume and rate keys.

Qt-free: the app (kiosk/app/speech.py) calls it on the GUI thread from the controller's and the
window's signals. It only builds words and hands them to the engine, whose ``say`` returns at once
(the synthesis and the audio run on the engine's own thread).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.log import LogArea
from kiosk.ports.speech import VOLUME_STEP_DB, SpeechEngine
from kiosk.speech.focus_phrases import FOCUS_PHRASES
from kiosk.speech.spoken_texts import CUSTOMER_SCREENS, Translate, spoken_text
from kiosk.speech.words import words_for

log = logging.getLogger(LogArea.SPEECH.logger_name)

RATE_STEP_WPM = 20
LANGUAGE_BUTTON_PREFIX = "lang_"
_SPELLED_FIELDS = frozenset({"tracking_number", "box_barcode"})


class FocusKind(StrEnum):
    BUTTON = "button"
    KEY = "key"  # a key of an on-screen keyboard or keypad
    FIELD = "field"


@dataclass(frozen=True)
class Focus:
    """The control the keypad's focus is on, as the window describes it."""

    kind: FocusKind
    name: str  # its id (objectName)
    label: str = ""  # its text (a key's accessible name when it has one)
    value: str = ""  # a field's plain value: digits, or the tracking number without spaces


class Narrator:
    def __init__(
        self,
        engine: SpeechEngine,
        tr: Translate,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.engine = engine
        self._tr = tr
        self._clock = clock
        self.on = False
        self._screen = ""
        self._view: object = None
        self._language = ""
        self._last: tuple[str, str] | None = None  # (text, language) last said
        self._configured = (engine.volume_db, engine.rate_wpm)  # each visit starts from these
        self.last_id = 0  # the engine's id of the last utterance asked for

    # ---- what the kiosk tells it -----------------------------------------------------------

    def set_speech(self, on: bool) -> None:
        """The customer's speech switched on (the current screen is said at once) or off (the
        volume and rate this customer chose go back to the configured ones)."""
        if on == self.on:
            return
        self.on = on
        if on:
            self._say_screen()
        else:
            self.engine.stop()
            self._last = None
            self.engine.set_volume_db(self._configured[0])
            self.engine.set_rate_wpm(self._configured[1])

    def screen_shown(self, screen: str, view: object, language: str) -> None:
        same = (screen, view, language) == (self._screen, self._view, self._language)
        self._screen, self._view, self._language = screen, view, language
        if self.on and not same:
            self._say_screen()

    def language_changed(self, language: str) -> None:
        if language != self._language:
            self._language = language
            if self.on:
                self._say_screen()

    def focus_moved(self, focus: Focus) -> None:
        if self.on and self._language:
            text = self.describe(focus)
            self._say(text[:1].upper() + text[1:], self._focus_language(focus))

    def typed(self, char: str) -> None:
        """A character typed from the keypad: said back, a digit as its word."""
        if self.on and self._language and char.strip():
            self._say(words_for(self._language).spell(char) or char, self._language)

    def repeat(self) -> None:
        """Say the screen again (the Repeat and Help keys)."""
        if self.on:
            self._say_screen(again=True)

    def change_volume(self, steps: int) -> None:
        before = self.engine.volume_db
        self.engine.set_volume_db(before + steps * VOLUME_STEP_DB)
        changed = not math.isclose(self.engine.volume_db, before)
        self._answer(changed, "volume_up" if steps > 0 else "volume_down")

    def change_rate(self, steps: int) -> None:
        before = self.engine.rate_wpm
        self.engine.set_rate_wpm(before + steps * RATE_STEP_WPM)
        self._answer(self.engine.rate_wpm != before, "rate_up" if steps > 0 else "rate_down")

    # ---- words ----------------------------------------------------------------------------

    def screen_text(self) -> str | None:
        """The current screen's words, or None for a screen that does not speak (staff)."""
        if self._screen not in CUSTOMER_SCREENS or not self._language:
            return None
        now = self._clock() if self._clock is not None else None
        return spoken_text(self._screen, self._view, self._language, self._tr, now=now)

    def describe(self, focus: Focus) -> str:
        """A control's label and role; a field's label and what it holds, spelled."""
        if focus.name.startswith(LANGUAGE_BUTTON_PREFIX):
            return focus.label  # the language's own name, said in that language
        words = words_for(self._language)
        if focus.kind is FocusKind.FIELD:
            key = f"field.{focus.name}"
            label = self._phrase(key if key in FOCUS_PHRASES else "field.other")
            if not focus.value:
                return self._phrase("field.empty").format(label=label)
            if focus.name == "phone":
                value = words.phone(focus.value)
            elif focus.name in _SPELLED_FIELDS:
                value = words.tracking(focus.value)
            else:
                value = words.digits(focus.value) or words.spell(focus.value)
            return self._phrase("field.value").format(label=label, value=value)
        label = focus.label
        if focus.kind is FocusKind.KEY and len(label) == 1:
            label = words.spell(label) or label
        return self._phrase(focus.kind.value).format(label=label)

    # ---- inside ---------------------------------------------------------------------------

    def _phrase(self, key: str) -> str:
        return self._tr(FOCUS_PHRASES[key])

    def _focus_language(self, focus: Focus) -> str:
        if focus.name.startswith(LANGUAGE_BUTTON_PREFIX):
            return focus.name[len(LANGUAGE_BUTTON_PREFIX) :]
        return self._language

    def _say_screen(self, *, again: bool = False) -> None:
        text = self.screen_text()
        if text is None:
            self.engine.stop()
            self._last = None
            return
        if (text, self._language) == self._last and not again:
            return  # shown again as it was (the same view re-rendered)
        self._say(text, self._language)

    def _answer(self, changed: bool, key: str) -> None:
        if self.on and self._language:
            self._say(self._phrase(key if changed else "limit"), self._language)

    def _say(self, text: str, language: str) -> None:
        try:
            self.last_id = self.engine.say(text, language)
        except ValueError:
            log.error("no voice for language %r", language)
            return
        self._last = (text, language)
