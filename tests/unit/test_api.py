"""The API client against a scripted HTTP server on loopback: errors, retries, timeouts, privacy."""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.api import (
    ApiError,
    BoxAlreadyDispatched,
    BoxUnknown,
    CentralApi,
    Forbidden,
    IdempotencyMismatch,
    InvalidIdentifier,
    NotFound,
    OtpInvalid,
    RateLimited,
    ServiceUnavailable,
    Unauthorized,
)
from kiosk.config import ConfigError, load_config

TOKEN = "dev-T-ALA-01"
ALMATY = dt.timezone(dt.timedelta(hours=5))
PARCEL = {
    "tracking_number": "CC016695190KZ",
    "kind": "parcel",
    "status": "awaiting_pickup",
    "location": {"row": "3", "compartment": "12"},
    "arrived_at": "2026-11-20T10:15:00+05:00",
    "free_until": "2026-12-03",
    "storage_until": "2026-12-19",
    "storage_fee_kzt": 0,
    "cod_amount_kzt": 15900,
    "recipient_hint": "А*** Н.",
}
TICKET = {"ticket_id": "TK-1", "issued_at": "2026-11-21T09:00:00+05:00"}
DISPATCH = {
    "dispatch_id": "D-1",
    "tracking_number": "CC016695190KZ",
    "registered_at": "2026-11-21T09:00:00+05:00",
}
CHALLENGE = {
    "challenge_id": "ch-1",
    "masked_phone": "+7 701 *** ** 67",
    "expires_in_s": 300,
    "resend_after_s": 60,
}


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False  # never answer (until the test ends): a read timeout


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class Stub:
    """A scripted server: replies per ``METHOD path`` are used in order, the last one repeats."""

    def __init__(self) -> None:
        self.script: dict[str, list[Reply]] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()
        self.url = ""

    def on(self, method: str, path: str, *replies: Reply) -> None:
        self.script[f"{method} /api/v1{path}"] = list(replies)

    def count(self, method: str, path: str) -> int:
        return sum(1 for s in self.seen if (s.method, s.path) == (method, "/api/v1" + path))

    def answer(self, method: str, path: str) -> Reply:
        replies = self.script.get(f"{method} {path}") or [Reply(404, {"code": "not_found"})]
        return replies.pop(0) if len(replies) > 1 else replies[0]


def _handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            stub.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            reply = stub.answer(self.command, self.path)
            if reply.hang:
                stub.release.wait(10)
                return
            payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body)
            data = payload.encode() if isinstance(payload, str) else payload
            self.send_response(reply.status)
            ctype = "application/problem+json" if reply.status >= 400 else "application/json"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def stub() -> Iterator[Stub]:
    stub = Stub()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stub))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    stub.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield stub
    stub.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def delays() -> list[float]:
    return []


@pytest.fixture
def api(stub: Stub, delays: list[float]) -> Iterator[CentralApi]:
    client = CentralApi(
        stub.url,
        TOKEN,
        "T-ALA-01",
        connect_timeout=1,
        read_timeout=2,
        retries=2,
        sleep=delays.append,
    )
    yield client
    client.close()


def problem(status: int, code: str, **extra: Any) -> Reply:
    body = {"type": f"urn:x:{code}", "title": code, "status": status, "detail": "d", "code": code}
    return Reply(status, {**body, **extra})


# --- answers --------------------------------------------------------------------------------------


def test_get_parcel_validates_the_answer_and_sends_the_token(api: CentralApi, stub: Stub) -> None:
    stub.on("GET", "/parcels/CC016695190KZ", Reply(200, PARCEL))
    parcel = api.get_parcel("CC016695190KZ")
    assert parcel.awaiting_pickup
    assert parcel.location is not None
    assert parcel.location.row == "3"
    assert stub.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_path_parameters_are_quoted(api: CentralApi, stub: Stub) -> None:
    with pytest.raises(NotFound):
        api.get_parcel("../health?x")
    assert stub.seen[0].path == "/api/v1/parcels/..%2Fhealth%3Fx"


