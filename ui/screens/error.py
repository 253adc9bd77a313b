"""The central system cannot be reached: no technical details, just what to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk import views
from ui.screens.base import Screen
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label


class ErrorScreen(Screen):
    name = views.ERROR

    retry_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.retry = BigButton("retry", "primary")
        self.retry.clicked.connect(self.retry_requested)
        self.home = BigButton("home", "secondary")
        self.home.clicked.connect(self.home_requested)
        self.add_language_row()
        self.root.addStretch(1)
        self.root.addWidget(self.title)
        self.root.addWidget(self.message)
        self.root.addStretch(1)
        self.add_row(self.home, self.retry)
        self.retranslate_ui()

    def apply_view(self) -> None:
        can_retry = isinstance(self.view, views.ErrorView) and self.view.can_retry
        self.retry.setVisible(can_retry)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("The service is temporarily unavailable."))
        self.message.setText(
            self.tr("Please try again in a moment. If it does not help, ask at the checkout.")
        )
        self.retry.setText(self.tr("Try again"))
        self.home.setText(self.tr("Start over"))
