"""The checkout desk: a ticket's parcels in walking order with what to collect, and the handover:
recorded once, atomic, and never twice for one parcel, even from two desks at once."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from central_testlib import CHECKOUT, EXPECTED_PARCEL, TERMINAL, assert_problem, bearer
from sqlalchemy import func, select

from central.db import AuditEntry, Handover
from central.server import EmbeddedServer

HANDOVERS = "/api/v1/staff/handovers"
FREE_WITH_COD = "CC016695190KZ"  # 3 / 12, cash on delivery 15 900
FEE_DUE = "CC100000025KZ"  # 2 / 5, fee 2 400
COD_AND_FEE = "CC100000082KZ"  # 2 / 7, cash on delivery 25 000, fee 1 600
DELIVERED = "CC100000034KZ"


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def issue_ticket(api: httpx.Client, numbers: list[str]) -> tuple[str, str]:
    """A ticket recorded by the customer terminal: its TK- id and its Idempotency-Key."""
    headers = key()
    body = {
        "terminal_id": TERMINAL,
        "tracking_numbers": numbers,
        "printed_at": "2026-12-04T10:00:00+05:00",
        "language": "kk",
    }
    response = api.post("/api/v1/tickets", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()["ticket_id"], headers["Idempotency-Key"]


def hand_over(
    checkout: httpx.Client, numbers: list[str], headers: dict[str, str] | None = None, **extra: Any
) -> httpx.Response:
    body = {"tracking_numbers": numbers, "outcome": "handed_over", "staff_id": "C-2"} | extra
    return checkout.post(HANDOVERS, json=body, headers=headers)


def test_a_ticket_lists_its_parcels_in_walking_order_with_the_totals(
    api: httpx.Client, checkout: httpx.Client
) -> None:
    # Compartment 10 of row 2 comes after 5 and 7 (numeric order, not text order)
    api.post(
        "/dev/parcels",
        json={"tracking_number": "RR000000080KZ", "location": {"row": "2", "compartment": "10"}},
    ).raise_for_status()
    numbers = [FREE_WITH_COD, "RR000000080KZ", DELIVERED, COD_AND_FEE, FEE_DUE]
    ticket_id, ticket_key = issue_ticket(api, numbers)
    response = checkout.get(f"/api/v1/staff/checkout/tickets/{ticket_id}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ticket_id"] == ticket_id
    parcels = body["parcels"]
    assert [p["tracking_number"] for p in parcels] == [
        FEE_DUE,
        COD_AND_FEE,
        "RR000000080KZ",
        FREE_WITH_COD,
        DELIVERED,
    ]
    assert [(p["can_hand_over"], p["reason"]) for p in parcels] == [(True, None)] * 4 + [
        (False, "already_collected")
    ]
    assert body["storage_fee_total_kzt"] == 2400 + 1600
    assert body["cod_total_kzt"] == 15900 + 25000
    assert body["total_kzt"] == 2400 + 1600 + 15900 + 25000
    # the 8 characters printed on the ticket find it too
    by_reference = checkout.get(f"/api/v1/staff/checkout/tickets/{ticket_key[:8].upper()}")
    assert by_reference.json() == body


def test_an_unknown_ticket_is_404_ticket_not_found(checkout: httpx.Client) -> None:
    for reference in ("TK-000000000000", "1A2B3C4D", "nonsense"):
        response = checkout.get(f"/api/v1/staff/checkout/tickets/{reference}")
        assert_problem(response, 404, "ticket_not_found")


def test_one_parcel_scanned_at_the_checkout(checkout: httpx.Client) -> None:
    body = checkout.get(f"/api/v1/staff/checkout/parcels/{COD_AND_FEE}").json()
    assert body["ticket_id"] is None
    assert [p["tracking_number"] for p in body["parcels"]] == [COD_AND_FEE]
    assert (body["storage_fee_total_kzt"], body["cod_total_kzt"], body["total_kzt"]) == (
        1600,
        25000,
        26600,
    )
    expected = checkout.get(f"/api/v1/staff/checkout/parcels/{EXPECTED_PARCEL}").json()
    assert expected["parcels"][0]["status"] == "expected"
    assert (expected["parcels"][0]["reason"], expected["total_kzt"]) == ("not_shelved", 0)
    unknown = checkout.get("/api/v1/staff/checkout/parcels/RR000000080KZ")
    assert_problem(unknown, 404, "not_found")
    malformed = checkout.get("/api/v1/staff/checkout/parcels/CC016695191KZ")
    assert_problem(malformed, 422, "invalid_identifier")


def test_a_handover_delivers_the_parcels_once(
    api: httpx.Client, checkout: httpx.Client, central: EmbeddedServer
) -> None:
    ticket_id, _ = issue_ticket(api, [FREE_WITH_COD, FEE_DUE])
    headers = key()
    first = hand_over(checkout, [FREE_WITH_COD, FEE_DUE], headers, ticket_id=ticket_id)
    assert first.status_code == 201, first.text
    assert first.json()["handover_id"].startswith("HO-")
    assert {p["status"] for p in first.json()["parcels"]} == {"delivered"}
    again = hand_over(checkout, [FREE_WITH_COD, FEE_DUE], headers, ticket_id=ticket_id)
    assert (again.status_code, again.json()) == (201, first.json())
    for number in (FREE_WITH_COD, FEE_DUE):
        customer_view = api.get(f"/api/v1/parcels/{number}").json()
        assert (customer_view["status"], customer_view["location"]) == ("delivered", None)
    other_desk = hand_over(checkout, [FEE_DUE], key())
    problem = assert_problem(other_desk, 409, "already_collected")
    assert problem["tracking_number"] == FEE_DUE
    with central.central.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1
        audit = session.scalars(select(AuditEntry).order_by(AuditEntry.subject)).all()
    assert [(a.subject, a.action, a.staff_id, a.terminal_id) for a in audit] == [
        (FREE_WITH_COD, "handed_over", "C-2", CHECKOUT),
        (FEE_DUE, "handed_over", "C-2", CHECKOUT),
    ]
    assert audit[1].details["storage_fee_kzt"] == 2400
    assert audit[1].details["location"] == {"row": "2", "compartment": "5"}


def test_a_handover_is_all_or_nothing(api: httpx.Client, checkout: httpx.Client) -> None:
    problem = assert_problem(hand_over(checkout, [FEE_DUE, DELIVERED]), 409, "already_collected")
    assert DELIVERED in problem["detail"]
    assert api.get(f"/api/v1/parcels/{FEE_DUE}").json()["status"] == "awaiting_pickup"
    assert_problem(hand_over(checkout, [EXPECTED_PARCEL]), 409, "not_shelved")
    assert_problem(hand_over(checkout, ["CC100000136KZ"]), 409, "returned")
    assert_problem(hand_over(checkout, ["RR000000080KZ"]), 404, "not_found")


def test_not_handed_over_needs_a_reason_and_changes_nothing(
    api: httpx.Client, checkout: httpx.Client, central: EmbeddedServer
) -> None:
    body = {"tracking_numbers": [FEE_DUE], "outcome": "not_handed_over", "staff_id": "C-2"}
    assert_problem(checkout.post(HANDOVERS, json=body), 422, "invalid_request")
    assert_problem(
        checkout.post(HANDOVERS, json=body | {"reason": "tired"}), 422, "invalid_request"
    )
    response = checkout.post(HANDOVERS, json=body | {"reason": "id_mismatch"})
    assert response.status_code == 201, response.text
    assert response.json()["parcels"][0]["status"] == "awaiting_pickup"
    assert api.get(f"/api/v1/parcels/{FEE_DUE}").json()["status"] == "awaiting_pickup"
    with central.central.db.read() as session:
        (entry,) = session.scalars(select(AuditEntry)).all()
    assert (entry.action, entry.details["reason"]) == ("not_handed_over", "id_mismatch")


@pytest.mark.parametrize("same_key", [False, True], ids=["two-desks", "one-retried-request"])
def test_concurrent_handovers_of_one_parcel_deliver_it_once(
    central: EmbeddedServer, same_key: bool
) -> None:
    threads = 8
    barrier = threading.Barrier(threads)
    shared = key()

    def post(_: int) -> httpx.Response:
        headers = bearer(CHECKOUT) | (shared if same_key else key())
        with httpx.Client(base_url=central.url, headers=headers, timeout=10) as client:
            client.get("/api/v1/health")  # connect before the barrier
            barrier.wait()
            return hand_over(client, [FEE_DUE])

    with ThreadPoolExecutor(threads) as pool:
        answers = list(pool.map(post, range(threads)))
    statuses = sorted(a.status_code for a in answers)
    if same_key:
        assert statuses == [201] * threads
        assert len({a.text for a in answers}) == 1
    else:
        assert statuses == [201] + [409] * (threads - 1)
    with central.central.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


@pytest.mark.parametrize("reference", ["0000000f", "0000fff9", "ffffffff", "AbCdEf09"])
def test_a_ticket_is_found_by_any_8_character_reference(
    api: httpx.Client, checkout: httpx.Client, reference: str
) -> None:
    """Neighbours in the index (one less, one more) are not taken for it."""
    lower = reference.lower()
    neighbours = {f"{(int(lower, 16) + step) % 16**8:08x}" for step in (-1, 1)}
    for prefix in [*sorted(neighbours), lower]:
        body = {
            "terminal_id": TERMINAL,
            "tracking_numbers": [FEE_DUE],
            "printed_at": "2026-12-04T10:00:00+05:00",
            "language": "en",
        }
        headers = {"Idempotency-Key": f"{prefix}-0000-4000-8000-000000000000"}
        api.post("/api/v1/tickets", json=body, headers=headers).raise_for_status()
    mine = api.get("/dev/tickets").json()[-1]["ticket_id"]
    found = checkout.get(f"/api/v1/staff/checkout/tickets/{reference}").json()
    assert found["ticket_id"] == mine
