"""On-screen keyboard for tracking numbers: digits and Latin capitals in QWERTY rows.

It types into its target exactly as a physical keyboard would (``insert``, ``backspace``,
``clear``), so the target's own handling (grouping, length limit) applies the same to both.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.theme import Metrics
from ui.widgets.key_block import KeyBlock

ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
BACKSPACE_GLYPH = "⌫"
KEY_GAP = 12
WORD_KEY_PAD = 20


class OnScreenKeyboard(KeyBlock):
    text_entered = Signal(str)
    backspace_pressed = Signal()
    clear_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("keyboard", parent)
        self._rows: list[QHBoxLayout] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout
        for chars in ROWS:
            row = QHBoxLayout()
            row.addStretch(1)
            for char in chars:
                row.addWidget(self._key(f"key_{char}", char))
            self._rows.append(row)
            layout.addLayout(row)
        self.backspace = self._key("key_backspace", BACKSPACE_GLYPH)
        self.backspace.setAutoRepeat(True)
        self.clear = self._key("key_clear", "")
        self._rows[2].addWidget(self.backspace)
        self._rows[3].addWidget(self.clear)
        for row in self._rows:
            row.addStretch(1)
        self.retranslate_ui()
        self.apply_metrics(Metrics(1.0))

    def apply_metrics(self, metrics: Metrics) -> None:
        gap = metrics.px(KEY_GAP)
        self._layout.setSpacing(gap)
        for row in self._rows:
            row.setSpacing(gap)
        # The theme gives keys no padding (a letter fills its key); the word keys need some, or a
        # longer word ("Тазалау", "Очистить") touches the key's border. Own sheet wins over theme.
        self.setStyleSheet(
            f"QPushButton#key_clear, QPushButton#key_backspace {{"
            f" padding: 0 {metrics.px(WORD_KEY_PAD)}px; }}"
        )

    def retranslate_ui(self) -> None:
        self.clear.setText(self.tr("Clear"))
        self.backspace.setAccessibleName(self.tr("Delete"))

    def _type(self, char: str) -> None:
        super()._type(char)
        self.text_entered.emit(char)

    def _backspace(self) -> None:
        super()._backspace()
        self.backspace_pressed.emit()

    def _clear(self) -> None:
        super()._clear()
        self.clear_pressed.emit()
