"""The staff stations on the real screen: every station screen, with its fullest view, in kk, ru
and en, at 1920×1080 and at 1280×800. Each visible label's and button's text fits the rect it is
drawn in (kiosk_driver.clipped_texts, the large-text test's measure); every control is inside the
window without scrolling (staff type and scan on these screens all day); the returns list shows
several lines above the keyboard."""

from __future__ import annotations

import pytest
from kiosk_driver import WAIT_MS, clipped_texts
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.exceptions import TimeoutError as WaitedInVain
from station_views import STATION_SCREENS

from kiosk import views

SIZES = {"1080p": QSize(1920, 1080), "laptop": QSize(1280, 800)}
LANGUAGES = ("kk", "ru", "en")
MIN_LIST_LINES = 3


def outside_the_window(window: QWidget) -> list[str]:
    """Visible controls and texts of the current screen that are not wholly inside the window
    (below the fold of a scrolling page, or pushed off it)."""
    screen = window.current_screen()
    bounds = window.rect()
    problems = []
    for kind in (QAbstractButton, QLabel, QLineEdit):
        for widget in screen.findChildren(kind):
            if not widget.isVisible() or widget.parent() is None:
                continue
            if widget.objectName() == "round_list":  # a list scrolls in its own area
                continue
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not bounds.contains(rect):
                problems.append(f"{widget.objectName()}: {rect} outside {bounds}")
    return problems


def list_lines(window: QWidget) -> float:
    """How many lines of the returns list show above the keyboard."""
    screen = window.current_screen()
    area = screen.list_area.viewport()
    return area.height() / screen.list.fontMetrics().lineSpacing()


def show(qtbot, kiosk, size: QSize, language: str, name: str) -> QWidget:
    _role, screen, view = STATION_SCREENS[name]
    window = kiosk.window
    window.resize(size)
    kiosk.controller.set_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    qtbot.waitUntil(lambda: window.size() == size, timeout=WAIT_MS)
    window.show_screen(screen, view)
    assert window.current_screen_name() == screen
    return window


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("role", ["checkout", "stocking"])
def test_every_station_screen_fits_in_every_language(qtbot, central, build_kiosk, role, size):
    kiosk = build_kiosk(central.url, role=role)
    problems: dict[str, list[str]] = {}
    for name, (screen_role, screen, _view) in STATION_SCREENS.items():
        if screen_role != role:
            continue
        for language in LANGUAGES:
            window = show(qtbot, kiosk, SIZES[size], language, name)

            def settled(window: QWidget = window, screen: str = screen) -> None:
                assert clipped_texts(window) == []
                assert outside_the_window(window) == []
                if screen == views.STOCKING_RETURNS:
                    assert list_lines(window) >= MIN_LIST_LINES

            try:
                qtbot.waitUntil(settled, timeout=1_000)
            except WaitedInVain:
                found = clipped_texts(window) + outside_the_window(window)
                if screen == views.STOCKING_RETURNS:
                    found.append(f"returns list: {list_lines(window):.1f} lines")
                problems[f"{name}-{language}"] = found
    assert problems == {}, "\n".join(f"{key}: {found}" for key, found in problems.items())


def test_the_checks_see_a_control_below_the_window(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url, role="stocking")
    window = show(qtbot, kiosk, SIZES["laptop"], "ru", "returns")
    qtbot.waitUntil(lambda: outside_the_window(window) == [], timeout=WAIT_MS)
    submit = window.current_screen().entry.submit
    submit.move(submit.x(), window.height())  # pushed off the bottom
    assert [p.split(":")[0] for p in outside_the_window(window)] == ["submit"]
