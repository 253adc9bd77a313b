"""What the server refuses before it works: oversized bodies, missing tokens, lookup floods, and the
public demo tokens outside dev mode."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from central_testlib import TERMINAL, assert_problem, bearer, set_clock

from central.__main__ import main as central_main
from central.db import Terminal
from central.server import EmbeddedServer, start_embedded
from central.settings import Settings
from central.tokens import hash_token
from kiosk.identifiers import s10_check_digit

REPO = Path(__file__).resolve().parents[2]
KNOWN = "CC016695190KZ"


def unknown_s10(serial: int) -> str:
    digits = f"{serial:08d}"
    return f"ZZ{digits}{s10_check_digit(digits)}KZ"


def _raw_request(url: str, head: str, body_chunks: Iterable[bytes] = ()) -> str:
    """Send a request by hand (headers, then whatever body) and return the status line."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head.encode("latin-1"))
        try:
            for chunk in body_chunks:
                sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed: what these tests want
        return sock.makefile("rb").readline().decode("latin-1").strip()


def test_a_body_over_the_limit_is_413_before_it_is_read(anon: httpx.Client) -> None:
    url = str(anon.base_url)
    head = (
        "POST /api/v1/otp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {100 * 1024 * 1024}\r\n\r\n"
    )
    # Not one byte of the 100 MB is sent: the answer comes from the headers alone.
    assert _raw_request(url, head) == "HTTP/1.1 413 Request Entity Too Large"


