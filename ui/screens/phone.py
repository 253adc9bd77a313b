"""Enter the phone number: ``+7`` fixed, a large numeric keypad, problems explained before any
request (Russian numbers, landlines, too few digits)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk import views
from kiosk.identifiers import PHONE_ENTRY_DIGITS, PhoneProblem, format_phone_entry
from ui.screens.entry import KeypadEntryScreen, show_busy
from ui.widgets.digit_field import DigitField
from ui.widgets.labels import label


class PhoneScreen(KeypadEntryScreen):
    name = views.RECEIVE_PHONE
    entry_view = views.PhoneEntryView

    submitted = Signal(str)  # the digits after +7
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back, self.title = self.back_and_title(self.back_requested)
        self.hint = label("hint", name="hint")
        self.field: DigitField = DigitField("phone", PHONE_ENTRY_DIGITS, format_phone_entry)
        self.take_input(self.field, error_name="phone_error")
        self._problem: PhoneProblem | None = None
        self._problem_digits = ""

        self.add_title_row(self.back, self.title)
        self.root.addWidget(self.hint)
        self.root.addWidget(self.field)
        self.keypad_rows()
        self.busy_indicator.stop()
        self.busy_text.hide()
        self.error.hide()
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.view
        if not isinstance(view, views.PhoneEntryView):
            return
        self.field.set_digits(view.digits)
        self._problem = None if view.busy else view.problem
        self._problem_digits = self.field.digits
        self.lock_input(view.busy, self.keypad)
        show_busy(self.busy_indicator, self.busy_text, view.busy, focus=self.field)
        self.error.setVisible(self._problem is not None)

    def retranslate_ui(self) -> None:
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Enter your phone number"))
        self.hint.setText(self.tr("A Kazakhstan mobile number. We will send a code to it by SMS."))
        self.submit.setText(self.tr("Send code"))
        self.busy_text.setText(self.tr("Sending the code…"))
        self.error.setText(self.problem_text(self._problem))

    def problem_text(self, problem: PhoneProblem | None) -> str:
        if problem is None:
            return ""
        if problem is PhoneProblem.EMPTY:
            return self.tr("Please type your mobile number: 10 digits after +7.")
        if problem is PhoneProblem.NOT_KAZAKHSTAN:
            return self.tr(
                "This is not a Kazakhstan number. Kazakhstan mobile numbers start with +7 7, "
                "like +7 701 123 45 67."
            )
        if problem is PhoneProblem.NOT_MOBILE:
            return self.tr(
                "This looks like a landline number. Please enter a mobile number that can "
                "receive SMS."
            )
        return self.tr("Please check the number: it has 10 digits after +7, like +7 701 123 45 67.")

    def _submit(self) -> None:
        if not self.busy:
            self.submitted.emit(self.field.digits)

    def _edited(self) -> None:
        if self._problem is not None and self.field.digits != self._problem_digits:
            self._problem = None
            self.error.hide()
            self.error.setText("")