def test_base_url_may_already_end_in_the_api_prefix(stub: Stub) -> None:
    stub.on("GET", "/health", Reply(200, {"status": "ok", "version": "1"}))
    with CentralApi(stub.url + "/api/v1/", TOKEN, "T-ALA-01") as client:
        assert client.health().status == "ok"


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(200, b"<html>gateway</html>"), "is not JSON"),
        (Reply(200, {"tracking_number": "CC016695190KZ"}), "breaks the contract: kind"),
        (Reply(200, [1, 2]), "breaks the contract"),
        (Reply(200, {**PARCEL, "storage_fee_kzt": -5}), "storage_fee_kzt"),
    ],
)
def test_garbage_answers_are_service_unavailable(
    api: CentralApi, stub: Stub, reply: Reply, expected: str
) -> None:
    stub.on("GET", "/parcels/CC016695190KZ", reply)
    with pytest.raises(ServiceUnavailable, match=expected):
        api.get_parcel("CC016695190KZ")


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (422, "invalid_identifier", InvalidIdentifier),
        (404, "not_found", NotFound),
        (429, "rate_limited", RateLimited),
        (400, "otp_invalid", OtpInvalid),
        (404, "box_unknown", BoxUnknown),
        (409, "box_already_dispatched", BoxAlreadyDispatched),
        (422, "idempotency_mismatch", IdempotencyMismatch),
        (401, "unauthorized", Unauthorized),
        (403, "forbidden", Forbidden),
        (503, "unavailable", ServiceUnavailable),
    ],
)
def test_problem_codes_map_to_typed_errors(
    api: CentralApi, stub: Stub, status: int, code: str, error: type[ApiError]
) -> None:
    stub.on("GET", "/boxes/CC016695190KZ", problem(status, code))
    with pytest.raises(error) as caught:
        api.get_box("CC016695190KZ")
    assert caught.value.status == status
    assert caught.value.code == error.code
    assert caught.value.detail == "d"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (429, RateLimited),
        (500, ServiceUnavailable),
    ],
)
def test_errors_without_a_problem_document_map_by_status(
    api: CentralApi, stub: Stub, status: int, error: type[ApiError]
) -> None:
    stub.on("GET", "/boxes/CC016695190KZ", Reply(status, b"nope"))
    with pytest.raises(error):
        api.get_box("CC016695190KZ")


def test_unknown_client_error_is_a_plain_api_error(api: CentralApi, stub: Stub) -> None:
    stub.on("GET", "/boxes/X", problem(422, "invalid_request"))
    with pytest.raises(ApiError) as caught:
        api.get_box("X")
    assert type(caught.value) is ApiError
    assert (caught.value.code, caught.value.status) == ("invalid_request", 422)


