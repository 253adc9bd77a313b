"""After the SMS code: every item of the phone. Those awaiting pickup in a large list with their
row and compartment (the one ticket lists them all), the others with their status, or a kind
message when there is nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk import views
from kiosk.formatting import format_kzt
from kiosk.identifiers import mask_s10
from kiosk.models import Parcel
from ui.screens.base import Screen
from ui.screens.parcel_kinds import kind_name
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label

LOCATION_PX = 48


class ItemsScreen(Screen):
    name = views.RECEIVE_ITEMS

    done_requested = Signal()  # a ticket was printed (or failed): the closing screen
    help_wanted = Signal()  # "I can't reach it / I need help": staff bring the parcels
    home_requested = Signal()  # nothing to print: straight back to the start

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("subtitle", name="title")
        self.list = QFrame()
        self.list.setObjectName("items")
        self.list.setProperty("role", "card")
        self.grid = QGridLayout(self.list)
        # Five items fit a 1080p screen; more scroll, by touch too.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("items_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.list)
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.others_title = label("subtitle", name="others_title")
        self.others = QFrame()
        self.others.setObjectName("other_items")
        self.others.setProperty("role", "card")
        self.others_layout = QVBoxLayout(self.others)
        self.message = label("body", name="message", center=True)
        self.instruction = label("notice", name="instruction")
        self.help_notice = label("notice", name="help_notice")
        self.need_help = BigButton("need_help", "secondary")
        self.need_help.clicked.connect(self.help_wanted)
        self.home = BigButton("home", "primary")
        self.home.clicked.connect(self._done)
        self._location_px = LOCATION_PX
        self._pad = 20

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_language_bar(), 0)
        self.root.addLayout(top)
        self.root.addWidget(self.scroll_area, 1)
        self.root.addWidget(self.message)
        self.root.addWidget(self.others_title)
        self.root.addWidget(self.others)
        self.root.addWidget(self.instruction)
        self.root.addWidget(self.help_notice)
        self.root.addStretch(0)
        self.add_row(self.need_help, self.home)
        self.retranslate_ui()

    @property
    def items_view(self) -> views.ItemsView | None:
        return self.view if isinstance(self.view, views.ItemsView) else None

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self._location_px = metrics.text_px(LOCATION_PX)
        self._pad = metrics.px(16)
        self.grid.setContentsMargins(self._pad, metrics.px(8), self._pad, metrics.px(8))
        self.grid.setHorizontalSpacing(metrics.px(32))
        self.grid.setVerticalSpacing(metrics.px(2))
        self.others_layout.setContentsMargins(self._pad, self._pad, self._pad, self._pad)
        self.others_layout.setSpacing(metrics.px(8))
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.items_view
        if view is None:
            return
        self.scroll_area.setVisible(bool(view.ready))
        self.others_title.setVisible(bool(view.others))
        self.others.setVisible(bool(view.others))
        self.message.setVisible(not view.ready)
        self.instruction.setVisible(view.printed is not None)
        self.help_notice.setVisible(view.help_requested)
        self.need_help.setVisible(bool(view.ready) and not view.help_requested)

    def retranslate_ui(self) -> None:
        self.home.setText(self.tr("Done"))
        self.need_help.setText(self.tr("I can't reach it / I need help"))
        self.help_notice.setText(
            self.tr(
                "Staff have been told: they will bring your parcels to you. "
                "Please wait by the terminal."
            )
        )
        view = self.items_view
        _clear(self.grid)
        _clear(self.others_layout)
        if view is None:
            return
        count = len(view.ready)
        self.title.setText(
            self.tr("Your items: %n. Collect them here:", "", count)
            if count
            else self.tr("Your items")
        )
        self.others_title.setText(self.tr("Not ready for pickup"))
        self.message.setText(
            self.tr(
                "There are no parcels to collect for this number right now. We will send you "
                "an SMS as soon as one arrives."
            )
            if not view.others
            else self.tr("None of your items can be collected right now.")
        )
        if view.printed is False:
            self.instruction.setText(
                self.tr(
                    "The ticket could not be printed. Remember the rows and compartments, and "
                    "tell the checkout your phone number."
                )
            )
        else:
            self.instruction.setText(
                self.tr("Take your ticket from the printer below: it lists every item.")
            )
        self._fill_ready(view.ready)
        for number, parcel in enumerate(view.others, start=1):
            text = f"{mask_s10(parcel.tracking_number)} — {self.status_text(parcel)}"
            other = label("body", name=f"other_{number}")
            other.setText(text)
            self.others_layout.addWidget(other)

    def _fill_ready(self, ready: tuple[Parcel, ...]) -> None:
        headers = (self.tr("Row"), self.tr("Compartment"), self.tr("Item"), self.tr("To pay"))
        for column, text in enumerate(headers):
            caption = label("field_label", name=f"header_{column}")
            caption.setText(text)
            self.grid.addWidget(caption, 0, column)
        big = f"font-size: {self._location_px}px; font-weight: bold;"
        for number, parcel in enumerate(ready, start=1):
            location = parcel.location
            cells: list[QLabel] = [
                label("field_value", name=f"item_{number}_row", wrap=False),
                label("field_value", name=f"item_{number}_compartment", wrap=False),
                label("field_value", name=f"item_{number}_item"),
                label("field_value", name=f"item_{number}_to_pay"),
            ]
            cells[0].setText(location.row if location else "—")
            cells[1].setText(location.compartment if location else "—")
            cells[0].setStyleSheet(big)
            cells[1].setStyleSheet(big)
            cells[2].setText(f"{kind_name(parcel)} · {mask_s10(parcel.tracking_number)}")
            due = parcel.storage_fee_kzt + parcel.cod_amount_kzt
            cells[3].setText(format_kzt(due) if due else self.tr("nothing"))
            for column, cell in enumerate(cells):
                self.grid.addWidget(cell, number, column, Qt.AlignmentFlag.AlignVCenter)
        self.grid.setColumnStretch(2, 1)

    def status_text(self, parcel: Parcel) -> str:
        if parcel.status == "in_transit":
            return self.tr("on its way, not arrived yet")
        if parcel.status == "delivered":
            return self.tr("already collected")
        if parcel.status == "returned_to_sender":
            return self.tr("returned to the sender")
        return self.tr("please ask at the checkout")

    def _done(self) -> None:
        view = self.items_view
        if view is not None and view.printed is None:
            self.home_requested.emit()
        else:
            self.done_requested.emit()


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
