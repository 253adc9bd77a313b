"""The staff stations against the real central server (the session's, with the demo hall): the
checkout desk and the stocking station, driven by scans and taps as staff would."""

from __future__ import annotations

import pytest
import requests
from dev_sms import sent_sms
from kiosk_driver import WAIT_MS, tap, text_of, wait_for_screen
from station_driver import customer_status, scan, sign_in, wait_until_idle

from kiosk import views

ON_SHELF = "CC016695190KZ"  # the demo parcel at row 3, compartment 12
EXPECTED = "CC300000012KZ"  # on the demo manifest, not shelved yet
EXPECTED_PHONE = "+77013334455"


def test_checkout_hands_a_scanned_parcel_over_once(qtbot, central, build_kiosk):
    desk = build_kiosk(central.url, role="checkout")
    desk.controller.set_language("en")
    sign_in(qtbot, desk, views.CHECKOUT_SCAN)
    assert "S001" in text_of(desk.window, "staff_signed_in")

    scan(desk, ON_SHELF)
    wait_for_screen(qtbot, desk, views.CHECKOUT_PARCELS)
    assert ON_SHELF in text_of(desk.window, "checkout_items")
    assert "ID document" in text_of(desk.window, "id_check")
    tap(qtbot, desk.window, "hand_over")
    wait_for_screen(qtbot, desk, views.CHECKOUT_SCAN)
    assert "Handed over: 1" in text_of(desk.window, "checkout_notice")
    assert customer_status(central.url, ON_SHELF) == "delivered"

    scan(desk, ON_SHELF)  # the same parcel again: it cannot be handed over twice
    wait_for_screen(qtbot, desk, views.CHECKOUT_PARCELS)
    assert "already collected" in text_of(desk.window, "checkout_items")
    assert not desk.window.screens[views.CHECKOUT_PARCELS].hand_over.isEnabled()


def test_checkout_records_a_reason_and_names_an_unknown_ticket(qtbot, central, build_kiosk):
    desk = build_kiosk(central.url, role="checkout")
    desk.controller.set_language("en")
    sign_in(qtbot, desk, views.CHECKOUT_SCAN)
    scan(desk, "0000AAAA")  # a ticket whose record never reached the server
    wait_until_idle(qtbot, desk)
    assert "Scan the parcel instead" in text_of(desk.window, "checkout_error")

    scan(desk, ON_SHELF)
    wait_for_screen(qtbot, desk, views.CHECKOUT_PARCELS)
    tap(qtbot, desk.window, "not_handed_over")
    tap(qtbot, desk.window, "reason_no_id")
    wait_for_screen(qtbot, desk, views.CHECKOUT_SCAN)
    assert "not handed over" in text_of(desk.window, "checkout_notice")
    assert customer_status(central.url, ON_SHELF) == "awaiting_pickup"

    tap(qtbot, desk.window, "sign_out")
    wait_for_screen(qtbot, desk, views.STATION_SIGN_IN)


def test_stocking_shelves_an_arrival_texts_the_recipient_and_refuses_it_twice(
    qtbot, central, build_kiosk
):
    station = build_kiosk(central.url, role="stocking")
    station.controller.set_language("en")
    sign_in(qtbot, station, views.STOCKING_MENU)
    tap(qtbot, station.window, "open_shelve")
    wait_for_screen(qtbot, station, views.STOCKING_SHELVE)

    scan(station, EXPECTED)
    qtbot.waitUntil(lambda: EXPECTED in text_of(station.window, "shelve_parcel"), timeout=WAIT_MS)
    scan(station, "SHELF:04-07")
    qtbot.waitUntil(
        lambda: "row 4, compartment 7" in text_of(station.window, "shelve_result"),
        timeout=WAIT_MS,
    )
    [sms] = sent_sms(central.url, EXPECTED_PHONE)
    assert sms["code"] in sms["text"]
    assert customer_status(central.url, EXPECTED) == "awaiting_pickup"

    scan(station, EXPECTED)
    scan(station, "SHELF:04-08")
    qtbot.waitUntil(
        lambda: "already on a shelf" in text_of(station.window, "shelve_error"), timeout=WAIT_MS
    )


def test_stocking_prints_shelf_labels_for_a_range(qtbot, central, build_kiosk):
    station = build_kiosk(central.url, role="stocking")
    sign_in(qtbot, station, views.STOCKING_MENU)
    tap(qtbot, station.window, "open_labels")
    wait_for_screen(qtbot, station, views.STOCKING_LABELS)
    labels = station.window.screens[views.STOCKING_LABELS]
    for field, value in zip(labels.fields, ("2", "3", "1", "4"), strict=True):
        field.setText(value)
    tap(qtbot, station.window, "print_labels")
    qtbot.waitUntil(lambda: len(station.printer.jobs) == 1, timeout=WAIT_MS)
    [job] = station.printer.jobs
    assert job.document.kind == "shelf_labels"
    codes = [t for t in job.document.texts() if t.startswith("SHELF:")]
    assert len(codes) == 8
    assert codes[0] == "SHELF:02-01"
    assert codes[-1] == "SHELF:03-04"


def test_a_box_with_no_dispatch_yet_is_kept_back_from_the_courier(qtbot, central, build_kiosk):
    station = build_kiosk(central.url, role="stocking")
    station.controller.set_language("en")
    sign_in(qtbot, station, views.STOCKING_MENU)
    tap(qtbot, station.window, "open_collection")
    wait_for_screen(qtbot, station, views.STOCKING_COLLECTION)
    scan(station, "CB200000023KZ")  # an unused demo box: nobody has sent it
    qtbot.waitUntil(
        lambda: "CB200000023KZ" in text_of(station.window, "kept_back"), timeout=WAIT_MS
    )
    assert "Keep back" in text_of(station.window, "kept_back")
    assert not station.window.screens[views.STOCKING_COLLECTION].print.isEnabled()


@pytest.mark.expected_log("kiosk.api", "POST /staff/handovers")
@pytest.mark.expected_log("kiosk.flow", "handover: not saved")
def test_a_handover_not_saved_says_so_and_the_next_tap_saves_it(qtbot, central, build_kiosk):
    desk = build_kiosk(central.url, role="checkout")
    desk.controller.set_language("en")
    sign_in(qtbot, desk, views.CHECKOUT_SCAN)
    scan(desk, ON_SHELF)
    wait_for_screen(qtbot, desk, views.CHECKOUT_PARCELS)
    set_faults(central.url, down=True)
    tap(qtbot, desk.window, "hand_over")
    qtbot.waitUntil(lambda: "Not saved" in text_of(desk.window, "checkout_error"), timeout=WAIT_MS)
    assert customer_status_when_up(central.url, ON_SHELF) == "awaiting_pickup"
    tap(qtbot, desk.window, "hand_over")
    wait_for_screen(qtbot, desk, views.CHECKOUT_SCAN)
    assert customer_status(central.url, ON_SHELF) == "delivered"


def set_faults(url: str, **faults: object) -> None:
    requests.post(url + "/dev/faults", json=faults, timeout=10).raise_for_status()


def customer_status_when_up(url: str, tracking_number: str) -> str:
    """Lift the fault, then ask (the next tap finds the server back)."""
    set_faults(url)
    return customer_status(url, tracking_number)
