"""The tracking-number field: shows the number grouped as it is typed (``CC 0166 9519 0 KZ``).

Typing may come from the on-screen keyboard, a physical keyboard or a keyboard-wedge scanner; all
arrive as ordinary edits, which are regrouped here keeping the cursor after the same character.
Only 13 significant characters (letters and digits) fit; further input is refused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.identifiers import S10_LENGTH, group_s10, normalize_s10


def significant(text: str) -> str:
    """The letters and digits of ``text``, normalised as a tracking number (no separators)."""
    return normalize_s10("".join(ch for ch in text if ch.isalnum()))


def _position_after(count: int, grouped: str) -> int:
    """Index in ``grouped`` just after its ``count``-th significant character."""
    if count <= 0:
        return 0
    seen = 0
    for index, char in enumerate(grouped):
        if char != " ":
            seen += 1
            if seen == count:
                return index + 1
    return len(grouped)


class TrackingField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracking_number")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self._value = ""
        self._shown = ""
        self._cursor = 0
        self._regrouping = False
        self.textChanged.connect(self._regroup)
        self.cursorPositionChanged.connect(self._remember_cursor)

    @property
    def value(self) -> str:
        """The significant characters typed so far, e.g. ``CC016695190KZ``."""
        return self._value

    def set_value(self, text: str) -> None:
        """Show ``text`` (from a view), grouped, with the cursor at the end."""
        value = significant(text)[:S10_LENGTH]
        if value == self._value:
            return
        self._show(value, len(value))

    def _remember_cursor(self, _old: int, new: int) -> None:
        if not self._regrouping:
            self._cursor = new

    def _regroup(self, raw: str) -> None:
        if self._regrouping:
            return
        cursor = self.cursorPosition()
        before = len(significant(raw[:cursor]))
        value = significant(raw)
        if value == self._value and len(raw) < len(self._shown):
            value, before = self._delete_across_space(value, before, cursor)
        if len(value) > S10_LENGTH:
            value, before = self._value, len(significant(self._shown[: self._cursor]))
        self._show(value, before)

    def _delete_across_space(self, value: str, before: int, cursor: int) -> tuple[str, int]:
        """Only a group space was deleted: delete the character beyond it instead."""
        if cursor < self._cursor and before > 0:  # backspace
            return value[: before - 1] + value[before:], before - 1
        return value[:before] + value[before + 1 :], before  # delete

    def _show(self, value: str, before: int) -> None:
        grouped = group_s10(value)
        self._value, self._shown = value, grouped
        self._regrouping = True
        try:
            if self.text() != grouped:
                self.setText(grouped)
            self.setCursorPosition(_position_after(before, grouped))
        finally:
            self._regrouping = False
        self._cursor = self.cursorPosition()
