"""The dev endpoints: present with --dev only; parcels, boxes, clock, heartbeat and maintenance."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from central_testlib import TERMINAL, assert_problem, bearer

from central.server import EmbeddedServer, start_embedded

HEARTBEAT = {
    "app_version": "0.3.1",
    "state": "ready",
    "printer": {"state": "paper_near_end", "detail": "roll 10%"},
    "scanners": [{"kind": "wedge", "state": "ok"}],
    "outbox_depth": 2,
    "uptime_s": 3600,
    "alerts": ["printer paper low"],
}


@pytest.fixture(scope="module")
def production() -> Iterator[EmbeddedServer]:
    with start_embedded(dev=False) as server:
        yield server


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/dev/sms?phone=%2B77011234567"),
        ("POST", "/dev/parcels"),
        ("POST", "/dev/boxes"),
        ("POST", "/dev/reset"),
        ("POST", "/dev/clock"),
        ("POST", "/dev/faults"),
        ("POST", "/dev/terminals/T-ALA-01/maintenance"),
        ("GET", "/dev/terminals/T-ALA-01"),
        ("GET", "/dev/tickets"),
        ("GET", "/dev/dispatches"),
    ],
)
def test_dev_endpoints_are_absent_without_dev(
    production: EmbeddedServer, method: str, path: str
) -> None:
    response = httpx.request(method, production.url + path, json={})
    assert_problem(response, 404, "not_found")


def test_production_has_no_demo_data_and_no_dev_paths_in_its_schema(
    production: EmbeddedServer,
) -> None:
    response = httpx.get(production.url + "/api/v1/parcels/CC016695190KZ", headers=bearer(TERMINAL))
    assert_problem(response, 401, "unauthorized")  # no terminals: nobody's token is valid
    paths = httpx.get(production.url + "/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith("/dev")]
    assert "/api/v1/parcels/{tracking_number}" in paths


def test_create_parcel_with_defaults(api: httpx.Client) -> None:
    response = api.post("/dev/parcels", json={"tracking_number": "RR000000080KZ"})
    assert response.status_code == 201
    item = response.json()
    assert item["status"] == "awaiting_pickup"
    assert item["kind"] == "parcel"
    assert item["location"] is not None
    assert item["storage_fee_kzt"] == 0
    assert api.get("/api/v1/parcels/RR000000080KZ").json() == item


def test_create_parcel_findable_by_phone(api: httpx.Client) -> None:
    body = {
        "tracking_number": "RR000000155KZ",
        "kind": "small_package",
        "recipient_phone": "+77027654321",
        "recipient_name": "Жанар Бекова",
        "location": {"row": "7", "compartment": "3"},
        "cod_amount_kzt": 990,
    }
    item = api.post("/dev/parcels", json=body).json()
    assert item["location"] == {"row": "7", "compartment": "3"}
    assert item["recipient_hint"] == "Ж*** Б."
    challenge = api.post("/api/v1/otp", json={"phone": "+77027654321"}).json()
    code = api.get("/dev/sms", params={"phone": "+77027654321"}).json()[0]["code"]
    verified = api.post(f"/api/v1/otp/{challenge['challenge_id']}/verify", json={"code": code})
    assert [p["tracking_number"] for p in verified.json()["parcels"]] == ["RR000000155KZ"]


def test_in_transit_parcel_has_no_dates(api: httpx.Client) -> None:
    body = {"tracking_number": "RR000000005KZ", "status": "in_transit"}
    item = api.post("/dev/parcels", json=body).json()
    assert (item["arrived_at"], item["free_until"], item["location"]) == (None, None, None)


def test_create_box(api: httpx.Client) -> None:
    response = api.post("/dev/boxes", json={"barcode": "RR000000080KZ", "size": "L"})
    assert response.status_code == 201
    assert api.get("/api/v1/boxes/RR000000080KZ").json()["size"] == "L"
    assert_problem(api.post("/dev/boxes", json={"barcode": "nope"}), 422, "invalid_identifier")


def test_reset_restores_the_demo_data(api: httpx.Client) -> None:
    api.post("/dev/parcels", json={"tracking_number": "RR000000080KZ"}).raise_for_status()
    reset = api.post("/dev/reset").json()
    assert reset == {"terminals": 5, "parcels": 28, "boxes": 13, "expected": 8}
    assert_problem(api.get("/api/v1/parcels/RR000000080KZ"), 404, "not_found")


def test_clock(api: httpx.Client) -> None:
    body = api.post("/dev/clock", json={"now": "2026-12-05T09:00:00+05:00"}).json()
    assert body == {"now": "2026-12-05T09:00:00+05:00", "frozen": True}
    reply = api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=HEARTBEAT).json()
    assert reply["server_time"] == "2026-12-05T09:00:00+05:00"
    assert api.post("/dev/clock", json={"now": None}).json()["frozen"] is False
    assert_problem(
        api.post("/dev/clock", json={"now": "2026-12-05T09:00:00"}), 422, "invalid_request"
    )


def test_heartbeat_and_maintenance(api: httpx.Client) -> None:
    reply = api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=HEARTBEAT).json()
    assert (reply["maintenance_requested"], reply["message"]) == (False, None)
    stored = api.get(f"/dev/terminals/{TERMINAL}").json()
    assert stored["last_heartbeat"] == HEARTBEAT | {"uptime_s": 3600.0}
    assert stored["last_heartbeat_at"] is not None

    api.post(
        f"/dev/terminals/{TERMINAL}/maintenance", json={"on": True, "message": "Paper change"}
    ).raise_for_status()
    reply = api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=HEARTBEAT).json()
    assert (reply["maintenance_requested"], reply["message"]) == (True, "Paper change")
    api.post(f"/dev/terminals/{TERMINAL}/maintenance", json={"on": False}).raise_for_status()
    reply = api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=HEARTBEAT).json()
    assert (reply["maintenance_requested"], reply["message"]) == (False, None)
    assert_problem(api.get("/dev/terminals/T-NOPE"), 404, "not_found")


@pytest.mark.parametrize(
    "change",
    [
        {"state": "sleeping"},
        {"printer": {"state": "jammed"}},
        {"outbox_depth": -1},
        {"app_version": ""},
        {"alerts": "not a list"},
        {"scanners": [{"kind": "camera"}]},
    ],
)
def test_heartbeat_is_validated(api: httpx.Client, change: dict[str, object]) -> None:
    response = api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=HEARTBEAT | change)
    assert_problem(response, 422, "invalid_request")


def test_tickets_and_dispatches_are_listed_oldest_first_per_terminal(
    central: EmbeddedServer,
) -> None:
    ticket = {
        "tracking_numbers": ["CC016695190KZ"],
        "printed_at": "2026-11-25T10:00:00+05:00",
        "language": "ru",
    }
    ids = []
    for terminal in ("T-ALA-01", "T-ALA-02", "T-ALA-01"):
        with httpx.Client(base_url=central.url, headers=bearer(terminal)) as client:
            response = client.post("/api/v1/tickets", json=ticket | {"terminal_id": terminal})
            ids.append(response.json()["ticket_id"])
    with httpx.Client(base_url=central.url) as client:
        everything = client.get("/dev/tickets").json()
        mine = client.get("/dev/tickets", params={"terminal_id": "T-ALA-01"}).json()
    assert [t["ticket_id"] for t in everything] == ids
    assert [t["ticket_id"] for t in mine] == [ids[0], ids[2]]


def test_a_terminal_filter_no_database_can_hold_is_422(central: EmbeddedServer) -> None:
    for path in ("/dev/tickets", "/dev/dispatches"):
        response = httpx.get(central.url + path, params={"terminal_id": "\x00"})
        assert response.status_code == 422, response.text
