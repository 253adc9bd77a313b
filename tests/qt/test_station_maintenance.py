"""Maintenance from a staff station, against the real central server: the home screen's
Maintenance opens the dashboard for the staff member signed in (no second PIN), leaving it returns
to the station still signed in, and a staff member without the maintenance right is refused with
a message, at a station as at a customer terminal's PIN pad."""

from __future__ import annotations

import dataclasses

import pytest
from clocks import FakeClock
from kiosk_builder import CLERK_ID, CLERK_PIN
from kiosk_driver import WAIT_MS, button, expected, tap, text_of, type_keys, wait_for_screen
from maintenance_kiosk import BADGE_PREFIX, PINS, build, close, settings
from station_driver import sign_in

from kiosk import views
from kiosk.app.wiring import Clocks
from kiosk.maintenance.names import AuditAction, AuditDetail

NO_RIGHT = "You have no maintenance right. Ask a supervisor."


def test_the_checkout_desk_opens_maintenance_for_its_staff_member_and_returns(
    qtbot, central, build_kiosk
):
    clock = FakeClock()
    desk = build_kiosk(central.url, role="checkout", clocks=Clocks(monotonic=clock))
    sign_in(qtbot, desk, views.CHECKOUT_SCAN)
    tap(qtbot, desk.window, "maintenance")
    wait_for_screen(qtbot, desk, views.MAINTENANCE)
    assert desk.controller.maintenance.staff_id == "S001"
    opened = desk.controller.maintenance.audit.recent()[0]
    assert (opened.staff_id, opened.action, opened.detail) == (
        "S001",
        AuditAction.OPEN,
        AuditDetail.STATION,
    )

    # Ten minutes of work in maintenance: the station does not sign its staff member out
    # meanwhile (touches in maintenance count), and maintenance does not close itself.
    for _ in range(10):
        clock.advance(60)
        qtbot.waitUntil(lambda: button(desk.window, "refresh").isEnabled(), timeout=WAIT_MS)
        tap(qtbot, desk.window, "refresh")
        desk.controller.tick()
    assert desk.controller.screen == views.MAINTENANCE

    tap(qtbot, desk.window, "close_maintenance")
    wait_for_screen(qtbot, desk, views.CHECKOUT_SCAN)
    assert "S001" in text_of(desk.window, "staff_signed_in")
    assert desk.controller.maintenance.staff_id is None
    desk.controller.tick()
    assert desk.controller.screen == views.CHECKOUT_SCAN


def test_maintenance_closing_itself_leaves_the_stocking_station_signed_in(
    qtbot, central, build_kiosk
):
    clock = FakeClock()
    station = build_kiosk(central.url, role="stocking", clocks=Clocks(monotonic=clock))
    sign_in(qtbot, station, views.STOCKING_MENU)
    tap(qtbot, station.window, "maintenance")
    wait_for_screen(qtbot, station, views.MAINTENANCE)
    clock.advance(121)  # maintenance's own idle close (two minutes)
    station.controller.tick()
    wait_for_screen(qtbot, station, views.STOCKING_MENU)
    assert station.controller.station.signin.staff_id == "S001"
    clock.advance(180)  # the station's five minutes since the last touch (in maintenance)
    station.controller.tick()
    wait_for_screen(qtbot, station, views.STATION_SIGN_IN)


@pytest.mark.parametrize(
    ("role", "home", "error"),
    [("stocking", views.STOCKING_MENU, "menu_error"), ("checkout", views.CHECKOUT_SCAN, None)],
)
def test_a_staff_member_without_the_right_is_refused_at_the_station(
    qtbot, central, build_kiosk, role, home, error
):
    station = build_kiosk(central.url, role=role)
    station.controller.set_language("ru")
    sign_in(qtbot, station, home, staff_id=CLERK_ID, pin=CLERK_PIN)
    tap(qtbot, station.window, "maintenance")
    label = error or "checkout_error"
    qtbot.waitUntil(lambda: text_of(station.window, label) != "", timeout=WAIT_MS)
    assert text_of(station.window, label) == expected("ru", "StationProblem", NO_RIGHT)
    assert station.controller.screen == home
    assert station.controller.maintenance.staff_id is None
    assert station.controller.maintenance.audit.recent() == []


def test_a_customer_terminal_refuses_the_same_staff_member_after_a_right_pin(
    qtbot, tmp_path, central
):
    limited = tuple(
        dataclasses.replace(m, maintenance=False) if m.staff_id == "S002" else m
        for m in settings().staff
    )
    kiosk = build(qtbot, tmp_path, central.url, staff=limited)
    try:
        wait_for_screen(qtbot, kiosk, views.HOME)
        kiosk.controller.set_language("en")
        kiosk.controller.scanned(BADGE_PREFIX + "S002", "wedge")
        wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
        type_keys(qtbot, kiosk.window, PINS["S002"])
        tap(qtbot, kiosk.window, "submit")
        screen = kiosk.window.maintenance_pin
        qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=WAIT_MS)
        assert screen.error.text() == NO_RIGHT
        assert kiosk.controller.screen == views.MAINTENANCE_PIN
        assert kiosk.controller.maintenance.staff_id is None
        assert screen.keypad.isEnabled()  # a right PIN is no wrong PIN: nothing is locked
    finally:
        close(kiosk)
