"""Large text: every customer screen, in kk, ru and en, with its text 1.5× larger and nothing
clipped.

The screens and their longest views are test_layout.py's. "Fits" is measured as Qt lays the text
out: a label's text (word-wrapped if the label wraps) against its contents rect, a button's lines
against the contents rect its style leaves inside padding, border and icon. A screen taller than
the window scrolls, so a widget below the fold is not clipped; a squeezed one is.
"""

from __future__ import annotations

import pytest
from keypad_keys import move_to
from kiosk_driver import WAIT_MS, clipped_texts
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QWidget
from test_layout import KIOSK_SCREEN, SCREENS

from kiosk.accessibility.mode import STANDARD, AccessMode
from ui import theme
from ui.focus import focusable

LAPTOP = QSize(1280, 800)
LARGE = AccessMode(large_text=True)


def show(qtbot, kiosk, size: QSize, language: str, screen: str, mode: AccessMode):
    window = kiosk.window
    window.resize(size)
    kiosk.controller.set_language(language)
    # Qt posts the language change to every widget: let the keys take theirs before measuring.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    kiosk.controller.set_access(mode)
    qtbot.waitUntil(lambda: window.size() == size, timeout=WAIT_MS)
    window.show_screen(*SCREENS[screen])
    assert window.current_screen_name() == SCREENS[screen][0]
    return window


def text_sizes(window) -> list[tuple[str, int]]:
    """(object name, font pixel size) of every visible text widget of the current screen."""
    screen = window.current_screen()
    found = []
    for kind in (QLabel, QAbstractButton, QLineEdit):
        for widget in screen.findChildren(kind):
            text = widget.text()
            if widget.isVisible() and text and not widget.objectName().startswith("qt_"):
                found.append((widget.objectName(), widget.font().pixelSize()))
    return sorted(found)  # by name: a list's rows are made anew for each view


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("size", [KIOSK_SCREEN, LAPTOP], ids=["1080p", "laptop"])
def test_large_text_clips_nothing(qtbot, kiosk, size, language, screen):
    window = show(qtbot, kiosk, size, language, screen, LARGE)

    def all_fits() -> None:
        assert clipped_texts(window) == []

    qtbot.waitUntil(all_fits, timeout=2_000)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_text_is_at_least_half_as_large_again(qtbot, kiosk, screen):
    window = show(qtbot, kiosk, KIOSK_SCREEN, "ru", screen, STANDARD)
    standard = text_sizes(window)
    assert standard
    assert all(px > 0 for _name, px in standard)  # sizes come from the theme, in pixels
    window = show(qtbot, kiosk, KIOSK_SCREEN, "ru", screen, LARGE)

    def the_same_widgets() -> None:  # a list's new rows show once the event loop runs
        assert [name for name, _px in text_sizes(window)] == [name for name, _px in standard]

    qtbot.waitUntil(the_same_widgets, timeout=WAIT_MS)
    large = text_sizes(window)
    small = [
        (name, before, after)
        for (name, before), (_name, after) in zip(standard, large, strict=True)
        if after < theme.LARGE_TEXT_FACTOR * before
    ]
    assert small == []


def test_the_idle_question_is_large_too(qtbot, kiosk):
    window = show(qtbot, kiosk, LAPTOP, "kk", "tracking", STANDARD)
    before = window.idle_overlay.title.font().pixelSize()
    window = show(qtbot, kiosk, LAPTOP, "kk", "tracking", LARGE)
    assert window.idle_overlay.title.font().pixelSize() >= theme.LARGE_TEXT_FACTOR * before


def test_the_fit_check_sees_a_clipped_label_and_a_clipped_button(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    squeezed = QLabel("a text far too long for its label", parent)
    squeezed.setWordWrap(True)
    squeezed.setFixedSize(60, 20)
    button = QPushButton("a very long button text", parent)  # a plain one: it does not wrap
    button.setFixedSize(40, 30)
    parent.show()
    assert [problem.split(":")[0] for problem in clipped_texts(parent)] == ["", ""]
    squeezed.setFixedSize(600, 200)
    button.setFixedSize(600, 60)
    assert clipped_texts(parent) == []


def test_the_keypad_focus_scrolls_a_control_below_the_fold_into_view(qtbot, kiosk):
    window = show(qtbot, kiosk, LAPTOP, "ru", "result_help", LARGE)
    screen = window.current_screen()
    viewport = screen.page_scroll.viewport()
    qtbot.waitUntil(lambda: screen.page_scroll.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    lowest = max(
        (w for w in focusable(screen.content) if w.isVisible()),
        key=lambda w: w.mapTo(screen.content, QPoint(0, w.height())).y(),
    )

    def in_view(widget: QWidget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    assert not in_view(lowest)  # the page is taller than the window: the control is below
    move_to(qtbot, window, lowest.objectName())
    qtbot.waitUntil(lambda: in_view(lowest), timeout=WAIT_MS)
