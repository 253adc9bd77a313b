"""Large text and high contrast, switched by their buttons on the home screen, for one session."""

from __future__ import annotations

from kiosk_driver import WAIT_MS, button, expected, tap, text_of
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from kiosk.accessibility.mode import STANDARD, AccessMode
from ui import theme
from ui.palettes import HIGH_CONTRAST_COLORS, STANDARD_COLORS


def text_colour(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.WindowText).name().upper()


def welcome(window) -> QLabel:
    return window.home.welcome


def test_the_buttons_are_an_icon_and_a_word_in_the_screens_language(qtbot, kiosk):
    window = kiosk.window
    for need, source in (("large_text", "Large text"), ("high_contrast", "High contrast")):
        shown = button(window, need)
        assert shown.text() == expected("kk", "AccessBar", source)
        assert not shown.icon().isNull()
        assert shown.property("current") is not True
    tap(qtbot, window, "lang_ru")
    qtbot.waitUntil(
        lambda: button(window, "high_contrast").text() == "Высокий контраст", timeout=WAIT_MS
    )


def test_high_contrast_swaps_the_colours_and_shows_the_button_on(qtbot, kiosk):
    window = kiosk.window
    assert text_colour(welcome(window)) == STANDARD_COLORS["text"]
    with qtbot.waitSignal(kiosk.controller.access_changed):
        tap(qtbot, window, "high_contrast")
    assert kiosk.controller.access == AccessMode(high_contrast=True)
    qtbot.waitUntil(
        lambda: text_colour(welcome(window)) == HIGH_CONTRAST_COLORS["text"], timeout=WAIT_MS
    )
    assert button(window, "high_contrast").property("current") is True
    assert button(window, "large_text").property("current") is False
    tap(qtbot, window, "high_contrast")
    qtbot.waitUntil(
        lambda: text_colour(welcome(window)) == STANDARD_COLORS["text"], timeout=WAIT_MS
    )


def test_large_text_makes_the_text_half_as_large_again_until_the_session_ends(qtbot, kiosk):
    window = kiosk.window
    normal = welcome(window).font().pixelSize()
    assert normal > 0
    tap(qtbot, window, "large_text")
    qtbot.waitUntil(
        lambda: welcome(window).font().pixelSize() >= theme.LARGE_TEXT_FACTOR * normal - 1,
        timeout=WAIT_MS,
    )
    assert button(window, "large_text").property("current") is True
    assert text_of(window, "welcome") == expected("kk", "HomeScreen", "Collect or send a parcel")

    kiosk.controller.reset_session()  # the next customer
    assert kiosk.controller.access == STANDARD
    qtbot.waitUntil(lambda: welcome(window).font().pixelSize() == normal, timeout=WAIT_MS)
    assert button(window, "large_text").property("current") is False
