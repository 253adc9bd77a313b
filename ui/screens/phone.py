"""Enter the phone number: ``+7`` fixed, a large numeric keypad, problems explained before any
request (Russian numbers, landlines, too few digits)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import views
from kiosk.identifiers import PHONE_ENTRY_DIGITS, PhoneProblem, format_phone_entry
from ui.screens.entry import EntryScreen, keypad_row, message_row, show_busy, submit_button
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.busy import BusyIndicator
from ui.widgets.digit_field import DigitField
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label

SPINNER = 64


class PhoneScreen(EntryScreen):
    name = views.RECEIVE_PHONE
    entry_view = views.PhoneEntryView

    submitted = Signal(str)  # the digits after +7
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = BigButton("back", "secondary")
        self.back.clicked.connect(self.back_requested)
        self.title = label("title", name="title")
        self.hint = label("hint", name="hint")
        self.field = DigitField("phone", PHONE_ENTRY_DIGITS, format_phone_entry)
        self.field.returnPressed.connect(self._submit)
        self.field.textChanged.connect(self._edited)
        self.error = label("error", name="phone_error")
        self.busy_indicator = BusyIndicator()
        self.busy_text = label("busy", name="busy_text", wrap=False)
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.field)
        self.submit = submit_button(self._submit)
        self._problem: PhoneProblem | None = None
        self._problem_digits = ""

        self.add_title_row(self.back, self.title)
        self.root.addWidget(self.hint)
        self.root.addWidget(self.field)
        self._message = message_row(self.error, self.busy_indicator, self.busy_text)
        self.root.addLayout(self._message)
        self.root.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.submit, 1)
        self._entry = keypad_row(self.keypad, side)
        self.root.addLayout(self._entry)
        self.busy_indicator.stop()
        self.busy_text.hide()
        self.error.hide()
        self.retranslate_ui()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keypad.apply_metrics(metrics)
        self._message.setSpacing(metrics.px(24))
        self._entry.setSpacing(metrics.px(40))
        self.busy_indicator.set_side(metrics.px(SPINNER))

    def apply_view(self) -> None:
        view = self.view
        if not isinstance(view, views.PhoneEntryView):
            return
        self.field.set_digits(view.digits)
        self._problem = None if view.busy else view.problem
        self._problem_digits = self.field.digits
        self.field.setReadOnly(view.busy)
        self.keypad.setEnabled(not view.busy)
        self.submit.setEnabled(not view.busy)
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
