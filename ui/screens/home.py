"""Home: receive or send a parcel, choose the language, and large text or high contrast."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk import views
from ui.screens.base import Screen
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label


class HomeScreen(Screen):
    name = views.HOME

    receive_requested = Signal()
    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = label("title", name="welcome", center=True)
        self.receive = BigButton("receive", "big")
        self.send = BigButton("send", "big")
        self.send.setEnabled(False)
        self.receive.clicked.connect(self.receive_requested)
        self.send.clicked.connect(self.send_requested)
        languages = self.add_language_bar(compact=False)
        access = self.add_access_bar()

        self.root.addStretch(2)
        self.root.addWidget(self.welcome)
        self.root.addStretch(1)
        self.add_row(self.receive, self.send)
        self.root.addStretch(2)
        self.root.addWidget(languages)
        self.root.addWidget(access)
        self.retranslate_ui()

    def apply_view(self) -> None:
        if not isinstance(self.view, views.HomeView):
            return
        self.send.setEnabled(self.view.send_enabled)
        self.set_languages(self.view.languages)

    def retranslate_ui(self) -> None:
        self.welcome.setText(self.tr("Collect or send a parcel"))
        self.receive.setText(self.tr("Receive a parcel"))
        self.send.setText(self.tr("Send a parcel"))
