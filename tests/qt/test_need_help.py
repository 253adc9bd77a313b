""" "I can't reach it / I need help" on the result screens, against the real central server: the
screen says staff will bring the parcel, the maintenance dashboard lists the request until staff
close it, and the heartbeat the server stores carries the alert meanwhile."""

from __future__ import annotations

import re

import pytest
from kiosk_builder import TERMINAL
from kiosk_driver import WAIT_MS, button, expected, tap, text_of, type_keys, wait_for_screen
from maintenance_kiosk import PINS, beat, build, close, dev
from PySide6.QtCore import Qt
from test_layout import LONGEST_PARCEL

from kiosk import views
from kiosk.accessibility.help_requests import Place
from kiosk.models import Location

DEMO_PARCEL = "CC016695190KZ"  # central/demo.py: row 3, compartment 12
HELP_ALERT = re.compile(r"help_requested:row 3, compartment 12 since \d\d:\d\d:\d\d")


@pytest.fixture
def kiosk(qtbot, tmp_path, central):
    built = build(qtbot, tmp_path, central.url)
    wait_for_screen(qtbot, built, views.HOME)
    yield built
    close(built)


def stored_alerts(central) -> list[str]:
    return dev(central.url, "GET", f"/dev/terminals/{TERMINAL}")["last_heartbeat"]["alerts"]


def open_dashboard(qtbot, kiosk) -> None:
    corner = next(c for c in kiosk.window.staff_corners if c.isVisible())
    for _ in range(5):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    type_keys(qtbot, kiosk.window, PINS["S001"])
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)


def test_a_help_request_reaches_the_screen_the_dashboard_and_the_heartbeat(qtbot, kiosk, central):
    window = kiosk.window
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, DEMO_PARCEL)
    tap(qtbot, window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    tap(qtbot, window, "lang_ru")
    asking = expected("ru", "ResultScreen", "I can't reach it / I need help")
    qtbot.waitUntil(lambda: button(window, "need_help").text() == asking, timeout=WAIT_MS)

    tap(qtbot, window, "need_help")
    qtbot.waitUntil(lambda: window.result.help_notice.isVisible(), timeout=WAIT_MS)
    assert text_of(window, "help_notice") == expected(
        "ru",
        "ResultScreen",
        "Staff have been told: they will bring your parcel to you. Please wait by the terminal.",
    )
    assert not window.result.need_help.isVisible()  # one request per visit
    assert window.result.row_tile.value.text() == "3"  # the place stays on screen

    beat(qtbot, kiosk)
    alerts = stored_alerts(central)
    assert len([a for a in alerts if HELP_ALERT.fullmatch(a)]) == 1

    tap(qtbot, window, "home")  # Done: the customer waits; the request stays open
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)
    kiosk.controller.reset_session()
    wait_for_screen(qtbot, kiosk, views.HOME)
    open_dashboard(qtbot, kiosk)
    requests = window.maintenance.dashboard_page.help_requests
    qtbot.waitUntil(requests.isVisible, timeout=WAIT_MS)
    assert "ряд 3, ячейка 12" not in requests.text()  # staff see it in the kiosk's language
    assert "қатар 3, ұяшық 12" in requests.text()
    tap(qtbot, window, "close_help")
    qtbot.waitUntil(lambda: not requests.isVisible(), timeout=WAIT_MS)
    assert kiosk.controller.maintenance.help.open_requests == ()
    beat(qtbot, kiosk)
    assert [a for a in stored_alerts(central) if a.startswith("help_requested")] == []


def test_help_on_the_items_screen_names_every_ready_items_place(qtbot, kiosk):
    window = kiosk.window
    ready = (
        LONGEST_PARCEL,
        LONGEST_PARCEL.model_copy(update={"location": Location(row="5", compartment="3")}),
    )
    kiosk.controller.drivers.display.show(
        views.RECEIVE_ITEMS, views.ItemsView(ready=ready, printed=True)
    )
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)
    tap(qtbot, window, "need_help")
    qtbot.waitUntil(lambda: window.items.help_notice.isVisible(), timeout=WAIT_MS)
    assert not window.items.need_help.isVisible()
    [request] = kiosk.controller.maintenance.help.open_requests
    assert request.places == (Place("12", "148"), Place("5", "3"))
