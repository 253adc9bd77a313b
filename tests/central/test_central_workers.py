"""``python -m central --workers 2`` on PostgreSQL: what must hold across processes holds.

The requests of each test are spread over both workers for certain, not by luck: every client keeps
its connection open, and the test reads from /proc which worker process holds the other end of it
(``connections_on_every_worker``) before it sends the requests that matter.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from central_postgres import PostgresServer
from sqlalchemy import func, select

from central import demo
from central.admin import add_terminal
from central.admin import main as admin_main
from central.db import Database, Handover, IdempotencyRecord, OtpChallenge, Parcel, Ticket
from central.otp import hash_code

REPO = Path(__file__).resolve().parents[2]
WORKERS = 2
WRITER, REVOKED, DESK = "T-WRK-01", "T-WRK-02", "T-WRK-CHK"
BOX = "/api/v1/boxes/CB200000010KZ"


@dataclass
class Fleet:
    url: str
    db_url: str
    port: int
    worker_pids: list[int]
    tokens: dict[str, str]


def _workers_of(pid: int) -> list[int]:
    """The worker processes of the server (its children but multiprocessing's resource tracker)."""
    children = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return [p for p in children if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]


@pytest.fixture(scope="module")
def fleet(postgres: PostgresServer) -> Iterator[Fleet]:
    db_url = postgres.create_database("workers")
    db = Database(db_url)
    tokens = {terminal: add_terminal(db, terminal, terminal) for terminal in (WRITER, REVOKED)}
    tokens[DESK] = add_terminal(db, DESK, DESK, role="checkout")
    with db.write() as session:
        demo.add_demo_items(session, datetime.now(UTC), ZoneInfo("Asia/Almaty"))
    db.dispose()
    command = [sys.executable, "-m", "central", "--db", db_url, "--port", "0"]
    command += ["--workers", str(WORKERS), "--no-access-log", "--log-level", "warning"]
    env = os.environ | {"PYTHONPATH": str(REPO)}
    with subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip().removeprefix("Central API: ")
            assert process.stdout.readline().strip() == f"Workers serving: {WORKERS} of {WORKERS}"
            pids = _workers_of(process.pid)
            assert len(pids) == WORKERS
            port = urlsplit(url).port
            assert port is not None
            yield Fleet(url, db_url, port, pids, tokens)
        finally:
            process.terminate()
            process.wait(timeout=30)


def _worker_of_client_ports(fleet: Fleet) -> dict[int, int]:
    """Client port → the pid of the worker holding that connection's server end."""
    pid_of_inode: dict[str, int] = {}
    for pid in fleet.worker_pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                pid_of_inode[target[8:-1]] = pid
    owners: dict[int, int] = {}
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].split(":")[1], 16)
        if local_port == fleet.port and fields[9] in pid_of_inode:
            owners[int(fields[2].split(":")[1], 16)] = pid_of_inode[fields[9]]
    return owners


