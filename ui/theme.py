"""The kiosk's look: the shipped font, and the QSS theme scaled to the window.

``assets/qss/kiosk.qss`` is a template whose ``${name}`` placeholders are pixel sizes designed for
a 1920×1080 screen; :func:`stylesheet` scales them by the window size, so a 1280×800 window on a QA
laptop and a 1080p kiosk screen keep the same proportions.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

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
}

COLORS: dict[str, str] = {
    "bg": "#F3F5F8",
    "surface": "#FFFFFF",
    "text": "#0F1E33",
    "muted": "#34445A",
    "accent": "#0B4EA2",
    "accent_pressed": "#073A7A",
    "on_accent": "#FFFFFF",
    "line": "#8896A8",
    "disabled_bg": "#E2E6EC",
    "disabled_fg": "#6B7788",
    "error": "#A3121B",
    "error_bg": "#FDEBEC",
    "notice_bg": "#FFF4D1",
    "notice_line": "#B58100",
    "scrim": "rgba(15, 30, 51, 190)",
}


@dataclass(frozen=True)
class Metrics:
    """Scale factor for one window size; ``px`` turns a 1080p design size into pixels."""

    scale: float

    @classmethod
    def for_size(cls, width: int, height: int) -> Metrics:
        if width <= 0 or height <= 0:
            return cls(1.0)
        return cls(min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT))

    def px(self, design_px: float) -> int:
        return max(1, round(design_px * self.scale))


@cache
def load_fonts() -> str:
    """Register the shipped font files with Qt (once) and return their family name."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(ASSETS_DIR / "fonts" / name))
    return FONT_FAMILY


@cache
def _template() -> string.Template:
    return string.Template(QSS_TEMPLATE.read_text(encoding="utf-8"))


def stylesheet(metrics: Metrics) -> str:
    values: dict[str, str] = {name: str(metrics.px(size)) for name, size in SIZES.items()}
    values.update(COLORS)
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
