"""Pressing the tactile keypad's keys in tests: real key events (as a USB keypad sends them, from
the default key map) through the application's event filters, and moving the keypad's focus onto
a control by the arrows alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.accessibility.keypad_map import DEFAULT_KEYS, split_key
from ui.keypad import qt_key


def key_of(action: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    name = next(name for name, mapped in DEFAULT_KEYS.items() if mapped == action)
    keypad, qt_name = split_key(name)
    modifier = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier.NoModifier
    return Qt.Key(qt_key(qt_name)), modifier


def press(qtbot, window: QWidget, *actions: str) -> None:
    for action in actions:
        key, modifier = key_of(action)
        focused = QApplication.focusWidget()
        target = focused if focused is not None and focused.window() is window else window
        qtbot.keyClick(target, key, modifier)


def type_on_keypad(qtbot, window: QWidget, digits: str) -> None:
    press(qtbot, window, *digits)


def focused_name(window) -> str:
    current = window.keypad.current
    return current.objectName() if current is not None else ""


def move_to(qtbot, window, name: str, limit: int = 60) -> None:
    """Arrows only, until the keypad's focus is on the visible control ``name``."""
    [target] = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    for _ in range(limit):
        current = window.keypad.current
        if current is target:
            return
        if current is None:
            press(qtbot, window, "down")
            continue
        here = current.mapTo(window, current.rect().center())
        there = target.mapTo(window, target.rect().center())
        if there.y() > current.mapTo(window, current.rect().bottomLeft()).y():
            press(qtbot, window, "down")
        elif there.y() < current.mapTo(window, current.rect().topLeft()).y():
            press(qtbot, window, "up")
        else:
            press(qtbot, window, "right" if there.x() > here.x() else "left")
    raise AssertionError(
        f"the arrows never reached {name!r}; the focus is on {focused_name(window)!r}"
    )


def enter_on(qtbot, window, name: str) -> None:
    move_to(qtbot, window, name)
    press(qtbot, window, "enter")


def type_with_arrows(qtbot, window, text: str) -> None:
    """Digits from the keypad's digit keys, letters by moving onto the on-screen key and Enter."""
    for char in text:
        if char.isdigit():
            press(qtbot, window, char)
        else:
            enter_on(qtbot, window, f"key_{char}")


def is_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton)
