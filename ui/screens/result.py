"""Where the parcel lies: row and compartment very large, then the details of the ticket; and
"I can't reach it / I need help", after which staff bring the parcel and the screen says so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk import views
from kiosk.formatting import format_date, format_kzt
from kiosk.identifiers import group_s10
from kiosk.models import Parcel
from ui.screens.base import Screen
from ui.screens.parcel_kinds import kind_name
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label

DETAIL_FIELDS = ("kind", "tracking", "arrived", "free_until", "storage_until", "fee")
DETAIL_COLUMNS = 3
NO_VALUE = "—"


class LocationTile(QFrame):
    """A caption (Row, Compartment) over a huge value, readable from a metre away."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.caption = label("tile_label", name=f"{name}_label", center=True)
        self.value = label("tile_value", name=f"{name}_value", center=True, wrap=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self._layout = layout

    def apply_metrics(self, metrics: Metrics) -> None:
        pad = metrics.px(14)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(0)


def _date(value: dt.date | None) -> str:
    """A date, or an arrival time as its date in Almaty."""
    return format_date(value) if value is not None else NO_VALUE


class ResultScreen(Screen):
    name = views.RECEIVE_RESULT

    done_requested = Signal()
    help_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("subtitle", name="title")
        self.row_tile = LocationTile("row")
        self.compartment_tile = LocationTile("compartment")
        self.details = QFrame()
        self.details.setObjectName("details")
        self.details.setProperty("role", "card")
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        # Each caption above its value, three to a row: Kazakh and Russian captions are long, and
        # a caption beside its value would leave the value too little width.
        grid = QGridLayout(self.details)
        for index, field in enumerate(DETAIL_FIELDS):
            self.captions[field] = label("field_label", name=f"{field}_label")
            self.values[field] = label("field_value", name=field)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(self.captions[field])
            cell.addWidget(self.values[field])
            row, column = divmod(index, DETAIL_COLUMNS)
            grid.addLayout(cell, row, column, Qt.AlignmentFlag.AlignTop)
        self.cod = label("field_value", name="cod")
        grid.addWidget(self.cod, len(DETAIL_FIELDS) // DETAIL_COLUMNS, 0, 1, DETAIL_COLUMNS)
        for column in range(DETAIL_COLUMNS):
            grid.setColumnStretch(column, 1)
        self._grid = grid
        self.instruction = label("notice", name="instruction")
        self.help_notice = label("notice", name="help_notice")
        self.need_help = BigButton("need_help", "secondary")
        self.need_help.clicked.connect(self.help_wanted)
        self.home = BigButton("home", "primary")
        self.home.clicked.connect(self.done_requested)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_language_bar(), 0)
        self.root.addLayout(top)
        self.add_row(self.row_tile, self.compartment_tile)
        self.root.addWidget(self.details)
        self.root.addWidget(self.instruction)
        self.root.addWidget(self.help_notice)
        self.root.addStretch(1)
        self.add_row(self.need_help, self.home)
        self.retranslate_ui()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.row_tile.apply_metrics(metrics)
        self.compartment_tile.apply_metrics(metrics)
        pad = metrics.px(20)
        self._grid.setContentsMargins(pad, pad, pad, pad)
        self._grid.setHorizontalSpacing(metrics.px(24))
        self._grid.setVerticalSpacing(metrics.px(14))

    @property
    def parcel(self) -> Parcel | None:
        return self.view.parcel if isinstance(self.view, views.ResultView) else None

    def apply_view(self) -> None:
        parcel = self.parcel
        self.cod.setVisible(parcel is not None and parcel.cod_amount_kzt > 0)
        asked = isinstance(self.view, views.ResultView) and self.view.help_requested
        self.help_notice.setVisible(asked)
        self.need_help.setVisible(not asked)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your parcel is here:"))
        self.row_tile.caption.setText(self.tr("Row"))
        self.compartment_tile.caption.setText(self.tr("Compartment"))
        self.captions["kind"].setText(self.tr("Item type:"))
        self.captions["tracking"].setText(self.tr("Tracking number:"))
        self.captions["arrived"].setText(self.tr("Arrived:"))
        self.captions["free_until"].setText(self.tr("Free storage until:"))
        self.captions["storage_until"].setText(self.tr("Kept here until:"))
        self.captions["fee"].setText(self.tr("Storage fee today:"))
        self.home.setText(self.tr("Done"))
        self.need_help.setText(self.tr("I can't reach it / I need help"))
        self.help_notice.setText(
            self.tr(
                "Staff have been told: they will bring your parcel to you. "
                "Please wait by the terminal."
            )
        )
        parcel = self.parcel
        if parcel is None or not isinstance(self.view, views.ResultView):
            return
        location = parcel.location
        row = location.row if location else NO_VALUE
        compartment = location.compartment if location else NO_VALUE
        self.row_tile.value.setText(row)
        self.compartment_tile.value.setText(compartment)
        self.values["kind"].setText(kind_name(parcel))
        self.values["tracking"].setText(group_s10(parcel.tracking_number))
        self.values["arrived"].setText(_date(parcel.arrived_at))
        self.values["free_until"].setText(_date(parcel.free_until))
        self.values["storage_until"].setText(_date(parcel.storage_until))
        self.values["fee"].setText(format_kzt(parcel.storage_fee_kzt))
        self.cod.setText(
            self.tr("Cash on delivery, to pay at the checkout: {amount}").format(
                amount=format_kzt(parcel.cod_amount_kzt)
            )
        )
        if self.view.printed:
            self.instruction.setText(self.tr("Take your ticket from the printer below."))
        else:
            self.instruction.setText(
                self.tr(
                    "The ticket could not be printed. Remember row {row}, compartment "
                    "{compartment}, and tell the checkout your tracking number."
                ).format(row=row, compartment=compartment)
            )
