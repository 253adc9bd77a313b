"""The stocking station's screens: the menu, shelving and moving (the parcel, then its place),
and shelf labels for a range of rows and compartments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk import views
from kiosk.stations.names import StationAction
from kiosk.stations.views import LabelsView, ShelveView, StockingMenuView
from ui.screens.stations.base import CodeEntry, StationScreen
from ui.screens.stations.problems import problem_text
from ui.theme import Metrics
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label

MENU = ("shelve", "move", "labels", "returns", "collection")


class StockingMenuScreen(StationScreen):
    name = views.STOCKING_MENU

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two columns: the longest names (kk, ru) fit on one line at 1280×800 too.
        self.pages = {
            page: self.button(f"open_{page}", StationAction.OPEN, page, role="primary")
            for page in MENU
        }
        self.maintenance = self.maintenance_button()
        self.error = label("error", name="menu_error")
        self.root.addStretch(1)
        self.add_row(self.pages["shelve"], self.pages["move"])
        self.add_row(self.pages["labels"], self.pages["returns"])
        self.add_row(self.pages["collection"], self.maintenance)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        view = self.view if isinstance(self.view, StockingMenuView) else None
        self.title.setText(QCoreApplication.translate("Station", "Stocking station"))
        self.staff_line(view.staff_id if view else "")
        self.maintenance.setText(self.maintenance_text())
        error = problem_text(view.problem) if view else ""
        self.error.setText(error)
        self.error.setVisible(bool(error))
        texts = {
            "shelve": QCoreApplication.translate("Station", "Shelve arrivals"),
            "move": QCoreApplication.translate("Station", "Move a parcel"),
            "labels": QCoreApplication.translate("Station", "Print shelf labels"),
            "returns": QCoreApplication.translate("Station", "Returns due"),
            "collection": QCoreApplication.translate("Station", "Courier collection"),
        }
        for page, button in self.pages.items():
            button.setText(texts[page])


def _number_field(field_id: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(field_id)
    field.setMaxLength(4)
    return field


class ShelveScreen(StationScreen):
    """The parcel (scanned or typed), then its place: the shelf label scanned, or row and
    compartment typed."""

    name = views.STOCKING_SHELVE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = self.button("back", StationAction.BACK, role="secondary")
        self.step = label("subtitle", name="shelve_step")
        self.parcel = label("field_value", name="shelve_parcel")
        self.result = label("notice", name="shelve_result")
        self.error = label("error", name="shelve_error")
        self.entry = CodeEntry("code_input")
        self.entry.submitted.connect(self._typed)
        step_row = self.add_row(self.back, self.step)
        step_row.setStretch(0, 0)
        step_row.setStretch(1, 1)
        self.root.addWidget(self.parcel)
        self.root.addWidget(self.entry.field)
        self.root.addWidget(self.result)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        self.root.addWidget(self.entry)
        self.retranslate_ui()

    @property
    def shelve_view(self) -> ShelveView | None:
        return self.view if isinstance(self.view, ShelveView) else None

    @property
    def busy(self) -> bool:
        view = self.shelve_view
        return view is not None and view.busy

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.entry.apply_metrics(metrics)

    def apply_view(self) -> None:
        view = self.shelve_view
        if view is not None:
            self.entry.set_enabled(not view.busy)
            self.entry.field.setFocus()

    def _typed(self, text: str) -> None:
        view = self.shelve_view
        if view is not None and view.tracking_number and " " in text.strip():
            self.act(StationAction.PLACE, text)  # "row compartment"
        else:
            self.act(StationAction.SUBMIT, text)

    def retranslate_ui(self) -> None:
        view = self.shelve_view
        move = view is not None and view.mode == "move"
        self.title.setText(
            QCoreApplication.translate("Station", "Move a parcel")
            if move
            else QCoreApplication.translate("Station", "Shelve arrivals")
        )
        self.staff_line(view.staff_id if view else "")
        self.back.setText(QCoreApplication.translate("Station", "Menu"))
        self.entry.submit.setText(QCoreApplication.translate("Station", "Enter"))
        number = view.tracking_number if view else ""
        if number:
            self.step.setText(
                QCoreApplication.translate(
                    "Station",
                    "Now scan the compartment's shelf label, or type row and compartment (3 12).",
                )
            )
            self.parcel.setText(
                QCoreApplication.translate("Station", "Parcel {number}").format(number=number)
            )
        else:
            self.step.setText(QCoreApplication.translate("Station", "Scan the parcel's barcode."))
            self.parcel.setText("")
        self.parcel.setVisible(bool(number))
        result = ""
        if view is not None and view.last is not None:
            done, row, compartment = view.last
            result = QCoreApplication.translate(
                "Station", "{number}: row {row}, compartment {compartment}. Next parcel."
            ).format(number=done, row=row, compartment=compartment)
        self.result.setText(result)
        self.result.setVisible(bool(result))
        error = problem_text(view.problem, view.problem_detail) if view else ""
        self.error.setText(error)
        self.error.setVisible(bool(error))


class LabelsScreen(StationScreen):
    """Shelf labels for rows ``from``–``to`` and compartments ``from``–``to``."""

    name = views.STOCKING_LABELS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = self.button("back", StationAction.BACK, role="secondary")
        self.hint = label("subtitle", name="labels_hint")
        self.fields = [
            _number_field(name)
            for name in ("row_from", "row_to", "compartment_from", "compartment_to")
        ]
        self.captions = [label("field_label", wrap=False) for _ in self.fields]
        self.result = label("notice", name="labels_result")
        self.error = label("error", name="labels_error")
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.fields[0])
        for field in self.fields:
            field.selectionChanged.connect(lambda f=field: self.keypad.set_target(f))
            field.cursorPositionChanged.connect(lambda _a, _b, f=field: self.keypad.set_target(f))
        self.print = self.button("print_labels", StationAction.PRINT_LABELS, role="primary")
        self.print.clicked.disconnect()
        self.print.clicked.connect(self._print)
        hint_row = self.add_row(self.back, self.hint)
        hint_row.setStretch(0, 0)
        grid = QHBoxLayout()
        for caption, field in zip(self.captions, self.fields, strict=True):
            grid.addWidget(caption)
            grid.addWidget(field)
        self.root.addLayout(grid)
        self.root.addWidget(self.result)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        self.add_row(self.keypad, self.print)
        self.retranslate_ui()

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keypad.apply_metrics(metrics)

    @property
    def busy(self) -> bool:
        return isinstance(self.view, LabelsView) and self.view.busy

    def apply_view(self) -> None:
        view = self.view
        if isinstance(view, LabelsView):
            self.print.setEnabled(not view.busy)

    def _print(self) -> None:
        self.act(StationAction.PRINT_LABELS, " ".join(f.text().strip() or "0" for f in self.fields))

    def retranslate_ui(self) -> None:
        view = self.view if isinstance(self.view, LabelsView) else None
        self.title.setText(QCoreApplication.translate("Station", "Print shelf labels"))
        self.staff_line(view.staff_id if view else "")
        self.back.setText(QCoreApplication.translate("Station", "Menu"))
        self.hint.setText(
            QCoreApplication.translate(
                "Station", "A label with a barcode for every compartment of the range."
            )
        )
        captions = (
            QCoreApplication.translate("Station", "Rows from"),
            QCoreApplication.translate("Station", "to"),
            QCoreApplication.translate("Station", "Compartments from"),
            QCoreApplication.translate("Station", "to"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.print.setText(QCoreApplication.translate("Station", "Print"))
        printed = view.printed if view else 0
        self.result.setText(
            QCoreApplication.translate("Station", "Printed: {n} label(s).").format(n=printed)
            if printed
            else ""
        )
        self.result.setVisible(bool(printed))
        error = problem_text(view.problem) if view else ""
        self.error.setText(error)
        self.error.setVisible(bool(error))
