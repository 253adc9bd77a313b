"""The keyboard wedge in the real kiosk: a scanner's burst under the Russian or Kazakh layout finds
the parcel from the home screen or the tracking screen; a person's typing stays typing."""

from __future__ import annotations

import pytest
from clocks import FakeClock
from PySide6.QtCore import QCoreApplication
from scanner_keys import enter, typed

from kiosk import views
from scanners.wedge import KeyboardWedge

DEMO_PARCEL = "CC016695190KZ"


@pytest.fixture
def clock(qapp, kiosk):
    """The wedge's clock (the wedge itself filters the application's keys meanwhile)."""
    clock = FakeClock()
    wedge = KeyboardWedge(qapp, scan_code_offset=8, clock=clock)
    wedge.scanned.connect(kiosk.controller.scanned)
    wedge.start()
    yield clock
    wedge.stop()


def burst(receiver, events, clock, gap_s):
    for event in events:
        QCoreApplication.sendEvent(receiver, event)
        clock.now += gap_s


@pytest.mark.parametrize(("layout", "start"), [("ru", views.HOME), ("kz", views.RECEIVE_TRACKING)])
def test_a_scan_finds_the_parcel_under_any_layout(qtbot, kiosk, clock, layout, start):
    controller, window = kiosk.controller, kiosk.window
    if start == views.RECEIVE_TRACKING:
        controller.start_receive()
    assert controller.screen == start
    target = window.tracking.field if start == views.RECEIVE_TRACKING else window
    burst(target, [*typed(DEMO_PARCEL, layout), enter()], clock, gap_s=0.005)
    qtbot.waitUntil(lambda: controller.screen == views.RECEIVE_RESULT, timeout=10000)


def test_a_person_typing_on_the_tracking_screen_types(qtbot, kiosk, clock):
    kiosk.controller.start_receive()
    field = kiosk.window.tracking.field
    burst(field, typed("CC01", "us"), clock, gap_s=0.2)
    qtbot.waitUntil(lambda: field.value == "CC01", timeout=5000)
    assert kiosk.controller.screen == views.RECEIVE_TRACKING
