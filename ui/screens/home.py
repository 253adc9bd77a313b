"""Home: receive (or, later, send) a parcel, and choose the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk import i18n, views
from ui.screens.base import Screen
from ui.theme import set_style_property
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label


class HomeScreen(Screen):
    name = views.HOME

    receive_requested = Signal()
    send_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = label("title", name="welcome", center=True)
        self.receive = BigButton("receive", "big")
        self.send = BigButton("send", "big")
        self.send.setEnabled(False)
        self.receive.clicked.connect(self.receive_requested)
        self.send.clicked.connect(self.send_requested)
        self.language_buttons: dict[str, BigButton] = {}
        for code, native_name in i18n.LANGUAGES.items():
            button = BigButton(f"lang_{code}", "lang")
            button.setText(native_name)  # each language's name in its own language
            button.clicked.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self.language_buttons[code] = button

        self.root.addStretch(2)
        self.root.addWidget(self.welcome)
        self.root.addStretch(1)
        self.add_row(self.receive, self.send)
        self.root.addStretch(2)
        self.add_row(*self.language_buttons.values())
        self.retranslate_ui()

    def set_current_language(self, code: str) -> None:
        for button_code, button in self.language_buttons.items():
            set_style_property(button, "current", button_code == code)

    def apply_view(self) -> None:
        if not isinstance(self.view, views.HomeView):
            return
        self.send.setEnabled(self.view.send_enabled)
        for code, button in self.language_buttons.items():
            button.setVisible(code in self.view.languages)

    def retranslate_ui(self) -> None:
        self.welcome.setText(self.tr("Collect or send a parcel"))
        self.receive.setText(self.tr("Receive a parcel"))
        self.send.setText(self.tr("Send a parcel"))
