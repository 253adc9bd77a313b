"""Helpers of the central server's tests (a uniquely named module: tests/ has no packages)."""

from __future__ import annotations

from typing import Any

import httpx

BACKENDS = ["sqlite", "postgresql"]  # the databases the central suites run on
TERMINAL = "T-ALA-01"
OTHER_TERMINAL = "T-ALA-02"
CHECKOUT = "T-ALA-CHECKOUT"  # the dev checkout desk (role checkout)
STOCKING = "T-ALA-STOCKING"  # the dev stocking station (role stocking)
# Parcels of the demo manifest: expected, not shelved yet
EXPECTED_PARCEL = "CC300000012KZ"  # +77013334455, with a second one for that phone
EXPECTED_SAME_PHONE = "CC300000026KZ"  # +77013334455, cash on delivery 7 500
EXPECTED_OF_PHONE_MANY = "CC300000030KZ"  # +77011234567, who has four parcels awaiting pickup
EXPECTED_NO_PHONE = "CC300000065KZ"
EXPECTED_PHONE = "+77013334455"


def bearer(terminal_id: str) -> dict[str, str]:
    return {"Authorization": f"Bearer dev-{terminal_id}"}


def set_clock(client: httpx.Client, now: str | None) -> None:
    client.post("/dev/clock", json={"now": now}).raise_for_status()


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert {"type", "title", "detail"} <= body.keys()
    return body


UNUSED_BOX = "CB200000010KZ"
DISPATCHED_BOX = "CB200099990KZ"
# The fields of an item, as API.md gives them
PARCEL_FIELDS = {
    "tracking_number",
    "kind",
    "status",
    "location",
    "arrived_at",
    "free_until",
    "storage_until",
    "storage_fee_kzt",
    "cod_amount_kzt",
    "recipient_hint",
}


def shelve(
    stocking: httpx.Client,
    number: str,
    row: str = "7",
    compartment: str = "1",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    body = {"tracking_number": number, "row": row, "compartment": compartment, "staff_id": "S-17"}
    return stocking.post("/api/v1/staff/shelvings", json=body, headers=headers)
