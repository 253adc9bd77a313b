"""The tactile keypad's key map: which key does what, as the configuration's ``[keypad] keys``
table says (Qt-free; ui/keypad.py turns the key names into Qt keys).

A key is named as Qt names it without its ``Key_`` prefix (``Up``, ``Escape``, ``F1``, ``Plus``),
with ``kp:`` in front for a key of the numeric keypad block (``kp:5``, ``kp:Enter``, ``kp:Plus``):
a USB keypad sends those, so its digits never look like the digits a barcode scanner types. The
actions are the QA port's key names (``POST /qa/key``).
"""

from __future__ import annotations

import re
from enum import StrEnum


class KeyAction(StrEnum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    ENTER = "enter"
    BACK = "back"
    CLEAR = "clear"
    HELP = "help"
    REPEAT = "repeat"
    VOLUME_UP = "volume_up"
    VOLUME_DOWN = "volume_down"
    RATE_UP = "rate_up"
    RATE_DOWN = "rate_down"


DIGITS = tuple("0123456789")
ACTIONS: tuple[str, ...] = (*(action.value for action in KeyAction), *DIGITS)
"""Every action a key can have: the named ones and the ten digits."""

KEYPAD_PREFIX = "kp:"
_KEY_NAME = re.compile(r"(kp:)?[A-Za-z0-9]+")

DEFAULT_KEYS: dict[str, str] = {
    **{f"kp:{digit}": digit for digit in DIGITS},
    "Up": "up",
    "Down": "down",
    "Left": "left",
    "Right": "right",
    "kp:Enter": "enter",
    "Escape": "back",
    "kp:Period": "clear",
    "kp:Delete": "clear",
    "Delete": "clear",
    "F1": "help",
    "Help": "help",
    "kp:Slash": "help",
    "kp:Asterisk": "repeat",
    "F2": "repeat",
    "kp:Plus": "volume_up",
    "VolumeUp": "volume_up",
    "kp:Minus": "volume_down",
    "VolumeDown": "volume_down",
    "F3": "rate_down",
    "F4": "rate_up",
}
"""A standard numeric keypad (digits, Enter, ``.`` to clear, ``/`` help, ``*`` repeat, ``+``
and ``-`` volume) plus the arrows, Escape (back), F1 … F4 of a tactile keypad or a keyboard."""


def valid_key_map(keys: dict[str, str]) -> dict[str, str]:
    """The configuration's check: key names as above, actions from :data:`ACTIONS`, a key for
    every action but the rate's. Empty: the built-in :data:`DEFAULT_KEYS`."""
    if not keys:
        return keys
    bad_keys = sorted(key for key in keys if not _KEY_NAME.fullmatch(key))
    if bad_keys:
        raise ValueError(f"not a key name: {', '.join(bad_keys)} (e.g. 'Up', 'F1', 'kp:5')")
    bad_actions = sorted({action for action in keys.values() if action not in ACTIONS})
    if bad_actions:
        raise ValueError(f"unknown action: {', '.join(bad_actions)} (one of {', '.join(ACTIONS)})")
    missing = sorted(set(ACTIONS) - set(keys.values()) - {"rate_up", "rate_down"})
    if missing:
        raise ValueError(f"no key for: {', '.join(missing)}")
    return keys


def split_key(name: str) -> tuple[bool, str]:
    """``"kp:Plus"`` → (True, "Plus"): on the keypad block or not, and Qt's name for the key."""
    if name.startswith(KEYPAD_PREFIX):
        return True, name[len(KEYPAD_PREFIX) :]
    return False, name
