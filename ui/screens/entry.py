"""Pieces the screens that take typed input share (phone number, SMS code, tracking number, box
barcode): the large submit button beside the keys, and the busy state (spinner and its text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.big_button import BigButton
from ui.widgets.busy import BusyIndicator


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
