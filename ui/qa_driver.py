"""The QA port's hands on the window: what a customer could see and reach, and taps and typing
done as a finger would. Runs on the GUI thread only; the HTTP side (kiosk/app/qa_port.py) carries
each request here.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

COVERS_SCREEN = "covers_screen"
"""A widget with this property set (the idle question) covers everything else while it is shown."""


class QaError(Exception):
    """A QA request the screen cannot carry out; ``status`` is the QA port's answer."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def press(button: QAbstractButton) -> None:
    """A finger on ``button``: a press and a release at its centre, sent through the application
    (so its event filters, the idle watcher's among them, see a touch) — not ``click()``, which
    would skip them."""
    centre = QPointF(button.rect().center())
    scene = QPointF(button.mapToGlobal(centre.toPoint()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = (
            Qt.MouseButton.LeftButton
            if kind is QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(
            kind, centre, scene, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(button, event)


class QaDriver:
    """Reads and drives ``window`` (the main window) the way a customer's finger could."""

    def __init__(self, window: QWidget) -> None:
        self._window = window

    def _reachable(self) -> Callable[[QWidget], bool]:
        """Visible, and not under a shown cover: what a customer's finger could reach."""
        covers = [
            w
            for w in self._window.findChildren(QWidget)
            if w.property(COVERS_SCREEN) and w.isVisible()
        ]

        def reachable(widget: QWidget) -> bool:
            if not widget.isVisible():
                return False
            return not covers or any(c is widget or c.isAncestorOf(widget) for c in covers)

        return reachable

    def widgets(self) -> dict[str, Any]:
        """The reachable texts, buttons (id, text, enabled) and inputs (id: value)."""
        window = self._window
        reachable = self._reachable()
        texts = [label.text() for label in window.findChildren(QLabel) if reachable(label)]
        buttons = [
            {"id": b.objectName(), "text": b.text(), "enabled": b.isEnabled()}
            for b in window.findChildren(QAbstractButton)
            if reachable(b) and b.objectName()
        ]
        inputs = {
            e.objectName(): e.text()
            for e in window.findChildren(QLineEdit)
            if reachable(e) and e.objectName()
        }
        return {"texts": [text for text in texts if text], "buttons": buttons, "inputs": inputs}

    def tap(self, button_id: str) -> dict[str, Any]:
        reachable = self._reachable()
        matches = [
            b
            for b in self._window.findChildren(QAbstractButton)
            if b.objectName() == button_id and reachable(b)
        ]
        if not matches:
            raise QaError(HTTPStatus.NOT_FOUND, f"no visible button with id {button_id!r}")
        button = matches[-1]
        if not button.isEnabled():
            raise QaError(HTTPStatus.CONFLICT, f"button {button_id!r} is disabled")
        press(button)
        return {"tapped": button_id}

    def type_text(self, text: str) -> dict[str, Any]:
        reachable = self._reachable()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and self._window.isAncestorOf(focused):
            target = focused
        else:
            editable = [
                e for e in self._window.findChildren(QLineEdit) if reachable(e) and e.isEnabled()
            ]
            if not editable:
                raise QaError(HTTPStatus.CONFLICT, "no input on this screen")
            target = editable[0]
        keys = [self._key(char) for char in text if not char.isspace()]
        for key in keys:  # only once every character has its key: all or nothing
            press(key)
        return {"input": target.objectName(), "value": target.text()}

    def _key(self, char: str) -> QAbstractButton:
        """The on-screen keyboard's key for ``char``: typing goes through the same keys a customer
        taps, so the field's own rules (length, allowed characters) apply."""
        reachable = self._reachable()
        key_id = f"key_{char.upper()}"
        for button in self._window.findChildren(QAbstractButton, key_id):
            if reachable(button) and button.isEnabled():
                return button
        raise QaError(HTTPStatus.BAD_REQUEST, f"the on-screen keyboard has no key for {char!r}")
