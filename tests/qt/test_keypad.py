"""The tactile keypad drives the customer screens without a single tap: the focus moves through
each screen's controls in reading order with a ring around the focused one, digits type, Enter
presses, Back and Clear do what they say, and the volume and rate keys change the voice; the
focus and the typing are said while speech is on. Touch keeps working at the same time."""

from __future__ import annotations

import pytest
from dev_sms import latest_code
from keypad_keys import enter_on, focused_name, move_to, press, type_on_keypad, type_with_arrows
from kiosk_driver import WAIT_MS, tap, type_keys, wait_for_screen
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from test_theme_contrast import contrast

from kiosk import views
from kiosk.accessibility.mode import Need
from kiosk.ports.speech import VOLUME_DEFAULT_DB, VOLUME_MAX_DB
from kiosk.send.driver import SendOptions
from ui import palettes
from ui.focus import describe, focusable

DEMO_PARCEL = "CC016695190KZ"  # demo data: row 3, compartment 12
PHONE_WITH_ITEMS = "+77011234567"  # demo data: five items
BOX = "CB200000010KZ"  # demo data: unused, size M


def spoken(kiosk) -> list[str]:
    return [record["text"] for record in kiosk.core.speech.records()]


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() for w in widgets]


def ring_surrounds(window, widget: QWidget) -> bool:
    ring = window.keypad.ring
    target = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return ring.isVisible() and ring.geometry().contains(target)


def test_the_focus_follows_the_reading_order_and_the_ring_shows_it(qtbot, kiosk):
    window = kiosk.window
    assert not window.keypad.ring.isVisible()  # no key pressed yet: no ring for touch users
    assert names(focusable(window.home)) == [
        "receive",
        "lang_kk",
        "lang_ru",
        "lang_en",
        "accessibility",
        "large_text",
        "high_contrast",
    ]  # Send is off on this terminal, the staff corner is no control
    press(qtbot, window, "down")  # the first key shows where the focus is: the main button
    assert focused_name(window) == "receive"
    assert ring_surrounds(window, window.home.receive)
    press(qtbot, window, "down", "down")
    assert focused_name(window) == "accessibility"
    assert ring_surrounds(window, window.home.access_bar.buttons[Need.SPEECH])
    press(qtbot, window, "right", "right", "right")  # round the end
    assert focused_name(window) == "receive"
    press(qtbot, window, "left")
    assert focused_name(window) == "high_contrast"

    move_to(qtbot, window, "receive")
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    qtbot.waitUntil(lambda: focused_name(window) == "tracking_number", timeout=WAIT_MS)
    order = names(focusable(window.tracking))
    assert order[:4] == ["back", "lang_kk", "lang_ru", "lang_en"]  # the title row first
    keys = [name for name in order if name.startswith("key_")]
    assert keys[:11] == [f"key_{c}" for c in "1234567890Q"]
    assert {"submit", "use_phone"} <= set(order)
    press(qtbot, window, "down")  # to the keyboard's first row, under the field
    assert focused_name(window).startswith("key_")
    press(qtbot, window, "up")
    assert focused_name(window) == "tracking_number"
    press(qtbot, window, "up")  # above the field
    assert focused_name(window) in order[: order.index("tracking_number")]


def test_digits_clear_and_back(qtbot, kiosk):
    window = kiosk.window
    press(qtbot, window, "enter")  # home: Enter presses the main button
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    type_on_keypad(qtbot, window, "0166")
    assert window.tracking.field.value == "0166"
    move_to(qtbot, window, "lang_en")
    type_on_keypad(qtbot, window, "9")  # typed into the field wherever the focus is
    assert window.tracking.field.value == "01669"
    assert focused_name(window) == "tracking_number"
    press(qtbot, window, "clear")
    assert window.tracking.field.value == ""
    press(qtbot, window, "back")
    wait_for_screen(qtbot, kiosk, views.HOME)


def test_touch_keeps_working_beside_the_keypad(qtbot, kiosk):
    window = kiosk.window
    press(qtbot, window, "right")
    tap(qtbot, window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    type_keys(qtbot, window, "CC")
    type_on_keypad(qtbot, window, "0166")
    type_keys(qtbot, window, "95190KZ")
    assert window.tracking.field.value == DEMO_PARCEL
    press(qtbot, window, "enter")  # the focus is on the field: Enter submits it
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)


