"""Synthesised key presses as a scanner's (or a person's) keys arrive under the us, ru, kz layouts:
the native scan code says which key was pressed (X keycode = Linux key code + 8), the text is what
the layout made of it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from scanners.keymap import KEY_ENTER, KEY_LEFTSHIFT, KEY_TAB, codes_for

X_OFFSET = 8
_US = "qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_RU = "йцукенгшщзхъфывапролджэячсмитьбю."
_KZ_DIGITS = dict(zip("1234567890-=", '"әіңғ,.үұқөһ', strict=True))


def layout_text(char: str, layout: str) -> str:
    """What ``layout`` types for the key that gives ``char`` on a US keyboard."""
    if layout == "us":
        return char
    lower = char.lower()
    if lower in _US:
        text = _RU[_US.index(lower)]
        return text.upper() if char.isupper() else text
    if layout == "kz" and char in _KZ_DIGITS:
        return _KZ_DIGITS[char]
    return char


def key_press(code: int, text: str = "", shift: bool = False, offset: int = X_OFFSET) -> QKeyEvent:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    key = ord(text.upper()) if len(text) == 1 and text.isascii() else Qt.Key.Key_unknown
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, code + offset, 0, 0, text)


def typed(text: str, layout: str) -> list[QKeyEvent]:
    """The key presses of ``text`` typed on a US-labelled keyboard under ``layout``."""
    events = []
    for (code, shift), char in zip(codes_for(text), text, strict=True):
        if shift:
            events.append(key_press(KEY_LEFTSHIFT, "", shift=True))
        events.append(key_press(code, layout_text(char, layout), shift=shift))
    return events


def enter() -> QKeyEvent:
    event = key_press(KEY_ENTER, "\r")
    return QKeyEvent(
        QEvent.Type.KeyPress,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.NoModifier,
        event.nativeScanCode(),
        0,
        0,
        "\r",
    )


def tab() -> QKeyEvent:
    return QKeyEvent(
        QEvent.Type.KeyPress,
        Qt.Key.Key_Tab,
        Qt.KeyboardModifier.NoModifier,
        KEY_TAB + X_OFFSET,
        0,
        0,
        "\t",
    )
