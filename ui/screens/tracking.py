"""Enter the tracking number: on-screen keyboard, scanner (keyboard wedge), inline errors, busy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk import views
from kiosk.identifiers import S10_EXAMPLE, S10Problem
from ui.screens.entry import KeyboardEntryScreen, show_busy
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label
from ui.widgets.tracking_field import TrackingField, significant

MESSAGE_HEIGHT = 96


class TrackingScreen(KeyboardEntryScreen):
    name = views.RECEIVE_TRACKING
    entry_view = views.TrackingEntryView

    submitted = Signal(str)
    back_requested = Signal()
    use_phone_requested = Signal()
    use_pickup_code_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back, self.title = self.back_and_title(self.back_requested)
        self.use_phone = BigButton("use_phone", "secondary")
        self.use_phone.clicked.connect(self.use_phone_requested)
        self.use_pickup_code = BigButton("use_pickup_code", "secondary")
        self.use_pickup_code.clicked.connect(self.use_pickup_code_requested)
        self.hint = label("hint", name="hint")
        self.take_input(TrackingField(), error_name="error")
        self._problem: S10Problem | None = None
        self._problem_value = ""
        self._problem_count = 0
        self._layout_widgets()
        self.busy_indicator.stop()
        self.error.hide()
        self.retranslate_ui()

    def _layout_widgets(self) -> None:
        self.add_title_row(self.back, self.title)
        hint_row = self.add_row(self.hint, self.use_pickup_code, self.use_phone)
        hint_row.setStretch(1, 0)
        hint_row.setStretch(2, 0)
        self.root.addWidget(self.field)
        self.message = QWidget()
        message = QHBoxLayout(self.message)
        message.setContentsMargins(0, 0, 0, 0)
        message.addWidget(self.error, 1)
        message.addStretch(0)
        message.addWidget(self.busy_indicator, 0, Qt.AlignmentFlag.AlignVCenter)
        message.addWidget(self.busy_text, 0, Qt.AlignmentFlag.AlignVCenter)
        message.addStretch(0)
        self._message_layout = message
        self.root.addWidget(self.message)
        self.root.addStretch(1)
        self.root.addLayout(self.keyboard_row())

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.message.setMinimumHeight(metrics.px(MESSAGE_HEIGHT))
        self._message_layout.setSpacing(metrics.px(24))

    def apply_view(self) -> None:
        view = self.view
        if not isinstance(view, views.TrackingEntryView):
            return
        self.field.set_value(view.text)
        self._problem = None if view.busy else view.problem
        self._problem_value = self.field.value
        self._problem_count = len(significant(view.text))
        busy = view.busy
        self.lock_input(busy, self.keyboard)
        self.back.setEnabled(not view.printing)
        show_busy(self.busy_indicator, self.busy_text, busy, focus=self.field)
        self.error.setVisible(self._problem is not None)

    def retranslate_ui(self) -> None:
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Enter the tracking number"))
        self.hint.setText(
            self.tr("13 characters, like {example}, or scan the barcode").format(
                example="CC 0166 9519 0 KZ"
            )
        )
        self.submit.setText(self.tr("Find"))
        self.use_phone.setText(self.tr("Use my phone number"))
        self.use_pickup_code.setText(self.tr("I have a pickup code"))
        view = self.view
        printing = isinstance(view, views.TrackingEntryView) and view.printing
        self.busy_text.setText(
            self.tr("Printing your ticket…") if printing else self.tr("Looking for your parcel…")
        )
        self.error.setText(self.problem_text(self._problem, self._problem_count))

    def problem_text(self, problem: S10Problem | None, count: int) -> str:
        """What is wrong with the entered number, and how to put it right."""
        if problem is None:
            return ""
        if problem is S10Problem.EMPTY:
            return self.tr("Please type the tracking number or scan its barcode.")
        if problem is S10Problem.WRONG_LENGTH:
            return self.tr(
                "The number has 13 characters, like {example}. You entered %n.", "", count
            ).format(example=S10_EXAMPLE)
        if problem is S10Problem.BAD_PREFIX:
            return self.tr("The number starts with two Latin letters, like CC or RR.")
        if problem is S10Problem.BAD_SERIAL:
            return self.tr(
                "After the first two letters come 9 digits: "
                "check for a letter O typed instead of a zero."
            )
        if problem is S10Problem.BAD_COUNTRY:
            return self.tr("The number ends with two Latin letters, like KZ.")
        if problem is S10Problem.RESERVED_SERVICE:
            return self.tr(
                "Tracking numbers never start with J, K, S, T or W: please check the first letter."
            )
        if problem is S10Problem.NOT_A_TRACKING_CODE:
            return self.tr(
                "This barcode is not a tracking number. Scan the barcode in the SMS or on the "
                "notice, or type the number."
            )
        return self.tr("This number has a typing error: please check every digit.")

    def _submit(self) -> None:
        if not self.busy:
            self.submitted.emit(self.field.text())

    def _edited(self) -> None:
        if self._problem is not None and self.field.value != self._problem_value:
            self._problem = None
            self.error.hide()
            self.error.setText("")
