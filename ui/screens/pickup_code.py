"""The pickup code from the shelving SMS, typed on a keyboard of its own alphabet (a scanner
reading the code or its QR link reaches the controller directly)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk import views
from kiosk.i18n import LANGUAGES
from kiosk.receive.pickup import ALPHABET, LENGTH
from ui.screens.entry import KeyboardEntryScreen, message_row, show_busy
from ui.widgets.keyboard import BACKSPACE, CLEAR, OnScreenKeyboard, row
from ui.widgets.labels import label

CODE_LAYOUT = (
    row(ALPHABET[:8]),  # the digits
    row(ALPHABET[8:18]),
    row(ALPHABET[18:]),
    row("", BACKSPACE, CLEAR),
)


class PickupCodeScreen(KeyboardEntryScreen):
    name = views.RECEIVE_PICKUP_CODE
    entry_view = views.PickupCodeView

    submitted = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back, self.title = self.back_and_title(self.back_requested)
        self.hint = label("hint", name="hint")
        field = QLineEdit()
        field.setObjectName("pickup_code")
        field.setMaxLength(LENGTH)
        self.take_input(field, error_name="pickup_error")
        self.add_title_row(self.back, self.title)
        self.root.addWidget(self.hint)
        self.root.addWidget(self.field)
        self.root.addLayout(message_row(self.error, self.busy_indicator, self.busy_text))
        self.root.addStretch(1)
        self.root.addLayout(self.keyboard_row())
        self.keyboard.setParent(None)
        self.keyboard.deleteLater()
        self.keyboard = OnScreenKeyboard(layouts=dict.fromkeys(LANGUAGES, CODE_LAYOUT))
        self.keyboard.set_target(self.field)
        self._entry.insertWidget(0, self.keyboard, 1)
        self.busy_indicator.stop()
        self.error.hide()
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.view
        if not isinstance(view, views.PickupCodeView):
            return
        self.field.setText(view.text)
        self.lock_input(view.busy, self.keyboard)
        show_busy(self.busy_indicator, self.busy_text, view.busy, focus=self.field)
        self.error.setVisible(view.wrong and not view.busy)

    def retranslate_ui(self) -> None:
        view = self.view
        printing = isinstance(view, views.PickupCodeView) and view.printing
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Pickup code"))
        self.hint.setText(
            self.tr(
                "Type the 6-character pickup code from the SMS, or show its QR code to the scanner."
            )
        )
        self.submit.setText(self.tr("Find"))
        self.busy_text.setText(
            self.tr("Printing your ticket…") if printing else self.tr("Checking the code…")
        )
        self.error.setText(
            self.tr("This code is not valid or has expired. Check the SMS and type it again.")
        )

    def _submit(self) -> None:
        if not self.busy:
            self.submitted.emit(self.field.text())

    def _edited(self) -> None:
        if self.error.isVisible():
            self.error.hide()
