"""The staff dashboard: the terminal's figures on the left (every one read from its component),
the actions on the right, and panels for the log, the scanner test and the out-of-service message.

A dumb view: every button emits ``action_requested(id, text)``; the controller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import views
from kiosk.formatting import format_datetime
from ui.screens.base import Screen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.camera_preview import CameraPreview
from ui.widgets.digit_field import DigitField, spaced_code
from ui.widgets.keyboard import TEXT_LAYOUTS, OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label

PANELS = ("dashboard", "logs", "scanner", "message", "selftest", "parked")
ACTIONS = (
    "refresh",
    "test_slip",
    "reprint",
    "paper_replaced",
    "sync_outbox",
    "scanner_test",
    "show_logs",
    "service_toggle",
    "self_test",
    "restart_app",
    "quit_app",
    "show_parked",
)
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
)
AUDIT_SHOWN = 8
SLIP_CODE_DIGITS = 4


def duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class MaintenanceScreen(Screen):
    name = views.MAINTENANCE

    action_requested = Signal(str, str)
    close_requested = Signal()
    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.close_button = BigButton("close_maintenance", "secondary")
        self.close_button.clicked.connect(self.close_requested)
        self.title = label("subtitle", name="title")
        top = self.add_row(self.title, self.close_button)
        top.setStretch(1, 0)

        self.notice = label("notice", name="maintenance_notice")
        self.root.addWidget(self.notice)

        body = QHBoxLayout()
        self.panels = QStackedWidget()
        self.panels.setObjectName("maintenance_panels")
        body.addWidget(self.panels, 1)
        self.actions = QWidget()  # hidden while the message panel needs the full width
        self.actions.setObjectName("maintenance_actions")
        actions = QGridLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, BigButton] = {}
        for n, action in enumerate(ACTIONS):
            button = BigButton(action, "secondary")
            button.clicked.connect(lambda _=False, a=action: self._act(a))
            self.buttons[action] = button
            actions.addWidget(button, n // 2, n % 2)
        self.confirm_text = label("error", name="confirm_text")
        self.confirm = BigButton("confirm", "primary")
        self.confirm.clicked.connect(lambda: self._act("confirm"))
        self.cancel = BigButton("cancel", "secondary")
        self.cancel.clicked.connect(lambda: self._act("cancel"))
        row = len(ACTIONS) // 2 + 1
        actions.addWidget(self.confirm_text, row, 0, 1, 2)
        actions.addWidget(self.confirm, row + 1, 0)
        actions.addWidget(self.cancel, row + 1, 1)
        actions.setRowStretch(row + 2, 1)
        self._actions = actions
        body.addWidget(self.actions, 1)
        self._body = body
        self.root.addLayout(body, 1)

        self.figure_names: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        self.audit = label("hint", name="audit")
        self.audit_title = label("body", name="audit_title")
        self.panels.addWidget(self._dashboard_page())
        self.logs = QPlainTextEdit()
        self.logs.setObjectName("log_lines")
        self.logs.setReadOnly(True)
        self.logs_title = label("body", name="logs_title")
        self.panels.addWidget(self._page(self.logs_title, self.logs))
        self.scan_title = label("body", name="scan_title")
        self.scan_result = label("title", name="scan_result")
        self.camera_preview = CameraPreview()  # a camera scanner's picture, while it sends frames
        self.panels.addWidget(self._page(self.scan_title, self.scan_result, self.camera_preview))
        self.message_title = label("body", name="message_title")
        self.message = QLineEdit()
        self.message.setObjectName("oos_message")
        self.message.setMaxLength(200)
        self.keyboard = OnScreenKeyboard(layouts=TEXT_LAYOUTS)  # the staff's language's letters
        self.keyboard.set_target(self.message)
        self.keyboard.text_entered.connect(lambda _text: self.touched.emit())
        self.keyboard.backspace_pressed.connect(self.touched.emit)
        self.keyboard.clear_pressed.connect(self.touched.emit)
        self.take_out = BigButton("take_out_of_service", "primary")
        self.take_out.clicked.connect(
            lambda: self.action_requested.emit("take_out_of_service", self.message.text())
        )
        self.panels.addWidget(self._message_page())
        self.panels.addWidget(self._selftest_page())
        self.panels.addWidget(self._parked_page())
        self.back_to_dashboard = BigButton("dashboard", "secondary")
        self.back_to_dashboard.clicked.connect(lambda: self._act("dashboard"))
        self.root.addWidget(self.back_to_dashboard)
        self.retranslate_ui()

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _message_page(self) -> QWidget:
        """The field and its button side by side, the keyboard across the full width below."""
        field = QHBoxLayout()
        field.addWidget(self.message, 1)
        field.addWidget(self.take_out)
        self._message_row = field
        page = self._page(self.message_title, self.keyboard)
        page.layout().insertLayout(1, field)
        return page

    def set_current_language(self, code: str) -> None:
        super().set_current_language(code)
        self.keyboard.set_language(code)

    def _selftest_page(self) -> QWidget:
        self.selftest_step = label("subtitle", name="selftest_step")
        self.selftest_results = label("body", name="selftest_results")
        self.selftest_code = DigitField("selftest_code", SLIP_CODE_DIGITS, self._spaced)
        self.selftest_keypad = NumericKeypad()
        self.selftest_keypad.set_target(self.selftest_code)
        self.selftest_keypad.digit_entered.connect(lambda _digit: self.touched.emit())
        self.selftest_submit = BigButton("selftest_submit", "primary")
        self.selftest_submit.clicked.connect(
            lambda: self.action_requested.emit("selftest_code", self.selftest_code.digits)
        )
        self.selftest_skip = BigButton("selftest_skip", "secondary")
        self.selftest_skip.clicked.connect(lambda: self._act("selftest_skip"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.selftest_submit)
        buttons.addWidget(self.selftest_skip)
        page = self._page(
            self.selftest_step, self.selftest_code, self.selftest_keypad, self.selftest_results
        )
        page.layout().insertLayout(3, buttons)
        return page

    @staticmethod
    def _spaced(digits: str) -> str:
        return spaced_code(digits, SLIP_CODE_DIGITS)

    def _dashboard_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, key in enumerate(FIGURES):
            name = label("hint", name=f"{key}_label")
            value = label("body", name=f"figure_{key}")
            self.figure_names[key], self.figures[key] = name, value
            grid.addWidget(name, n, 0)
            grid.addWidget(value, n, 1)
        grid.addWidget(self.audit_title, len(FIGURES), 0, 1, 2)
        grid.addWidget(self.audit, len(FIGURES) + 1, 0, 1, 2)
        # a camera scanner's picture at a glance (the scanner test shows it larger)
        self.dashboard_preview = CameraPreview()
        self.dashboard_preview.setObjectName("dashboard_camera_preview")
        grid.addWidget(self.dashboard_preview, len(FIGURES) + 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(FIGURES) + 3, 1)
        return page

    @property
    def maintenance_view(self) -> views.MaintenanceView | None:
        return self.view if isinstance(self.view, views.MaintenanceView) else None

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keyboard.apply_metrics(metrics)
        self.selftest_keypad.apply_metrics(metrics)
        self.camera_preview.setFixedSize(metrics.px(480), metrics.px(360))
        self.dashboard_preview.setFixedSize(metrics.px(320), metrics.px(180))
        self._actions.setSpacing(metrics.px(16))
        self._body.setSpacing(metrics.px(32))
        self._message_row.setSpacing(metrics.px(24))
        self.setStyleSheet(
            f'QPushButton[role="secondary"], QPushButton[role="primary"] {{'
            f" font-size: {metrics.px(28)}px; min-height: {metrics.px(84)}px;"
            f" padding: 0 {metrics.px(12)}px; }}"
            f' QLabel[role="body"] {{ font-size: {metrics.px(30)}px; }}'
            f' QLabel[role="hint"] {{ font-size: {metrics.px(26)}px; }}'
            f" QPlainTextEdit {{ font-size: {metrics.px(20)}px; }}"
            f" QLineEdit#oos_message {{ font-size: {metrics.px(36)}px;"
            f" min-height: {metrics.px(84)}px; }}"
        )

    def apply_view(self) -> None:
        view = self.maintenance_view
        if view is None:
            return
        self.panels.setCurrentIndex(PANELS.index(view.panel) if view.panel in PANELS else 0)
        self.back_to_dashboard.setVisible(view.panel != "dashboard")
        self.actions.setVisible(view.panel != "message")
        self.buttons["reprint"].setEnabled(view.can_reprint)
        self.buttons["sync_outbox"].setEnabled(view.can_sync)
        self.buttons["restart_app"].setEnabled(view.can_restart)
        self.buttons["quit_app"].setEnabled(view.can_quit)
        self.buttons["refresh"].setEnabled(not view.busy)
        for widget in (self.confirm_text, self.confirm, self.cancel):
            widget.setVisible(bool(view.confirm))
        self._apply_parked(view)
        if view.panel == "logs":
            self.logs.setPlainText("\n".join(view.log_lines))
            self.logs.verticalScrollBar().setValue(self.logs.verticalScrollBar().maximum())
        if view.panel == "message" and not self.message.text():
            self.message.setText(view.out_of_service_message)
        test = view.selftest
        typing = test is not None and test.step == "slip" and test.waiting_for_code
        for widget in (self.selftest_code, self.selftest_keypad, self.selftest_submit):
            widget.setVisible(typing)
        if not typing:
            self.selftest_code.set_digits("")
        self.selftest_skip.setVisible(test is not None and (typing or test.step == "scan"))

    def retranslate_ui(self) -> None:
        view = self.maintenance_view
        staff = view.staff_id if view is not None else ""
        self.title.setText(self.tr("Maintenance · staff {id}").format(id=staff))
        self.close_button.setText(self.tr("Close"))
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
        }
        for key, text in names.items():
            self.figure_names[key].setText(text)
        texts = {
            "refresh": self.tr("Refresh"),
            "test_slip": self.tr("Print a test slip"),
            "reprint": self.tr("Reprint last ticket (COPY)"),
            "paper_replaced": self.tr("Paper replaced"),
            "sync_outbox": self.tr("Send the outbox now"),
            "scanner_test": self.tr("Scanner test"),
            "show_logs": self.tr("Log"),
            "self_test": self.tr("Self-test"),
            "restart_app": self.tr("Restart the app"),
            "quit_app": self.tr("Quit to the desktop"),
        }
        out = view is not None and view.out_of_service
        texts["service_toggle"] = (
            self.tr("Back in service") if out else self.tr("Take out of service")
        )
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.confirm.setText(self.tr("Yes, do it"))
        self.cancel.setText(self.tr("Cancel"))
        self.confirm_text.setText(
            (
                self.tr("Restart the app now?")
                if view.confirm == "restart_app"
                else self.tr("Quit to the desktop now?")
            )
            if view is not None and view.confirm
            else ""
        )
        self.audit_title.setText(self.tr("Recent maintenance actions"))
        self.logs_title.setText(self.tr("The last 200 log lines"))
        self.scan_title.setText(self.tr("Scan a code: it appears here."))
        self.message_title.setText(self.tr("Message for customers (optional):"))
        self.take_out.setText(self.tr("Take out of service"))
        self.back_to_dashboard.setText(self.tr("Back to the dashboard"))
        self.selftest_submit.setText(self.tr("Confirm"))
        self.selftest_skip.setText(self.tr("Skip"))
        self._fill_selftest(view.selftest if view is not None else None)
        self._retranslate_parked(view)
        self.notice.setText(self._notice_text())
        self.notice.setVisible(bool(self.notice.text()))
        if view is not None:
            self._fill(view)

    def _fill_selftest(self, test: views.SelfTestView | None) -> None:
        if test is None:
            self.selftest_step.setText("")
            self.selftest_results.setText("")
            return
        steps = {
            "printer": self.tr("Printer"),
            "slip": self.tr("Test slip"),
            "scan": self.tr("Scanner"),
            "api": self.tr("Central system"),
        }
        if test.step == "printer":
            text = self.tr("Checking the printer…")
        elif test.step == "slip":
            text = (
                self.tr("Type the code printed on the test slip.")
                if test.waiting_for_code
                else self.tr("Printing the test slip…")
            )
        elif test.step == "scan":
            text = self.tr("Scan any barcode with this terminal's scanner.")
        elif test.step == "api":
            text = self.tr("Reaching the central system…")
        else:
            text = self.tr("Self-test passed.") if test.passed else self.tr("Self-test failed.")
        self.selftest_step.setText(text)
        lines = []
        for step, ok, detail in test.results:
            verdict = self.tr("pass") if ok else self.tr("fail")
            line = f"{'✔' if ok else '✘'} {steps.get(step, step)}: {verdict}"
            lines.append(line + (f" ({detail})" if detail else ""))
        self.selftest_results.setText("\n".join(lines))

    def _notice_text(self) -> str:
        view = self.maintenance_view
        if view is None or not view.notice:
            return ""
        notices = {
            "printing": self.tr("Printing…"),
            "test_slip_printed": self.tr("The test slip was printed."),
            "copy_printed": self.tr("The copy was printed."),
            "print_failed": self.tr("Not printed: {detail}"),
            "no_ticket_to_reprint": self.tr("No ticket to reprint."),
            "paper_replaced": self.tr("Paper replaced: the printer is asked again."),
            "taken_out_of_service": self.tr("Out of service: new customers are turned away."),
            "back_in_service": self.tr("Back in service."),
            "sync_started": self.tr("Sending the outbox…"),
            "sync_done": self.tr("The outbox was sent."),
            "sync_waiting": self.tr(
                "{detail} still waiting: the central system did not take them; tried again later."
            ),
            "sync_failed": self.tr("The outbox could not be sent: {detail}"),
            "sync_unavailable": self.tr("There is no outbox on this terminal."),
            "unavailable": self.tr("Not available on this terminal."),
        }
        return notices.get(view.notice, view.notice).format(detail=view.notice_detail)

    def _fill(self, view: views.MaintenanceView) -> None:
        status = view.status
        f = self.figures
        state = self._printer_state_text(status.printer_state)
        f["printer"].setText(" · ".join(p for p in (state, status.printer_detail) if p))
        probe = status.probe
        if probe is None:
            f["api"].setText(self.tr("measuring…"))
            f["outbox"].setText(self.tr("measuring…"))
            f["disk"].setText(self.tr("measuring…"))
        else:
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
        scanners = ", ".join(f"{kind}: {state}" for kind, state in status.scanners)
        f["scanners"].setText(scanners or self.tr("none configured"))
        f["last_scan"].setText(status.last_scan or "—")
        self.scan_result.setText(status.last_scan or "—")
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
        lines = [self._audit_line(entry) for entry in view.audit[:AUDIT_SHOWN]]
        self.audit.setText("\n".join(lines) or "—")

    def _audit_line(self, entry: views.AuditLineView) -> str:
        """The time, the staff id and the action in words (the audit file keeps the codes)."""
        actions = {
            "open": self.tr("opened maintenance"),
            "close": self.tr("closed maintenance"),
            "test_slip": self.tr("test slip"),
            "reprint_copy": self.tr("copy of the last ticket"),
            "paper_replaced": self.tr("paper replaced"),
            "out_of_service": self.tr("took out of service"),
            "back_in_service": self.tr("put back in service"),
            "sync_outbox": self.tr("sent the outbox"),
            "scanner_test": self.tr("scanner test"),
            "view_logs": self.tr("viewed the log"),
            "restart_app": self.tr("restarted the app"),
            "quit_app": self.tr("quit to the desktop"),
            "self_test_started": self.tr("self-test started"),
            "self_test": self.tr("self-test"),
        }
        details = {
            "badge": self.tr("by badge"),
            "gesture": self.tr("by the hidden corner"),
            "idle": self.tr("no touch for a while"),
            "staff": self.tr("by staff"),
            "printed": self.tr("printed"),
            "passed": self.tr("passed"),
            "failed": self.tr("failed"),
        }
        detail = entry.detail
        if entry.action == "out_of_service":
            detail = f"«{detail}»" if detail else ""  # the message as typed, never a code
        elif detail.startswith("failed: "):
            detail = self.tr("not printed: {detail}").format(detail=detail.removeprefix("failed: "))
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
        }
        return reasons.get(reason, reason)

    def _printer_state_text(self, state: str) -> str:
        texts = {
            "ok": self.tr("ready"),
            "paper_near_end": self.tr("paper near its end"),
            "paper_out": self.tr("out of paper"),
            "cover_open": self.tr("cover open"),
            "offline": self.tr("not answering"),
            "error": self.tr("error"),
        }
        return texts.get(state, state)

    # ---- the refused (parked) entries ----------------------------------------------------------

    def _parked_page(self) -> QWidget:
        self.parked_title = label("body", name="parked_title")
        self.parked_result = label("body", name="parked_result")
        self.parked_empty = label("hint", name="parked_empty")
        self.parked_list = QWidget()
        self.parked_list.setObjectName("parked_list")
        self._parked_layout = QVBoxLayout(self.parked_list)
        self._parked_layout.setContentsMargins(0, 0, 0, 0)
        self._parked_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.parked_list)
        self.parked_rows: dict[str, tuple[QLabel, BigButton]] = {}  # by ParkedEntry.ref
        page = self._page(self.parked_title, self.parked_result, self.parked_empty)
        page.layout().insertWidget(3, scroll, 1)
        return page

    def _apply_parked(self, view: views.MaintenanceView) -> None:
        """One row per refused entry (a label and its "Try again" button), rebuilt when the
        list changes."""
        refs = [entry.ref for entry in view.parked]
        if refs != list(self.parked_rows):
            for text, _again in self.parked_rows.values():
                text.parentWidget().deleteLater()
            self.parked_rows = {}
            for n, ref in enumerate(refs):
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                text = label("body", name=f"parked_{ref.replace(':', '_')}")
                again = BigButton(f"requeue_{ref.replace(':', '_')}", "secondary")
                again.clicked.connect(lambda _=False, r=ref: self._requeue_clicked(r))
                line.addWidget(text, 1)
                line.addWidget(again)
                self._parked_layout.insertWidget(n, row)
                self.parked_rows[ref] = (text, again)
        for _text, again in self.parked_rows.values():
            again.setEnabled(view.can_requeue and not view.requeuing)

    def _requeue_clicked(self, ref: str) -> None:
        self.action_requested.emit("requeue", ref)

    def _retranslate_parked(self, view: views.MaintenanceView | None) -> None:
        self.buttons["show_parked"].setText(self.tr("Refused entries"))
        self.parked_title.setText(
            self.tr(
                "The central system refused these for good; they are kept, never sent by"
                " themselves. Fix the cause, then try again."
            )
        )
        if view is None:
            return
        results = {
            "requeued": self.tr("{detail}: back in the outbox, sent again now."),
            "requeue_failed": self.tr("Not put back: {detail}"),
            "load_failed": self.tr("The list could not be read: {detail}"),
        }
        result = results.get(view.parked_result, "").format(detail=view.parked_result_detail)
        self.parked_result.setText(result)
        self.parked_result.setVisible(bool(result))
        if view.parked_loading:
            empty = self.tr("Reading…")
        else:
            empty = "" if view.parked else self.tr("Nothing refused.")
        self.parked_empty.setText(empty)
        self.parked_empty.setVisible(bool(empty))
        kinds = {"dispatch": self.tr("Dispatch"), "ticket": self.tr("Ticket record")}
        for entry in view.parked:
            row = self.parked_rows.get(entry.ref)
            if row is None:
                continue
            text, again = row
            when = format_datetime(entry.at)  # Almaty time, as on the tickets
            what = ", ".join(entry.what)
            kind = kinds.get(entry.kind, entry.kind)
            text.setText(f"{kind} · {what} · {when}\n{entry.reason}")
            again.setText(self.tr("Try again"))

    def _act(self, action: str) -> None:
        view = self.maintenance_view
        if action == "service_toggle":
            if view is not None and view.out_of_service:
                action = "back_in_service"
            else:
                self.message.clear()
                action = "message"
        self.action_requested.emit(action, "")
