"""The out-of-service page: the message for customers, typed on an on-screen keyboard in the
staff's language, and the button that takes the terminal out of service with it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk import views
from kiosk.maintenance.names import Action
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.keyboard import TEXT_LAYOUTS, OnScreenKeyboard
from ui.widgets.labels import label

MAX_LENGTH = 200


class MessagePage(QWidget):
    action_requested = Signal(str, str)
    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("body", name="message_title")
        self.message = QLineEdit()
        self.message.setObjectName("oos_message")
        self.message.setMaxLength(MAX_LENGTH)
        self.keyboard = OnScreenKeyboard(layouts=TEXT_LAYOUTS)  # the staff's language's letters
        self.keyboard.set_target(self.message)
        self.keyboard.text_entered.connect(lambda _text: self.touched.emit())
        self.keyboard.backspace_pressed.connect(self.touched.emit)
        self.keyboard.clear_pressed.connect(self.touched.emit)
        self.take_out = BigButton("take_out_of_service", "primary")
        self.take_out.clicked.connect(
            lambda: self.action_requested.emit(Action.TAKE_OUT_OF_SERVICE, self.message.text())
        )
        # the field and its button side by side, the keyboard across the full width below
        self._field_row = QHBoxLayout()
        self._field_row.addWidget(self.message, 1)
        self._field_row.addWidget(self.take_out)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._field_row)
        layout.addWidget(self.keyboard)
        layout.addStretch(1)

    def set_language(self, code: str) -> None:
        self.keyboard.set_language(code)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.keyboard.apply_metrics(metrics)
        self._field_row.setSpacing(metrics.px(24))

    def apply(self, view: views.MaintenanceView) -> None:
        """The message customers see now, to edit, unless staff have typed one already."""
        if not self.message.text():
            self.message.setText(view.out_of_service_message)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Message for customers (optional):"))
        self.take_out.setText(self.tr("Take out of service"))
