"""Fixtures shared by every test suite: the real central server on loopback.

``central_server``: one in-memory server with the demo data for the whole session (``.url``).
``central``: the same server, reset before the test (real clock, no faults, fresh demo data).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from central.server import EmbeddedServer, start_embedded


@pytest.fixture(scope="session")
def central_server() -> Iterator[EmbeddedServer]:
    server = start_embedded("sqlite:///:memory:", dev=True, host="127.0.0.1", port=0)
    yield server
    server.stop()


@pytest.fixture
def central(central_server: EmbeddedServer) -> EmbeddedServer:
    with requests.Session() as http:
        for path, body in (("/dev/clock", {"now": None}), ("/dev/faults", {}), ("/dev/reset", {})):
            http.post(central_server.url + path, json=body, timeout=10).raise_for_status()
    return central_server
