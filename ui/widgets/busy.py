"""A spinner driven by a QTimer: the GUI thread is never blocked, so it keeps turning. Its dots
are the theme's text colour for it (``QWidget#busy_indicator`` in the QSS): they follow the
high-contrast theme too."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

DOTS = 8
TICK_MS = 90


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy_indicator")
        self._step = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._advance)
        self._side = 64

    def set_side(self, side: int) -> None:
        self._side = side
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._side, self._side)

    def start(self) -> None:
        self._step = 0
        self._timer.start()
        self.show()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _advance(self) -> None:
        self._step = (self._step + 1) % DOTS
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        side = min(self.width(), self.height())
        dot = side / 7
        radius = side / 2 - dot
        centre_x, centre_y = self.width() / 2, self.height() / 2
        for i in range(DOTS):
            age = (self._step - i) % DOTS
            color = QColor(self.palette().color(QPalette.ColorRole.WindowText))
            color.setAlphaF(1.0 - age / DOTS * 0.85)
            painter.setBrush(color)
            angle = 2 * math.pi * i / DOTS - math.pi / 2
            x = centre_x + radius * math.cos(angle)
            y = centre_y + radius * math.sin(angle)
            painter.drawEllipse(int(x - dot / 2), int(y - dot / 2), int(dot), int(dot))
        painter.end()
