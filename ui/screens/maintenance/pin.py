"""The staff PIN pad (after a badge scan or five taps on the hidden corner). The PIN is shown as
dots only; after five wrong PINs entry is locked, counted down live."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk import views
from kiosk.maintenance.pins import MAX_DIGITS
from ui.screens.base import Screen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.digit_field import DigitField
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label

TICK_MS = 1000


def dots(digits: str) -> str:
    return " ".join("●" * len(digits)) if digits else "_"


class MaintenancePinScreen(Screen):
    name = views.MAINTENANCE_PIN

    submitted = Signal(str)
    back_requested = Signal()
    touched = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.back = BigButton("back", "secondary")
        self.back.clicked.connect(self.back_requested)
        self.title = label("title", name="title")
        self.subtitle = label("body", name="staff_hint")
        self.field = DigitField("staff_pin", MAX_DIGITS, dots)
        self.field.returnPressed.connect(self._submit)
        self.error = label("error", name="pin_error")
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.field)
        self.keypad.digit_entered.connect(lambda _digit: self.touched.emit())
        self.submit = BigButton("submit", "primary")
        self.submit.clicked.connect(self._submit)
        self.submit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._refresh_lock)

        top = self.add_row(self.back, self.title)
        top.setStretch(0, 0)
        self.root.addWidget(self.subtitle)
        self.root.addWidget(self.field)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        entry = QHBoxLayout()
        entry.addStretch(1)
        entry.addWidget(self.keypad, 3)
        side = QVBoxLayout()
        side.addWidget(self.submit, 1)
        entry.addLayout(side, 2)
        entry.addStretch(1)
        self._entry = entry
        self.root.addLayout(entry)
        self.error.hide()
        self.retranslate_ui()

    @property
    def pin_view(self) -> views.MaintenancePinView | None:
        return self.view if isinstance(self.view, views.MaintenancePinView) else None

    @property
    def busy(self) -> bool:
        view = self.pin_view
        return view is not None and view.busy

    def seconds_locked(self) -> int:
        view = self.pin_view
        if view is None:
            return 0
        return max(0, math.ceil(view.locked_until - self.clock()))

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keypad.apply_metrics(metrics)
        self._entry.setSpacing(metrics.px(40))

    def apply_view(self) -> None:
        view = self.pin_view
        if view is None:
            return
        if not view.busy:
            self.field.set_digits("")
        self._refresh_lock()

    def _refresh_lock(self) -> None:
        view = self.pin_view
        locked = self.seconds_locked() > 0
        blocked = locked or (view is not None and view.busy)
        self.field.setReadOnly(blocked)
        self.keypad.setEnabled(not blocked)
        self.submit.setEnabled(not blocked)
        self.error.setText(self.error_text())
        self.error.setVisible(bool(self.error.text()))
        if locked and self.isVisible():
            self.ticker.start()
        else:
            self.ticker.stop()

    def error_text(self) -> str:
        view = self.pin_view
        left = self.seconds_locked()
        if left > 0:
            return self.tr("Too many wrong PINs. Try again in {time}.").format(
                time=f"{left // 60}:{left % 60:02d}"
            )
        if view is not None and view.wrong and not view.busy:
            return self.tr("Wrong PIN. Attempts left: %n.", "", view.attempts_left)
        if view is not None and view.refused and not view.busy:
            return self.tr("You have no maintenance right. Ask a supervisor.")
        return ""

    def retranslate_ui(self) -> None:
        view = self.pin_view
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Staff maintenance"))
        if view is not None and view.staff_id:
            self.subtitle.setText(self.tr("Staff {id}: enter your PIN.").format(id=view.staff_id))
        else:
            self.subtitle.setText(self.tr("Enter your staff PIN."))
        self.submit.setText(self.tr("Enter"))
        self.error.setText(self.error_text())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.ticker.stop()
        super().hideEvent(event)

    def _submit(self) -> None:
        if not self.busy and self.seconds_locked() == 0 and self.field.digits:
            self.submitted.emit(self.field.digits)