def test_a_receive_by_tracking_number_with_the_keypad_alone(qtbot, kiosk):
    window = kiosk.window
    press(qtbot, window, "help")  # speech on, the home screen said
    assert kiosk.controller.access.speech
    home_words = spoken(kiosk)
    assert len(home_words) == 1
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    type_with_arrows(qtbot, window, DEMO_PARCEL)
    assert window.tracking.field.value == DEMO_PARCEL
    move_to(qtbot, window, "tracking_number")
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    said = spoken(kiosk)
    assert "Цэ, перне." in said  # the focus on the C key, said in Kazakh
    assert "бір" in said  # the digit 1 said back as it was typed
    assert (
        "Трек-нөмір, енгізу өрісі: цэ цэ, нөл бір алты алты, тоғыз бес бір тоғыз, нөл, ка зет."
        in said
    )
    assert "қатар үш, ұяшық он екі" in said[-1].lower()  # the result, not cut off by the focus
    qtbot.waitUntil(lambda: bool(kiosk.printer.jobs), timeout=WAIT_MS)
    press(qtbot, window, "enter")  # Done
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)


def test_a_receive_by_phone_and_sms_code_with_the_keypad_alone(qtbot, kiosk, central):
    window = kiosk.window
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    enter_on(qtbot, window, "use_phone")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_PHONE)
    type_on_keypad(qtbot, window, PHONE_WITH_ITEMS[2:])
    assert focused_name(window) == "phone"
    assert describe(window.phone.field).value == PHONE_WITH_ITEMS[2:]  # said as digits
    press(qtbot, window, "enter")

    def code_screen_ready() -> None:
        assert kiosk.controller.screen == views.RECEIVE_OTP
        assert not window.otp.busy

    qtbot.waitUntil(code_screen_ready, timeout=WAIT_MS)
    type_on_keypad(qtbot, window, latest_code(central.url, PHONE_WITH_ITEMS))
    move_to(qtbot, window, "otp_code")
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)
    qtbot.waitUntil(lambda: bool(kiosk.printer.jobs), timeout=WAIT_MS)


@pytest.fixture
def send_kiosk(build_kiosk, central):
    return build_kiosk(central.url, send=SendOptions(offline_accept=False))


def test_a_send_with_the_keypad_alone(qtbot, send_kiosk):
    kiosk, window = send_kiosk, send_kiosk.window
    press(qtbot, window, "right")
    enter_on(qtbot, window, "send")
    wait_for_screen(qtbot, kiosk, views.SEND_SCAN)
    type_with_arrows(qtbot, window, BOX)
    assert window.send_scan.field.value == BOX
    move_to(qtbot, window, "box_barcode")
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    qtbot.waitUntil(lambda: focused_name(window) == "confirm_send", timeout=WAIT_MS)
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)
    assert kiosk.outbox.open_entry(BOX) is not None


def test_the_volume_and_rate_keys_change_the_voice(qtbot, kiosk):
    window, engine = kiosk.window, kiosk.core.speech
    press(qtbot, window, "help")
    assert engine.volume_db == VOLUME_DEFAULT_DB
    press(qtbot, window, "volume_down", "volume_down")
    assert engine.volume_db == VOLUME_DEFAULT_DB - 6
    assert spoken(kiosk)[-1] == "Ақырынырақ."
    press(qtbot, window, *["volume_up"] * 5)
    assert engine.volume_db == VOLUME_MAX_DB
    assert spoken(kiosk)[-2:] == ["Қаттырақ.", "Бұдан артық болмайды."]
    rate = engine.rate_wpm
    press(qtbot, window, "rate_up")
    assert engine.rate_wpm == rate + 20
    press(qtbot, window, "repeat")
    assert spoken(kiosk)[-1] == spoken(kiosk)[0]  # the home screen again


def test_enter_answers_the_idle_question(qtbot, kiosk):
    window = kiosk.window
    window.idle.set_timeouts(100, 60_000)
    press(qtbot, window, "enter")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        pass
    press(qtbot, window, "enter")  # the only control under the question: Continue
    assert not window.idle.prompting
    assert kiosk.controller.screen == views.RECEIVE_TRACKING
    window.idle.set_active(False)


def test_staff_screens_get_the_keys_as_they_are(qtbot, kiosk):
    window = kiosk.window
    for _ in range(5):
        tap(qtbot, window, "staff_corner")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    window.maintenance_pin.field.setFocus()
    type_on_keypad(qtbot, window, "24")  # the keypad's digits type into the PIN field itself
    assert window.maintenance_pin.field.digits == "24"
    assert not window.keypad.ring.isVisible()
    press(qtbot, window, "help")
    assert not kiosk.controller.access.speech


@pytest.mark.parametrize("table", [palettes.STANDARD_COLORS, palettes.HIGH_CONTRAST_COLORS])
def test_the_ring_stands_out_on_every_background_of_both_themes(table):
    """One of its two colours reaches 3:1 (WCAG's contrast for a focus indicator) against every
    colour a control or the screen can have."""
    backgrounds = {name: colour for name, colour in table.items() if colour.startswith("#")}
    weak = {
        name: colour
        for name, colour in backgrounds.items()
        if max(contrast(ring, colour) for ring in palettes.FOCUS_RING) < 3.0
    }
    assert weak == {}
