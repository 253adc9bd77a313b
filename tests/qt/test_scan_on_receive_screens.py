"""A scan works on every receive screen where a number is expected (DOMAIN.md): the tracking
barcode of an SMS, scanned on the phone screen, the code screen, a parcel's status screen or the
service-unavailable screen, finds the parcel as it does from home. A scan while the kiosk is busy
is not acted on (while it is out of service: tests/integration/test_printer_required.py)."""

from __future__ import annotations

import threading

import pytest
import requests
from dev_sms import latest_code
from kiosk_driver import (
    WAIT_MS,
    expected,
    tap,
    text_of,
    type_keys,
    visible_texts,
    wait_for_screen,
)
from test_status_screens import CASES, look_up

from kiosk import views
from kiosk.identifiers import S10Problem
from kiosk.receive.phone import PhoneFlow

DEMO_PARCEL = "CC016695190KZ"  # demo data: row 3, compartment 12
BAD_CHECK_DIGIT = "CC016695191KZ"
PHONE_DIGITS = "7027654321"  # demo data: a phone without items
MASKED = "+7 702 *** ** 21"


def scan(kiosk, code: str) -> None:
    kiosk.controller.scanned(code, "wedge")


def assert_demo_parcel_found(qtbot, kiosk) -> None:
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert text_of(kiosk.window, "row_value") == "3"
    assert text_of(kiosk.window, "compartment_value") == "12"
    qtbot.waitUntil(lambda: len(kiosk.printer.jobs) == 1, timeout=WAIT_MS)


def open_phone_screen(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    tap(qtbot, kiosk.window, "use_phone")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_PHONE)


def open_code_screen(qtbot, kiosk) -> None:
    open_phone_screen(qtbot, kiosk)
    type_keys(qtbot, kiosk.window, PHONE_DIGITS)
    tap(qtbot, kiosk.window, "submit")

    def ready() -> None:
        assert kiosk.controller.screen == views.RECEIVE_OTP
        assert not kiosk.window.otp.busy

    qtbot.waitUntil(ready, timeout=WAIT_MS)


@pytest.mark.parametrize("screen", list(CASES))
def test_a_scan_on_a_status_screen_finds_the_parcel(qtbot, central, kiosk, screen):
    number = CASES[screen][0]
    look_up(qtbot, kiosk, number, screen)
    scan(kiosk, DEMO_PARCEL)
    assert_demo_parcel_found(qtbot, kiosk)


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.flow", "lookup failed: service_unavailable")
def test_a_scan_on_the_service_unavailable_screen_finds_the_parcel(qtbot, central, kiosk):
    requests.post(central.url + "/dev/faults", json={"down": True}, timeout=5).raise_for_status()
    look_up(qtbot, kiosk, "RR123456785KZ", views.ERROR)
    requests.post(central.url + "/dev/faults", json={}, timeout=5).raise_for_status()
    scan(kiosk, DEMO_PARCEL)
    assert_demo_parcel_found(qtbot, kiosk)
    assert kiosk.controller.view.parcel.tracking_number == DEMO_PARCEL  # not the earlier number


def test_a_scan_on_the_phone_screen_ends_the_phone_session(qtbot, central, kiosk):
    open_phone_screen(qtbot, kiosk)
    type_keys(qtbot, kiosk.window, PHONE_DIGITS)  # typed, not sent
    scan(kiosk, DEMO_PARCEL)
    assert_demo_parcel_found(qtbot, kiosk)
    assert "start_otp" not in kiosk.api.calls
    tap(qtbot, kiosk.window, "home")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)
    tap(qtbot, kiosk.window, "home")
    open_phone_screen(qtbot, kiosk)
    assert kiosk.window.phone.field.digits == ""  # the phone typed earlier is forgotten


def test_a_scan_on_the_code_screen_ends_the_phone_session(qtbot, central, kiosk):
    open_code_screen(qtbot, kiosk)
    type_keys(qtbot, kiosk.window, "12")  # part of a code, never sent
    scan(kiosk, DEMO_PARCEL)
    assert_demo_parcel_found(qtbot, kiosk)
    assert not isinstance(kiosk.controller.receive.flow, PhoneFlow)
    assert "verify_otp" not in kiosk.api.calls
    texts = " ".join(visible_texts(kiosk.window))
    assert MASKED not in texts
    assert PHONE_DIGITS[-4:] not in texts


