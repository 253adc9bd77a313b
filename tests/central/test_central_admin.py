"""``python -m central admin``: terminals and operators, their tokens; and the operator API."""

from __future__ import annotations

import contextlib
import io
import logging
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_testlib import assert_problem, bearer

from central.admin import main as admin_main
from central.server import EmbeddedServer, start_embedded
from central.settings import Settings
from central.tokens import hash_token

REPO = Path(__file__).resolve().parents[2]
HEARTBEAT = {
    "app_version": "1.0",
    "state": "ready",
    "printer": {"state": "paper_near_end"},
    "scanners": [],
    "outbox_depth": 0,
    "uptime_s": 5,
    "alerts": ["printer paper low"],
}


def admin(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The admin command, run in process (``test_the_command_line`` runs the real one)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = admin_main(["--db", str(db), *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def token_of(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    token = result.stdout.splitlines()[-1]
    assert token
    assert " " not in token
    return token


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "central.sqlite3"


@pytest.fixture
def server(db: Path) -> Iterator[EmbeddedServer]:
    """A production server (no --dev) on the database the admin commands change."""
    admin(db, "terminals", "list")  # creates the database with today's schema
    with start_embedded(settings=Settings(db_url=f"sqlite:///{db}", dev=False)) as running:
        yield running


def _status(server: EmbeddedServer, token: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.get(f"{server.url}/api/v1/boxes/CB200000010KZ", headers=headers).status_code


def test_a_new_terminal_gets_a_token_that_works_and_only_its_hash_is_stored(
    db: Path, server: EmbeddedServer
) -> None:
    token = token_of(
        admin(db, "terminals", "add", "T-KRG-01", "--name", "Karaganda, Bukhar Zhyrau")
    )
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT id, token_hash FROM terminals").fetchall()
    assert rows == [("T-KRG-01", hash_token(token))]
    assert token not in db.read_bytes().decode("latin-1")
    assert _status(server, token) == 404  # authenticated; the box is simply unknown here
    again = admin(db, "terminals", "add", "T-KRG-01", "--name", "x")
    assert again.returncode == 1
    assert "already registered" in again.stderr


def test_rotate_and_revoke_take_effect_on_a_running_server_within_a_second(
    db: Path, server: EmbeddedServer
) -> None:
    old = token_of(admin(db, "terminals", "add", "T-KRG-01", "--name", "Karaganda"))
    assert _status(server, old) == 404
    new = token_of(admin(db, "terminals", "rotate", "T-KRG-01"))
    rotated = time.monotonic()
    while _status(server, old) != 401:
        assert time.monotonic() - rotated < 1.0
    assert _status(server, new) == 404
    assert admin(db, "terminals", "revoke", "T-KRG-01").returncode == 0
    revoked = time.monotonic()
    while _status(server, new) != 401:
        assert time.monotonic() - revoked < 1.0
    listing = admin(db, "terminals", "list").stdout
    assert "T-KRG-01" in listing
    assert "revoked" in listing


def test_unknown_terminals_and_operators_are_clear_errors(db: Path) -> None:
    for args in (("terminals", "rotate", "T-NONE"), ("terminals", "revoke", "T-NONE")):
        result = admin(db, *args)
        assert result.returncode == 1
        assert "no terminal T-NONE" in result.stderr
    result = admin(db, "operators", "revoke", "nobody")
    assert result.returncode == 1
    assert "no operator nobody" in result.stderr


def test_the_operator_api_lists_the_fleet_and_sets_maintenance(
    db: Path, server: EmbeddedServer, caplog: pytest.LogCaptureFixture
) -> None:
    terminal = token_of(admin(db, "terminals", "add", "T-KRG-01", "--name", "Karaganda"))
    operator = token_of(admin(db, "operators", "add", "aigerim"))
    as_terminal = {"Authorization": f"Bearer {terminal}"}
    as_operator = {"Authorization": f"Bearer {operator}"}
    beat = httpx.post(
        f"{server.url}/api/v1/terminals/T-KRG-01/heartbeat", json=HEARTBEAT, headers=as_terminal
    )
    assert beat.json()["maintenance_requested"] is False
    fleet = httpx.get(f"{server.url}/api/v1/operator/terminals", headers=as_operator).json()
    [listed] = fleet["terminals"]
    assert listed["terminal_id"] == "T-KRG-01"
    assert listed["active"] is True
    assert listed["alerts"] == ["printer paper low"]
    assert listed["last_heartbeat_at"] is not None

    maintenance = f"{server.url}/api/v1/operator/terminals/T-KRG-01/maintenance"
    with caplog.at_level(logging.INFO, logger="central.audit"):
        put = httpx.put(maintenance, json={"message": "Paper roll change"}, headers=as_operator)
    assert put.json()["maintenance_requested"] is True
    assert "operator aigerim put terminal T-KRG-01 into maintenance" in caplog.text
    beat = httpx.post(
        f"{server.url}/api/v1/terminals/T-KRG-01/heartbeat", json=HEARTBEAT, headers=as_terminal
    ).json()
    assert (beat["maintenance_requested"], beat["message"]) == (True, "Paper roll change")
    assert httpx.delete(maintenance, headers=as_operator).json()["maintenance_requested"] is False

    # Each kind of token opens only its own door.
    refused = httpx.get(f"{server.url}/api/v1/operator/terminals", headers=as_terminal)
    assert_problem(refused, 401, "unauthorized")
    assert _status(server, operator) == 401
    missing = httpx.put(
        f"{server.url}/api/v1/operator/terminals/T-NONE/maintenance",
        json={"message": "x"},
        headers=as_operator,
    )
    assert_problem(missing, 404, "not_found")


def test_a_revoked_operator_is_refused_within_a_second(db: Path, server: EmbeddedServer) -> None:
    operator = {"Authorization": f"Bearer {token_of(admin(db, 'operators', 'add', 'aigerim'))}"}
    url = f"{server.url}/api/v1/operator/terminals"
    assert httpx.get(url, headers=operator).status_code == 200
    assert admin(db, "operators", "revoke", "aigerim").returncode == 0
    revoked = time.monotonic()
    while httpx.get(url, headers=operator).status_code != 401:
        assert time.monotonic() - revoked < 1.0


def test_dev_tokens_do_not_open_the_operator_api(central: EmbeddedServer) -> None:
    response = httpx.get(f"{central.url}/api/v1/operator/terminals", headers=bearer("T-ALA-01"))
    assert_problem(response, 401, "unauthorized")


def test_the_command_line_prints_the_token_alone_on_its_last_line(db: Path) -> None:
    command = [sys.executable, "-m", "central", "admin", "--db", str(db)]
    add = [*command, "terminals", "add", "T-KRG-01", "--name", "Karaganda"]
    result = subprocess.run(add, cwd=REPO, capture_output=True, text=True, timeout=60)
    token = token_of(result)
    with sqlite3.connect(db) as connection:
        [(stored,)] = connection.execute("SELECT token_hash FROM terminals").fetchall()
    assert stored == hash_token(token)
