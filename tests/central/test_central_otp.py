"""Phone lookup with an SMS code: life cycle, limits, no enumeration, codes stored hashed."""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import datetime, timedelta

import httpx
import pytest
from central_testlib import OTHER_TERMINAL, assert_problem, bearer, set_clock
from sqlalchemy import select

from central import demo
from central.db import OtpChallenge
from central.server import EmbeddedServer, start_embedded
from central.settings import RateLimitSettings, Settings

T0 = datetime.fromisoformat("2026-12-05T09:00:00+05:00")


def at(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat()


def start(api: httpx.Client, phone: str = demo.PHONE_MANY) -> httpx.Response:
    return api.post("/api/v1/otp", json={"phone": phone})


def last_code(api: httpx.Client, phone: str = demo.PHONE_MANY) -> str:
    sent = api.get("/dev/sms", params={"phone": phone}).json()
    code: str = sent[0]["code"]
    return code


def verify(api: httpx.Client, challenge_id: str, code: str) -> httpx.Response:
    return api.post(f"/api/v1/otp/{challenge_id}/verify", json={"code": code})


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


@pytest.fixture
def clocked(api: httpx.Client) -> httpx.Client:
    set_clock(api, T0.isoformat())
    return api


def test_happy_path(clocked: httpx.Client) -> None:
    response = start(clocked, "8 (701) 123-45-67")
    assert response.status_code == 202
    challenge = response.json()
    assert challenge["masked_phone"] == "+7 701 *** ** 67"
    assert (challenge["expires_in_s"], challenge["resend_after_s"]) == (300, 60)
    sms = clocked.get("/dev/sms", params={"phone": "+77011234567"}).json()
    assert len(sms) == 1
    assert sms[0]["code"] in sms[0]["text"]
    assert len(sms[0]["code"]) == 6
    assert sms[0]["code"].isdigit()

    found = verify(clocked, challenge["challenge_id"], sms[0]["code"])
    assert found.status_code == 200
    parcels = found.json()["parcels"]
    expected = {p.tracking_number for p in demo.PARCELS if p.phone == demo.PHONE_MANY}
    assert {p["tracking_number"] for p in parcels} == expected
    statuses = [p["status"] for p in parcels]
    assert statuses.count("awaiting_pickup") >= 3
    assert "delivered" in statuses
    assert all(p["recipient_hint"] == "А*** Н." for p in parcels)


def test_a_code_works_once(clocked: httpx.Client) -> None:
    challenge_id = start(clocked).json()["challenge_id"]
    code = last_code(clocked)
    assert verify(clocked, challenge_id, code).status_code == 200
    body = assert_problem(verify(clocked, challenge_id, code), 400, "otp_invalid")
    assert body["attempts_left"] == 0


def test_three_wrong_tries_kill_the_challenge(clocked: httpx.Client) -> None:
    challenge_id = start(clocked).json()["challenge_id"]
    code = last_code(clocked)
    for left in (2, 1, 0):
        body = assert_problem(verify(clocked, challenge_id, wrong(code)), 400, "otp_invalid")
        assert body["attempts_left"] == left
    body = assert_problem(verify(clocked, challenge_id, code), 400, "otp_invalid")
    assert body["attempts_left"] == 0


def test_the_code_expires_after_five_minutes(clocked: httpx.Client) -> None:
    early = start(clocked).json()["challenge_id"]
    early_code = last_code(clocked)
    late = start(clocked).json()["challenge_id"]
    late_code = last_code(clocked)
    set_clock(clocked, at(299))
    assert verify(clocked, early, early_code).status_code == 200
    set_clock(clocked, at(300))
    body = assert_problem(verify(clocked, late, late_code), 400, "otp_invalid")
    assert body["attempts_left"] == 0


def test_failures_look_alike(clocked: httpx.Client) -> None:
    """Wrong code, expired, unknown and another terminal's challenge: one answer shape."""
    challenge_id = start(clocked).json()["challenge_id"]
    code = last_code(clocked)
    answers = [verify(clocked, challenge_id, wrong(code)), verify(clocked, "no-such-id", code)]
    other = clocked.post(
        f"/api/v1/otp/{challenge_id}/verify",
        json={"code": code},
        headers=bearer(OTHER_TERMINAL),
    )
    answers.append(other)
    set_clock(clocked, at(301))
    answers.append(verify(clocked, challenge_id, code))
    bodies = [assert_problem(a, 400, "otp_invalid") for a in answers]
    assert {tuple(sorted(b)) for b in bodies} == {
        ("attempts_left", "code", "detail", "status", "title", "type")
    }
    assert len({(b["detail"], b["title"], b["type"]) for b in bodies}) == 1


def test_three_codes_per_phone_per_hour(clocked: httpx.Client) -> None:
    for seconds in (0, 10, 20):
        set_clock(clocked, at(seconds))
        assert start(clocked).status_code == 202
    set_clock(clocked, at(30))
    limited = start(clocked)
    assert_problem(limited, 429, "rate_limited")
    assert limited.headers["retry-after"] == str(3600 - 30)
    assert start(clocked, "+77011234567").status_code == 429  # any form of the same phone
    assert start(clocked, demo.PHONE_B).status_code == 202  # other phones are not affected
    set_clock(clocked, at(3599))
    assert start(clocked).headers["retry-after"] == "1"
    set_clock(clocked, at(3600))
    assert start(clocked).status_code == 202
    assert len(clocked.get("/dev/sms", params={"phone": demo.PHONE_MANY}).json()) == 4


def test_a_phone_without_items_gets_the_same_answer(clocked: httpx.Client) -> None:
    with_items = start(clocked, demo.PHONE_MANY)
    without = start(clocked, demo.PHONE_NONE)
    assert without.status_code == with_items.status_code == 202
    a, b = with_items.json(), without.json()
    assert a.keys() == b.keys()
    assert {k: type(v) for k, v in a.items()} == {k: type(v) for k, v in b.items()}
    assert len(a["challenge_id"]) == len(b["challenge_id"])
    assert (a["expires_in_s"], a["resend_after_s"]) == (b["expires_in_s"], b["resend_after_s"])
    assert b["masked_phone"] == "+7 702 *** ** 21"
    found = verify(clocked, b["challenge_id"], last_code(clocked, demo.PHONE_NONE))
    assert found.status_code == 200
    assert found.json() == {"parcels": []}


@pytest.mark.parametrize("phone", ["+79161234567", "+77272123456", "12345", "", "телефон"])
def test_not_a_kazakhstan_mobile_is_422(api: httpx.Client, phone: str) -> None:
    assert_problem(start(api, phone), 422, "invalid_identifier")


def test_codes_are_stored_hashed(clocked: httpx.Client, central: EmbeddedServer) -> None:
    start(clocked)
    code = last_code(clocked)
    with central.central.db.read() as session:
        (challenge,) = session.scalars(select(OtpChallenge)).all()
    stored = [str(getattr(challenge, c.key)) for c in OtpChallenge.__table__.columns]
    assert not any(code in value for value in stored)
    expected = hmac.new(bytes.fromhex(challenge.salt), code.encode(), hashlib.sha256).hexdigest()
    assert challenge.code_hash == expected


def test_logs_hold_no_phone_number_or_code(
    clocked: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    challenge_id = start(clocked).json()["challenge_id"]
    code = last_code(clocked)
    verify(clocked, challenge_id, wrong(code))
    verify(clocked, challenge_id, code)
    server_records = [r for r in caplog.records if r.name.startswith(("central", "uvicorn"))]
    text = "\n".join(r.getMessage() for r in server_records)
    assert "+7 701 *** ** 67" in text  # the flow was logged, masked
    assert "7011234567" not in text
    assert code not in text


@pytest.mark.expected_log("central.otp", "hit its OTP limit")
def test_per_terminal_limit() -> None:
    settings = Settings(dev=True, rate_limits=RateLimitSettings(otp_per_terminal=2))
    with (
        start_embedded(settings=settings) as server,
        httpx.Client(base_url=server.url, headers=bearer("T-AST-01")) as client,
    ):
        for phone in (demo.PHONE_B, demo.PHONE_C):
            assert client.post("/api/v1/otp", json={"phone": phone}).status_code == 202
        limited = client.post("/api/v1/otp", json={"phone": demo.PHONE_D})
        assert_problem(limited, 429, "rate_limited")
        assert 0 < int(limited.headers["retry-after"]) <= 600
        other = client.post("/api/v1/otp", json={"phone": demo.PHONE_D}, headers=bearer("T-ALA-01"))
        assert other.status_code == 202
