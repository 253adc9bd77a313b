"""Pieces the screens that take typed input share (phone number, SMS code, tracking number, box
barcode): the large submit button beside the keys, the busy state (spinner and its text), and the
rows of the keypad screens (phone number, SMS code), and ``EntryScreen`` for the busy state and the
focus of a screen whose view locks its field while busy."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ui.screens.base import Screen
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


class EntryScreen(Screen):
    """A screen with one field to type into: busy while its view (of type ``entry_view``) says so,
    and the field takes the focus when the screen shows and is not busy.

    Subclasses set ``entry_view`` and create ``self.field``.
    """

    entry_view: ClassVar[type]  # one of the kiosk.views dataclasses, with a ``busy`` flag
    field: QLineEdit

    @property
    def busy(self) -> bool:
        view = self.view
        return isinstance(view, self.entry_view) and bool(getattr(view, "busy", False))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.busy:
            self.field.setFocus()
