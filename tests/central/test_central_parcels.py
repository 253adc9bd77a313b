"""GET /api/v1/parcels/{n}: DOMAIN.md's S10 vectors, normalisation, privacy of the answer."""

from __future__ import annotations

import httpx
import pytest
from central_testlib import PARCEL_FIELDS, assert_problem

from central import demo

IN_DEMO = ["CC016695190KZ", "RR123456785KZ", "EE471108151FR", "RR473124829GB", "RB123456785GB"]
VALID_UNKNOWN = ["RR000000080KZ", "RR000000155KZ", "RR000000005KZ"]
INVALID = [
    ("CC016695191KZ", "check digit"),
    ("RR123456786KZ", "check digit"),
    ("CC01669519OKZ", "are digits"),
    ("CC0166951900KZ", "13 characters, like CC016695190KZ"),
    ("KK016695190KZ", "J, K, S, T or W"),
]


@pytest.mark.parametrize("number", IN_DEMO)
def test_valid_numbers_in_the_demo_data_are_found(api: httpx.Client, number: str) -> None:
    response = api.get(f"/api/v1/parcels/{number}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json()["tracking_number"] == number


@pytest.mark.parametrize("number", VALID_UNKNOWN)
def test_valid_unknown_numbers_are_404(api: httpx.Client, number: str) -> None:
    assert_problem(api.get(f"/api/v1/parcels/{number}"), 404, "not_found")


@pytest.mark.parametrize(("number", "reason"), INVALID)
def test_invalid_numbers_are_422_invalid_identifier(
    api: httpx.Client, number: str, reason: str
) -> None:
    body = assert_problem(api.get(f"/api/v1/parcels/{number}"), 422, "invalid_identifier")
    assert reason in body["detail"]


def test_the_server_normalises_like_the_kiosk(api: httpx.Client) -> None:
    # Lower case, separators and Cyrillic look-alikes (С, К and Z is Latin).
    response = api.get("/api/v1/parcels/сс 0166-9519.0 kz")
    assert response.status_code == 200
    assert response.json()["tracking_number"] == "CC016695190KZ"


def test_item_shape_matches_api_md(api: httpx.Client) -> None:
    item = api.get("/api/v1/parcels/CC016695190KZ").json()
    assert set(item) == PARCEL_FIELDS
    assert item["kind"] == "parcel"
    assert item["status"] == "awaiting_pickup"
    assert item["location"] == {"row": "3", "compartment": "12"}
    assert item["arrived_at"].endswith("+05:00")
    assert item["recipient_hint"] == "А*** Н."
    assert "Нурланова" not in str(item)


@pytest.mark.parametrize(
    ("status", "has_dates"),
    [("delivered", True), ("returned_to_sender", True), ("in_transit", False)],
)
def test_location_only_while_awaiting_pickup(
    api: httpx.Client, status: str, has_dates: bool
) -> None:
    number = next(p.tracking_number for p in demo.PARCELS if p.status == status)
    item = api.get(f"/api/v1/parcels/{number}").json()
    assert item["status"] == status
    assert item["location"] is None
    assert item["storage_fee_kzt"] == 0
    assert (item["storage_until"] is not None) is has_dates
    assert (item["arrived_at"] is not None) is has_dates


def test_demo_items_show_what_the_table_says(api: httpx.Client) -> None:
    """Every demo parcel answers with the storage day it was seeded for."""
    for parcel in demo.PARCELS:
        item = api.get(f"/api/v1/parcels/{parcel.tracking_number}").json()
        if parcel.status != "awaiting_pickup":
            assert item["status"] == parcel.status
            continue
        kept = 30 if parcel.kind == "parcel" else 45
        assert parcel.day is not None, parcel  # a parcel on a shelf arrived on a day
        if parcel.day > kept:
            assert item["status"] == "returned_to_sender", parcel
        else:
            assert item["status"] == "awaiting_pickup", parcel
            fee = max(0, parcel.day - 14) * 400 if parcel.kind == "parcel" else 0
            assert item["storage_fee_kzt"] == fee, parcel
