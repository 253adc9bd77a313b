"""On-screen keyboard. By default for tracking numbers: digits and Latin capitals in QWERTY rows.
Given per-language ``layouts`` (``TEXT_LAYOUTS`` for free text), it shows the rows of the current
language (``set_language``), so staff can type a Kazakh, Russian or English message.

It types into its target exactly as a physical keyboard would (``insert``, ``backspace``,
``clear``), so the target's own handling (grouping, length limit) applies the same to both.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.key_block import KeyBlock

BACKSPACE, CLEAR, SPACE = "backspace", "clear", "space"  # the word keys, by their key id
WORD_KEYS = (BACKSPACE, CLEAR, SPACE)
Row = tuple[str, ...]  # one character per key, or a word key's name
Layout = tuple[Row, ...]


def row(chars: str, *words: str) -> Row:
    return (*chars, *words)


ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
TRACKING_LAYOUT: Layout = (
    row(ROWS[0]),
    row(ROWS[1]),
    row(ROWS[2], BACKSPACE),
    row(ROWS[3], CLEAR),
)
DIGITS_AND_MARKS = "1234567890:.,-!"
# Capitals in the ЙЦУКЕН and QWERTY orders; Kazakh's nine letters of its own get a row.
KAZAKH_LETTERS = "ӘІҢҒҮҰҚӨҺ"
CYRILLIC_ROWS = ("ЙЦУКЕНГШЩЗХЪ", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮЁ")
LATIN_ROWS = ROWS[1:]


def _text_layout(letters: tuple[str, ...]) -> Layout:
    *first, before_last, last = letters
    return (
        row(DIGITS_AND_MARKS),
        *(row(chars) for chars in first),
        row(before_last, BACKSPACE),
        row(last, CLEAR),
        row("", SPACE),
    )


TEXT_LAYOUTS: Mapping[str, Layout] = {
    "kk": _text_layout((KAZAKH_LETTERS, *CYRILLIC_ROWS)),
    "ru": _text_layout(CYRILLIC_ROWS),
    "en": _text_layout(LATIN_ROWS),
}
BACKSPACE_GLYPH = "⌫"
KEY_GAP = 12
WORD_KEY_PAD = 20
SPACE_KEY_WIDTH = 640


class OnScreenKeyboard(KeyBlock):
    text_entered = Signal(str)
    backspace_pressed = Signal()
    clear_pressed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, layouts: Mapping[str, Layout] | None = None
    ) -> None:
        super().__init__("keyboard", parent)
        self._layouts = layouts
        self._shown: Layout = ()
        self._rows: list[QHBoxLayout] = []
        self._built: dict[str, BigButton] = {}  # every key made so far, shown or not
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout
        self.backspace = self._word_key(BACKSPACE, BACKSPACE_GLYPH)
        self.backspace.setAutoRepeat(True)
        self.clear = self._word_key(CLEAR, "")
        self.space = self._word_key(SPACE, "") if layouts is not None else None
        self._metrics = Metrics(1.0)
        self._lay_out(next(iter(layouts.values())) if layouts is not None else TRACKING_LAYOUT)
        self.retranslate_ui()
        self.apply_metrics(self._metrics)

    def set_language(self, code: str) -> None:
        """Show the rows of ``code``'s letters (a keyboard without layouts keeps its own)."""
        if self._layouts is None:
            return
        layout = self._layouts.get(code) or next(iter(self._layouts.values()))
        if layout != self._shown:
            self._lay_out(layout)

    def _word_key(self, name: str, text: str) -> BigButton:
        key = self._key(f"key_{name}", text)
        self._built[name] = key
        return key

    def _lay_out(self, layout: Layout) -> None:
        for old in self._rows:
            while old.takeAt(0) is not None:
                pass
            self._layout.removeItem(old)
            old.deleteLater()
        self._rows = []
        for key in self._built.values():
            key.setVisible(False)
        self.keys = {}
        for keys in layout:
            line = QHBoxLayout()
            line.addStretch(1)
            for name in keys:
                key = self._built.get(name) or self._char_key(name)
                self.keys[key.objectName()] = key
                line.addWidget(key)
                key.setVisible(True)
            line.addStretch(1)
            self._rows.append(line)
            self._layout.addLayout(line)
        self._shown = layout
        self._space_rows(self._metrics)

    def _char_key(self, char: str) -> BigButton:
        key = self._key(f"key_{char}", char)
        self._built[char] = key
        return key

    def apply_metrics(self, metrics: Metrics) -> None:
        self._metrics = metrics
        self._space_rows(metrics)
        # The theme gives keys no padding (a letter fills its key); the word keys need some, or a
        # longer word ("Тазалау", "Очистить") touches the key's border. Own sheet wins over theme.
        self.setStyleSheet(
            f"QPushButton#key_clear, QPushButton#key_backspace, QPushButton#key_space {{"
            f" padding: 0 {metrics.px(WORD_KEY_PAD)}px; }}"
            f" QPushButton#key_space {{ min-width: {metrics.px(SPACE_KEY_WIDTH)}px; }}"
        )

    def _space_rows(self, metrics: Metrics) -> None:
        gap = metrics.px(KEY_GAP)
        self._layout.setSpacing(gap)
        for line in self._rows:
            line.setSpacing(gap)

    def retranslate_ui(self) -> None:
        self.clear.setText(self.tr("Clear"))
        self.backspace.setAccessibleName(self.tr("Delete"))
        if self.space is not None:
            self.space.setText(self.tr("Space"))

    def _type(self, char: str) -> None:
        super()._type(char)
        self.text_entered.emit(char)

    def _backspace(self) -> None:
        super()._backspace()
        self.backspace_pressed.emit()

    def _clear(self) -> None:
        super()._clear()
        self.clear_pressed.emit()
