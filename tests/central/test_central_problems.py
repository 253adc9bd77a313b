"""Every error is a problem document; bad input never gets a 500."""

from __future__ import annotations

import json

import httpx
import pytest
from central_testlib import TERMINAL, assert_problem


def test_unknown_route_is_a_404_problem(api: httpx.Client) -> None:
    assert_problem(api.get("/api/v1/nothing-here"), 404, "not_found")
    assert_problem(api.get("/api/v1/parcels/"), 404, "not_found")
    assert_problem(api.get("/api/v1/health/"), 404, "not_found")


def test_wrong_method_is_a_405_problem(api: httpx.Client) -> None:
    response = api.delete("/api/v1/parcels/CC016695190KZ")
    assert_problem(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET"


def test_malformed_json_is_invalid_request(api: httpx.Client) -> None:
    response = api.post(
        "/api/v1/tickets", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    body = assert_problem(response, 422, "invalid_request")
    assert body["errors"]


def post_raw(client: httpx.Client, path: str, body: object) -> httpx.Response:
    """POST JSON as Python's json module writes it: lone surrogates become \\ud800 escapes."""
    content = json.dumps(body).encode()
    return client.post(path, content=content, headers={"Content-Type": "application/json"})


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (None, "invalid_request"),
        ([], "invalid_request"),
        ("string", "invalid_request"),
        ({}, "invalid_request"),
        ({"phone": None}, "invalid_identifier"),
        ({"phone": 77011234567}, "invalid_identifier"),
        ({"phone": "7" * 60_000}, "invalid_identifier"),  # long, but under the body limit
        ({"phone": "\ud800"}, "invalid_identifier"),
        ({"phone": "+7 916 123 45 67"}, "invalid_identifier"),
    ],
)
def test_bad_otp_bodies_are_422(api: httpx.Client, body: object, code: str) -> None:
    assert_problem(post_raw(api, "/api/v1/otp", body), 422, code)


@pytest.mark.parametrize("phone", ["\x00+77011234567", "+7 701 123 45 67 \U0001f600"])
def test_noise_around_a_valid_phone_is_ignored(api: httpx.Client, phone: str) -> None:
    """The shared rule keeps the digits only (as the kiosk's keypad does)."""
    assert post_raw(api, "/api/v1/otp", {"phone": phone}).status_code == 202


@pytest.mark.parametrize(
    "body",
    [
        {
            "terminal_id": TERMINAL,
            "tracking_numbers": ["CC016695190KZ"] * 51,
            "printed_at": "2026-11-25T10:00:00+05:00",
            "language": "ru",
        },
        {
            "terminal_id": TERMINAL,
            "tracking_numbers": ["CC016695190KZ"],
            "printed_at": "0001-01-01T00:00:00+05:00",
            "language": "ru",
        },
        {
            "terminal_id": TERMINAL,
            "tracking_numbers": ["CC016695190KZ"],
            "printed_at": "9999-12-31T23:59:59-12:00",
            "language": "ru",
        },
        {"terminal_id": TERMINAL, "tracking_numbers": [12], "printed_at": 5, "language": None},
        {
            "terminal_id": "\ud800",
            "tracking_numbers": ["\ud800"],
            "printed_at": "2026-11-25T10:00:00+05:00",
            "language": "ru",
        },
    ],
)
def test_bad_ticket_bodies_are_422(api: httpx.Client, body: object) -> None:
    response = post_raw(api, "/api/v1/tickets", body)
    assert response.status_code == 422, response.text


@pytest.mark.parametrize(
    "path",
    ["x" * 10_000, "%00", "%F0%9F%98%80", "%ED%A0%80", "CC016695190KZ%20%20", "..%2F..%2Fetc"],
)
def test_odd_path_parameters_never_500(api: httpx.Client, path: str) -> None:
    for prefix in ("/api/v1/parcels/", "/api/v1/boxes/"):
        assert api.get(prefix + path).status_code in (200, 404, 422)
    response = api.post(f"/api/v1/otp/{path}/verify", json={"code": "123456"})
    assert response.status_code in (400, 404)


def test_problem_type_is_a_uri_per_code(api: httpx.Client) -> None:
    body = assert_problem(api.get("/api/v1/parcels/RR000000080KZ"), 404, "not_found")
    assert body["type"] == "urn:parcel-kiosk:problem:not_found"
    assert body["title"] == "Not found"
