"""The stocking station: shelving a parcel of the manifest (its SMS and pickup code), moving it;
roles; expected parcels stay invisible to customers."""

from __future__ import annotations

import re
import uuid
from datetime import date

import httpx
import pytest
from central_testlib import (
    CHECKOUT,
    EXPECTED_NO_PHONE,
    EXPECTED_PARCEL,
    EXPECTED_PHONE,
    STOCKING,
    assert_problem,
    bearer,
    shelve,
)
from sqlalchemy import func, select

from central.db import IdempotencyRecord, PickupCode
from central.pickup_codes import ALPHABET
from central.server import EmbeddedServer

DELIVERED = "CC100000034KZ"
RETURNED = "CC100000136KZ"
SHELVED = "CC016695190KZ"  # row 3, compartment 12

STOCKING_CALLS = [
    ("post", "/api/v1/staff/shelvings"),
    ("post", "/api/v1/staff/moves"),
    ("get", "/api/v1/staff/returns/due"),
    ("post", "/api/v1/staff/returns"),
    ("post", "/api/v1/staff/collections"),
]
CHECKOUT_CALLS = [
    ("get", "/api/v1/staff/checkout/tickets/TK-000000000000"),
    ("get", f"/api/v1/staff/checkout/parcels/{SHELVED}"),
    ("post", "/api/v1/staff/handovers"),
]


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


@pytest.mark.parametrize(
    ("terminal", "method", "path"),
    [("T-ALA-01", m, p) for m, p in STOCKING_CALLS + CHECKOUT_CALLS]
    + [(CHECKOUT, m, p) for m, p in STOCKING_CALLS]
    + [(STOCKING, m, p) for m, p in CHECKOUT_CALLS]
    + [(STOCKING, "post", "/api/v1/pickup-codes/verify")],
)
def test_a_terminal_of_another_role_is_403_wrong_role(
    central: EmbeddedServer, terminal: str, method: str, path: str
) -> None:
    with httpx.Client(base_url=central.url, headers=bearer(terminal)) as client:
        response = client.request(method, path, json={} if method == "post" else None)
    assert_problem(response, 403, "wrong_role")


def test_expected_parcels_are_unknown_to_customers(api: httpx.Client) -> None:
    assert_problem(api.get(f"/api/v1/parcels/{EXPECTED_PARCEL}"), 404, "not_found")
    ticket = {
        "terminal_id": "T-ALA-01",
        "tracking_numbers": [EXPECTED_PARCEL],
        "printed_at": "2026-12-04T10:00:00+05:00",
        "language": "ru",
    }
    assert_problem(api.post("/api/v1/tickets", json=ticket), 404, "not_found")
    started = api.post("/api/v1/otp", json={"phone": EXPECTED_PHONE}).json()
    code = api.get("/dev/sms", params={"phone": EXPECTED_PHONE}).json()[0]["code"]
    listed = api.post(f"/api/v1/otp/{started['challenge_id']}/verify", json={"code": code})
    assert listed.json() == {"parcels": []}


def test_shelving_puts_the_parcel_on_the_shelf_and_texts_the_recipient(
    stocking: httpx.Client, api: httpx.Client
) -> None:
    response = shelve(stocking, EXPECTED_PARCEL, "7", "3")
    assert response.status_code == 201, response.text
    body = response.json()
    item = body["item"]
    assert item["status"] == "awaiting_pickup"
    assert item["location"] == {"row": "7", "compartment": "3"}
    arrived = date.fromisoformat(item["arrived_at"][:10])
    assert (date.fromisoformat(item["storage_until"]) - arrived).days == 29
    assert body["sms_sent"] is True
    code = body["pickup_code"]
    assert re.fullmatch(f"[{ALPHABET}]{{6}}", code)
    (sms,) = api.get("/dev/sms", params={"phone": EXPECTED_PHONE}).json()
    assert sms["code"] == code
    text = sms["text"]
    assert "Almaty, parcel supermarket on Abylai Khan Ave" in text
    assert EXPECTED_PARCEL in text
    assert f"https://parcels.example.kz/p/{code}" in text
    last_day = date.fromisoformat(item["storage_until"]).strftime("%d.%m.%Y")
    free_day = date.fromisoformat(item["free_until"]).strftime("%d.%m.%Y")
    assert last_day in text
    assert free_day in text
    customer_view = api.get(f"/api/v1/parcels/{EXPECTED_PARCEL}").json()
    assert customer_view["location"] == {"row": "7", "compartment": "3"}


