"""Per-terminal bearer tokens: 401 without a valid one, 403 for another terminal's id."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from central_testlib import OTHER_TERMINAL, TERMINAL, UNUSED_BOX, assert_problem, bearer
from sqlalchemy import select

from central.db import Terminal
from central.server import EmbeddedServer

TICKET = {
    "tracking_numbers": ["CC016695190KZ"],
    "printed_at": "2026-11-25T10:00:00+05:00",
    "language": "ru",
}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": "Bearer dev-T-ALA-01x"},
        {"Authorization": "Basic ZGV2LVQtQUxBLTAxOg=="},
        {"Authorization": "dev-T-ALA-01"},
    ],
)
def test_missing_or_wrong_token_is_401(anon: httpx.Client, headers: dict[str, str]) -> None:
    response = anon.get("/api/v1/parcels/CC016695190KZ", headers=headers)
    assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_401_comes_before_identifier_validation(anon: httpx.Client) -> None:
    assert_problem(anon.get("/api/v1/parcels/nonsense"), 401, "unauthorized")


def test_every_terminal_has_its_own_token(anon: httpx.Client) -> None:
    for terminal in ("T-ALA-01", "T-ALA-02", "T-AST-01"):
        response = anon.get(f"/api/v1/boxes/{UNUSED_BOX}", headers=bearer(terminal))
        assert response.status_code in (200, 404)
        assert response.status_code != 401


def test_another_terminals_id_in_the_body_is_403(api: httpx.Client) -> None:
    response = api.post("/api/v1/tickets", json=TICKET | {"terminal_id": OTHER_TERMINAL})
    assert_problem(response, 403, "forbidden")
    dispatch = {
        "box_barcode": UNUSED_BOX,
        "terminal_id": OTHER_TERMINAL,
        "accepted_at": "2026-11-25T10:00:00+05:00",
        "sender_phone": None,
    }
    assert_problem(api.post("/api/v1/dispatches", json=dispatch), 403, "forbidden")
    assert api.get("/dev/tickets").json() == []
    assert api.get("/dev/dispatches").json() == []


def test_another_terminals_id_in_the_path_is_403(api: httpx.Client) -> None:
    heartbeat = {
        "app_version": "1.0",
        "state": "ready",
        "printer": {"state": "ok", "detail": None},
        "scanners": [],
        "outbox_depth": 0,
        "uptime_s": 1,
        "alerts": [],
    }
    response = api.post(f"/api/v1/terminals/{OTHER_TERMINAL}/heartbeat", json=heartbeat)
    assert_problem(response, 403, "forbidden")
    assert api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=heartbeat).status_code == 200


def test_tokens_are_stored_hashed(central: EmbeddedServer) -> None:
    with central.central.db.read() as session:
        rows = session.execute(select(Terminal.id, Terminal.token_hash)).all()
    assert len(rows) == 5  # three customer terminals, the checkout desk and the stocking station
    for terminal_id, token_hash in rows:
        token = f"dev-{terminal_id}"
        assert token not in token_hash
        assert token_hash == hashlib.sha256(token.encode()).hexdigest()


def test_health_needs_no_token(anon: httpx.Client) -> None:
    response = anon.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": "0.1.0"}
