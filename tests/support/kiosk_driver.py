"""Driving the kiosk window as a customer would (taps on visible buttons), and the expected texts
read from the translation sources, so tests compare against what translators wrote."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QStyle, QStyleOptionButton, QWidget

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")
WAIT_MS = 10_000


def button(window: QWidget, button_id: str) -> QAbstractButton:
    buttons = [b for b in window.findChildren(QAbstractButton, button_id) if b.isVisible()]
    assert len(buttons) == 1, f"expected one visible button {button_id!r}, found {len(buttons)}"
    return buttons[0]


def tap(qtbot, window: QWidget, button_id: str) -> None:
    target = button(window, button_id)
    assert target.isEnabled(), f"button {button_id!r} is disabled"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def type_keys(qtbot, window: QWidget, text: str) -> None:
    for char in text:
        tap(qtbot, window, f"key_{char}")


def text_of(window: QWidget, name: str) -> str:
    labels = [w for w in window.findChildren(QLabel, name) if w.isVisible()]
    assert len(labels) == 1, f"expected one visible label {name!r}, found {len(labels)}"
    return labels[0].text()


def visible_texts(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]


def wait_for_screen(qtbot, kiosk, screen: str) -> None:
    def shown() -> None:
        assert kiosk.controller.screen == screen
        assert kiosk.window.current_screen_name() == screen

    qtbot.waitUntil(shown, timeout=WAIT_MS)


def parse_ts(path: Path) -> ET.Element:
    """A translation source of this repository (trusted input)."""
    return ET.parse(path).getroot()  # noqa: S314 - our own files, not untrusted XML


@cache
def messages(language: str) -> dict[tuple[str, str], list[str]]:
    """``(context, source) → [translation]`` (several forms for a plural) from kiosk_<lang>.ts."""
    root = parse_ts(TRANSLATIONS / f"kiosk_{language}.ts")
    table: dict[tuple[str, str], list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            table[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    return table


def expected(language: str, context: str, source: str) -> str:
    """The translation of a (singular) message, as the translator wrote it."""
    [text] = messages(language)[(context, source)]
    return text


def cut_off_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit: wrapped text taller than its label,
    a word wider than its label, unwrapped text wider than its widget."""
    problems = []
    for widget in window.findChildren(QLabel):
        if not widget.isVisible() or not widget.text():
            continue
        margins = widget.contentsMargins()
        width = widget.width() - margins.left() - margins.right()
        height = widget.height() - margins.top() - margins.bottom()
        metrics = widget.fontMetrics()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width()) - margins.top() - margins.bottom()
            widest = max(metrics.horizontalAdvance(word) for word in widget.text().split())
            if height + 1 < needed or widest > width + 1:
                problems.append(f"{widget.objectName()}: {widget.text()!r}")
        elif metrics.horizontalAdvance(widget.text()) > width + 1 or metrics.height() > height + 1:
            problems.append(f"{widget.objectName()}: {widget.text()!r}")
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            lines = widget.lines() if hasattr(widget, "lines") else [widget.text()]  # wrapped
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            if needed > widget.width() - 8:  # a border and a little air on each side
                problems.append(f"{widget.objectName()}: {widget.text()!r}")
    return problems


def clipped_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text, laid out as the widget lays it out (word wrap or
    not), is larger than the rectangle the widget draws it in: a label's contents rect, a button's
    contents rect from its style (padding, border and icon taken off)."""
    problems = []
    for widget in window.findChildren(QLabel):
        if not widget.isVisible() or not widget.text():
            continue
        area = widget.contentsRect()
        margin = widget.margin()
        area = area.adjusted(margin, margin, -margin, -margin)
        flags = Qt.TextFlag.TextWordWrap if widget.wordWrap() else 0
        needed = widget.fontMetrics().boundingRect(area, int(flags), widget.text())
        if needed.width() > area.width() + 1 or needed.height() > area.height() + 1:
            problems.append(
                f"{widget.objectName()}: {widget.text()!r} {needed.size()} in {area.size()}"
            )
    for widget in window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        area = widget.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, widget
        )
        if not widget.icon().isNull():
            area.setLeft(area.left() + widget.iconSize().width())
        lines = widget.lines() if hasattr(widget, "lines") else [widget.text()]
        metrics = widget.fontMetrics()
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        tall = len(lines) * metrics.lineSpacing()
        if wide > area.width() + 1 or tall > area.height() + 1:
            problems.append(
                f"{widget.objectName()}: {widget.text()!r} {wide}x{tall} in {area.size()}"
            )
    return problems
