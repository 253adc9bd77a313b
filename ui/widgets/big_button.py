"""Touch buttons: large, never taking keyboard focus (so a keyboard-wedge scanner keeps typing into
the number field), identified by their objectName for the tests and the QA port.

With ``wraps`` on (large text), a button may be narrower than its text: the text wraps onto more
lines and the button grows in height; ``text()`` stays the text as set, the lines are only drawn.
Off (the standard size), a button is at least as wide as its text, as QPushButton is.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

ButtonRole = Literal["primary", "secondary", "big", "key", "lang", "access"]


def wrap_words(text: str, width: int, advance) -> list[str]:  # type: ignore[no-untyped-def]
    """``text``'s words in lines no wider than ``width`` (a word wider than that has its own)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and advance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class BigButton(QPushButton):
    def __init__(
        self, button_id: str, role: ButtonRole = "secondary", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(button_id)
        self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.wraps = False
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text_width(self, width: int) -> int:
        """The width the text has in a button ``width`` wide (padding, border, icon taken off)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = self.rect().adjusted(0, 0, width - self.width(), 0)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        icon = self.iconSize().width() if not self.icon().isNull() else 0
        return max(1, contents.width() - icon)

    def lines(self, width: int | None = None) -> list[str]:
        return wrap_words(
            self.text(),
            self.text_width(self.width() if width is None else width),
            self.fontMetrics().horizontalAdvance,
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as its longest word while it ``wraps``: the rest wraps."""
        hint = super().minimumSizeHint()
        text = self.text()
        if not self.wraps or not text.split():
            return hint
        advance = self.fontMetrics().horizontalAdvance
        chrome = super().sizeHint().width() - advance(text)
        longest = max(advance(word) for word in text.split())
        return QSize(min(hint.width(), chrome + longest), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """One line's height, or the height of the lines the text wraps into at today's width."""
        hint = super().sizeHint()
        if self.width() <= 0 or not self.text():
            return hint
        return QSize(hint.width(), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and self.text():
            wrapped = len(self.lines(event.oldSize().width())) if event.oldSize().width() > 0 else 1
            if wrapped != len(self.lines()):
                self.updateGeometry()  # the layout asks for the new height

    def set_wraps(self, wraps: bool) -> None:
        if wraps != self.wraps:
            self.wraps = wraps
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.text())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        one_line = QPushButton.sizeHint(self).height()
        extra = len(self.lines(width)) - 1
        return one_line + extra * self.fontMetrics().lineSpacing()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        lines = self.lines()
        if len(lines) <= 1:
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = "\n".join(lines)
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.end()
