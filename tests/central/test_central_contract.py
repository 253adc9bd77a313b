"""The server's OpenAPI document agrees with the contract (shared API.md, copied here as data).

schemathesis (test_central_schema_fuzz) proves the server keeps to its own document; this test
proves the document says what API.md says: the paths, the status codes each operation may answer,
problem+json for the errors, and the fields of each success body.
"""

from __future__ import annotations

from typing import Any

import pytest
from central_postgres import PostgresServer
from central_testlib import PARCEL_FIELDS

from central.app import create_app
from central.settings import Settings

# (method, path, the statuses API.md names for it, the success status, its body's fields)
FLEET_TERMINAL_FIELDS = {
    "terminal_id",
    "name",
    "active",
    "maintenance_requested",
    "message",
    "last_heartbeat",
    "last_heartbeat_at",
    "alerts",
}
CHECKOUT = {"ticket_id", "parcels", "storage_fee_total_kzt", "cod_total_kzt", "total_kzt"}
CONTRACT: list[tuple[str, str, set[int], int, set[str]]] = [
    ("get", "/api/v1/parcels/{tracking_number}", {200, 401, 404, 422}, 200, PARCEL_FIELDS),
    (
        "post",
        "/api/v1/otp",
        {202, 401, 422, 429},
        202,
        {"challenge_id", "masked_phone", "expires_in_s", "resend_after_s"},
    ),
    ("post", "/api/v1/otp/{challenge_id}/verify", {200, 400, 401, 422}, 200, {"parcels"}),
    ("post", "/api/v1/tickets", {201, 401, 403, 422}, 201, {"ticket_id", "issued_at"}),
    (
        "get",
        "/api/v1/boxes/{barcode}",
        {200, 401, 404, 422},
        200,
        {"barcode", "status", "size", "prepaid"},
    ),
    (
        "post",
        "/api/v1/dispatches",
        {201, 401, 403, 409, 422},
        201,
        {"dispatch_id", "tracking_number", "registered_at"},
    ),
    (
        "post",
        "/api/v1/terminals/{terminal_id}/heartbeat",
        {200, 401, 403, 422},
        200,
        {"maintenance_requested", "message", "server_time"},
    ),
    ("get", "/api/v1/health", {200}, 200, {"status", "version"}),
    ("get", "/api/v1/operator/terminals", {200, 401}, 200, {"terminals"}),
    ("get", "/api/v1/operator/audit", {200, 401, 422}, 200, {"entries"}),
    ("post", "/api/v1/pickup-codes/verify", {200, 401, 403, 404, 422, 429}, 200, {"parcels"}),
    (
        "post",
        "/api/v1/staff/shelvings",
        {201, 401, 403, 404, 409, 422},
        201,
        {"item", "pickup_code", "sms_sent"},
    ),
    ("post", "/api/v1/staff/moves", {200, 401, 403, 404, 409, 422}, 200, {"item"}),
    ("get", "/api/v1/staff/checkout/tickets/{ticket_id}", {200, 401, 403, 404}, 200, CHECKOUT),
    (
        "get",
        "/api/v1/staff/checkout/parcels/{tracking_number}",
        {200, 401, 403, 404, 422},
        200,
        CHECKOUT,
    ),
    (
        "post",
        "/api/v1/staff/handovers",
        {201, 401, 403, 404, 409, 422},
        201,
        {"handover_id", "parcels"},
    ),
    ("get", "/api/v1/staff/returns/due", {200, 401, 403}, 200, {"parcels"}),
    ("post", "/api/v1/staff/returns", {201, 401, 403, 404, 409, 422}, 201, {"item"}),
    (
        "post",
        "/api/v1/staff/collections",
        {201, 401, 403, 404, 409, 422},
        201,
        {"box_barcode", "dispatch_id", "collected_at"},
    ),
    (
        "put",
        "/api/v1/operator/terminals/{terminal_id}/maintenance",
        {200, 401, 404, 422},
        200,
        FLEET_TERMINAL_FIELDS,
    ),
    (
        "delete",
        "/api/v1/operator/terminals/{terminal_id}/maintenance",
        {200, 401, 404, 422},
        200,
        FLEET_TERMINAL_FIELDS,
    ),
]

DEV_OPERATIONS = [
    ("get", "/dev/sms"),
    ("post", "/dev/parcels"),
    ("post", "/dev/boxes"),
    ("post", "/dev/reset"),
    ("post", "/dev/clock"),
    ("post", "/dev/faults"),
    ("post", "/dev/terminals/{terminal_id}/maintenance"),
    ("get", "/dev/terminals/{terminal_id}"),
    ("get", "/dev/tickets"),
    ("get", "/dev/dispatches"),
]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app(Settings(dev=True)).openapi()


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


@pytest.mark.parametrize(("method", "path", "statuses", "success", "fields"), CONTRACT)
def test_each_operation_of_api_md_is_documented(
    document: dict[str, Any],
    method: str,
    path: str,
    statuses: set[int],
    success: int,
    fields: set[str],
) -> None:
    operation = document["paths"][path][method]
    responses = operation["responses"]
    assert statuses <= {int(code) for code in responses}
    body = responses[str(success)]["content"]["application/json"]["schema"]
    assert set(_resolve(document, body)["properties"]) == fields
    for code, response in responses.items():
        if int(code) >= 400:
            assert list(response["content"]) == ["application/problem+json"], (path, code)


def test_the_writes_that_create_take_an_idempotency_key(document: dict[str, Any]) -> None:
    staff = ("shelvings", "moves", "handovers", "returns", "collections")
    for path in ("/api/v1/tickets", "/api/v1/dispatches", *(f"/api/v1/staff/{w}" for w in staff)):
        parameters = document["paths"][path]["post"].get("parameters", [])
        assert "Idempotency-Key" in {p["name"] for p in parameters if p["in"] == "header"}


def test_every_dev_endpoint_is_there_and_nothing_else(document: dict[str, Any]) -> None:
    documented = {
        (method, path)
        for path, operations in document["paths"].items()
        for method in operations
        if path.startswith("/dev")
    }
    assert documented == set(DEV_OPERATIONS)
    api_paths = {path for path in document["paths"] if not path.startswith("/dev")}
    assert api_paths == {path for _, path, *_ in CONTRACT}


def test_the_item_enums_are_those_of_api_md(document: dict[str, Any]) -> None:
    item = _resolve(document, {"$ref": "#/components/schemas/Item"})["properties"]

    def enum(schema: dict[str, Any]) -> set[str]:
        return set(_resolve(document, schema).get("enum", []))

    assert enum(item["kind"]) == {"parcel", "small_package"}
    assert enum(item["status"]) == {
        "awaiting_pickup",
        "in_transit",
        "delivered",
        "returned_to_sender",
    }


def test_a_server_on_postgresql_publishes_the_same_document(
    document: dict[str, Any], postgres: PostgresServer
) -> None:
    app = create_app(Settings(db_url=postgres.create_database("contract"), dev=True))
    try:
        assert app.openapi() == document
    finally:
        app.state.central.db.dispose()
