"""The tactile keypad, read as a keyboard: an application event filter that turns the keys of the
configured key map (kiosk/accessibility/keypad_map.py) into actions for the window's focus
(ui/focus.py). Other keys go on untouched, so a keyboard-wedge scanner and a keyboard still type.

It must see a key before the window's own widgets do (a field would take Enter or a digit), and
after the idle watcher and the wedge scanner (a key is activity; a scanner's burst is a scan): the
window installs it first, and Qt asks the filter installed last first.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.accessibility.keypad_map import DEFAULT_KEYS, split_key

KeyId = tuple[int, bool]  # (Qt key, from the numeric keypad block)
_ALWAYS_REPEATED = frozenset({"up", "down", "left", "right", "volume_up", "volume_down"})


def qt_key(name: str) -> int:
    """Qt's key for its name without ``Key_`` (``"Up"``, ``"F1"``, ``"5"``); ValueError if none."""
    key = getattr(Qt.Key, f"Key_{name}", None)
    if key is None:
        raise ValueError(f"Qt has no key named {name!r}")
    return int(key.value)


def resolve(keys: Mapping[str, str]) -> dict[KeyId, str]:
    """The configured key names as Qt keys (ValueError for a name Qt does not know)."""
    resolved: dict[KeyId, str] = {}
    for name, action in keys.items():
        keypad, qt_name = split_key(name)
        resolved[(qt_key(qt_name), keypad)] = action
    return resolved


class KeypadInput(QObject):
    """Emits ``action`` for each mapped key pressed in ``window`` (not in other windows)."""

    action = Signal(str)

    def __init__(
        self, window: QWidget, keys: Mapping[str, str] = DEFAULT_KEYS, *, enabled: bool = True
    ) -> None:
        super().__init__(window)
        self._window = window
        self._map = resolve(keys)
        self._keys_of: dict[str, KeyId] = {}
        for key_id, action in self._map.items():
            self._keys_of.setdefault(action, key_id)
        self.enabled = enabled
        self.paused = False  # the window's staff screens: every key goes to the widgets
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def key_event(self, action: str) -> QKeyEvent:
        """A key press the keypad would send for ``action`` (the QA port's ``POST /qa/key``):
        synthesised, so it has no scan code and the wedge scanner lets it through at once."""
        if action not in self._keys_of:
            raise KeyError(action)
        key, keypad = self._keys_of[action]
        modifiers = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier(0)
        text = action if len(action) == 1 else ""
        return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)

    def press(self, action: str) -> None:
        """Deliver ``action``'s key to the focused widget, through every application filter."""
        event = self.key_event(action)
        target = QApplication.focusWidget()
        if target is None or target.window() is not self._window:
            target = self._window
        QApplication.sendEvent(target, event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Every event of the application comes here: isinstance first, it costs a tenth of
        # asking the event its type (which makes a Python enum member).
        if not isinstance(event, QKeyEvent) or not self.enabled or self.paused:
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        action = self._map.get((event.key(), keypad))
        if action is None:
            return False
        if event.isAutoRepeat() and action not in _ALWAYS_REPEATED:
            return True  # a held Enter or digit counts once
        self.action.emit(action)
        return True
