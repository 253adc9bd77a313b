"""Kiosk lockdown: a customer cannot leave the app.

One event filter on the application: no context menus (a line edit has its own), no drag and
drop, the quit and close shortcuts (Alt+F4, Ctrl+Q, Ctrl+W) swallowed, the window's close
refused, and no mouse cursor (configurable, for mouse-driven test rigs). The one way out is
:meth:`Lockdown.leave`, for the maintenance screen once staff have entered their PIN.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from kiosk.lifecycle import ExitCode
from kiosk.log import LogArea

log = logging.getLogger(LogArea.UI.logger_name)

_BLOCKED_EVENTS = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


def _escape_keys() -> list[QKeySequence]:
    """Alt+F4, Ctrl+Q, Ctrl+W and the platform's Quit and Close keys (made once the application
    exists: the platform's standard keys need it)."""
    keys = [
        QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
    ]
    for standard in (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close):
        keys += QKeySequence.keyBindings(standard)
    return [key for key in keys if not key.isEmpty()]


class Lockdown(QObject):
    """Installed on the application while the kiosk runs in kiosk (full-screen) mode."""

    def __init__(self, window: QWidget, *, hide_cursor: bool = True) -> None:
        super().__init__(window)
        self.setObjectName("lockdown")
        self._window = window
        self._locked = True
        self._cursor_hidden = False
        self._escape_keys = _escape_keys()
        window.setAcceptDrops(False)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if hide_cursor and isinstance(app, QGuiApplication):
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True

    @property
    def locked(self) -> bool:
        return self._locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._locked:
            return False
        kind = event.type()
        if kind in _BLOCKED_EVENTS:
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and self._is_escape_key(
            event  # type: ignore[arg-type]
        ):
            log.info("lockdown: a quit/close key was ignored")
            event.accept() if kind == QEvent.Type.ShortcutOverride else event.ignore()
            return True
        if kind == QEvent.Type.Close and watched is self._window:
            log.info("lockdown: the window was asked to close; refused")
            typing_event: QCloseEvent = event  # type: ignore[assignment]
            typing_event.ignore()
            return True
        return False

    def _is_escape_key(self, event: QKeyEvent) -> bool:
        combo = QKeySequence(event.keyCombination())
        return any(
            combo.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self._escape_keys
        )

    def unlock(self) -> None:
        """Let the app be closed again (and show the cursor)."""
        if not self._locked:
            return
        self._locked = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    def leave(self, exit_code: int = ExitCode.STAFF_QUIT) -> None:
        """Staff leave the kiosk (the maintenance screen calls this): unlock, then end the event
        loop with ``exit_code``. The default tells systemd not to restart the kiosk
        (``RestartPreventExitStatus=`` in deploy/kiosk.service); 0 lets it start again."""
        log.info("lockdown: staff left the kiosk (exit code %d)", exit_code)
        self.unlock()
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(exit_code)
