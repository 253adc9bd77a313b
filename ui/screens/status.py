"""The parcel cannot be handed out: not found, not arrived yet, already collected, returned."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk import views
from kiosk.identifiers import group_s10
from ui.screens.base import Screen
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label


class StatusScreen(Screen):
    """A headline, what to do next, the number looked up, and a way back."""

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.number = label("hint", name="number", center=True)
        self.home = BigButton("home", "primary")
        self.home.clicked.connect(self.home_requested)
        self.add_language_row()
        self.root.addStretch(1)
        self.root.addWidget(self.title)
        self.root.addWidget(self.message)
        self.root.addWidget(self.number)
        self.root.addStretch(1)
        self.buttons = self.add_row(self.home)

    def retranslate_ui(self) -> None:
        self.title.setText(self.headline())
        self.message.setText(self.advice())
        self.home.setText(self.home_text())
        view = self.view
        tracking = view.tracking_number if isinstance(view, views.ParcelStatusView) else ""
        self.number.setText(
            self.number_text().format(number=group_s10(tracking)) if tracking else ""
        )

    def headline(self) -> str:
        raise NotImplementedError

    def advice(self) -> str:
        raise NotImplementedError

    def home_text(self) -> str:
        raise NotImplementedError

    def number_text(self) -> str:
        raise NotImplementedError


class NotFoundScreen(StatusScreen):
    name = views.RECEIVE_NOT_FOUND

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retry = BigButton("retry", "primary")
        self.retry.clicked.connect(self.retry_requested)
        self.home.setProperty("role", "secondary")  # checking the number is the likelier way on
        self.buttons.insertWidget(0, self.retry, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.retry.setText(self.tr("Check the number"))

    def headline(self) -> str:
        return self.tr("We could not find a parcel with this number.")

    def advice(self) -> str:
        return self.tr(
            "Check the number in your SMS or notice and enter it again. "
            "If it is correct, please ask at the checkout."
        )

    def home_text(self) -> str:
        return self.tr("Start over")

    def number_text(self) -> str:
        return self.tr("You entered: {number}")


class NotArrivedScreen(StatusScreen):
    name = views.RECEIVE_NOT_ARRIVED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate_ui()

    def headline(self) -> str:
        return self.tr("Your parcel is on its way and has not arrived yet.")

    def advice(self) -> str:
        return self.tr("Please come back when you are notified that it has arrived.")

    def home_text(self) -> str:
        return self.tr("Start over")

    def number_text(self) -> str:
        return self.tr("Tracking number: {number}")


class DeliveredScreen(StatusScreen):
    name = views.RECEIVE_DELIVERED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate_ui()

    def headline(self) -> str:
        return self.tr("This parcel has already been collected.")

    def advice(self) -> str:
        return self.tr("If you did not collect it yourself, please ask at the checkout.")

    def home_text(self) -> str:
        return self.tr("Start over")

    def number_text(self) -> str:
        return self.tr("Tracking number: {number}")


class ReturnedScreen(StatusScreen):
    name = views.RECEIVE_RETURNED

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate_ui()

    def headline(self) -> str:
        return self.tr("This parcel has been returned to the sender.")

    def advice(self) -> str:
        return self.tr("Please contact the sender.")

    def home_text(self) -> str:
        return self.tr("Start over")

    def number_text(self) -> str:
        return self.tr("Tracking number: {number}")