def test_a_bad_scan_on_a_status_screen_explains_it_as_on_home(qtbot, central, kiosk):
    scan(kiosk, BAD_CHECK_DIGIT)  # from home
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    from_home = kiosk.controller.view
    assert from_home.problem is S10Problem.CHECK_DIGIT
    error_from_home = text_of(kiosk.window, "error")
    tap(qtbot, kiosk.window, "back")
    wait_for_screen(qtbot, kiosk, views.HOME)

    look_up(qtbot, kiosk, "RR000000080KZ", views.RECEIVE_NOT_FOUND)
    calls = kiosk.api.calls.count("get_parcel")
    scan(kiosk, BAD_CHECK_DIGIT)
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    assert kiosk.controller.view == from_home
    assert text_of(kiosk.window, "error") == error_from_home
    assert kiosk.api.calls.count("get_parcel") == calls  # checked locally, nothing looked up


@pytest.mark.parametrize("code", [BAD_CHECK_DIGIT, "4870001234567"])
def test_a_scan_that_is_no_tracking_number_leaves_the_phone_session_alone(
    qtbot, central, kiosk, code
):
    open_code_screen(qtbot, kiosk)
    flow = kiosk.controller.receive.flow
    scan(kiosk, code)
    assert kiosk.controller.screen == views.RECEIVE_OTP
    assert kiosk.controller.receive.flow is flow
    type_keys(qtbot, kiosk.window, latest_code(central.url, "+7" + PHONE_DIGITS))
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)  # the code still works


def test_a_scan_while_the_code_is_being_requested_is_not_acted_on(qtbot, central, kiosk):
    release = threading.Event()
    start_otp = kiosk.api.start_otp

    def held_start_otp(phone):
        assert release.wait(WAIT_MS / 1000), "the test never released the request"
        return start_otp(phone)

    kiosk.api.start_otp = held_start_otp
    open_phone_screen(qtbot, kiosk)
    type_keys(qtbot, kiosk.window, PHONE_DIGITS)
    tap(qtbot, kiosk.window, "submit")
    qtbot.waitUntil(lambda: kiosk.controller.view.busy, timeout=WAIT_MS)
    try:
        scan(kiosk, DEMO_PARCEL)
        assert kiosk.controller.screen == views.RECEIVE_PHONE
        assert kiosk.controller.view.busy
    finally:
        release.set()

    def code_sent() -> None:
        assert kiosk.controller.screen == views.RECEIVE_OTP
        assert not kiosk.controller.view.busy

    qtbot.waitUntil(code_sent, timeout=WAIT_MS)
    assert "get_parcel" not in kiosk.api.calls
    assert kiosk.printer.jobs == []


def test_a_scan_while_a_parcel_is_looked_up_is_not_acted_on(qtbot, central, kiosk):
    release = threading.Event()
    get_parcel = kiosk.api.get_parcel
    asked: list[str] = []

    def held_get_parcel(number):
        asked.append(number)
        assert release.wait(WAIT_MS / 1000), "the test never released the request"
        return get_parcel(number)

    kiosk.api.get_parcel = held_get_parcel
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    qtbot.waitUntil(lambda: asked == [DEMO_PARCEL], timeout=WAIT_MS)
    try:
        scan(kiosk, "RR473124829GB")
        assert kiosk.controller.view.busy
    finally:
        release.set()
    assert_demo_parcel_found(qtbot, kiosk)
    assert asked == [DEMO_PARCEL]


def test_a_scanned_link_is_told_apart_from_a_tracking_number(qtbot, central, kiosk):
    """The QR code of a receipt's tracking link scanned on home: the customer is told it is no
    tracking number; the field is not filled with its letters, nothing is looked up."""
    scan(kiosk, "https://post.kz/mail-search/track/CB200000010KZ")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    assert kiosk.controller.view.problem is S10Problem.NOT_A_TRACKING_CODE
    assert kiosk.window.tracking.field.text() == ""
    assert text_of(kiosk.window, "error") == expected(
        "kk",
        "TrackingScreen",
        "This barcode is not a tracking number. Scan the barcode in the SMS or on the notice, "
        "or type the number.",
    )
    assert "get_parcel" not in kiosk.api.calls
