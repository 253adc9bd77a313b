"""Tickets and dispatches: idempotency (replay, mismatch, concurrency), boxes, 404/409."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from central_testlib import DISPATCHED_BOX, TERMINAL, UNUSED_BOX, assert_problem, bearer
from sqlalchemy import func, select

from central.db import IdempotencyRecord
from central.server import EmbeddedServer

TICKET: dict[str, Any] = {
    "terminal_id": TERMINAL,
    "tracking_numbers": ["CC016695190KZ", "RR123456785KZ"],
    "printed_at": "2026-11-25T10:00:00+05:00",
    "language": "kk",
}
DISPATCH: dict[str, Any] = {
    "box_barcode": UNUSED_BOX,
    "terminal_id": TERMINAL,
    "accepted_at": "2026-11-25T09:00:00+05:00",
    "sender_phone": "8 701 123 45 67",
}


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def test_ticket_is_recorded(api: httpx.Client) -> None:
    headers = key()
    response = api.post("/api/v1/tickets", json=TICKET, headers=headers)
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"ticket_id", "issued_at"}
    assert body["issued_at"].endswith("+05:00")
    (record,) = api.get("/dev/tickets", params={"terminal_id": TERMINAL}).json()
    assert record["ticket_id"] == body["ticket_id"]
    assert record["idempotency_key"] == headers["Idempotency-Key"]
    assert record["tracking_numbers"] == TICKET["tracking_numbers"]
    assert record["language"] == "kk"


def test_replay_returns_the_original_response(api: httpx.Client) -> None:
    headers = key()
    first = api.post("/api/v1/tickets", json=TICKET, headers=headers)
    again = api.post("/api/v1/tickets", json=TICKET, headers=headers)
    assert again.status_code == first.status_code == 201
    assert again.json() == first.json()
    assert len(api.get("/dev/tickets").json()) == 1


def test_replay_matches_on_meaning_not_bytes(api: httpx.Client) -> None:
    headers = key()
    first = api.post("/api/v1/tickets", json=TICKET, headers=headers)
    reordered = dict(reversed(TICKET.items()))
    reordered["tracking_numbers"] = ["cc 0166 9519 0 kz", "RR123456785KZ"]
    assert api.post("/api/v1/tickets", json=reordered, headers=headers).json() == first.json()


def test_same_key_different_body_is_422(api: httpx.Client) -> None:
    headers = key()
    assert api.post("/api/v1/tickets", json=TICKET, headers=headers).status_code == 201
    changed = TICKET | {"language": "en"}
    assert_problem(
        api.post("/api/v1/tickets", json=changed, headers=headers), 422, "idempotency_mismatch"
    )
    assert len(api.get("/dev/tickets").json()) == 1


def test_same_key_on_another_endpoint_is_a_mismatch(api: httpx.Client) -> None:
    headers = key()
    assert api.post("/api/v1/tickets", json=TICKET, headers=headers).status_code == 201
    response = api.post("/api/v1/dispatches", json=DISPATCH, headers=headers)
    assert_problem(response, 422, "idempotency_mismatch")
    assert api.get(f"/api/v1/boxes/{UNUSED_BOX}").json()["status"] == "unused"


def test_keys_belong_to_their_terminal(central: EmbeddedServer) -> None:
    headers = key()
    answers = []
    for terminal in ("T-ALA-01", "T-ALA-02"):
        with httpx.Client(base_url=central.url, headers=bearer(terminal) | headers) as client:
            answers.append(client.post("/api/v1/tickets", json=TICKET | {"terminal_id": terminal}))
    assert [a.status_code for a in answers] == [201, 201]
    assert answers[0].json()["ticket_id"] != answers[1].json()["ticket_id"]


def test_without_a_key_every_request_is_new(api: httpx.Client) -> None:
    ids = {api.post("/api/v1/tickets", json=TICKET).json()["ticket_id"] for _ in range(2)}
    assert len(ids) == 2
    assert [t["idempotency_key"] for t in api.get("/dev/tickets").json()] == [None, None]


@pytest.mark.parametrize("bad_key", ["", "-abc", "x" * 101, "ключ", "a b"])
def test_malformed_keys_are_rejected(api: httpx.Client, bad_key: str) -> None:
    headers = {b"Idempotency-Key": bad_key.encode()}
    response = api.post("/api/v1/tickets", json=TICKET, headers=headers)
    assert_problem(response, 422, "invalid_request")


def test_a_failed_action_does_not_use_up_the_key(api: httpx.Client) -> None:
    headers = key()
    unknown = TICKET | {"tracking_numbers": ["RR000000080KZ"]}
    assert_problem(api.post("/api/v1/tickets", json=unknown, headers=headers), 404, "not_found")
    api.post("/dev/parcels", json={"tracking_number": "RR000000080KZ"}).raise_for_status()
    assert api.post("/api/v1/tickets", json=unknown, headers=headers).status_code == 201


def test_ticket_numbers_are_validated(api: httpx.Client) -> None:
    bad = TICKET | {"tracking_numbers": ["CC016695191KZ"]}
    assert_problem(api.post("/api/v1/tickets", json=bad), 422, "invalid_identifier")
    assert_problem(
        api.post("/api/v1/tickets", json=TICKET | {"tracking_numbers": []}), 422, "invalid_request"
    )
    assert_problem(
        api.post("/api/v1/tickets", json=TICKET | {"language": "de"}), 422, "invalid_request"
    )
    naive = TICKET | {"printed_at": "2026-11-25T10:00:00"}
    assert_problem(api.post("/api/v1/tickets", json=naive), 422, "invalid_request")


@pytest.mark.parametrize("path", ["/api/v1/tickets", "/api/v1/dispatches"])
def test_concurrent_requests_with_one_key_create_one_record(
    central: EmbeddedServer, path: str
) -> None:
    headers = bearer(TERMINAL) | key()
    body = TICKET if path.endswith("tickets") else DISPATCH
    threads = 8
    barrier = threading.Barrier(threads)

    def post(_: int) -> httpx.Response:
        with httpx.Client(base_url=central.url, headers=headers, timeout=10) as client:
            client.get("/api/v1/health")  # connect before the barrier
            barrier.wait()
            return client.post(path, json=body)

    with ThreadPoolExecutor(threads) as pool:
        answers = list(pool.map(post, range(threads)))
    assert [a.status_code for a in answers] == [201] * threads
    assert len({a.text for a in answers}) == 1
    with httpx.Client(base_url=central.url) as client:
        listing = "/dev/tickets" if path.endswith("tickets") else "/dev/dispatches"
        records = client.get(listing, params={"terminal_id": TERMINAL}).json()
    assert len(records) == 1
    assert records[0]["idempotency_key"] == headers["Idempotency-Key"]
    with central.central.db.read() as session:
        assert session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 1


def test_box_lookup(api: httpx.Client) -> None:
    box = api.get(f"/api/v1/boxes/{UNUSED_BOX}").json()
    assert box == {"barcode": UNUSED_BOX, "status": "unused", "size": "M", "prepaid": True}
    assert api.get(f"/api/v1/boxes/{DISPATCHED_BOX}").json()["status"] == "dispatched"
    assert_problem(api.get("/api/v1/boxes/RR000000080KZ"), 404, "box_unknown")
    assert_problem(api.get("/api/v1/boxes/CB200000011KZ"), 422, "invalid_identifier")


def test_dispatch_registers_the_box(api: httpx.Client) -> None:
    headers = key()
    response = api.post("/api/v1/dispatches", json=DISPATCH, headers=headers)
    assert response.status_code == 201
    body = response.json()
    assert body["tracking_number"] == UNUSED_BOX
    assert set(body) == {"dispatch_id", "tracking_number", "registered_at"}
    assert api.get(f"/api/v1/boxes/{UNUSED_BOX}").json()["status"] == "dispatched"
    (record,) = api.get("/dev/dispatches").json()
    assert record["sender_phone"] == "+77011234567"
    assert record["accepted_at"] == "2026-11-25T09:00:00+05:00"
    assert record["idempotency_key"] == headers["Idempotency-Key"]

    replay = api.post("/api/v1/dispatches", json=DISPATCH, headers=headers)
    assert (replay.status_code, replay.json()) == (201, body)
    other_action = api.post("/api/v1/dispatches", json=DISPATCH, headers=key())
    assert_problem(other_action, 409, "box_already_dispatched")
    assert_problem(api.post("/api/v1/dispatches", json=DISPATCH), 409, "box_already_dispatched")
    assert len(api.get("/dev/dispatches").json()) == 1


def test_a_box_dispatched_elsewhere_is_409(api: httpx.Client) -> None:
    body = DISPATCH | {"box_barcode": DISPATCHED_BOX}
    assert_problem(
        api.post("/api/v1/dispatches", json=body, headers=key()), 409, "box_already_dispatched"
    )


def test_dispatch_validation(api: httpx.Client) -> None:
    unknown = DISPATCH | {"box_barcode": "RR000000080KZ"}
    assert_problem(api.post("/api/v1/dispatches", json=unknown), 404, "box_unknown")
    malformed = DISPATCH | {"box_barcode": "CB200000011KZ"}
    assert_problem(api.post("/api/v1/dispatches", json=malformed), 422, "invalid_identifier")
    russian = DISPATCH | {"sender_phone": "+79161234567"}
    assert_problem(api.post("/api/v1/dispatches", json=russian), 422, "invalid_identifier")
    anonymous = DISPATCH | {"sender_phone": None}
    assert api.post("/api/v1/dispatches", json=anonymous).status_code == 201
