"""The kiosk's look: the shipped font, and the QSS theme scaled to the window.

``assets/qss/kiosk.qss`` is a template whose ``${name}`` placeholders are pixel sizes designed for
a 1920×1080 screen; :func:`stylesheet` scales them by the window size, so a 1280×800 window on a QA
laptop and a 1080p kiosk screen keep the same proportions. The accessible mode's large text scales
every text size (and the heights of the controls that hold text) by :data:`LARGE_TEXT_FACTOR` on top
of that; its high contrast swaps the colour table (``ui/palettes.py``).
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from ui.palettes import palette

ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"
QSS_TEMPLATE = ASSETS_DIR / "qss" / "kiosk.qss"

DESIGN_WIDTH = 1920
DESIGN_HEIGHT = 1080

# Pixel sizes at 1920×1080, the placeholders of the QSS template.
SIZES: dict[str, int] = {
    "body": 34,
    "hint": 30,
    "title": 56,
    "subtitle": 40,
    "button": 40,
    "button_height": 104,
    "button_pad": 48,
    "big_button": 52,
    "big_button_height": 180,
    "key": 42,
    "key_height": 84,
    "key_width": 100,
    "key_wide": 200,
    "field": 68,
    "field_height": 120,
    "tile_label": 44,
    "tile_value": 160,
    "radius": 16,
    "border": 4,
    "pad": 24,
    "overlay_title": 64,
    "scrollbar": 24,
}

# The font sizes among SIZES, and the sizes of controls that must grow with their text.
TEXT_SIZES = frozenset(
    {
        "body",
        "hint",
        "title",
        "subtitle",
        "button",
        "big_button",
        "key",
        "field",
        "tile_label",
        "tile_value",
        "overlay_title",
    }
)
TEXT_HEIGHTS = frozenset(
    {"button_height", "big_button_height", "key_height", "field_height", "key_wide"}
)

LARGE_TEXT_FACTOR = 1.5
"""How much larger every customer text is while the large-text need is on."""


@dataclass(frozen=True)
class Metrics:
    """Scale factor for one window size; ``px`` turns a 1080p design size into pixels, ``text_px``
    a 1080p font size (or the height of a control that holds text), times the ``text`` factor."""

    scale: float
    text: float = 1.0

    @classmethod
    def for_size(cls, width: int, height: int, *, text: float = 1.0) -> Metrics:
        if width <= 0 or height <= 0:
            return cls(1.0, text)
        return cls(min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT), text)

    def px(self, design_px: float) -> int:
        return max(1, round(design_px * self.scale))

    def text_px(self, design_px: float) -> int:
        if self.text == 1.0:
            return self.px(design_px)
        return math.ceil(self.px(design_px) * self.text)  # never less than ``text`` times px


@cache
def load_fonts() -> str:
    """Register the shipped font files with Qt (once) and return their family name."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(ASSETS_DIR / "fonts" / name))
    return FONT_FAMILY


@cache
def _template() -> string.Template:
    return string.Template(QSS_TEMPLATE.read_text(encoding="utf-8"))


def stylesheet(metrics: Metrics, *, high_contrast: bool = False) -> str:
    values: dict[str, str] = {
        name: str(metrics.text_px(size) if name in TEXT_SIZES | TEXT_HEIGHTS else metrics.px(size))
        for name, size in SIZES.items()
    }
    values.update(palette(high_contrast))
    values["font"] = FONT_FAMILY
    return _template().substitute(values)


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property used by a QSS selector and restyle the widget right away."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
