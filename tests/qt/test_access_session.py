"""The accessible mode lasts for one customer's session: switched on by need, told to the window,
back to standard when the visit ends."""

from __future__ import annotations

import pytest
from kiosk_driver import tap, type_keys, wait_for_screen

from kiosk import views
from kiosk.accessibility.mode import STANDARD, AccessMode, Need


def test_needs_switch_on_and_off_and_the_window_is_told(qtbot, kiosk):
    controller = kiosk.controller
    assert controller.access == STANDARD
    with qtbot.waitSignal(controller.access_changed) as changed:
        controller.toggle_need(Need.LARGE_TEXT.value)
    assert changed.args == [AccessMode(large_text=True)]
    with qtbot.waitSignal(controller.access_changed) as changed:
        controller.toggle_need(Need.LARGE_TEXT.value)
    assert changed.args == [STANDARD]


@pytest.mark.expected_log("kiosk.flow", "no accessibility need named 'louder'")
def test_an_unknown_need_changes_nothing(qtbot, kiosk):
    with qtbot.assertNotEmitted(kiosk.controller.access_changed):
        kiosk.controller.toggle_need("louder")
    assert kiosk.controller.access == STANDARD


def test_the_end_of_the_visit_ends_the_mode_for_the_next_customer(qtbot, kiosk):
    controller = kiosk.controller
    controller.toggle_need(Need.SPEECH.value)
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, "RR000000080KZ")  # valid, but not in the demo data
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_NOT_FOUND)
    assert controller.access == AccessMode(speech=True)  # the same customer, still on
    with qtbot.waitSignal(controller.access_changed) as changed:
        tap(qtbot, kiosk.window, "home")  # this visit is over
    assert changed.args == [STANDARD]
    wait_for_screen(qtbot, kiosk, views.HOME)