def test_a_chunked_body_is_cut_off_at_the_limit(api: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        piece = b"x" * 16384
        for _ in range(1000):  # 16 MB if the server kept reading
            yield b"%x\r\n%s\r\n" % (len(piece), piece)

    head = (
        "POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer dev-{TERMINAL}\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    status = _raw_request(str(api.base_url), head, chunks())
    assert status == "HTTP/1.1 413 Request Entity Too Large"


def test_the_token_is_checked_before_the_body_is_read(anon: httpx.Client) -> None:
    head = (
        "POST /api/v1/otp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 1000\r\n\r\n"
    )
    # The body never comes: a server that read it first would wait here until the timeout.
    assert _raw_request(str(anon.base_url), head) == "HTTP/1.1 401 Unauthorized"


@pytest.mark.expected_log("uvicorn.error", "Invalid HTTP request received")
@pytest.mark.parametrize("length", ["abc", "-1", "1e3"])
def test_a_content_length_that_is_not_a_number_is_400(anon: httpx.Client, length: str) -> None:
    head = f"POST /api/v1/otp HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n"
    assert _raw_request(str(anon.base_url), head).startswith("HTTP/1.1 400")


def test_bodies_under_the_limit_still_work(api: httpx.Client) -> None:
    response = api.post("/api/v1/otp", json={"phone": "+7 701 000 0000", "pad": "x" * 60_000})
    assert response.status_code in (202, 422), response.text


def test_the_61st_lookup_in_a_minute_is_429_with_retry_after(api: httpx.Client) -> None:
    set_clock(api, "2026-12-04T10:00:05+05:00")
    for _ in range(60):
        assert api.get(f"/api/v1/parcels/{KNOWN}").status_code == 200
    refused = api.get(f"/api/v1/parcels/{KNOWN}")
    assert_problem(refused, 429, "rate_limited")
    assert refused.headers["Retry-After"] == "55"
    # Another terminal is not affected; the next minute starts afresh.
    other = api.get(f"/api/v1/parcels/{KNOWN}", headers=bearer("T-ALA-02"))
    assert other.status_code == 200
    set_clock(api, "2026-12-04T10:01:00+05:00")
    assert api.get(f"/api/v1/parcels/{KNOWN}").status_code == 200


def test_numbers_that_are_not_found_are_limited_tighter(api: httpx.Client) -> None:
    set_clock(api, "2026-12-04T10:00:00+05:00")
    for serial in range(20):
        assert api.get(f"/api/v1/parcels/{unknown_s10(serial)}").status_code == 404
    assert_problem(api.get(f"/api/v1/parcels/{unknown_s10(99)}"), 429, "rate_limited")
    # Lookups that find something stay under their own, wider limit.
    set_clock(api, "2026-12-04T10:00:30+05:00")
    assert api.get(f"/api/v1/parcels/{KNOWN}").status_code == 200


def test_a_revoked_token_is_refused_within_a_second(
    central: EmbeddedServer, api: httpx.Client
) -> None:
    box = "/api/v1/boxes/CB200000010KZ"
    assert api.get(box).status_code == 200
    with central.central.db.write() as session:
        session.get_one(Terminal, TERMINAL).token_hash = hash_token("rotated")
    changed = time.monotonic()
    while True:  # a request sent after the token cache's half second is refused, however slow
        sent = time.monotonic()
        if api.get(box).status_code == 401:
            break
        assert sent - changed < 0.75
    rotated = {"Authorization": "Bearer rotated"}
    assert api.get(box, headers=rotated).status_code == 200


def test_a_deleted_terminal_is_401_not_500(central: EmbeddedServer, api: httpx.Client) -> None:
    heartbeat: dict[str, object] = {"app_version": "1", "state": "ready", "uptime_s": 1}
    heartbeat |= {"printer": {"state": "ok"}, "scanners": [], "outbox_depth": 0}
    assert api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=heartbeat).status_code == 200
    with central.central.db.write() as session:
        session.delete(session.get_one(Terminal, TERMINAL))
    response = api.post(f"/api/v1/terminals/{TERMINAL}/heartbeat", json=heartbeat)
    assert_problem(response, 401, "unauthorized")


def test_dev_tokens_work_only_while_dev_mode_is_on(database_url: str) -> None:
    db_url = database_url
    with start_embedded(settings=Settings(db_url=db_url, dev=True)) as dev_server:
        ok = httpx.get(f"{dev_server.url}/api/v1/parcels/{KNOWN}", headers=bearer(TERMINAL))
        assert ok.status_code == 200
    with start_embedded(settings=Settings(db_url=db_url, dev=False)) as server:
        refused = httpx.get(f"{server.url}/api/v1/parcels/{KNOWN}", headers=bearer(TERMINAL))
        assert_problem(refused, 401, "unauthorized")
        sms = httpx.get(f"{server.url}/dev/sms", params={"phone": "+77010000000"})
        assert sms.status_code == 404


def test_dev_mode_refuses_a_public_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert central_main(["--dev", "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "--dev-public" in capsys.readouterr().err


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_eight_100_mb_bodies_cost_the_server_almost_no_memory() -> None:
    env = os.environ | {"PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "central", "--dev", "--port", "0", "--no-access-log"]
    with subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip().removeprefix("Central API: ")
            httpx.get(f"{url}/api/v1/parcels/{KNOWN}", headers=bearer(TERMINAL)).raise_for_status()
            before = _rss_kb(process.pid)
            megabyte = b"7" * (1024 * 1024)
            for token in ("", f"Authorization: Bearer dev-{TERMINAL}\r\n") * 4:
                head = (
                    "POST /api/v1/otp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    f"{token}Content-Length: {100 * 1024 * 1024}\r\n\r\n"
                )
                body = iter([megabyte] * 100)
                assert _raw_request(url, head, body).startswith("HTTP/1.1 413")
            grown_mb = (_rss_kb(process.pid) - before) / 1024
            assert grown_mb < 20, f"the server grew by {grown_mb:.1f} MB"
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_every_operation_with_a_body_declares_the_413(anon: httpx.Client) -> None:
    """The gate answers 413 before any route runs, so the document declares it for every
    operation that takes a body (clients and the schema fuzz rely on declared statuses)."""
    paths = anon.get("/openapi.json").json()["paths"]
    with_body = [
        (method, path)
        for path, operations in paths.items()
        for method, operation in operations.items()
        if "requestBody" in operation
    ]
    assert len(with_body) > 10
    missing = [(m, p) for m, p in with_body if "413" not in paths[p][m]["responses"]]
    assert missing == []
