"""The screens that take typed input (phone number, SMS code, tracking number, box barcode).

``EntryScreen``: one field, busy while its view says so, the field focused when the screen shows;
the field's message line (an error, or the spinner and its text) and the large submit button.
``KeyboardEntryScreen`` adds the on-screen keyboard with a camera preview over the submit button
(letters and digits); ``KeypadEntryScreen`` the numeric keypad with the submit button beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ui.screens.base import Screen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.busy import BusyIndicator
from ui.widgets.camera_preview import CameraPreview
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label
from ui.widgets.tracking_field import TrackingField

SPINNER = 64


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

    def take_input(self, field: QLineEdit, *, error_name: str) -> None:
        """``field`` becomes the screen's input (Enter submits; an edit may clear the message),
        with the message under it (``error``), the spinner and its text, and ``submit``."""
        self.field = field
        field.returnPressed.connect(self._submit)
        field.textChanged.connect(self._edited)
        self.error = label("error", name=error_name)
        self.busy_indicator = BusyIndicator()
        self.busy_text = label("busy", name="busy_text", wrap=False)
        self.submit = submit_button(self._submit)

    def lock_input(self, locked: bool, keys: QWidget) -> None:
        """While busy (or refused for good) nothing can be typed or submitted."""
        self.field.setReadOnly(locked)
        keys.setEnabled(not locked)
        self.submit.setEnabled(not locked)

    def _submit(self) -> None:
        raise NotImplementedError

    def _edited(self) -> None:
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        view = self.view
        return isinstance(view, self.entry_view) and bool(getattr(view, "busy", False))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.busy:
            self.field.setFocus()


class KeyboardEntryScreen(EntryScreen):
    """Letters and digits: the on-screen keyboard, and beside it a camera preview (shown only
    while a camera sends frames) over the submit button."""

    field: TrackingField

    def keyboard_row(self) -> QHBoxLayout:
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_target(self.field)
        self.camera_preview = CameraPreview()
        entry = QHBoxLayout()
        entry.addWidget(self.keyboard, 1)
        side = QVBoxLayout()
        side.addWidget(self.camera_preview, 0)
        side.addWidget(self.submit, 1)
        entry.addLayout(side)
        self._entry = entry
        return entry

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keyboard.apply_metrics(metrics)
        self._entry.setSpacing(metrics.px(40))
        self.busy_indicator.set_side(metrics.px(SPINNER))
        self.submit.setMinimumWidth(metrics.px(320))
        self.camera_preview.setFixedSize(metrics.px(320), metrics.px(240))


class KeypadEntryScreen(EntryScreen):
    """Digits only: the message line, then the numeric keypad with the submit button (and any
    ``extra`` buttons under it) beside it."""

    def keypad_rows(self, *extra: QWidget) -> None:
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.field)
        self._message = message_row(self.error, self.busy_indicator, self.busy_text)
        self.root.addLayout(self._message)
        self.root.addStretch(1)
        self._side = QVBoxLayout()
        self._side.addWidget(self.submit, 1)
        for widget in extra:
            self._side.addWidget(widget, 0)
        self._entry = keypad_row(self.keypad, self._side)
        self.root.addLayout(self._entry)

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keypad.apply_metrics(metrics)
        self._message.setSpacing(metrics.px(24))
        self._entry.setSpacing(metrics.px(40))
        self._side.setSpacing(metrics.px(24))
        self.busy_indicator.set_side(metrics.px(SPINNER))
