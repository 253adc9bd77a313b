"""The dashboard's figures page: customers waiting for staff to bring their parcel (with a button
to close the oldest request), the terminal's figures (every one read from its component), the
recent maintenance actions in words, and a camera scanner's picture at a glance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk import views
from kiosk.maintenance.names import FAILED_PREFIX, Action, AuditAction, AuditDetail
from kiosk.maintenance.status import DashboardStatus
from kiosk.ports.printer import PrinterState
from ui.widgets.big_button import BigButton
from ui.widgets.camera_preview import CameraPreview
from ui.widgets.labels import label

FIGURES = (
    "printer",
    "api",
    "outbox",
    "scanners",
    "last_scan",
    "availability",
    "terminal",
    "version",
    "uptime",
    "disk",
    "storage",
)
AUDIT_SHOWN = 8


def duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class DashboardPage(QWidget):
    action_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure_names: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        self.audit = label("hint", name="audit")
        self.audit_title = label("body", name="audit_title")
        self.help_requests = label("notice", name="help_requests")
        self.close_help = BigButton(Action.CLOSE_HELP.value, "primary")
        self.close_help.clicked.connect(
            lambda: self.action_requested.emit(Action.CLOSE_HELP.value, "")
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.help_requests, 0, 0, 1, 2)
        grid.addWidget(self.close_help, 1, 0, 1, 2)
        first = 2
        for n, key in enumerate(FIGURES, start=first):
            name = label("hint", name=f"{key}_label")
            value = label("body", name=f"figure_{key}")
            self.figure_names[key], self.figures[key] = name, value
            grid.addWidget(name, n, 0)
            grid.addWidget(value, n, 1)
        below = first + len(FIGURES)
        grid.addWidget(self.audit_title, below, 0, 1, 2)
        grid.addWidget(self.audit, below + 1, 0, 1, 2)
        # a camera scanner's picture at a glance (the scanner test shows it larger)
        self.preview = CameraPreview()
        self.preview.setObjectName("dashboard_camera_preview")
        grid.addWidget(self.preview, below + 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(below + 3, 1)
        self.help_requests.hide()
        self.close_help.hide()

    def retranslate(self, view: views.MaintenanceView | None) -> None:
        names = {
            "printer": self.tr("Printer"),
            "api": self.tr("Central system"),
            "outbox": self.tr("Outbox"),
            "scanners": self.tr("Scanners"),
            "last_scan": self.tr("Last scan"),
            "availability": self.tr("Customers"),
            "terminal": self.tr("Terminal"),
            "version": self.tr("Version"),
            "uptime": self.tr("Running for"),
            "disk": self.tr("Free disk"),
            "storage": self.tr("Records on disk"),
        }
        for key, text in names.items():
            self.figure_names[key].setText(text)
        self.audit_title.setText(self.tr("Recent maintenance actions"))
        if view is not None:
            self._fill(view)

    def _fill(self, view: views.MaintenanceView) -> None:
        status = view.status
        f = self.figures
        state = self._printer_state_text(status.printer.state)
        f["printer"].setText(" · ".join(p for p in (state, status.printer.detail) if p))
        self._fill_probe(status)
        scanners = ", ".join(f"{kind}: {state}" for kind, state in status.scanners)
        f["scanners"].setText(scanners or self.tr("none configured"))
        f["last_scan"].setText(status.last_scan or "—")
        if view.reason:
            text = self.tr("turned away ({reason})").format(reason=self._reason_text(view.reason))
            if view.out_of_service_message:
                text += f": {view.out_of_service_message}"
        else:
            text = self.tr("served")
        f["availability"].setText(text)
        f["terminal"].setText(status.terminal_id)
        f["version"].setText(status.version)
        f["uptime"].setText(duration(status.uptime_s))
        f["storage"].setText(self._storage_text(status.storage_alerts))
        lines = [self._audit_line(entry) for entry in view.audit[:AUDIT_SHOWN]]
        self.audit.setText("\n".join(lines) or "—")
        self._fill_help(view.help_requests)

    def _fill_help(self, requests: tuple[views.HelpRequestView, ...]) -> None:
        """Customers waiting for staff to bring their parcels, oldest first."""
        self.help_requests.setVisible(bool(requests))
        self.close_help.setVisible(bool(requests))
        self.close_help.setText(self.tr("Parcel brought: close the oldest request"))
        lines = [self.tr("Customers waiting for their parcels: %n", "", len(requests))]
        for request in requests:
            places = "; ".join(
                self.tr("row {row}, compartment {compartment}").format(row=r, compartment=c)
                for r, c in request.places
            )
            lines.append(f"{request.at}  {places or '—'}")
        self.help_requests.setText("\n".join(lines))

    def _fill_probe(self, status: DashboardStatus) -> None:
        """What was measured off the GUI thread: the API, the outbox, the disk."""
        f, probe = self.figures, status.probe
        if probe is None:
            for key in ("api", "outbox", "disk"):
                f[key].setText(self.tr("measuring…"))
            return
        if probe.api_ok:
            f["api"].setText(
                self.tr("reachable, {ms} ms").format(ms=round(probe.api_latency_ms or 0))
            )
        else:
            f["api"].setText(self.tr("not reachable: {detail}").format(detail=probe.api_detail))
        if probe.outbox is None:
            f["outbox"].setText(self.tr("not available"))
        else:
            stats = probe.outbox
            text = self.tr("%n waiting", "", stats.depth)
            if stats.oldest_age_s is not None:
                text += " · " + self.tr("oldest {age}").format(age=duration(stats.oldest_age_s))
            if stats.parked:
                text += " · " + self.tr("%n refused, see the list", "", stats.parked)
            f["outbox"].setText(text)
        free = probe.disk_free_bytes
        f["disk"].setText(self.tr("not available") if free is None else f"{free / 1e9:.1f} GB")

    def _audit_line(self, entry: views.AuditLineView) -> str:
        """The time, the staff id and the action in words (the audit file keeps the codes)."""
        actions: dict[str, str] = {
            AuditAction.OPEN: self.tr("opened maintenance"),
            AuditAction.CLOSE: self.tr("closed maintenance"),
            AuditAction.TEST_SLIP: self.tr("test slip"),
            AuditAction.REPRINT_COPY: self.tr("copy of the last ticket"),
            AuditAction.PAPER_REPLACED: self.tr("paper replaced"),
            AuditAction.OUT_OF_SERVICE: self.tr("took out of service"),
            AuditAction.BACK_IN_SERVICE: self.tr("put back in service"),
            AuditAction.SYNC_OUTBOX: self.tr("sent the outbox"),
            AuditAction.SCANNER_TEST: self.tr("scanner test"),
            AuditAction.VIEW_LOGS: self.tr("viewed the log"),
            AuditAction.RESTART_APP: self.tr("restarted the app"),
            AuditAction.QUIT_APP: self.tr("quit to the desktop"),
            AuditAction.SELF_TEST_STARTED: self.tr("self-test started"),
            AuditAction.SELF_TEST: self.tr("self-test"),
        }
        details: dict[str, str] = {
            AuditDetail.BADGE: self.tr("by badge"),
            AuditDetail.GESTURE: self.tr("by the hidden corner"),
            AuditDetail.IDLE: self.tr("no touch for a while"),
            AuditDetail.STAFF: self.tr("by staff"),
            AuditDetail.PRINTED: self.tr("printed"),
            AuditDetail.PASSED: self.tr("passed"),
            AuditDetail.FAILED: self.tr("failed"),
        }
        detail = entry.detail
        if entry.action == AuditAction.OUT_OF_SERVICE:
            detail = f"«{detail}»" if detail else ""  # the message as typed, never a code
        elif detail.startswith(FAILED_PREFIX):
            failed = detail.removeprefix(FAILED_PREFIX)
            detail = self.tr("not printed: {detail}").format(detail=failed)
        else:
            detail = details.get(detail, detail)
        action = actions.get(entry.action, entry.action)
        return "  ".join(p for p in (entry.at, entry.staff_id, action, detail) if p)

    def _reason_text(self, reason: str) -> str:
        reasons = {
            "staff": self.tr("by staff"),
            "remote": self.tr("by the central system"),
            "printer": self.tr("printer"),
            "api": self.tr("central system not reachable"),
            "scanner": self.tr("no scanner"),
            "storage": self.tr("records cannot be saved on disk"),
        }
        return reasons.get(reason, reason)

    def _storage_text(self, alerts: tuple[str, ...]) -> str:
        """The outbox's disk in words, one line an alert, SQLite's or the system's own words
        after it."""
        texts = {
            "outbox_salvaged": self.tr("the records file was damaged and rebuilt"),
            "outbox_unreadable": self.tr("the records file cannot be read"),
            "disk_low": self.tr("disk space is running low"),
            "disk_full": self.tr("disk full: no new customers"),
            "data_dir_read_only": self.tr("data folder cannot be written: no new customers"),
            "disk_io_error": self.tr("disk read or write errors"),
        }
        lines = []
        for alert in alerts:
            code, _, detail = alert.partition(":")
            lines.append(f"{texts.get(code, code)} ({detail})" if detail else texts.get(code, code))
        return "\n".join(lines) or self.tr("ok")

    def _printer_state_text(self, state: PrinterState) -> str:
        texts = {
            PrinterState.OK: self.tr("ready"),
            PrinterState.PAPER_NEAR_END: self.tr("paper near its end"),
            PrinterState.PAPER_OUT: self.tr("out of paper"),
            PrinterState.COVER_OPEN: self.tr("cover open"),
            PrinterState.OFFLINE: self.tr("not answering"),
            PrinterState.ERROR: self.tr("error"),
        }
        return texts.get(state, str(state))
