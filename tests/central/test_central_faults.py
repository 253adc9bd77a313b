"""Injected faults (dev): down, flaky, slow — on /api/v1 only, and never blocking the server."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from central_testlib import assert_problem

from central.server import EmbeddedServer


def test_down_answers_503_problem_to_every_api_call(api: httpx.Client) -> None:
    api.post("/dev/faults", json={"down": True}).raise_for_status()
    for response in (
        api.get("/api/v1/parcels/CC016695190KZ"),
        api.post("/api/v1/otp", json={"phone": "+77011234567"}),
        api.get("/api/v1/health"),
    ):
        assert_problem(response, 503, "unavailable")
    assert api.get("/dev/tickets").status_code == 200  # dev endpoints keep working
    assert api.post("/dev/faults", json={}).json() == {
        "latency_ms": 0,
        "error_rate": 0.0,
        "down": False,
    }
    assert api.get("/api/v1/parcels/CC016695190KZ").status_code == 200


def test_error_rate(api: httpx.Client) -> None:
    api.post("/dev/faults", json={"error_rate": 1.0}).raise_for_status()
    assert_problem(api.get("/api/v1/boxes/CB200000010KZ"), 503, "unavailable")
    api.post("/dev/faults", json={"error_rate": 0.5}).raise_for_status()
    statuses = {api.get("/api/v1/boxes/CB200000010KZ").status_code for _ in range(60)}
    assert statuses == {200, 503}  # 60 tries: both outcomes but with probability 2^-59


def test_latency_applies_without_blocking_other_requests(
    api: httpx.Client, central: EmbeddedServer
) -> None:
    api.post("/dev/faults", json={"latency_ms": 400}).raise_for_status()

    def timed_get(_: int) -> float:
        with httpx.Client(base_url=central.url, headers=api.headers, timeout=10) as client:
            started = time.perf_counter()
            assert client.get("/api/v1/parcels/CC016695190KZ").status_code == 200
            return time.perf_counter() - started

    started = time.perf_counter()
    with ThreadPoolExecutor(6) as pool:
        durations = list(pool.map(timed_get, range(6)))
    total = time.perf_counter() - started
    assert min(durations) >= 0.4
    assert total < 6 * 0.4  # the six slow answers overlapped
    started = time.perf_counter()
    assert api.get("/dev/tickets").status_code == 200  # not delayed
    assert time.perf_counter() - started < 0.4
