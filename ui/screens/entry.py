"""Pieces the screens that take typed input share (phone number, SMS code, tracking number, box
barcode): the large submit button beside the keys, the busy state (spinner and its text), and the
rows of the keypad screens (phone number, SMS code)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.big_button import BigButton
from ui.widgets.busy import BusyIndicator
from ui.widgets.keypad import NumericKeypad


def submit_button(on_click: Callable[[], None]) -> BigButton:
    """The primary ``submit`` button, as tall as the keys beside it; its text is the screen's."""
    button = BigButton("submit", "primary")
    button.clicked.connect(on_click)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return button


def show_busy(
    indicator: BusyIndicator, text: QWidget, busy: bool, *, focus: QWidget | None = None
) -> None:
    """Spin and show the busy text while busy; otherwise stop, hide it and focus ``focus``."""
    if busy:
        indicator.start()
    else:
        indicator.stop()
        if focus is not None:
            focus.setFocus()
    text.setVisible(busy)


def message_row(error: QWidget, indicator: BusyIndicator, text: QWidget) -> QHBoxLayout:
    """The error message, or the spinner and its text, on one line under the field."""
    message = QHBoxLayout()
    message.addWidget(error, 1)
    message.addWidget(indicator, 0, Qt.AlignmentFlag.AlignVCenter)
    message.addWidget(text, 0, Qt.AlignmentFlag.AlignVCenter)
    return message


def keypad_row(keypad: NumericKeypad, side: QVBoxLayout) -> QHBoxLayout:
    """The keypad and the buttons beside it (``side``), centred in 3 : 2."""
    entry = QHBoxLayout()
    entry.addStretch(1)
    entry.addWidget(keypad, 3)
    entry.addLayout(side, 2)
    entry.addStretch(1)
    return entry
