"""Sending a parcel: scan the box (or type its barcode), confirm with a large Send, then the shelf.

Dumb views like every screen: they show the controller's view and emit intents. A scanner's code
reaches the controller directly (``Controller.scanned``); the keyboard is the fallback.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk import views
from kiosk.identifiers import S10Problem, group_s10
from ui.screens.base import AutoHomeScreen, Screen
from ui.screens.done import AUTO_HOME_MS
from ui.screens.entry import SPINNER, KeyboardEntryScreen, message_row, show_busy
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.busy import BusyIndicator
from ui.widgets.labels import label
from ui.widgets.tracking_field import TrackingField, significant

BOX_EXAMPLE = "CB200000010KZ"


class SendScanScreen(KeyboardEntryScreen):
    """Pack, then scan the barcode on the box; the on-screen keyboard if the scan does not work."""

    name = views.SEND_SCAN
    entry_view = views.SendScanView

    submitted = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back, self.title = self.back_and_title(self.back_requested)
        self.steps = label("subtitle", name="steps")
        self.hint = label("hint", name="hint")
        field = TrackingField()
        field.setObjectName("box_barcode")  # styled like the tracking number field
        self.take_input(field, error_name="send_error")
        self._message_value = ""

        self.add_title_row(self.back, self.title)
        self.root.addWidget(self.steps)
        self.root.addWidget(self.hint)
        self.root.addWidget(self.field)
        self.root.addLayout(message_row(self.error, self.busy_indicator, self.busy_text))
        self.root.addStretch(1)
        self.root.addLayout(self.keyboard_row())
        self.busy_indicator.stop()
        self.error.hide()
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.view
        if not isinstance(view, views.SendScanView):
            return
        self.field.set_value(view.text)
        self._message_value = self.field.value
        busy = view.busy
        self.lock_input(busy, self.keyboard)
        show_busy(self.busy_indicator, self.busy_text, busy, focus=self.field)
        self.error.setVisible(not busy and (view.problem is not None or bool(view.refusal)))

    def retranslate_ui(self) -> None:
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Send a parcel"))
        self.steps.setText(
            self.tr(
                "1. Pack your parcel in the prepaid box and close it.\n"
                "2. Scan the barcode on the box."
            )
        )
        self.hint.setText(self.tr("If the scan does not work, type the barcode and press Check."))
        self.submit.setText(self.tr("Check"))
        self.busy_text.setText(self.tr("Checking the box…"))
        self.error.setText(self._message())

    def _message(self) -> str:
        view = self.view
        if not isinstance(view, views.SendScanView):
            return ""
        if view.refusal == "unknown":
            return self.tr(
                "This barcode does not belong to a prepaid box. Please check the number, "
                "or ask at the checkout."
            )
        if view.refusal == "already_dispatched":
            return self.tr(
                "This box has already been handed in for sending. A box can be sent only once."
            )
        if view.refusal == "unavailable":
            return self.tr(
                "The box cannot be checked right now. Please try again in a few minutes, "
                "or ask at the checkout."
            )
        if view.problem is not None:
            if view.problem is S10Problem.EMPTY:
                return self.tr("Please scan the barcode on the box, or type it.")
            if view.problem is S10Problem.WRONG_LENGTH:
                count = len(significant(view.text))
                return self.tr(
                    "A box barcode has 13 characters, like {example}. You entered %n.", "", count
                ).format(example=BOX_EXAMPLE)
            return self.tr("This is not a box barcode: please check every character.")
        return ""

    def _submit(self) -> None:
        if not self.busy:
            self.submitted.emit(self.field.text())

    def _edited(self) -> None:
        if self.error.isVisible() and self.field.value != self._message_value:
            self.error.hide()


class SendConfirmScreen(Screen):
    """The box, and one large Send button."""

    name = views.SEND_CONFIRM

    confirmed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back, self.title = self.back_and_title(self.back_requested)
        self.tile = QFrame()
        self.tile.setObjectName("box_tile")
        self.tile.setProperty("role", "tile")
        self.barcode = label("tile_value", name="barcode", center=True, wrap=False)
        tile = QVBoxLayout(self.tile)
        tile.addWidget(self.barcode)
        self.size_text = label("subtitle", name="box_size", center=True)
        self.notice = label("notice", name="notice", center=True)
        self.busy_indicator = BusyIndicator()
        self.busy_text = label("busy", name="busy_text", wrap=False)
        self.send = BigButton("confirm_send", "big")
        self.send.clicked.connect(self._confirm)
        self.add_title_row(self.back, self.title)
        self.root.addStretch(1)
        self.root.addWidget(self.tile)
        self.root.addWidget(self.size_text)
        self.root.addWidget(self.notice)
        busy = QHBoxLayout()
        busy.addStretch(1)
        busy.addWidget(self.busy_indicator)
        busy.addWidget(self.busy_text)
        busy.addStretch(1)
        self.root.addLayout(busy)
        self.root.addStretch(1)
        self.add_row(self.send)
        self.busy_indicator.stop()
        self.retranslate_ui()

    @property
    def busy(self) -> bool:
        return isinstance(self.view, views.SendConfirmView) and self.view.busy

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.busy_indicator.set_side(metrics.px(SPINNER))

    def apply_view(self) -> None:
        view = self.view
        if not isinstance(view, views.SendConfirmView):
            return
        self.barcode.setText(group_s10(view.barcode))
        self.send.setEnabled(not view.busy)
        self.back.setEnabled(not view.busy)
        show_busy(self.busy_indicator, self.busy_text, view.busy)
        self.size_text.setVisible(bool(view.size))
        self.notice.setVisible(view.offline or view.failed)

    def retranslate_ui(self) -> None:
        view = self.view
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("Press Send to hand in this box"))
        self.send.setText(self.tr("Send"))
        if not isinstance(view, views.SendConfirmView):
            return
        self.size_text.setText(self.tr("Box size {size}").format(size=view.size))
        if view.failed:
            self.notice.setText(self.tr("That did not work. Please press Send again."))
        elif view.offline:
            self.notice.setText(
                self.tr(
                    "The box cannot be checked right now. It will be registered automatically "
                    "as soon as the connection is back."
                )
            )
        self.busy_text.setText(
            self.tr("Printing your receipt…") if view.printing else self.tr("Saving…")
        )

    def _confirm(self) -> None:
        if not self.busy:  # a second tap while saving does nothing
            self.confirmed.emit()


class SendDoneScreen(AutoHomeScreen):
    """Put the parcel on the dispatch shelf; home by itself after a few seconds."""

    name = views.SEND_DONE

    def __init__(self, parent: QWidget | None = None, *, auto_home_ms: int = AUTO_HOME_MS) -> None:
        super().__init__(parent, auto_home_ms=auto_home_ms)
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.notice = label("notice", name="notice", center=True)
        self.place_centred(self.title, self.message, self.notice)
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.view
        if isinstance(view, views.SendDoneView):
            self.notice.setVisible(view.offline or not view.printed)
        self.auto_home.start()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Thank you! Put the parcel on the dispatch shelf."))
        self.home.setText(self.tr("Done"))
        view = self.view
        if not isinstance(view, views.SendDoneView):
            self.message.setText("")
            return
        self.message.setText(
            self.tr("Keep your receipt: its QR code tracks the parcel.")
            if view.printed
            else self.tr("Box {barcode}: note this number to track the parcel.").format(
                barcode=group_s10(view.barcode)
            )
        )
        if not view.printed:
            self.notice.setText(
                self.tr("The receipt could not be printed, but your parcel is handed in.")
            )
        elif view.offline:
            self.notice.setText(self.tr("It will be registered automatically."))
