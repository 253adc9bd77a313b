"""Fixtures and habits shared by every test suite; Qt-free (tests/unit runs without PySide6).

``central_server``: one in-memory server with the demo data for the whole session (``.url``).
``central``: the same server, reset before the test (real clock, no faults, fresh demo data).

Every test runs with no ``KIOSK_*`` environment variable set, fails on a WARNING-or-above log
record it did not declare and on a thread it left running (tests/support/strict_harness.py).
The Qt fixtures (``build_kiosk``, the check for leaked widgets and timers) are in the conftests
of tests/qt, tests/integration and tests/scanners; the builders and drivers in tests/support.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator

import pytest
import requests
from strict_harness import clear_kiosk_environment, no_leaked_threads, no_unexpected_warnings

from central.server import EmbeddedServer, start_embedded

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The ini keys of pytest-qt, declared when it is not installed (the core suite without PySide6)
# so that --strict-config still accepts the configuration.
QT_INI_KEYS = ("qt_api", "qt_log_level_fail", "qt_log_ignore")


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:
        for key in QT_INI_KEYS:
            parser.addini(key, f"{key} (pytest-qt is not installed: unused)", type="linelist")


@pytest.fixture(autouse=True)
def _strict_harness(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    clear_kiosk_environment(monkeypatch)
    with no_leaked_threads(), no_unexpected_warnings(request.node):
        yield


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
