"""The stocking station's returns to the sender and courier collections, and the operator's view
of the staff audit."""

from __future__ import annotations

import uuid

import httpx
import pytest
from central_testlib import (
    DISPATCHED_BOX,
    EXPECTED_PARCEL,
    STOCKING,
    TERMINAL,
    UNUSED_BOX,
    assert_problem,
    shelve,
)

from central.admin import add_operator
from central.server import EmbeddedServer

DUE_PARCEL = "CC100000079KZ"  # day 31, still on row 2 / 2
DUE_SMALL_PACKAGE = "RB100000105KZ"  # day 46, still on row 5 / 12
LAST_DAY = "CC100000065KZ"  # day 30: not due yet
RETURNS = "/api/v1/staff/returns"
COLLECTIONS = "/api/v1/staff/collections"


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def give_back(
    stocking: httpx.Client, number: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    return stocking.post(
        RETURNS, json={"tracking_number": number, "staff_id": "S-5"}, headers=headers
    )


def test_the_parcels_due_for_return_in_walking_order(stocking: httpx.Client) -> None:
    response = stocking.get(f"{RETURNS}/due")
    assert response.status_code == 200, response.text
    parcels = response.json()["parcels"]
    assert [p["tracking_number"] for p in parcels] == [DUE_PARCEL, DUE_SMALL_PACKAGE]
    assert {p["status"] for p in parcels} == {"returned_to_sender"}
    # still on the shelf: the station must find them there
    assert [p["location"] for p in parcels] == [
        {"row": "2", "compartment": "2"},
        {"row": "5", "compartment": "12"},
    ]


def test_returning_a_due_parcel(stocking: httpx.Client, api: httpx.Client) -> None:
    headers = key()
    response = give_back(stocking, DUE_PARCEL, headers)
    assert response.status_code == 201, response.text
    assert response.json()["item"]["status"] == "returned_to_sender"
    assert give_back(stocking, DUE_PARCEL, headers).json() == response.json()  # a retry
    due = stocking.get(f"{RETURNS}/due").json()["parcels"]
    assert [p["tracking_number"] for p in due] == [DUE_SMALL_PACKAGE]
    assert api.get(f"/api/v1/parcels/{DUE_PARCEL}").json()["status"] == "returned_to_sender"
    assert_problem(give_back(stocking, DUE_PARCEL, key()), 409, "returned")


@pytest.mark.parametrize(
    ("number", "status", "code"),
    [
        (LAST_DAY, 409, "not_due"),
        ("CC100000034KZ", 409, "already_collected"),
        (EXPECTED_PARCEL, 409, "not_shelved"),
        ("RR000000080KZ", 404, "not_found"),
    ],
)
def test_return_refusals(stocking: httpx.Client, number: str, status: int, code: str) -> None:
    assert_problem(give_back(stocking, number), status, code)


def test_the_courier_collects_a_dispatched_box_once(
    stocking: httpx.Client, api: httpx.Client
) -> None:
    dispatch = {
        "box_barcode": UNUSED_BOX,
        "terminal_id": TERMINAL,
        "accepted_at": "2026-12-04T09:00:00+05:00",
    }
    dispatch_id = api.post("/api/v1/dispatches", json=dispatch).json()["dispatch_id"]
    body = {"box_barcode": UNUSED_BOX, "staff_id": "S-5"}
    headers = key()
    response = stocking.post(COLLECTIONS, json=body, headers=headers)
    assert response.status_code == 201, response.text
    collected = response.json()
    assert (collected["box_barcode"], collected["dispatch_id"]) == (UNUSED_BOX, dispatch_id)
    assert collected["collected_at"].endswith("+05:00")
    assert stocking.post(COLLECTIONS, json=body, headers=headers).json() == collected
    assert api.get(f"/api/v1/boxes/{UNUSED_BOX}").json()["status"] == "collected"
    assert_problem(stocking.post(COLLECTIONS, json=body), 409, "already_collected")
    # a box collected cannot be dispatched again
    assert_problem(api.post("/api/v1/dispatches", json=dispatch), 409, "box_already_dispatched")


def test_collection_refusals_and_a_box_dispatched_at_a_post_office(
    stocking: httpx.Client,
) -> None:
    def collect(barcode: str) -> httpx.Response:
        return stocking.post(COLLECTIONS, json={"box_barcode": barcode, "staff_id": "S-5"})

    kept_back = assert_problem(collect("CB200000023KZ"), 404, "dispatch_not_registered")
    assert "keep it back" in kept_back["detail"]
    assert_problem(collect("RR000000080KZ"), 404, "box_unknown")
    assert_problem(collect("CB200000011KZ"), 422, "invalid_identifier")
    elsewhere = collect(DISPATCHED_BOX)
    assert (elsewhere.status_code, elsewhere.json()["dispatch_id"]) == (201, None)


def test_operators_read_the_audit_with_the_staff_ids(
    central: EmbeddedServer, stocking: httpx.Client, checkout: httpx.Client, api: httpx.Client
) -> None:
    shelve(stocking, EXPECTED_PARCEL, "7", "1")
    give_back(stocking, DUE_PARCEL)
    body = {"tracking_numbers": [EXPECTED_PARCEL], "outcome": "handed_over", "staff_id": "C-9"}
    checkout.post("/api/v1/staff/handovers", json=body).raise_for_status()
    token = add_operator(central.central.db, f"op-{uuid.uuid4().hex[:8]}")
    with httpx.Client(
        base_url=central.url, headers={"Authorization": f"Bearer {token}"}
    ) as operator:
        entries = operator.get("/api/v1/operator/audit").json()["entries"]
        since_later = operator.get(
            "/api/v1/operator/audit", params={"since": "2099-01-01T00:00:00+00:00"}
        )
    assert [(e["action"], e["subject"], e["staff_id"]) for e in entries] == [
        ("shelve", EXPECTED_PARCEL, "S-17"),
        ("return", DUE_PARCEL, "S-5"),
        ("handed_over", EXPECTED_PARCEL, "C-9"),
    ]
    assert entries[0]["terminal_id"] == STOCKING
    assert entries[0]["details"] == {"row": "7", "compartment": "1"}
    assert "7013334455" not in str(entries)  # no phone numbers in the audit
    assert since_later.json() == {"entries": []}
    assert_problem(api.get("/api/v1/operator/audit"), 401, "unauthorized")
