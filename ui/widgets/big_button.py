"""Touch buttons: large, never taking keyboard focus (so a keyboard-wedge scanner keeps typing into
the number field), identified by their objectName for the tests and the QA port."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

ButtonRole = Literal["primary", "secondary", "big", "key", "lang", "access"]


class BigButton(QPushButton):
    def __init__(
        self, button_id: str, role: ButtonRole = "secondary", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(button_id)
        self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
