"""The screens the first frame does not need (the phone flow's, maintenance's) are built after it,
or when first shown or used: built late, they are wired, translated and sized like the others."""

from __future__ import annotations

from kiosk_driver import expected, tap, text_of, wait_for_screen

from kiosk import views

LATER = {
    views.RECEIVE_PHONE,
    views.RECEIVE_OTP,
    views.RECEIVE_ITEMS,
    views.RECEIVE_COOLDOWN,
    views.MAINTENANCE_PIN,
    views.MAINTENANCE,
}


def test_a_screen_built_when_first_shown_speaks_the_language_chosen_before(qtbot, kiosk):
    window = kiosk.window
    assert LATER.isdisjoint(window.screens)  # not built for the first frame
    assert set(window.screen_names()) >= LATER
    tap(qtbot, window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    tap(qtbot, window, "lang_ru")
    qtbot.waitUntil(lambda: kiosk.controller.language == "ru")
    tap(qtbot, window, "use_phone")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_PHONE)
    assert text_of(window, "title") == expected("ru", "PhoneScreen", "Enter your phone number")
    phone = window.phone
    assert phone.parent() is window.stack
    tap(qtbot, window, "back")  # wired: back to the tracking screen
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)


def test_building_the_rest_builds_each_screen_once(kiosk):
    window = kiosk.window
    pin = window.maintenance_pin  # used before the rest: built now
    assert views.MAINTENANCE_PIN in window.screens
    window.build_deferred_screens()
    assert set(window.screens) == set(window.screen_names())
    assert window.maintenance_pin is pin
    assert window.stack.count() == len(window.screens)