def test_rate_limited_carries_retry_after(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/otp", Reply(429, {"code": "rate_limited"}, {"Retry-After": "120"}))
    with pytest.raises(RateLimited) as caught:
        api.start_otp("+77011234567")
    assert caught.value.retry_after_s == 120


def test_otp_invalid_carries_attempts_left(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/otp/ch-1/verify", problem(400, "otp_invalid", attempts_left=2))
    with pytest.raises(OtpInvalid) as caught:
        api.verify_otp("ch-1", "123456")
    assert caught.value.attempts_left == 2


def test_otp_round_trip(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/otp", Reply(202, CHALLENGE))
    stub.on("POST", "/otp/ch-1/verify", Reply(200, {"parcels": [PARCEL]}))
    challenge = api.start_otp("+77011234567")
    parcels = api.verify_otp(challenge.challenge_id, "123456")
    assert [p.tracking_number for p in parcels] == ["CC016695190KZ"]
    assert [s.body for s in stub.seen] == [{"phone": "+77011234567"}, {"code": "123456"}]


def test_heartbeat_goes_to_this_terminal(api: CentralApi, stub: Stub) -> None:
    reply = {"maintenance_requested": True, "message": None, "server_time": TICKET["issued_at"]}
    stub.on("POST", "/terminals/T-ALA-01/heartbeat", Reply(200, reply))
    assert api.heartbeat({"app_version": "0.1.0", "state": "ready"}).maintenance_requested
    assert stub.seen[0].body["state"] == "ready"


# --- retries --------------------------------------------------------------------------------------


@pytest.mark.expected_log("kiosk.api", "retry")
def test_get_is_retried_after_503(api: CentralApi, stub: Stub, delays: list[float]) -> None:
    stub.on("GET", "/parcels/CC016695190KZ", Reply(503, b""), Reply(200, PARCEL))
    assert api.get_parcel("CC016695190KZ").tracking_number == "CC016695190KZ"
    assert stub.count("GET", "/parcels/CC016695190KZ") == 2
    assert delays == [0.2]


@pytest.mark.expected_log("kiosk.api", "retry")
def test_retries_are_bounded_with_short_backoff(
    api: CentralApi, stub: Stub, delays: list[float]
) -> None:
    stub.on("GET", "/boxes/CC016695190KZ", Reply(504, b""))
    with pytest.raises(ServiceUnavailable) as caught:
        api.get_box("CC016695190KZ")
    assert caught.value.status == 504
    assert stub.count("GET", "/boxes/CC016695190KZ") == 3
    assert delays == [0.2, 0.4]


def test_500_is_not_retried(api: CentralApi, stub: Stub) -> None:
    stub.on("GET", "/boxes/CC016695190KZ", Reply(500, b""))
    with pytest.raises(ServiceUnavailable):
        api.get_box("CC016695190KZ")
    assert stub.count("GET", "/boxes/CC016695190KZ") == 1


def test_otp_calls_are_never_retried(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/otp", Reply(503, b""), Reply(202, CHALLENGE))
    stub.on("POST", "/otp/ch-1/verify", Reply(503, b""), Reply(200, {"parcels": []}))
    with pytest.raises(ServiceUnavailable):
        api.start_otp("+77011234567")
    with pytest.raises(ServiceUnavailable):
        api.verify_otp("ch-1", "123456")
    assert stub.count("POST", "/otp") == 1
    assert stub.count("POST", "/otp/ch-1/verify") == 1


@pytest.mark.expected_log("kiosk.api", "retry")
def test_ticket_retry_reuses_the_idempotency_key(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/tickets", Reply(502, b""), Reply(201, TICKET))
    printed_at = dt.datetime(2026, 11, 21, 9, 0, tzinfo=ALMATY)
    record = api.record_ticket(["CC016695190KZ"], printed_at, "kk", "key-1")
    assert record.ticket_id == "TK-1"
    assert [s.headers["Idempotency-Key"] for s in stub.seen] == ["key-1", "key-1"]
    assert (
        stub.seen[0].body
        == stub.seen[1].body
        == {
            "terminal_id": "T-ALA-01",
            "tracking_numbers": ["CC016695190KZ"],
            "printed_at": "2026-11-21T09:00:00+05:00",
            "language": "kk",
        }
    )


@pytest.mark.expected_log("kiosk.api", "retry")
def test_dispatch_retry_reuses_the_idempotency_key(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/dispatches", Reply(503, b""), Reply(201, DISPATCH))
    accepted_at = dt.datetime(2026, 11, 21, 8, 0, tzinfo=ALMATY)
    record = api.create_dispatch("CC016695190KZ", accepted_at, "+77011234567", "key-2")
    assert record.dispatch_id == "D-1"
    assert [s.headers["Idempotency-Key"] for s in stub.seen] == ["key-2", "key-2"]
    assert stub.seen[1].body["sender_phone"] == "+77011234567"


def test_heartbeat_is_not_retried(api: CentralApi, stub: Stub) -> None:
    stub.on("POST", "/terminals/T-ALA-01/heartbeat", Reply(503, b""))
    with pytest.raises(ServiceUnavailable):
        api.heartbeat({"state": "ready"})
    assert len(stub.seen) == 1


def test_naive_timestamps_are_refused_before_sending(api: CentralApi, stub: Stub) -> None:
    with pytest.raises(ValueError, match="time zone"):
        api.record_ticket(["CC016695190KZ"], dt.datetime(2026, 11, 21, 9), "kk", "key-1")
    assert stub.seen == []


# --- no answer ------------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.api", "cannot reach the central server")
def test_connection_refused_is_service_unavailable_quickly(delays: list[float]) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with CentralApi(url, TOKEN, "T-ALA-01", connect_timeout=1, sleep=delays.append) as client:
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable, match="cannot reach") as caught:
            client.get_parcel("CC016695190KZ")
    assert time.monotonic() - started < 1.0
    assert caught.value.status is None
    assert delays == [0.2, 0.4]


@pytest.mark.expected_log("kiosk.api", "no answer within")
def test_read_timeout_is_service_unavailable_within_the_timeout(stub: Stub) -> None:
    stub.on("GET", "/parcels/CC016695190KZ", Reply(hang=True))
    with CentralApi(stub.url, TOKEN, "T-ALA-01", read_timeout=0.3) as client:
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable, match=r"no answer .* within 0\.3 s"):
            client.get_parcel("CC016695190KZ")
    assert 0.3 <= time.monotonic() - started < 1.5
    assert len(stub.seen) == 1


# --- privacy and configuration --------------------------------------------------------------------


def test_logs_and_errors_never_hold_token_phone_or_code(
    api: CentralApi, stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    stub.on("POST", "/otp", Reply(202, CHALLENGE))
    stub.on("POST", "/otp/ch-1/verify", problem(400, "otp_invalid", detail="code 123456 is wrong"))
    stub.on("POST", "/dispatches", Reply(409, {"code": "box_already_dispatched"}))
    api.start_otp("+77011234567")
    errors = []
    with pytest.raises(OtpInvalid) as caught:
        api.verify_otp("ch-1", "123456")
    errors.append(caught.value)
    accepted_at = dt.datetime(2026, 11, 21, 8, 0, tzinfo=ALMATY)
    with pytest.raises(BoxAlreadyDispatched) as caught_box:
        api.create_dispatch("CC016695190KZ", accepted_at, "87011234567", "key-3")
    errors.append(caught_box.value)
    text = caught.value.detail + " ".join(map(str, errors)) + repr(api) + caplog.text
    for secret in (TOKEN, "7011234567", "123456"):
        assert secret not in text
    assert "POST /otp (phone +7 701 *** ** 67) -> 202" in caplog.text
    assert "POST /dispatches (sender +7 701 *** ** 67) -> 409" in caplog.text


class RecordingSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return super().request(method, url, *args, **kwargs)


def test_every_call_has_timeouts_and_the_ca_bundle(stub: Stub, tmp_path: Path) -> None:
    stub.on("GET", "/health", Reply(200, {"status": "ok"}))
    session = RecordingSession()
    client = CentralApi(
        stub.url,
        TOKEN,
        "T-ALA-01",
        connect_timeout=1.5,
        read_timeout=4,
        ca_bundle=tmp_path / "ca.pem",
        session_factory=lambda: session,
    )
    client.health()
    client.close()
    assert session.calls[0]["timeout"] == (1.5, 4)
    assert session.calls[0]["verify"] == str(tmp_path / "ca.pem")
    assert TOKEN not in repr(session.headers)
    session.close()


def test_from_config(stub: Stub, tmp_path: Path) -> None:
    stub.on("GET", "/health", Reply(200, {"status": "ok"}))
    empty = tmp_path / "kiosk.toml"
    empty.write_text("", encoding="utf-8")
    env = {"KIOSK_API_URL": stub.url, "KIOSK_API_TOKEN": TOKEN, "KIOSK_TERMINAL_ID": "T-ALA-01"}
    with CentralApi.from_config(load_config(empty, env=env)) as client:
        assert client.health().status == "ok"
    assert stub.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    with pytest.raises(ConfigError, match=r"api\.token: required"):
        CentralApi.from_config(load_config(empty, env={**env, "KIOSK_API_TOKEN": ""}))


def test_each_thread_calls_through_a_session_of_its_own(stub: Stub) -> None:
    """The task runner's io threads share one client: requests.Session is not thread-safe, so
    the client gives every calling thread its own, and closing the client closes them all."""
    stub.on("GET", "/health", Reply(200, {"status": "ok"}))
    made: list[RecordingSession] = []

    def factory() -> RecordingSession:
        made.append(RecordingSession())
        return made[-1]

    client = CentralApi(stub.url, TOKEN, "T-ALA-01", session_factory=factory)
    both_started = threading.Barrier(2, timeout=10)

    def call() -> None:
        both_started.wait()
        client.health()
        client.health()

    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(made) == 2, "one session per calling thread"
    assert [len(session.calls) for session in made] == [2, 2]
    closed: list[RecordingSession] = []
    for session in made:
        session.close = lambda s=session: closed.append(s)  # type: ignore[method-assign]
    client.close()
    assert closed == made
    client.health()  # after close, the calling thread gets a fresh session
    assert len(made) == 3
    client.close()
