"""The language buttons (Қазақша, Русский, English): each name in its own language, no flags.

The home screen shows them large; the other screens show a compact bar in their top corner, so a
customer can switch language at any step without losing what was typed. Every bar's buttons keep
the ids ``lang_<code>`` (the QA port taps the visible one).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk import i18n
from ui.theme import Metrics, set_style_property
from ui.widgets.big_button import BigButton

GAP = 24
COMPACT_GAP = 12
# The compact bar's buttons: a smaller font and padding than the theme's buttons, same touch height.
COMPACT_FONT = 34
COMPACT_PAD = 28


class LanguageBar(QWidget):
    language_requested = Signal(str)

    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_bar")
        self.compact = compact
        self.buttons: dict[str, BigButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for code, native_name in i18n.LANGUAGES.items():
            button = BigButton(f"lang_{code}", "lang")
            button.setText(native_name)  # never translated: each name in its own language
            button.clicked.connect(lambda _=False, c=code: self.language_requested.emit(c))
            layout.addWidget(button, 0 if compact else 1)
            self.buttons[code] = button
        self._layout = layout
        policy = QSizePolicy.Policy.Maximum if compact else QSizePolicy.Policy.Preferred
        self.setSizePolicy(policy, QSizePolicy.Policy.Fixed)

    def set_current(self, code: str) -> None:
        for button_code, button in self.buttons.items():
            set_style_property(button, "current", button_code == code)

    def set_languages(self, codes: Iterable[str]) -> None:
        """Show only the terminal's languages; with one language there is nothing to choose."""
        shown = set(codes)
        for code, button in self.buttons.items():
            button.setVisible(code in shown)
        self.setVisible(len(shown) > 1)

    def apply_metrics(self, metrics: Metrics) -> None:
        self._layout.setSpacing(metrics.px(COMPACT_GAP if self.compact else GAP))
        if self.compact:  # a widget's own style sheet wins over the window's theme
            self.setStyleSheet(
                f"QPushButton {{ font-size: {metrics.text_px(COMPACT_FONT)}px;"
                f" padding: 0 {metrics.px(COMPACT_PAD)}px; }}"
            )
