"""The stocking station's rounds: the returns due (scan each off the shelf) and the courier's
collection (scan each box; a slip at the end)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QSizePolicy, QWidget

from kiosk import views
from kiosk.stations.names import StationAction
from kiosk.stations.views import CollectionView, ReturnsView
from ui.screens.stations.base import CodeEntry, StationScreen
from ui.screens.stations.problems import problem_text, saved_offline_text
from ui.theme import Metrics
from ui.widgets.labels import label


class _RoundScreen(StationScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = self.button("back", StationAction.BACK, role="secondary")
        self.hint = label("subtitle", name="round_hint")
        self.list = label("body", name="round_list")
        # A long list scrolls (by touch too) and leaves the keyboard its room.
        self.list_area = QScrollArea()
        self.list_area.setObjectName("round_scroll")
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setWidget(self.list)
        self.list_area.setMinimumHeight(0)
        self.list_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        QScroller.grabGesture(
            self.list_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.result = label("notice", name="round_result")
        self.error = label("error", name="round_error")
        self.entry = CodeEntry("code_input")
        self.entry.submitted.connect(lambda text: self.act(StationAction.SUBMIT, text))

    def buttons_row(self, other: QWidget) -> None:
        """Menu, the hint, and the round's own button: one row, so the list keeps its lines."""
        row = self.add_row(self.back, self.hint, other)
        row.setStretch(0, 0)
        row.setStretch(2, 0)

    def entry_row(self) -> None:
        """The code field beside the round's count, then the keyboard."""
        self.add_row(self.entry.field, self.result)
        self.root.addWidget(self.entry)

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.entry.apply_metrics(metrics)

    @property
    def busy(self) -> bool:
        view = self.view
        return isinstance(view, ReturnsView | CollectionView) and view.busy

    def frame_texts(self, title: str, hint: str, staff_id: str) -> None:
        """What both rounds show around their list: the title, who is signed in, Menu, the
        round's hint and the keyboard's Enter (``title`` and ``hint`` already translated)."""
        self.title.setText(title)
        self.staff_line(staff_id)
        self.back.setText(QCoreApplication.translate("Station", "Menu"))
        self.entry.submit.setText(QCoreApplication.translate("Station", "Enter"))
        self.hint.setText(hint)

    def show_error(self, problem: str | None, detail: str) -> None:
        error = problem_text(problem, detail)
        self.error.setText(error)
        self.error.setVisible(bool(error))


class ReturnsScreen(_RoundScreen):
    name = views.STOCKING_RETURNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refresh = self.button("refresh", StationAction.REFRESH, role="secondary")
        self.buttons_row(self.refresh)
        self.root.addWidget(self.list_area, 1)
        self.root.addWidget(self.error)
        self.entry_row()
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.view
        if isinstance(view, ReturnsView):
            self.entry.set_enabled(not (view.busy or view.loading))

    def retranslate_ui(self) -> None:
        view = self.view if isinstance(self.view, ReturnsView) else None
        self.frame_texts(
            QCoreApplication.translate("Station", "Returns due"),
            QCoreApplication.translate(
                "Station", "Take each parcel off its shelf and scan it: it goes back to the sender."
            ),
            view.staff_id if view else "",
        )
        self.refresh.setText(QCoreApplication.translate("Station", "Refresh"))
        if view is None:
            return
        lines = []
        place = QCoreApplication.translate("Station", "Row / compartment")
        for p in view.due:
            where = f"{p.location.row} / {p.location.compartment}" if p.location else "—"
            mark = "✓" if p.tracking_number in view.returned else "•"
            mark += "*" if p.tracking_number in view.queued else ""
            lines.append(f"{mark} {place} {where}   {p.tracking_number}")
        if view.loading:
            text = QCoreApplication.translate("Station", "Loading…")
        else:
            text = "\n".join(lines) or QCoreApplication.translate(
                "Station", "No parcels are due for return today."
            )
        self.list.setText(text)
        left = len([p for p in view.due if p.tracking_number not in view.returned])
        result = QCoreApplication.translate(
            "Station", "Returned: {done}. Still on the shelves: {left}."
        ).format(done=len(view.returned), left=left)
        self.result.setText(result + _saved_offline(view.queued))
        self.show_error(view.problem, view.problem_detail)


class CollectionScreen(_RoundScreen):
    name = views.STOCKING_COLLECTION

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.print = self.button("print_slip", StationAction.PRINT_SLIP, role="primary")
        self.kept = label("error", name="kept_back")
        self.buttons_row(self.print)
        self.root.addWidget(self.list_area, 1)
        self.root.addWidget(self.kept)
        self.root.addWidget(self.error)
        self.entry_row()
        self.retranslate_ui()

    def apply_view(self) -> None:
        view = self.view
        if isinstance(view, CollectionView):
            self.entry.set_enabled(not view.busy)
            self.print.setEnabled(bool(view.collected) and not view.busy)

    def retranslate_ui(self) -> None:
        view = self.view if isinstance(self.view, CollectionView) else None
        self.frame_texts(
            QCoreApplication.translate("Station", "Courier collection"),
            QCoreApplication.translate(
                "Station", "Scan each box on the dispatch shelf as the courier takes it."
            ),
            view.staff_id if view else "",
        )
        self.print.setText(QCoreApplication.translate("Station", "Print the slip"))
        if view is None:
            return
        self.list.setText("\n".join(f"{b} *" if b in view.queued else b for b in view.collected))
        kept = ""
        if view.kept_back:
            kept = QCoreApplication.translate(
                "Station", "Keep back (not registered yet): {boxes}"
            ).format(boxes=", ".join(view.kept_back))
        self.kept.setText(kept)
        self.kept.setVisible(bool(kept))
        result = QCoreApplication.translate("Station", "Collected: {n} box(es).").format(
            n=len(view.collected)
        )
        if view.printed is True:
            result += " " + QCoreApplication.translate("Station", "Slip printed.")
        elif view.printed is False:
            result += " " + QCoreApplication.translate(
                "Station", "The slip was not printed: check the printer."
            )
        self.result.setText(result + _saved_offline(view.queued))
        self.result.setVisible(bool(view.collected) or view.printed is not None)
        # a box kept back is named on its own line: no second message for it
        problem = None if view.problem == "dispatch_not_registered" else view.problem
        self.show_error(problem, view.problem_detail)


def _saved_offline(queued: tuple[str, ...]) -> str:
    """The line under a round's count when some of it waits on this station (marked *)."""
    return ("\n* " + saved_offline_text()) if queued else ""
