"""A field of digits shown through a mask: the phone after the fixed ``+7`` as
``+7 (701) 12_-__-__``, or the SMS code as ``1 2 3 _ _ _``.

The digits are the value; the text is only how they look. Input comes from the numeric keypad
(``insert``/``backspace``/``clear``) or a physical keyboard; anything but digits is ignored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


def spaced_code(digits: str, length: int) -> str:
    return " ".join(digits.ljust(length, "_"))


class DigitField(QLineEdit):
    def __init__(
        self,
        name: str,
        max_digits: int,
        mask: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self._max = max_digits
        self._mask = mask
        self._digits = ""
        self._render()

    @property
    def digits(self) -> str:
        return self._digits

    def set_digits(self, digits: str) -> None:
        self._digits = "".join(ch for ch in digits if ch.isdigit())[: self._max]
        self._render()

    def insert(self, text: str) -> None:  # the keypad's and a paste's way in
        if self.isReadOnly():
            return
        self.set_digits(self._digits + text)

    def backspace(self) -> None:
        if not self.isReadOnly():
            self.set_digits(self._digits[:-1])

    def clear(self) -> None:
        if not self.isReadOnly():
            self.set_digits("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.text().isdigit():
            self.insert(event.text())
        event.accept()

    def _render(self) -> None:
        text = self._mask(self._digits)
        if self.text() != text:
            self.setText(text)
        self.setCursorPosition(len(text))
