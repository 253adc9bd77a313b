"""The terminal cannot serve customers now (a required part, such as the printer, is down).

It names no fault, only what the customer can do; it goes away by itself when the part recovers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk import views
from ui.screens.base import Screen
from ui.widgets.labels import label


class OutOfServiceScreen(Screen):
    name = views.OUT_OF_SERVICE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.staff_message = label("subtitle", name="staff_message", center=True)
        self.add_language_row()
        self.root.addStretch(1)
        self.root.addWidget(self.title)
        self.root.addWidget(self.message)
        self.root.addWidget(self.staff_message)
        self.root.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("This terminal is temporarily out of service."))
        self.message.setText(self.tr("Please use another terminal or ask at the checkout."))

    def apply_view(self) -> None:
        """A message from staff or the central system, shown as it was written."""
        message = getattr(self.view, "message", "")
        self.staff_message.setText(message)
        self.staff_message.setVisible(bool(message))