class Connection:
    """One kept-alive HTTP connection (http.client: its local port is known)."""

    def __init__(self, fleet: Fleet, token: str) -> None:
        self._http = http.client.HTTPConnection("127.0.0.1", fleet.port, timeout=30)
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self.request("GET", "/api/v1/health")
        self.local_port: int = self._http.sock.getsockname()[1]

    def request(
        self, method: str, path: str, body: object = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        payload = None if body is None else json.dumps(body)
        self._http.request(method, path, payload, self._headers | (headers or {}))
        response = self._http.getresponse()
        return response.status, json.loads(response.read() or b"null")

    def close(self) -> None:
        self._http.close()


@pytest.fixture
def connections_on_every_worker(fleet: Fleet) -> Iterator[Any]:
    opened: list[Connection] = []

    def open_connections(token: str, per_worker: int) -> list[Connection]:
        """``per_worker`` connections held by each worker (more are opened and dropped until the
        kernel has handed enough to each)."""
        by_worker: dict[int, list[Connection]] = {pid: [] for pid in fleet.worker_pids}
        for _ in range(20 * per_worker * WORKERS):
            connection = Connection(fleet, token)
            opened.append(connection)
            owner = _worker_of_client_ports(fleet).get(connection.local_port)
            if owner is not None and len(by_worker[owner]) < per_worker:
                by_worker[owner].append(connection)
            if all(len(held) == per_worker for held in by_worker.values()):
                return [c for held in zip(*by_worker.values(), strict=True) for c in held]
        counts = {pid: len(held) for pid, held in by_worker.items()}
        raise AssertionError(f"the connections did not reach every worker: {counts}")

    yield open_connections
    for connection in opened:
        connection.close()


def _all_at_once(connections: list[Connection], call: Any) -> list[Any]:
    """``call(connection)`` on every connection, in threads released together."""
    start = threading.Barrier(len(connections))

    def run(connection: Connection) -> Any:
        start.wait()
        return call(connection)

    with ThreadPoolExecutor(len(connections)) as pool:
        return list(pool.map(run, connections))


def test_one_idempotency_key_from_50_concurrent_requests_on_both_workers_is_one_record(
    fleet: Fleet, connections_on_every_worker: Any
) -> None:
    connections = connections_on_every_worker(fleet.tokens[WRITER], 25)
    key = "one-key-from-fifty"
    body = {
        "terminal_id": WRITER,
        "tracking_numbers": ["CC016695190KZ"],
        "printed_at": "2026-12-04T10:00:00+05:00",
        "language": "ru",
    }
    answers = _all_at_once(
        connections,
        lambda c: c.request("POST", "/api/v1/tickets", body, {"Idempotency-Key": key}),
    )
    assert {status for status, _ in answers} == {201}
    assert len({answer["ticket_id"] for _, answer in answers}) == 1
    db = Database(fleet.db_url)
    try:
        with db.read() as session:
            tickets = session.scalar(
                select(func.count()).select_from(Ticket).where(Ticket.idempotency_key == key)
            )
            records = session.scalar(
                select(func.count())
                .select_from(IdempotencyRecord)
                .where(IdempotencyRecord.key == key)
            )
    finally:
        db.dispose()
    assert (tickets, records) == (1, 1)


def test_otp_codes_and_tries_are_counted_across_workers(
    fleet: Fleet, connections_on_every_worker: Any
) -> None:
    connections = connections_on_every_worker(fleet.tokens[WRITER], 5)
    # Three codes an hour for a phone: of ten asked for at once on both workers, three are sent.
    phone = {"phone": "+77017770001"}
    started = _all_at_once(connections, lambda c: c.request("POST", "/api/v1/otp", phone))
    assert sorted(status for status, _ in started) == [202] * 3 + [429] * 7
    challenge_id = next(answer["challenge_id"] for status, answer in started if status == 202)
    db = Database(fleet.db_url)
    try:
        with db.read() as session:
            challenge = session.get_one(OtpChallenge, challenge_id)
        wrong = next(
            c for c in ("000000", "000001") if hash_code(challenge.salt, c) != challenge.code_hash
        )
        # Three wrong tries kill a code: ten at once on both workers leave 2, 1, then 0 tries.
        path = f"/api/v1/otp/{challenge_id}/verify"
        tried = _all_at_once(connections, lambda c: c.request("POST", path, {"code": wrong}))
        assert {status for status, _ in tried} == {400}
        assert sorted(answer["attempts_left"] for _, answer in tried) == [0] * 8 + [1, 2]
        with db.read() as session:
            assert session.get_one(OtpChallenge, challenge_id).attempts_left == 0
    finally:
        db.dispose()


def test_a_token_revoked_with_the_admin_command_is_refused_by_every_worker_within_a_second(
    fleet: Fleet, connections_on_every_worker: Any
) -> None:
    connections = connections_on_every_worker(fleet.tokens[REVOKED], 3)
    assert {c.request("GET", BOX)[0] for c in connections} == {200}
    assert admin_main(["--db", fleet.db_url, "terminals", "revoke", REVOKED]) == 0
    revoked = time.monotonic()
    while {c.request("GET", BOX)[0] for c in connections} != {401}:
        assert time.monotonic() - revoked < 1.0, "a worker still accepts the revoked token"
    assert {c.request("GET", BOX)[0] for c in connections} == {401}


def test_handovers_of_one_parcel_from_both_workers_at_once_deliver_it_once(
    fleet: Fleet, connections_on_every_worker: Any
) -> None:
    connections = connections_on_every_worker(fleet.tokens[DESK], 5)
    number = "CC100000140KZ"
    body = {"tracking_numbers": [number], "outcome": "handed_over", "staff_id": "C-1"}
    answers = _all_at_once(
        connections,
        lambda c: c.request(
            "POST", "/api/v1/staff/handovers", body, {"Idempotency-Key": f"desk-{id(c)}"}
        ),
    )
    assert sorted(status for status, _ in answers) == [201] + [409] * 9
    assert {answer["code"] for status, answer in answers if status == 409} == {"already_collected"}
    db = Database(fleet.db_url)
    try:
        with db.read() as session:
            assert session.get_one(Parcel, number).status == "delivered"
            handovers = session.scalars(select(Handover)).all()
    finally:
        db.dispose()
    assert [h.tracking_numbers for h in handovers] == [[number]]
