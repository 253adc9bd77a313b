"""The kiosk's two colour tables, and which colour may be text on which background.

``STANDARD_COLORS`` is dark text on a light background with one blue accent;
``HIGH_CONTRAST_COLORS`` is white and yellow on black, for the accessible mode's high-contrast
need. Both fill the same placeholders of ``assets/qss/kiosk.qss``. ``TEXT_PAIRS`` declares every
(text, background) pair the QSS may use; tests/qt/test_theme_contrast.py checks that the QSS uses
no other pair and that each one reaches :data:`MIN_CONTRAST` (WCAG 2 AA for the standard theme,
AAA for the high-contrast one).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

Palette = MappingProxyType[str, str]

STANDARD_COLORS: Final[Palette] = MappingProxyType(
    {
        "bg": "#F3F5F8",
        "surface": "#FFFFFF",
        "text": "#0F1E33",
        "muted": "#34445A",
        "accent": "#0B4EA2",
        "accent_pressed": "#073A7A",
        "on_accent": "#FFFFFF",
        "line": "#8896A8",
        "disabled_bg": "#E2E6EC",
        "disabled_fg": "#525D6C",
        "error": "#A3121B",
        "error_bg": "#FDEBEC",
        "notice_bg": "#FFF4D1",
        "notice_line": "#B58100",
        "scrim": "rgba(15, 30, 51, 190)",
    }
)

HIGH_CONTRAST_COLORS: Final[Palette] = MappingProxyType(
    {
        "bg": "#000000",
        "surface": "#101010",
        "text": "#FFFFFF",
        "muted": "#E8E8E8",
        "accent": "#FFE500",
        "accent_pressed": "#FFFFFF",
        "on_accent": "#000000",
        "line": "#FFFFFF",
        "disabled_bg": "#2B2B2B",
        "disabled_fg": "#D9D9D9",
        "error": "#FF9E9E",
        "error_bg": "#1F0000",
        "notice_bg": "#1F1A00",
        "notice_line": "#FFE500",
        "scrim": "rgba(0, 0, 0, 225)",
    }
)

TEXT_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("text", "bg"),
        ("text", "surface"),
        ("text", "notice_bg"),
        ("muted", "bg"),
        ("muted", "surface"),
        ("muted", "disabled_bg"),
        ("accent", "bg"),
        ("accent", "surface"),
        ("accent", "disabled_bg"),
        ("on_accent", "accent"),
        ("on_accent", "accent_pressed"),
        ("disabled_fg", "disabled_bg"),
        ("error", "error_bg"),
    }
)
"""(text colour, background colour) names: every pair the theme puts text in."""

FOCUS_RING: Final = ("#FFD400", "#000000")
"""The keypad's focus ring (ui/focus.py), outside and inside, the same in both themes: on any
background one of the two stands out (tests/qt/test_keypad.py checks it against both tables)."""

MIN_CONTRAST: Final = MappingProxyType({"standard": 4.5, "high_contrast": 7.0})


def palette(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST_COLORS if high_contrast else STANDARD_COLORS
