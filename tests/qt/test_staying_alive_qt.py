"""The Qt side of staying alive: the watchdog fed from the GUI thread, Qt messages in the log,
and the kiosk lockdown."""

from __future__ import annotations

import io
import logging
import socket
import threading
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMessageLogContext, QMimeData, QObject, QPoint, Qt, QtMsgType
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kiosk.lifecycle import ExitCode
from kiosk.log import setup_logging
from kiosk.runtime import qt_message_handler, route_qt_messages, start_watchdog
from kiosk.systemd import Notifier
from ui.lockdown import Lockdown


@pytest.fixture
def notify_socket() -> Iterator[tuple[socket.socket, str]]:
    name = f"@kiosk-test-{uuid.uuid4().hex}"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind("\0" + name[1:])
    server.setblocking(False)
    yield server, name
    server.close()


def _drain(server: socket.socket) -> list[bytes]:
    got = []
    while True:
        try:
            got.append(server.recv(64))
        except BlockingIOError:
            return got


def test_a_frozen_gui_thread_stops_feeding_the_watchdog(qtbot, notify_socket) -> None:
    server, name = notify_socket
    notifier = Notifier({"NOTIFY_SOCKET": name, "WATCHDOG_USEC": "100000"})
    parent = QObject()
    timer = start_watchdog(notifier, parent)
    assert timer is not None
    assert timer.interval() == 50
    received: list[bytes] = []

    def fed(times: int) -> bool:
        received.extend(_drain(server))
        return received.count(b"WATCHDOG=1") >= times

    qtbot.waitUntil(lambda: fed(3), timeout=5000)

    # The GUI thread hangs (here: waits for the watcher) while a watcher thread listens for
    # ten watchdog intervals. Nothing is queued: only the GUI thread sends, and it drained last.
    _drain(server)
    heard: list[bytes] = []
    released = threading.Event()

    def watch() -> None:
        server.settimeout(0.5)
        try:
            heard.append(server.recv(64))
        except TimeoutError:
            pass
        finally:
            server.setblocking(False)
            released.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    assert released.wait(10)  # the freeze
    watcher.join()
    assert heard == []

    received.clear()
    qtbot.waitUntil(lambda: fed(2), timeout=5000)  # alive again: fed again
    timer.stop()
    notifier.close()


def test_no_watchdog_timer_without_systemd() -> None:
    assert start_watchdog(Notifier({}), QObject()) is None


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    stream = io.StringIO()
    setup_logging("DEBUG", stream=stream, journald=False)
    yield stream
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.mark.expected_log("kiosk.ui.qt", "sms code")
def test_qt_messages_go_through_the_redacting_handlers(qapp, log_stream) -> None:
    from PySide6.QtCore import qWarning

    exits: list[int] = []
    previous = route_qt_messages(exit_fn=exits.append)
    try:
        qWarning("sms code 123456 sent to +77011234567")
    finally:
        route_qt_messages()  # our handler again, then put pytest-qt's back
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(previous)
    text = log_stream.getvalue()
    assert "WARNING kiosk.ui.qt: sms code ****** sent to +7 701 *** ** 67" in text
    assert "123456" not in text
    assert exits == []


@pytest.mark.expected_log("kiosk.app", "Qt fatal error")
def test_a_qt_fatal_message_is_logged_and_exits_with_its_code(log_stream) -> None:
    exits: list[int] = []
    handle = qt_message_handler(exit_fn=exits.append)
    handle(QtMsgType.QtFatalMsg, QMessageLogContext(), "cannot open display for +77011234567")
    assert exits == [ExitCode.QT_FATAL]
    assert "CRITICAL kiosk.app: Qt fatal error: cannot open display for +7 701 *** ** 67" in (
        log_stream.getvalue()
    )


class Probe(QWidget):
    """Records what reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.seen: list[str] = []

    def contextMenuEvent(self, event) -> None:
        self.seen.append("context menu")

    def dragEnterEvent(self, event) -> None:
        self.seen.append("drag")
        event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:
        if event.key() not in (Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Shift):
            self.seen.append(QKeySequence(event.keyCombination()).toString())


@pytest.fixture
def locked(qtbot) -> Iterator[tuple[QMainWindow, Probe, Lockdown]]:
    window = QMainWindow()
    probe = Probe()
    window.setCentralWidget(probe)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    probe.setFocus()
    lockdown = Lockdown(window, hide_cursor=True)
    yield window, probe, lockdown
    lockdown.unlock()


def test_no_context_menu_and_no_drag_and_drop(locked) -> None:
    _, probe, _ = locked
    QApplication.sendEvent(
        probe,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            QPoint(5, 5),
            QPoint(5, 5),
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    mime = QMimeData()
    mime.setText("file:///etc/passwd")
    drag = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(probe, drag)
    assert probe.seen == []


def test_quit_and_close_keys_are_swallowed_but_typing_works(qtbot, locked) -> None:
    window, probe, _ = locked
    qtbot.keyClick(probe, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(probe, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(probe, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(probe, Qt.Key.Key_A)
    assert probe.seen == ["A"]  # without the lockdown: ["Alt+F4", "Ctrl+Q", "Ctrl+W", "A"]
    assert window.isVisible()


def test_the_window_refuses_to_close_until_staff_leave(qapp, locked, monkeypatch) -> None:
    window, _, lockdown = locked
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    assert window.close() is False
    assert window.isVisible()

    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    lockdown.leave()
    assert exits == [ExitCode.STAFF_QUIT]
    assert not lockdown.locked
    assert QGuiApplication.overrideCursor() is None
    assert window.close() is True


def test_the_window_goes_to_the_configured_display(qtbot, caplog) -> None:
    from ui.display import find_screen, move_to_display

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    primary = QGuiApplication.primaryScreen()
    assert find_screen("0") is primary
    assert move_to_display(window, "0", fullscreen=True)
    assert window.isFullScreen()
    assert window.screen() is primary
    assert window.geometry() == primary.geometry()
    assert not move_to_display(window, "HDMI-9", fullscreen=True)
    assert "ui.display 'HDMI-9': no such display (there are 0: " in caplog.text
    assert find_screen(str(len(QGuiApplication.screens()))) is None
