"""Text labels in the theme's roles (title, subtitle, body, hint, error, notice, busy...)."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LabelRole = Literal[
    "title",
    "subtitle",
    "body",
    "hint",
    "error",
    "notice",
    "busy",
    "field_label",
    "field_value",
    "tile_label",
    "tile_value",
]


def label(
    role: LabelRole,
    *,
    name: str = "",
    center: bool = False,
    wrap: bool = True,
    parent: QWidget | None = None,
) -> QLabel:
    """A QLabel styled by ``role``; wrapped so long Kazakh and Russian words never overflow."""
    widget = QLabel(parent)
    widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if center:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget
