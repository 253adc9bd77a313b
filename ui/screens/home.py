"""Home: receive (or, later, send) a parcel, and choose the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk import views
from ui.screens.base import Screen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label
from ui.widgets.speech_button import SpeechButton


class HomeScreen(Screen):
    name = views.HOME

    receive_requested = Signal()
    send_requested = Signal()
    need_requested = Signal(str)  # an accessibility need (kiosk.accessibility.mode.Need value)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = label("title", name="welcome", center=True)
        self.receive = BigButton("receive", "big")
        self.send = BigButton("send", "big")
        self.send.setEnabled(False)
        self.receive.clicked.connect(self.receive_requested)
        self.send.clicked.connect(self.send_requested)
        languages = self.add_language_bar(compact=False)
        self.speech = SpeechButton()
        self.speech.clicked.connect(lambda: self.need_requested.emit(self.speech.objectName()))
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.speech, 0)
        self.bottom.addWidget(languages, 1)

        self.root.addStretch(2)
        self.root.addWidget(self.welcome)
        self.root.addStretch(1)
        self.add_row(self.receive, self.send)
        self.root.addStretch(2)
        self.root.addLayout(self.bottom)
        self.retranslate_ui()

    def apply_view(self) -> None:
        if not isinstance(self.view, views.HomeView):
            return
        self.send.setEnabled(self.view.send_enabled)
        self.set_languages(self.view.languages)

    def set_speech(self, on: bool) -> None:
        self.speech.set_on(on)

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.bottom.setSpacing(metrics.px(24))
        self.speech.set_icon_side(metrics.px(56))

    def retranslate_ui(self) -> None:
        self.welcome.setText(self.tr("Collect or send a parcel"))
        self.receive.setText(self.tr("Receive a parcel"))
        self.send.setText(self.tr("Send a parcel"))
