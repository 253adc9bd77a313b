"""Thank you: what to do at the checkout; back to the start by itself after a few seconds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk import views
from ui.screens.base import AutoHomeScreen
from ui.widgets.labels import label

AUTO_HOME_MS = 8_000


class DoneScreen(AutoHomeScreen):
    name = views.RECEIVE_DONE

    def __init__(self, parent: QWidget | None = None, *, auto_home_ms: int = AUTO_HOME_MS) -> None:
        super().__init__(parent, auto_home_ms=auto_home_ms)
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.place_centred(self.title, self.message)
        self.retranslate_ui()

    def apply_view(self) -> None:
        self.retranslate_ui()
        self.auto_home.start()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Thank you!"))
        printed = not isinstance(self.view, views.DoneView) or self.view.printed
        self.message.setText(
            self.tr("Take the item and present the ticket and your ID at the checkout.")
            if printed
            else self.tr("Take the item, tell the checkout your tracking number and show your ID.")
        )
        self.home.setText(self.tr("Start over"))
