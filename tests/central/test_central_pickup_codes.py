"""Pickup codes at a customer terminal: what a code lists, its forms, expiry, the limit on wrong
codes, and that neither the code nor the phone reaches the logs."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import httpx
import pytest
from central_testlib import (
    EXPECTED_OF_PHONE_MANY,
    EXPECTED_PARCEL,
    EXPECTED_PHONE,
    EXPECTED_SAME_PHONE,
    assert_problem,
    set_clock,
    shelve,
)

from central.pickup_codes import normalise

T0 = datetime.fromisoformat("2026-12-05T09:00:00+05:00")  # a 10-minute window starts here
VERIFY = "/api/v1/pickup-codes/verify"


def verify(api: httpx.Client, code: str) -> httpx.Response:
    return api.post(VERIFY, json={"code": code})


def numbers(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [p["tracking_number"] for p in response.json()["parcels"]]


@pytest.fixture
def clocked(api: httpx.Client) -> httpx.Client:
    set_clock(api, T0.isoformat())
    api.post("/dev/reset").raise_for_status()  # the demo data dated from the frozen day
    return api


def test_a_code_lists_the_recipients_parcels_in_walking_order(
    stocking: httpx.Client, api: httpx.Client
) -> None:
    code = shelve(stocking, EXPECTED_OF_PHONE_MANY, "1", "10").json()["pickup_code"]
    # with the four other parcels of +77011234567 awaiting pickup; not the delivered one
    assert numbers(verify(api, code)) == [
        "CC100000017KZ",  # 1 / 1
        EXPECTED_OF_PHONE_MANY,  # 1 / 10
        "CC100000025KZ",  # 2 / 5
        "CC016695190KZ",  # 3 / 12
        "RR123456785KZ",  # 5 / 3
    ]


def test_a_code_does_not_list_parcels_of_the_phone_not_yet_shelved(
    stocking: httpx.Client, api: httpx.Client
) -> None:
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    assert numbers(verify(api, code)) == [EXPECTED_PARCEL]
    shelve(stocking, EXPECTED_SAME_PHONE, "7", "2")
    assert numbers(verify(api, code)) == [EXPECTED_PARCEL, EXPECTED_SAME_PHONE]


def test_the_code_may_be_typed_loosely_or_scanned_as_its_link(
    stocking: httpx.Client, api: httpx.Client
) -> None:
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    for form in (code.lower(), f"{code[:3]}-{code[3:]}", f"https://parcels.example.kz/p/{code}"):
        assert numbers(verify(api, form)) == [EXPECTED_PARCEL], form


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("k7m 4qx", "K7M4QX"),
        ("https://x.kz/p/K7M4QX?utm=sms", "K7M4QX"),
        ("K7M4Q0", None),  # 0 is not in the alphabet
        ("K7M4QXX", None),
        ("", None),
    ],
)
def test_normalise(text: str, code: str | None) -> None:
    assert normalise(text) == code


def test_an_unknown_or_expired_code_is_the_same_404(
    stocking: httpx.Client, clocked: httpx.Client
) -> None:
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    assert_problem(
        verify(clocked, "222222" if code != "222222" else "333333"), 404, "code_not_found"
    )
    assert_problem(verify(clocked, "not a code"), 404, "code_not_found")
    set_clock(clocked, (T0 + timedelta(days=29)).isoformat())  # day 30: the last day
    assert numbers(verify(clocked, code)) == [EXPECTED_PARCEL]
    set_clock(clocked, (T0 + timedelta(days=30)).isoformat())  # day 31: expired
    expired = assert_problem(verify(clocked, code), 404, "code_not_found")
    unknown = assert_problem(verify(clocked, "333333"), 404, "code_not_found")
    assert expired == unknown


def test_a_code_stops_working_once_its_parcel_is_handed_over(
    stocking: httpx.Client, checkout: httpx.Client, api: httpx.Client
) -> None:
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    handover = {
        "tracking_numbers": [EXPECTED_PARCEL],
        "outcome": "handed_over",
        "staff_id": "C-2",
    }
    assert checkout.post("/api/v1/staff/handovers", json=handover).status_code == 201
    assert_problem(verify(api, code), 404, "code_not_found")
    assert api.get(f"/api/v1/parcels/{EXPECTED_PARCEL}").json()["status"] == "delivered"


def test_ten_wrong_codes_in_ten_minutes_then_429_right_codes_do_not_count(
    stocking: httpx.Client, clocked: httpx.Client
) -> None:
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    for _ in range(15):  # right codes are not counted
        assert verify(clocked, code).status_code == 200
    wrong = "222222" if code != "222222" else "333333"
    for _ in range(10):
        assert_problem(verify(clocked, wrong), 404, "code_not_found")
    set_clock(clocked, (T0 + timedelta(seconds=420)).isoformat())
    limited = assert_problem(verify(clocked, code), 429, "rate_limited")  # even the right one
    assert limited["detail"].startswith("Too many wrong pickup codes")
    assert verify(clocked, code).headers["Retry-After"] == "180"
    other = clocked.post("/dev/clock", json={"now": (T0 + timedelta(seconds=600)).isoformat()})
    other.raise_for_status()
    assert numbers(verify(clocked, code)) == [EXPECTED_PARCEL]  # a new window


def test_logs_hold_neither_the_code_nor_the_phone(
    stocking: httpx.Client, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    verify(api, code)
    verify(api, "222222")
    records = [r for r in caplog.records if r.name.startswith(("central", "uvicorn"))]
    text = "\n".join(r.getMessage() for r in records)
    assert "shelved CC300000012KZ" in text  # the flow was logged
    assert "a pickup code listed 1 parcels" in text
    assert code not in text
    assert EXPECTED_PHONE[2:] not in text
