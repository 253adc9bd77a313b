"""DOMAIN.md's storage rules: the pure function, and the API at set clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from central_testlib import set_clock

from central.settings import StorageSettings
from central.storage_rules import evaluate, storage_day

ALMATY = ZoneInfo("Asia/Almaty")
RULES = StorageSettings()
ARRIVED = datetime(2026, 11, 20, 10, 15, tzinfo=ALMATY)


def on_day(day: int, hour: int = 9) -> datetime:
    """An instant on storage day ``day`` of an item that arrived on ARRIVED."""
    local = datetime(2026, 11, 20, hour, 0, tzinfo=ALMATY) + timedelta(days=day - 1)
    return local.astimezone(UTC)


@pytest.mark.parametrize(
    ("kind", "day", "status", "fee"),
    [
        ("parcel", 1, "awaiting_pickup", 0),
        ("parcel", 14, "awaiting_pickup", 0),
        ("parcel", 15, "awaiting_pickup", 400),
        ("parcel", 20, "awaiting_pickup", 2400),
        ("parcel", 30, "awaiting_pickup", 6400),
        ("parcel", 31, "returned_to_sender", 0),
        ("small_package", 1, "awaiting_pickup", 0),
        ("small_package", 45, "awaiting_pickup", 0),
        ("small_package", 46, "returned_to_sender", 0),
        ("parcel_locker", 3, "awaiting_pickup", 0),
        ("parcel_locker", 4, "returned_to_sender", 0),
    ],
)
def test_rule_table(kind: str, day: int, status: str, fee: int) -> None:
    state = evaluate(RULES.rule_for(kind), "awaiting_pickup", ARRIVED, on_day(day), ALMATY)
    assert state.day == day
    assert (state.status, state.fee_kzt) == (status, fee)
    assert state.in_hall is (status == "awaiting_pickup")


def test_dates_match_the_api_example() -> None:
    state = evaluate(RULES.parcel, "awaiting_pickup", ARRIVED, on_day(1), ALMATY)
    assert state.free_until == date(2026, 12, 3)
    assert state.storage_until == date(2026, 12, 19)
    small = evaluate(RULES.small_package, "awaiting_pickup", ARRIVED, on_day(1), ALMATY)
    assert small.free_until == small.storage_until == date(2027, 1, 3)


def test_days_are_almaty_calendar_days_not_24_hour_periods() -> None:
    late = datetime(2026, 11, 20, 23, 50, tzinfo=ALMATY)
    assert storage_day(late, datetime(2026, 11, 21, 0, 10, tzinfo=ALMATY), ALMATY) == 2
    # 19:30 UTC is already the next day in Almaty (UTC+5).
    utc_evening = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)
    assert storage_day(utc_evening, datetime(2026, 11, 21, 1, 0, tzinfo=ALMATY), ALMATY) == 1


def test_items_not_awaiting_pickup_owe_nothing_and_are_not_in_the_hall() -> None:
    for status in ("delivered", "returned_to_sender"):
        state = evaluate(RULES.parcel, status, ARRIVED, on_day(20), ALMATY)
        assert (state.status, state.fee_kzt, state.in_hall) == (status, 0, False)
    in_transit = evaluate(RULES.parcel, "in_transit", None, on_day(20), ALMATY)
    assert in_transit.free_until is None
    assert in_transit.storage_until is None
    assert in_transit.fee_kzt == 0


def test_rules_are_configurable() -> None:
    from central.settings import StorageRule

    rule = StorageRule(kept_days=10, free_days=2, fee_per_day_kzt=100)
    state = evaluate(rule, "awaiting_pickup", ARRIVED, on_day(5), ALMATY)
    assert state.fee_kzt == 300


PARCEL = "CC016695190KZ"
SMALL = "RR123456785KZ"


@pytest.fixture
def pinned(api: httpx.Client) -> httpx.Client:
    """The two items re-created with a known arrival (2026-11-20 10:15 Almaty)."""
    for number, kind in ((PARCEL, "parcel"), (SMALL, "small_package")):
        body = {
            "tracking_number": number,
            "kind": kind,
            "arrived_at": ARRIVED.isoformat(),
            "location": {"row": "3", "compartment": "12"},
            "cod_amount_kzt": 15900,
            "recipient_name": "Айгерим Нурланова",
        }
        assert api.post("/dev/parcels", json=body).status_code == 201
    return api


@pytest.mark.parametrize(
    ("number", "day", "status", "fee"),
    [
        (PARCEL, 1, "awaiting_pickup", 0),
        (PARCEL, 14, "awaiting_pickup", 0),
        (PARCEL, 15, "awaiting_pickup", 400),
        (PARCEL, 30, "awaiting_pickup", 6400),
        (PARCEL, 31, "returned_to_sender", 0),
        (SMALL, 45, "awaiting_pickup", 0),
        (SMALL, 46, "returned_to_sender", 0),
    ],
)
def test_api_applies_the_rules_at_the_server_clock(
    pinned: httpx.Client, number: str, day: int, status: str, fee: int
) -> None:
    set_clock(pinned, on_day(day).isoformat())
    item = pinned.get(f"/api/v1/parcels/{number}").json()
    assert item["status"] == status
    assert item["storage_fee_kzt"] == fee
    assert item["arrived_at"] == "2026-11-20T10:15:00+05:00"
    assert item["cod_amount_kzt"] == 15900
    assert item["recipient_hint"] == "А*** Н."
    if status == "awaiting_pickup":
        assert item["location"] == {"row": "3", "compartment": "12"}
    else:
        assert item["location"] is None


def test_api_dates_are_the_last_free_and_last_kept_days(pinned: httpx.Client) -> None:
    set_clock(pinned, on_day(2).isoformat())
    item = pinned.get(f"/api/v1/parcels/{PARCEL}").json()
    assert (item["free_until"], item["storage_until"]) == ("2026-12-03", "2026-12-19")


def test_fee_changes_at_almaty_midnight_not_utc_midnight(pinned: httpx.Client) -> None:
    # 2026-12-03 23:30 Almaty is day 14 (free); 30 minutes later it is day 15.
    set_clock(pinned, "2026-12-03T18:30:00+00:00")
    assert pinned.get(f"/api/v1/parcels/{PARCEL}").json()["storage_fee_kzt"] == 0
    set_clock(pinned, "2026-12-03T19:00:00+00:00")
    assert pinned.get(f"/api/v1/parcels/{PARCEL}").json()["storage_fee_kzt"] == 400
