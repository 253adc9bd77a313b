"""Idle: "are you still there?", then back home in the default language with the input wiped."""

from __future__ import annotations

from kiosk_driver import WAIT_MS, button, expected, tap, type_keys, wait_for_screen

from kiosk import views

IDLE_MS = 150
COUNTDOWN_MS = 400


def test_idle_asks_then_returns_home_in_the_default_language_with_input_wiped(qtbot, kiosk):
    window = kiosk.window
    window.idle.set_timeouts(IDLE_MS, COUNTDOWN_MS)
    tap(qtbot, window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    tap(qtbot, window, "lang_ru")
    type_keys(qtbot, window, "CC0166")

    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        pass  # nobody touches the screen
    overlay = window.idle_overlay
    assert overlay.isVisible()
    assert overlay.title.text() == expected("ru", "IdleOverlay", "Are you still there?")
    assert overlay.countdown.text() == "Возврат в начало через 1 секунду."  # ceil(0.4 s)
    assert button(window, "continue").text() == expected("ru", "IdleOverlay", "Continue")

    with qtbot.waitSignal(window.idle.timed_out, timeout=WAIT_MS):
        pass
    wait_for_screen(qtbot, kiosk, views.HOME)
    assert not overlay.isVisible()
    assert kiosk.controller.language == "kk"
    qtbot.waitUntil(
        lambda: (
            button(window, "receive").text() == expected("kk", "HomeScreen", "Receive a parcel")
        ),
        timeout=WAIT_MS,
    )
    assert not window.idle.active  # never on the home screen

    tap(qtbot, window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    assert window.tracking.field.text() == ""


def test_continue_keeps_the_customer_where_they_were(qtbot, kiosk):
    window = kiosk.window
    window.idle.set_timeouts(IDLE_MS, 60_000)
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, "CC0166")
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        pass
    with qtbot.assertNotEmitted(window.idle.timed_out):
        tap(qtbot, window, "continue")
    assert not window.idle_overlay.isVisible()
    assert kiosk.controller.screen == views.RECEIVE_TRACKING
    assert window.tracking.field.text() == "CC 0166"
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        pass  # and the idle timer runs again
