"""The hidden staff corner: an invisible touch area in the top left corner of a screen. Five taps
within three seconds open the staff PIN pad (the controller counts them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget

SIDE = 96


class HiddenCorner(QPushButton):
    def __init__(self, parent: QWidget, side: int = SIDE) -> None:
        super().__init__(parent)
        self.setObjectName("staff_corner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFlat(True)
        self.setStyleSheet("QPushButton#staff_corner { background: transparent; border: none; }")
        self.setAccessibleName("")
        self.setGeometry(0, 0, side, side)
        parent.installEventFilter(self)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            self.move(0, 0)
            self.raise_()
        return False
