"""The refused entries page: what the central system refused for good, one row each with its
"Try again" button, and the outcome of the last try."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk import views
from kiosk.formatting import format_datetime
from kiosk.maintenance.names import Action, ParkedResult
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label


def _widget_id(ref: str) -> str:
    """An entry's ref (``dispatch:3``) as part of an objectName."""
    return ref.replace(":", "_")


class ParkedPage(QWidget):
    action_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("body", name="parked_title")
        self.result = label("body", name="parked_result")
        self.empty = label("hint", name="parked_empty")
        self.entries = QWidget()
        self.entries.setObjectName("parked_list")
        self._entries_layout = QVBoxLayout(self.entries)
        self._entries_layout.setContentsMargins(0, 0, 0, 0)
        self._entries_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.entries)
        self.rows: dict[str, tuple[QWidget, QLabel, BigButton]] = {}  # by ParkedEntry.ref
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.result, self.empty):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addStretch(1)

    def apply(self, view: views.MaintenanceView) -> None:
        """One row per refused entry (a label and its "Try again" button), rebuilt when the
        list changes."""
        refs = [entry.ref for entry in view.parked]
        if refs != list(self.rows):
            for row, _text, _again in self.rows.values():
                row.deleteLater()
            self.rows = {}
            for n, ref in enumerate(refs):
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                text = label("body", name=f"parked_{_widget_id(ref)}")
                again = BigButton(f"requeue_{_widget_id(ref)}", "secondary")
                again.clicked.connect(lambda _=False, r=ref: self._requeue_clicked(r))
                line.addWidget(text, 1)
                line.addWidget(again)
                self._entries_layout.insertWidget(n, row)
                self.rows[ref] = (row, text, again)
        for _row, _text, again in self.rows.values():
            again.setEnabled(view.can_requeue and not view.requeuing)

    def _requeue_clicked(self, ref: str) -> None:
        self.action_requested.emit(Action.REQUEUE, ref)

    def retranslate(self, view: views.MaintenanceView | None) -> None:
        self.title.setText(
            self.tr(
                "The central system refused these for good; they are kept, never sent by"
                " themselves. Fix the cause, then try again."
            )
        )
        if view is None:
            return
        results = {
            ParkedResult.REQUEUED: self.tr("{detail}: back in the outbox, sent again now."),
            ParkedResult.REQUEUE_FAILED: self.tr("Not put back: {detail}"),
            ParkedResult.LOAD_FAILED: self.tr("The list could not be read: {detail}"),
        }
        outcome = view.parked_result
        result = results[outcome].format(detail=view.parked_result_detail) if outcome else ""
        self.result.setText(result)
        self.result.setVisible(bool(result))
        if view.parked_loading:
            empty = self.tr("Reading…")
        else:
            empty = "" if view.parked else self.tr("Nothing refused.")
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        kinds = {
            "dispatch": self.tr("Dispatch"),
            "ticket": self.tr("Ticket record"),
            "staff": self.tr("Staff write"),
        }
        actions = {
            "shelve": self.tr("shelving"),
            "move": self.tr("move"),
            "return": self.tr("return to sender"),
            "collection": self.tr("courier collection"),
            "handover": self.tr("checkout handover"),
        }
        for entry in view.parked:
            shown = self.rows.get(entry.ref)
            if shown is None:
                continue
            _row, text, again = shown
            when = format_datetime(entry.at)  # Almaty time, as on the tickets
            what = ", ".join(entry.what)
            kind = kinds.get(entry.kind, entry.kind)
            reason = entry.reason
            if entry.action:  # a staff write: what was done, by whom, the server's problem
                action = actions.get(entry.action, entry.action)
                staff = self.tr("staff {id}").format(id=entry.staff_id)
                kind = f"{kind} ({action}, {staff})"
                reason = f"{entry.problem}: {reason}" if entry.problem else reason
            text.setText(f"{kind} · {what} · {when}\n{reason}")
            again.setText(self.tr("Try again"))
