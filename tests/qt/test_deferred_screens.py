"""The window builds the screen shown first (the home screen) for the first frame, and this
terminal's other screens after it, or when first shown or used: built late, they are wired,
translated and sized like the others, and the QA port reaches each of them."""

from __future__ import annotations

import maintenance_kiosk
import pytest
from customer_views import VARIANTS
from kiosk_driver import WAIT_MS, expected, tap, text_of, wait_for_screen

from kiosk import views
from kiosk.app.qa_port import QaHooks, QaPort
from ui import screen_table

LATER = set(screen_table.screens_of("customer")) - {views.HOME}


def test_a_screen_built_when_first_shown_speaks_the_language_chosen_before(qtbot, kiosk):
    window = kiosk.window
    assert set(window.screens) == {views.HOME}  # the first frame's only screen
    assert set(window.screen_names()) == LATER | {views.HOME}
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


def test_one_by_one_a_screen_wanted_meanwhile_is_built_at_once(qtbot, kiosk):
    window = kiosk.window
    window.build_deferred_screens(one_by_one=True)  # as the kiosk does after its first frame
    assert set(window.screens) == {views.HOME}  # one per pass of the event loop: none yet
    kiosk.controller.start_receive()
    assert set(window.screens) == {views.HOME, views.RECEIVE_TRACKING}
    with qtbot.waitSignal(window.screens_built, timeout=WAIT_MS):
        pass
    assert set(window.screens) == set(window.screen_names())
    assert window.stack.count() == len(window.screens)
    assert window.current_screen_name() == views.RECEIVE_TRACKING


def test_a_staff_station_builds_its_own_screens_only(build_kiosk, central):
    desk = build_kiosk(central.url, role="checkout")
    assert set(desk.window.screens) == {views.STATION_SIGN_IN}
    desk.window.build_deferred_screens()
    assert set(desk.window.screens) == {
        views.STATION_SIGN_IN,
        views.CHECKOUT_SCAN,
        views.CHECKOUT_PARCELS,
        views.MAINTENANCE,  # opened from the station for its signed-in staff
    }


def _qa_port(kiosk) -> QaPort:
    controller = kiosk.controller
    hooks = QaHooks(
        screen=lambda: controller.screen,
        language=lambda: controller.language,
        busy=lambda: False,
        scan=controller.scanned,
        decode_image=lambda data: [],
        set_printer_state=lambda state, midway: None,
        tickets=list,
    )
    return QaPort(kiosk.window, hooks)


@pytest.mark.parametrize("built_after_the_first_frame", [False, True], ids=["on_demand", "later"])
def test_the_qa_port_reaches_every_screen_built_after_the_first_frame(
    qtbot, tmp_path, central, built_after_the_first_frame
):
    kiosk = maintenance_kiosk.build(qtbot, tmp_path, central.url, printer_required=False)
    try:
        window, controller = kiosk.window, kiosk.controller
        wait_for_screen(qtbot, kiosk, views.HOME)
        qa = _qa_port(kiosk)
        if built_after_the_first_frame:
            window.build_deferred_screens()
        reached = set()

        def reach(name: str) -> set[str]:
            qtbot.waitUntil(lambda: qa.state()["screen"] == name, timeout=WAIT_MS)
            assert window.current_screen_name() == name
            buttons = {button["id"] for button in qa.state()["buttons"]}
            assert buttons, f"the QA port sees no button on {name}"
            if "lang_en" in buttons:  # its intents reach the controller
                language = "ru" if controller.language != "ru" else "en"
                qa.tap(f"lang_{language}")
                assert controller.language == language
            reached.add(name)
            return buttons

        qa.tap("receive")  # the ways a customer takes
        reach(views.RECEIVE_TRACKING)
        qa.tap("use_pickup_code")
        reach(views.RECEIVE_PICKUP_CODE)
        qa.tap("back")
        reach(views.RECEIVE_TRACKING)
        qa.tap("use_phone")
        reach(views.RECEIVE_PHONE)
        for name in sorted(LATER - {views.MAINTENANCE_PIN, views.MAINTENANCE} - reached):
            # screens after a lookup, a print or an SMS code: shown as the flows show them
            controller.drivers.display.show(name, VARIANTS[name][0])
            reach(name)
        controller.go_home()
        wait_for_screen(qtbot, kiosk, views.HOME)
        for _ in range(5):  # staff: five taps in the corner, then the PIN
            qa.tap("staff_corner")
        reach(views.MAINTENANCE_PIN)
        qa.type_text(maintenance_kiosk.PINS["S001"])
        qa.tap("submit")
        reach(views.MAINTENANCE)
        assert reached == LATER
    finally:
        maintenance_kiosk.close(kiosk)
