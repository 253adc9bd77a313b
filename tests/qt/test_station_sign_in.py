"""The staff stations' sign-in on the touchscreen only: the staff id typed on the on-screen
keyboard, then the PIN on the numeric keypad (taps, no key events), against the real central
server; a wrong PIN keeps the id, "Other staff id" goes back, and a badge still skips the typing."""

from __future__ import annotations

import pytest
from kiosk_builder import BADGE_PREFIX, STAFF_ID, STAFF_PIN
from kiosk_driver import WAIT_MS, button, expected, tap, text_of, type_keys, wait_for_screen
from PySide6.QtWidgets import QLineEdit

from kiosk import views


def field(window, name: str) -> QLineEdit:
    [found] = [f for f in window.findChildren(QLineEdit, name) if f.isVisible()]
    return found


def keys_shown(window) -> set[str]:
    return {
        b.objectName()
        for b in window.current_screen().findChildren(type(button(window, "key_0")))
        if b.isVisible() and b.objectName().startswith("key_")
    }


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_staff_id_and_pin_typed_by_taps_sign_in(qtbot, central, build_kiosk, language):
    station = build_kiosk(central.url, role="stocking")
    station.controller.set_language(language)
    window = station.window
    wait_for_screen(qtbot, station, views.STATION_SIGN_IN)
    assert {"key_S", "key_Q", "key_0", "key_backspace", "key_clear"} <= keys_shown(window)
    qtbot.waitUntil(  # the language change reaches every widget through the event loop
        lambda: button(window, "next").text() == expected(language, "Station", "Next"),
        timeout=WAIT_MS,
    )
    type_keys(qtbot, window, "S0011")
    tap(qtbot, window, "key_backspace")
    assert field(window, "staff_id").text() == STAFF_ID
    tap(qtbot, window, "next")

    qtbot.waitUntil(lambda: button(window, "sign_in").isVisible(), timeout=WAIT_MS)
    assert STAFF_ID in text_of(window, "sign_in_hint")
    assert "key_S" not in keys_shown(window)  # the PIN step: digits only
    type_keys(qtbot, window, STAFF_PIN)
    assert field(window, "staff_pin").text() != STAFF_PIN  # dots on screen, never the digits
    tap(qtbot, window, "sign_in")
    wait_for_screen(qtbot, station, views.STOCKING_MENU)
    assert station.controller.station.signin.staff_id == STAFF_ID


@pytest.mark.expected_log("kiosk.flow", "wrong staff sign-in PIN (1 of 5)")
def test_a_wrong_pin_keeps_the_id_and_other_staff_id_goes_back(qtbot, central, build_kiosk):
    desk = build_kiosk(central.url, role="checkout")
    desk.controller.set_language("en")
    window = desk.window
    wait_for_screen(qtbot, desk, views.STATION_SIGN_IN)
    desk.controller.scanned(BADGE_PREFIX + STAFF_ID, "test")  # a badge skips the id step
    qtbot.waitUntil(lambda: button(window, "sign_in").isVisible(), timeout=WAIT_MS)
    type_keys(qtbot, window, "1111")
    tap(qtbot, window, "sign_in")
    qtbot.waitUntil(lambda: "Attempts left: 4" in text_of(window, "sign_in_error"), timeout=WAIT_MS)
    assert STAFF_ID in text_of(window, "sign_in_hint")  # still that staff member's PIN step

    tap(qtbot, window, "change_staff")
    qtbot.waitUntil(lambda: button(window, "next").isVisible(), timeout=WAIT_MS)
    assert field(window, "staff_id").text() == ""
    type_keys(qtbot, window, STAFF_ID)
    tap(qtbot, window, "next")
    qtbot.waitUntil(lambda: button(window, "sign_in").isVisible(), timeout=WAIT_MS)
    type_keys(qtbot, window, STAFF_PIN)
    tap(qtbot, window, "sign_in")
    wait_for_screen(qtbot, desk, views.CHECKOUT_SCAN)
    tap(qtbot, window, "sign_out")
    wait_for_screen(qtbot, desk, views.STATION_SIGN_IN)
    assert button(window, "next").isVisible()  # signed out: the id step again
