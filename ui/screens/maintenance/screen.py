"""The staff dashboard: a page on the left (the figures, the log, the scanner test, the
out-of-service message, the self-test, the refused entries), the actions on the right, and the
last action's outcome above them.

A dumb view: every button emits ``action_requested(id, text)``; the controller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import views
from kiosk.maintenance.names import Action, Notice, Panel
from ui.screens.base import Screen
from ui.screens.maintenance.dashboard_page import DashboardPage
from ui.screens.maintenance.message_page import MessagePage
from ui.screens.maintenance.parked_page import ParkedPage
from ui.screens.maintenance.selftest_page import SelfTestPage
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.camera_preview import CameraPreview
from ui.widgets.labels import label

PANELS = tuple(Panel)  # the stacked pages, in this order
ACTIONS = (  # the buttons on the right, two a row
    Action.REFRESH,
    Action.TEST_SLIP,
    Action.REPRINT,
    Action.PAPER_REPLACED,
    Action.SYNC_OUTBOX,
    Action.SCANNER_TEST,
    Action.SHOW_LOGS,
    Action.SERVICE_TOGGLE,
    Action.SELF_TEST,
    Action.RESTART_APP,
    Action.QUIT_APP,
    Action.SHOW_PARKED,
)


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


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
        self.action_panel = QWidget()  # hidden while the message panel needs the full width
        self.action_panel.setObjectName("maintenance_actions")
        body.addWidget(self.action_panel, 1)
        self._actions = self._action_buttons(self.action_panel)
        self._body = body
        self.root.addLayout(body, 1)

        self.dashboard_page = DashboardPage()
        self.logs = QPlainTextEdit()
        self.logs.setObjectName("log_lines")
        self.logs.setReadOnly(True)
        self.logs_title = label("body", name="logs_title")
        self.scan_title = label("body", name="scan_title")
        self.scan_result = label("title", name="scan_result")
        self.camera_preview = CameraPreview()  # a camera scanner's picture, while it sends frames
        self.message_page = MessagePage()
        self.selftest_page = SelfTestPage()
        self.parked_page = ParkedPage()
        pages = {
            Panel.DASHBOARD: self.dashboard_page,
            Panel.LOGS: _page(self.logs_title, self.logs),
            Panel.SCANNER: _page(self.scan_title, self.scan_result, self.camera_preview),
            Panel.MESSAGE: self.message_page,
            Panel.SELFTEST: self.selftest_page,
            Panel.PARKED: self.parked_page,
        }
        for panel in PANELS:
            self.panels.addWidget(pages[panel])
        for page in (self.message_page, self.selftest_page, self.parked_page, self.dashboard_page):
            page.action_requested.connect(self.action_requested)
        for page in (self.message_page, self.selftest_page):
            page.touched.connect(self.touched)
        self.dashboard_preview = self.dashboard_page.preview
        self.message = self.message_page.message
        self.keyboard = self.message_page.keyboard
        self.back_to_dashboard = BigButton("dashboard", "secondary")
        self.back_to_dashboard.clicked.connect(lambda: self._act(Action.DASHBOARD))
        self.root.addWidget(self.back_to_dashboard)
        self.retranslate_ui()

    def _action_buttons(self, parent: QWidget) -> QGridLayout:
        actions = QGridLayout(parent)
        actions.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Action, BigButton] = {}
        for n, action in enumerate(ACTIONS):
            button = BigButton(action, "secondary")
            button.clicked.connect(lambda _=False, a=action: self._act(a))
            self.buttons[action] = button
            actions.addWidget(button, n // 2, n % 2)
        self.confirm_text = label("error", name="confirm_text")
        self.confirm = BigButton("confirm", "primary")
        self.confirm.clicked.connect(lambda: self._act(Action.CONFIRM))
        self.cancel = BigButton("cancel", "secondary")
        self.cancel.clicked.connect(lambda: self._act(Action.CANCEL))
        row = len(ACTIONS) // 2 + 1
        actions.addWidget(self.confirm_text, row, 0, 1, 2)
        actions.addWidget(self.confirm, row + 1, 0)
        actions.addWidget(self.cancel, row + 1, 1)
        actions.setRowStretch(row + 2, 1)
        return actions

    def set_current_language(self, code: str) -> None:
        super().set_current_language(code)
        self.message_page.set_language(code)

    @property
    def maintenance_view(self) -> views.MaintenanceView | None:
        return self.view if isinstance(self.view, views.MaintenanceView) else None

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.message_page.apply_metrics(metrics)
        self.selftest_page.apply_metrics(metrics)
        self.camera_preview.setFixedSize(metrics.px(480), metrics.px(360))
        self.dashboard_preview.setFixedSize(metrics.px(320), metrics.px(180))
        self._actions.setSpacing(metrics.px(16))
        self._body.setSpacing(metrics.px(32))
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
        self.back_to_dashboard.setVisible(view.panel != Panel.DASHBOARD)
        self.action_panel.setVisible(view.panel != Panel.MESSAGE)
        self.buttons[Action.REPRINT].setEnabled(view.can_reprint)
        self.buttons[Action.SYNC_OUTBOX].setEnabled(view.can_sync)
        self.buttons[Action.RESTART_APP].setEnabled(view.can_restart)
        self.buttons[Action.QUIT_APP].setEnabled(view.can_quit)
        self.buttons[Action.REFRESH].setEnabled(not view.busy)
        for widget in (self.confirm_text, self.confirm, self.cancel):
            widget.setVisible(view.confirm is not None)
        self.parked_page.apply(view)
        if view.panel == Panel.LOGS:
            self.logs.setPlainText("\n".join(view.log_lines))
            self.logs.verticalScrollBar().setValue(self.logs.verticalScrollBar().maximum())
        if view.panel == Panel.MESSAGE:
            self.message_page.apply(view)
        self.selftest_page.apply(view.selftest)

    def retranslate_ui(self) -> None:
        view = self.maintenance_view
        staff = view.staff_id if view is not None else ""
        self.title.setText(self.tr("Maintenance · staff {id}").format(id=staff))
        self.close_button.setText(self.tr("Close"))
        texts = {
            Action.REFRESH: self.tr("Refresh"),
            Action.TEST_SLIP: self.tr("Print a test slip"),
            Action.REPRINT: self.tr("Reprint last ticket (COPY)"),
            Action.PAPER_REPLACED: self.tr("Paper replaced"),
            Action.SYNC_OUTBOX: self.tr("Send the outbox now"),
            Action.SCANNER_TEST: self.tr("Scanner test"),
            Action.SHOW_LOGS: self.tr("Log"),
            Action.SELF_TEST: self.tr("Self-test"),
            Action.RESTART_APP: self.tr("Restart the app"),
            Action.QUIT_APP: self.tr("Quit to the desktop"),
            Action.SHOW_PARKED: self.tr("Refused entries"),
        }
        out = view is not None and view.out_of_service
        texts[Action.SERVICE_TOGGLE] = (
            self.tr("Back in service") if out else self.tr("Take out of service")
        )
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.confirm.setText(self.tr("Yes, do it"))
        self.cancel.setText(self.tr("Cancel"))
        self.confirm_text.setText(self._confirm_text(view))
        self.logs_title.setText(self.tr("The last 200 log lines"))
        self.scan_title.setText(self.tr("Scan a code: it appears here."))
        self.back_to_dashboard.setText(self.tr("Back to the dashboard"))
        self.message_page.retranslate()
        self.selftest_page.retranslate(view.selftest if view is not None else None)
        self.parked_page.retranslate(view)
        self.dashboard_page.retranslate(view)
        self.notice.setText(self._notice_text())
        self.notice.setVisible(bool(self.notice.text()))
        if view is not None:
            self.scan_result.setText(view.status.last_scan or "—")

    def _confirm_text(self, view: views.MaintenanceView | None) -> str:
        if view is None or view.confirm is None:
            return ""
        if view.confirm == Action.RESTART_APP:
            return self.tr("Restart the app now?")
        return self.tr("Quit to the desktop now?")

    def _notice_text(self) -> str:
        view = self.maintenance_view
        if view is None or view.notice is None:
            return ""
        notices = {
            Notice.PRINTING: self.tr("Printing…"),
            Notice.TEST_SLIP_PRINTED: self.tr("The test slip was printed."),
            Notice.COPY_PRINTED: self.tr("The copy was printed."),
            Notice.PRINT_FAILED: self.tr("Not printed: {detail}"),
            Notice.NO_TICKET_TO_REPRINT: self.tr("No ticket to reprint."),
            Notice.PAPER_REPLACED: self.tr("Paper replaced: the printer is asked again."),
            Notice.TAKEN_OUT_OF_SERVICE: self.tr("Out of service: new customers are turned away."),
            Notice.BACK_IN_SERVICE: self.tr("Back in service."),
            Notice.SYNC_STARTED: self.tr("Sending the outbox…"),
            Notice.SYNC_DONE: self.tr("The outbox was sent."),
            Notice.SYNC_WAITING: self.tr(
                "{detail} still waiting: the central system did not take them; tried again later."
            ),
            Notice.SYNC_FAILED: self.tr("The outbox could not be sent: {detail}"),
            Notice.SYNC_UNAVAILABLE: self.tr("There is no outbox on this terminal."),
            Notice.UNAVAILABLE: self.tr("Not available on this terminal."),
        }
        return notices[view.notice].format(detail=view.notice_detail)

    def _act(self, action: Action) -> None:
        view = self.maintenance_view
        if action is Action.SERVICE_TOGGLE:
            if view is not None and view.out_of_service:
                action = Action.BACK_IN_SERVICE
            else:
                self.message.clear()
                action = Action.MESSAGE
        self.action_requested.emit(action, "")
