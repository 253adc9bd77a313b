"""Thank you: what to do at the checkout; back to the start by itself after a few seconds."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from kiosk import views
from ui.screens.base import Screen
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label

AUTO_HOME_MS = 8_000


class DoneScreen(Screen):
    name = views.RECEIVE_DONE

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, auto_home_ms: int = AUTO_HOME_MS) -> None:
        super().__init__(parent)
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.home = BigButton("home", "primary")
        self.home.clicked.connect(self.home_requested)
        self.auto_home = QTimer(self)
        self.auto_home.setSingleShot(True)
        self.auto_home.setInterval(auto_home_ms)
        self.auto_home.timeout.connect(self.home_requested)
        self.root.addStretch(1)
        self.root.addWidget(self.title)
        self.root.addWidget(self.message)
        self.root.addStretch(1)
        self.add_row(self.home)
        self.retranslate_ui()

    def apply_view(self) -> None:
        self.retranslate_ui()
        self.auto_home.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.auto_home.stop()
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Thank you!"))
        printed = not isinstance(self.view, views.DoneView) or self.view.printed
        self.message.setText(
            self.tr("Take the item and present the ticket and your ID at the checkout.")
            if printed
            else self.tr("Take the item, tell the checkout your tracking number and show your ID.")
        )
        self.home.setText(self.tr("Start over"))
