"""A large numeric keypad (phone numbers, SMS codes): 1–9, then Clear, 0, Delete.

Keys share their ids with the on-screen keyboard (``key_0`` … ``key_9``, ``key_backspace``,
``key_clear``), so the QA port types digits the same way on every screen. It types into its target
through ``insert``, ``backspace`` and ``clear``, as the on-screen keyboard does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.key_block import KeyBlock

LAYOUT = ("123", "456", "789")
BACKSPACE_GLYPH = "⌫"
KEY_GAP = 16
KEY_HEIGHT = 112
KEY_WIDTH = 180


class NumericKeypad(KeyBlock):
    digit_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("keypad", parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self._grid = grid
        for row, digits in enumerate(LAYOUT):
            for column, digit in enumerate(digits):
                grid.addWidget(self._key(f"key_{digit}", digit), row, column)
        self.clear = self._key("key_clear", "")
        self.backspace = self._key("key_backspace", BACKSPACE_GLYPH)
        self.backspace.setAutoRepeat(True)
        grid.addWidget(self.clear, 3, 0)
        grid.addWidget(self._key("key_0", "0"), 3, 1)
        grid.addWidget(self.backspace, 3, 2)
        self.retranslate_ui()
        self.apply_metrics(Metrics(1.0))

    def _key(self, key_id: str, text: str) -> BigButton:
        button = super()._key(key_id, text)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def apply_metrics(self, metrics: Metrics) -> None:
        gap = metrics.px(KEY_GAP)
        self._grid.setHorizontalSpacing(gap)
        self._grid.setVerticalSpacing(gap)
        for button in self.keys.values():
            button.setFixedHeight(metrics.text_px(KEY_HEIGHT))
            button.setMinimumWidth(metrics.px(KEY_WIDTH))
        self.setStyleSheet(
            f'QPushButton[role="key"] {{ font-size: {metrics.text_px(52)}px; padding: 0; }}'
            f" QPushButton#key_clear {{ font-size: {metrics.text_px(36)}px; }}"
        )

    def retranslate_ui(self) -> None:
        self.clear.setText(self.tr("Clear"))
        self.backspace.setAccessibleName(self.tr("Delete"))

    def _type(self, digit: str) -> None:
        super()._type(digit)
        self.digit_entered.emit(digit)
