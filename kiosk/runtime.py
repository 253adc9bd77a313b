"""The Qt side of staying alive: Qt's own messages into logging (so the redaction filter and the
log files see them too; a fatal one ends the process with its exit code), and the systemd
watchdog fed by a timer on the GUI thread. QtCore only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler

from kiosk.lifecycle import ExitCode, crash
from kiosk.log import LogArea
from kiosk.systemd import Notifier

qt_log = logging.getLogger(LogArea.QT.logger_name)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def qt_message_handler(exit_fn: Callable[[int], object] = os._exit) -> QtMessageHandler:
    """A handler for ``qInstallMessageHandler``: each message becomes a record of ``kiosk.ui.qt``
    (category in front); a fatal one is logged, flushed, and ends the process with
    :attr:`ExitCode.QT_FATAL` (Qt would abort right after the handler returns, leaving a core dump
    and no reason in the log)."""

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = getattr(context, "category", None) or ""
        text = f"[{category}] {message}" if category and category != "default" else message
        if kind == QtMsgType.QtFatalMsg:
            crash(f"Qt fatal error: {text}", exit_fn=exit_fn, code=ExitCode.QT_FATAL)
            return
        qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s", text)

    return handle


def route_qt_messages(exit_fn: Callable[[int], object] = os._exit) -> QtMessageHandler | None:
    """Install :func:`qt_message_handler`; returns the handler it replaced."""
    return qInstallMessageHandler(qt_message_handler(exit_fn))


def start_watchdog(notifier: Notifier, parent: QObject) -> QTimer | None:
    """Ping systemd's watchdog every half ``WATCHDOG_USEC`` from the GUI thread's event loop; a
    GUI thread that hangs stops the pings, and systemd restarts the kiosk. None without one."""
    interval = notifier.watchdog_interval_ms()
    if interval is None:
        return None
    timer = QTimer(parent)
    timer.setObjectName("systemd_watchdog")
    timer.setInterval(interval)
    timer.timeout.connect(notifier.ping)
    timer.start()
    notifier.ping()
    return timer
