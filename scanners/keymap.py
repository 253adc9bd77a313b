"""Linux key codes (linux/input-event-codes.h) → the characters a US keyboard gives them.

Scanners type as if on a US keyboard; mapping the key codes ourselves, instead of trusting the
text the desktop's layout made of them, keeps ``RR123456785KZ`` from becoming ``КК123456785ЛЯ``.
Shared by the keyboard wedge (X keycodes are these plus 8) and the evdev reader.
"""

from __future__ import annotations

KEY_TAB = 15
KEY_ENTER = 28
KEY_KPENTER = 96
KEY_LEFTSHIFT = 42
KEY_RIGHTSHIFT = 54
KEY_CAPSLOCK = 58

TERMINATORS = frozenset({KEY_ENTER, KEY_KPENTER, KEY_TAB})
SHIFTS = frozenset({KEY_LEFTSHIFT, KEY_RIGHTSHIFT})

_ROWS: dict[int, tuple[str, str]] = {}


def _row(first_code: int, plain: str, shifted: str) -> None:
    for offset, (char, upper) in enumerate(zip(plain, shifted, strict=True)):
        _ROWS[first_code + offset] = (char, upper)


_row(2, "1234567890-=", "!@#$%^&*()_+")
_row(16, "qwertyuiop[]", "QWERTYUIOP{}")
_row(30, "asdfghjkl;'`", 'ASDFGHJKL:"~')
_row(43, "\\zxcvbnm,./", "|ZXCVBNM<>?")
_row(57, " ", " ")
_KEYPAD = {55: "*", 71: "7", 72: "8", 73: "9", 74: "-", 75: "4", 76: "5", 77: "6", 78: "+"}
_KEYPAD |= {79: "1", 80: "2", 81: "3", 82: "0", 83: ".", 98: "/"}


def char_for(code: int, *, shift: bool = False) -> str | None:
    """The character key ``code`` types on a US keyboard, or ``None`` if it types none.

    Caps Lock is left out on purpose: a scanner presses Shift for a capital and means a capital,
    whatever state the terminal's Caps Lock is in."""
    if code in _KEYPAD:
        return _KEYPAD[code]
    pair = _ROWS.get(code)
    if pair is None:
        return None
    plain, shifted = pair
    return shifted if shift else plain


def codes_for(text: str) -> list[tuple[int, bool]]:
    """``(key code, shift)`` for each character of ``text``: how a scanner types it (for tests and
    fakes)."""
    reverse: dict[str, tuple[int, bool]] = {}
    for code, (plain, shifted) in _ROWS.items():
        reverse.setdefault(plain, (code, False))
        reverse.setdefault(shifted, (code, True))
    return [reverse[char] for char in text]
