"""Enter the SMS code: 6 digits, the masked phone it went to, a resend button that unlocks when
the server's countdown is over (counted down live by a QTimer), and one message for a wrong or an
expired code, with the attempts left."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk import views
from kiosk.receive.phone import CODE_LENGTH
from ui.screens.entry import KeypadEntryScreen, show_busy
from ui.widgets.big_button import BigButton
from ui.widgets.digit_field import DigitField, spaced_code
from ui.widgets.labels import label

TICK_MS = 1000


class OtpScreen(KeypadEntryScreen):
    name = views.RECEIVE_OTP
    entry_view = views.OtpEntryView

    submitted = Signal(str)
    resend_requested = Signal()
    back_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.clock = clock  # the controller's monotonic clock: the view's resend_at is on it
        self.back, self.title = self.back_and_title(self.back_requested)
        self.sent_to = label("body", name="sent_to")
        self.field: DigitField = DigitField(
            "otp_code", CODE_LENGTH, lambda d: spaced_code(d, CODE_LENGTH)
        )
        self.take_input(self.field, error_name="otp_error")
        self.resend = BigButton("resend", "secondary")
        self.resend.clicked.connect(self.resend_requested)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.refresh_countdown)
        self._show_error = False

        self.add_title_row(self.back, self.title)
        self.root.addWidget(self.sent_to)
        self.root.addWidget(self.field)
        self.keypad_rows(self.resend)
        self.busy_indicator.stop()
        self.busy_text.hide()
        self.error.hide()
        self.retranslate_ui()

    @property
    def otp_view(self) -> views.OtpEntryView | None:
        return self.view if isinstance(self.view, views.OtpEntryView) else None

    def seconds_to_resend(self) -> int:
        view = self.otp_view
        if view is None:
            return 0
        return max(0, math.ceil(view.resend_at - self.clock()))

    def apply_view(self) -> None:
        view = self.otp_view
        if view is None:
            return
        if not view.busy and not view.incomplete:  # a new code, or the last one was refused
            self.field.set_digits("")
        busy = view.busy
        locked = busy or view.dead
        self.lock_input(locked, self.keypad)
        self.back.setEnabled(not view.printing)
        self._show_error = (view.wrong or view.dead or view.incomplete) and not busy
        show_busy(self.busy_indicator, self.busy_text, busy, focus=self.field)
        self.error.setVisible(self._show_error)
        self.refresh_countdown()

    def refresh_countdown(self) -> None:
        """Update the resend button from the clock; the ticker runs only while it counts."""
        view = self.otp_view
        left = self.seconds_to_resend()
        self.resend.setEnabled(view is not None and left == 0 and not view.busy)
        self.resend.setText(self._resend_text(left))
        if left > 0 and self.isVisible():
            self.ticker.start()
        else:
            self.ticker.stop()

    def _resend_text(self, left: int) -> str:
        if left <= 0:
            return self.tr("Send a new code")
        return self.tr("New code in {time}").format(time=f"{left // 60}:{left % 60:02d}")

    def retranslate_ui(self) -> None:
        view = self.otp_view
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Enter the code from the SMS"))
        self.sent_to.setText(
            self.tr("We sent a 6-digit code to {phone}.").format(phone=view.masked_phone)
            if view is not None
            else ""
        )
        self.submit.setText(self.tr("Confirm"))
        printing = view is not None and view.printing
        self.busy_text.setText(
            self.tr("Printing your ticket…") if printing else self.tr("Checking…")
        )
        self.error.setText(self.error_text())
        self.resend.setText(self._resend_text(self.seconds_to_resend()))

    def error_text(self) -> str:
        view = self.otp_view
        if view is None or not self._show_error:
            return ""
        if view.incomplete and not view.wrong:
            return self.tr("The code has 6 digits.")
        if view.dead:
            return self.tr(
                "The code is wrong or has expired. Please ask for a new code with the button below."
            )
        left = view.attempts_left or 0
        return self.tr("The code is wrong or has expired. Attempts left: %n.", "", left)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # focuses the field unless busy
        self.refresh_countdown()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.ticker.stop()
        super().hideEvent(event)

    def _submit(self) -> None:
        view = self.otp_view
        if view is not None and not view.busy and not view.dead:
            self.submitted.emit(self.field.digits)

    def _edited(self) -> None:
        if self._show_error and self.field.digits:
            self._show_error = False
            self.error.hide()
            self.error.setText("")