def test_a_parcel_without_a_phone_is_shelved_without_an_sms(stocking: httpx.Client) -> None:
    body = shelve(stocking, EXPECTED_NO_PHONE).json()
    assert body["sms_sent"] is False
    assert body["item"]["status"] == "awaiting_pickup"


def test_row_and_compartment_labels_are_upper_cased(stocking: httpx.Client) -> None:
    item = shelve(stocking, EXPECTED_PARCEL, "b", "12a").json()["item"]
    assert item["location"] == {"row": "B", "compartment": "12A"}


@pytest.mark.parametrize(
    ("number", "status", "code"),
    [
        ("RR000000080KZ", 404, "not_on_manifest"),
        (SHELVED, 409, "already_shelved"),
        (DELIVERED, 409, "already_collected"),
        (RETURNED, 409, "returned"),
        ("CC016695191KZ", 422, "invalid_identifier"),
    ],
)
def test_shelving_refusals(stocking: httpx.Client, number: str, status: int, code: str) -> None:
    problem = assert_problem(shelve(stocking, number), status, code)
    if code == "already_shelved":
        assert "row 3, compartment 12" in problem["detail"]


@pytest.mark.parametrize(
    "change", [{"row": ""}, {"compartment": "3/4"}, {"row": "123456789"}, {"staff_id": ""}]
)
def test_a_bad_place_or_staff_id_is_422(stocking: httpx.Client, change: dict[str, str]) -> None:
    body = {"tracking_number": EXPECTED_PARCEL, "row": "1", "compartment": "1", "staff_id": "S-1"}
    response = stocking.post("/api/v1/staff/shelvings", json=body | change)
    assert_problem(response, 422, "invalid_request")


def test_shelving_twice_with_one_key_shelves_and_texts_once(
    stocking: httpx.Client, api: httpx.Client, central: EmbeddedServer
) -> None:
    headers = key()
    first = shelve(stocking, EXPECTED_PARCEL, headers=headers)
    again = shelve(stocking, EXPECTED_PARCEL, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["item"] == first.json()["item"]
    assert again.json()["pickup_code"] is None  # the code is never stored in clear, not even here
    assert len(api.get("/dev/sms", params={"phone": EXPECTED_PHONE}).json()) == 1
    changed = shelve(stocking, EXPECTED_PARCEL, row="8", headers=headers)
    assert_problem(changed, 422, "idempotency_mismatch")
    with central.central.db.read() as session:
        assert session.scalar(select(func.count()).select_from(PickupCode)) == 1
        stored = session.scalars(select(IdempotencyRecord.response_body)).all()
    assert first.json()["pickup_code"] not in str(stored)


def test_only_a_hash_of_the_code_is_stored(stocking: httpx.Client, central: EmbeddedServer) -> None:
    code = shelve(stocking, EXPECTED_PARCEL).json()["pickup_code"]
    with central.central.db.read() as session:
        (row,) = session.scalars(select(PickupCode)).all()
    assert len(row.code_hash) == 64
    assert code not in row.code_hash


def test_moving_a_shelved_parcel(stocking: httpx.Client, api: httpx.Client) -> None:
    body = {"tracking_number": SHELVED, "row": "4", "compartment": "9", "staff_id": "S-17"}
    response = stocking.post("/api/v1/staff/moves", json=body, headers=key())
    assert response.status_code == 200, response.text
    assert response.json()["item"]["location"] == {"row": "4", "compartment": "9"}
    assert api.get(f"/api/v1/parcels/{SHELVED}").json()["location"] == {
        "row": "4",
        "compartment": "9",
    }


@pytest.mark.parametrize(
    ("number", "status", "code"),
    [
        (EXPECTED_PARCEL, 409, "not_shelved"),
        (DELIVERED, 409, "not_shelved"),
        ("RR000000080KZ", 404, "not_found"),
    ],
)
def test_moving_refusals(stocking: httpx.Client, number: str, status: int, code: str) -> None:
    body = {"tracking_number": number, "row": "4", "compartment": "9", "staff_id": "S-17"}
    assert_problem(stocking.post("/api/v1/staff/moves", json=body), status, code)
