"""Which display the kiosk fills, on a terminal with more than one (``ui.display``)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.log import LogArea

log = logging.getLogger(LogArea.UI.logger_name)


def find_screen(display: str) -> QScreen | None:
    """A screen by its name as Qt reports it (``HDMI-1``, ``DP-2``) or by its index (``0``)."""
    screens = QGuiApplication.screens()
    if display.isdigit():
        index = int(display)
        return screens[index] if index < len(screens) else None
    return next((screen for screen in screens if screen.name() == display), None)


def move_to_display(window: QWidget, display: str, *, fullscreen: bool) -> bool:
    """Put ``window`` on ``display`` (filling it when ``fullscreen``); False, with a warning that
    lists the displays there are, when there is no such display (the window stays where it is)."""
    screen = find_screen(display)
    if screen is None:
        names = ", ".join(
            f"{i}: {s.name() or '(no name)'}" for i, s in enumerate(QGuiApplication.screens())
        )
        log.warning("ui.display %r: no such display (there are %s)", display, names)
        return False
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    if fullscreen:
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.move(screen.availableGeometry().topLeft())
    return True
