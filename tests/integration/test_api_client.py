"""The kiosk's API client against the real reference server on loopback (``central`` fixture)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from kiosk.api import (
    BoxAlreadyDispatched,
    BoxUnknown,
    CentralApi,
    Forbidden,
    IdempotencyMismatch,
    InvalidIdentifier,
    NotFound,
    OtpInvalid,
    ServiceUnavailable,
    Unauthorized,
)

TERMINAL = "T-ALA-01"
TOKEN = "dev-T-ALA-01"
DEMO_PARCEL = "CC016695190KZ"
UNKNOWN_PARCEL = "RR000000080KZ"  # a valid S10 number the demo data does not hold
DEMO_PHONE = "+77011234567"  # has demo items awaiting pickup
UNUSED_BOX = "CB200000010KZ"
ALMATY = dt.timezone(dt.timedelta(hours=5))


def _client(url: str, token: str = TOKEN, terminal: str = TERMINAL) -> CentralApi:
    return CentralApi(url, token, terminal, connect_timeout=2, read_timeout=10, backoff_s=0.01)


@pytest.fixture
def api(central: Any) -> Iterator[CentralApi]:
    with _client(central.url) as client:
        yield client


def _dev(central: Any, method: str, path: str, **kwargs: Any) -> Any:
    response = requests.request(method, central.url + path, timeout=10, **kwargs)
    response.raise_for_status()
    return response.json()


HEARTBEAT = {
    "app_version": "0.1.0",
    "state": "ready",
    "printer": {"state": "ok", "detail": ""},
    "scanners": [{"kind": "wedge", "state": "ok"}],
    "outbox_depth": 0,
    "uptime_s": 5,
    "alerts": [],
}


def _now() -> dt.datetime:
    return dt.datetime.now(ALMATY).replace(microsecond=0)


def test_health(api: CentralApi) -> None:
    assert api.health().status == "ok"


def test_demo_parcel_is_awaiting_pickup(api: CentralApi) -> None:
    parcel = api.get_parcel(DEMO_PARCEL)
    assert parcel.tracking_number == DEMO_PARCEL
    assert parcel.status == "awaiting_pickup"
    assert parcel.awaiting_pickup
    assert parcel.location is not None
    assert (parcel.location.row, parcel.location.compartment) == ("3", "12")
    assert parcel.cod_amount_kzt == 15900


def test_unknown_valid_number_is_not_found(api: CentralApi) -> None:
    with pytest.raises(NotFound) as caught:
        api.get_parcel(UNKNOWN_PARCEL)
    assert caught.value.status == 404


def test_malformed_number_is_invalid_identifier(api: CentralApi) -> None:
    with pytest.raises(InvalidIdentifier):
        api.get_parcel("CC016695191KZ")


def test_record_ticket_replay_returns_the_same_ticket(api: CentralApi, central: Any) -> None:
    key = str(uuid.uuid4())
    printed_at = _now()
    first = api.record_ticket([DEMO_PARCEL], printed_at, "kk", key)
    again = api.record_ticket([DEMO_PARCEL], printed_at, "kk", key)
    assert again.ticket_id == first.ticket_id
    with pytest.raises(IdempotencyMismatch):
        api.record_ticket([DEMO_PARCEL], printed_at, "ru", key)
    recorded = _dev(central, "GET", "/dev/tickets", params={"terminal_id": TERMINAL})
    assert [t["idempotency_key"] for t in recorded] == [key]


def test_wrong_token_is_unauthorized(central: Any) -> None:
    with _client(central.url, token="dev-wrong") as client, pytest.raises(Unauthorized):
        client.get_parcel(DEMO_PARCEL)


def test_another_terminals_token_is_forbidden(central: Any) -> None:
    with _client(central.url, token="dev-T-ALA-02") as client, pytest.raises(Forbidden):
        client.heartbeat(HEARTBEAT)


def test_phone_lookup_with_the_sms_code(api: CentralApi, central: Any) -> None:
    challenge = api.start_otp(DEMO_PHONE)
    assert challenge.masked_phone == "+7 701 *** ** 67"
    code = _dev(central, "GET", "/dev/sms", params={"phone": DEMO_PHONE})[0]["code"]
    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(OtpInvalid) as caught:
        api.verify_otp(challenge.challenge_id, wrong)
    assert caught.value.attempts_left == 2
    parcels = api.verify_otp(challenge.challenge_id, code)
    assert DEMO_PARCEL in {p.tracking_number for p in parcels}


def test_box_and_dispatch(api: CentralApi) -> None:
    box = api.get_box(UNUSED_BOX)
    assert (box.status, box.prepaid) == ("unused", True)
    key = str(uuid.uuid4())
    accepted_at = _now()
    first = api.create_dispatch(UNUSED_BOX, accepted_at, None, key)
    assert api.create_dispatch(UNUSED_BOX, accepted_at, None, key) == first
    with pytest.raises(BoxAlreadyDispatched):
        api.create_dispatch(UNUSED_BOX, accepted_at, None, str(uuid.uuid4()))
    with pytest.raises(BoxUnknown):
        api.get_box("CB299999991KZ")


def test_heartbeat(api: CentralApi, central: Any) -> None:
    _dev(central, "POST", f"/dev/terminals/{TERMINAL}/maintenance", json={"on": True})
    assert api.heartbeat(HEARTBEAT).maintenance_requested


@pytest.mark.expected_log("kiosk.api", "retry")
def test_server_down_is_service_unavailable_after_retries(api: CentralApi, central: Any) -> None:
    _dev(central, "POST", "/dev/faults", json={"down": True})
    with pytest.raises(ServiceUnavailable) as caught:
        api.get_parcel(DEMO_PARCEL)
    assert caught.value.status == 503
