"""The embedded server (kiosk --mock, tests) and ``python -m central``."""

from __future__ import annotations

import inspect
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from central_testlib import TERMINAL, bearer
from fastapi.routing import APIRoute

from central.__main__ import main as central_main
from central.routes import dev, items, operator, terminals, writes
from central.server import EmbeddedServer, start_embedded
from central.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_embedded_server_serves_and_stops_cleanly() -> None:
    before = set(threading.enumerate())
    server = start_embedded()
    try:
        assert server.url == f"http://127.0.0.1:{server.port}"
        assert server.port > 0
        response = httpx.get(server.url + "/api/v1/parcels/CC016695190KZ", headers=bearer(TERMINAL))
        assert response.status_code == 200
    finally:
        server.stop()
    for thread in set(threading.enumerate()) - before:  # AnyIO's worker ends just after stop
        thread.join(timeout=5)
    assert {t for t in threading.enumerate() if t.is_alive()} <= before
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/api/v1/health")
    server.stop()  # twice is harmless


def test_two_embedded_servers_have_separate_databases() -> None:
    with start_embedded() as one, start_embedded() as two:
        assert one.url != two.url
        httpx.post(one.url + "/dev/parcels", json={"tracking_number": "RR000000080KZ"})
        found = [
            httpx.get(s.url + "/api/v1/parcels/RR000000080KZ", headers=bearer(TERMINAL)).status_code
            for s in (one, two)
        ]
    assert found == [200, 404]


def test_file_database_persists_and_uses_wal(tmp_path: Path) -> None:
    db = tmp_path / "central.db"
    with start_embedded(f"sqlite:///{db}", dev=True) as server:
        httpx.post(server.url + "/dev/parcels", json={"tracking_number": "RR000000080KZ"})
        with server.central.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with start_embedded(settings=Settings(db_url=f"sqlite:///{db}", dev=True)) as server:
        response = httpx.get(server.url + "/api/v1/parcels/RR000000080KZ", headers=bearer(TERMINAL))
        assert response.status_code == 200  # not wiped: --dev seeds only an empty database


def test_port_in_use_is_an_error() -> None:
    with start_embedded() as server, pytest.raises(OSError, match="in use"):
        start_embedded(port=server.port)


def test_cli_prints_its_url_and_serves_demo_data() -> None:
    env = os.environ | {"PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "central", "--dev", "--port", "0", "--no-access-log"]
    with subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline().strip()
            second = process.stdout.readline().strip()
            assert first.startswith("Central API: http://127.0.0.1:")
            assert "demo data" in second
            assert "T-ALA-01" in second
            url = first.removeprefix("Central API: ")
            # Already listening when the URL is printed: no retry needed.
            response = httpx.get(url + "/api/v1/parcels/CC016695190KZ", headers=bearer(TERMINAL))
            assert response.json()["location"] == {"row": "3", "compartment": "12"}
        finally:
            process.send_signal(signal.SIGINT)
            # uvicorn re-raises the SIGINT it handled once it has shut down cleanly.
            assert process.wait(timeout=10) in (0, -signal.SIGINT)


def test_answers_are_not_held_back_by_nagle(central: EmbeddedServer) -> None:
    """Without TCP_NODELAY every answer waits ~40 ms for the client's delayed ACK."""
    with httpx.Client(base_url=central.url) as client:
        client.get("/api/v1/health")
        durations = []
        for _ in range(21):
            started = time.perf_counter()
            client.get("/api/v1/health")
            durations.append(time.perf_counter() - started)
    assert statistics.median(durations) < 0.035  # a delayed ACK would make it >= 0.04


def test_no_route_that_reads_the_database_runs_on_the_event_loop() -> None:
    """FastAPI runs a plain ``def`` route in its thread pool, an ``async def`` one on the event
    loop, where one slow query would hold up every request: only routes without I/O may be async,
    and the lookup by number, which hands its read to ``Central.read`` (inline only on a SQLite
    file, where a read by key never waits: tests/central/test_central_reads.py)."""
    on_the_loop = {
        route.path
        for router in (dev.router, items.router, operator.router, terminals.router, writes.router)
        for route in router.routes
        if isinstance(route, APIRoute) and inspect.iscoroutinefunction(route.endpoint)
    }
    assert on_the_loop == {"/api/v1/health", "/api/v1/parcels/{tracking_number}"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "2"], "needs PostgreSQL"),
        (["--workers", "0"], "at least 1"),
        (["--db", "postgresql+psycopg://x@/central", "--workers", "2", "--dev"], "--workers 1"),
    ],
)
def test_several_workers_need_postgresql_and_no_dev_mode(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert central_main([*args, "--port", "0"]) == 2
    assert message in capsys.readouterr().err
