"""A staff write's ``done_at``: the record and its audit row take the time the staff member did it
(a write kept in a station's outbox arrives late), within plausible bounds; absent, the server's."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from central_testlib import (
    EXPECTED_PARCEL,
    TERMINAL,
    UNUSED_BOX,
    assert_problem,
    set_clock,
)

from central.admin import add_operator
from central.server import EmbeddedServer

DUE_PARCEL = "CC100000079KZ"  # day 31, still on row 2 / 2
ALMATY = timedelta(hours=5)


@pytest.fixture
def now(api: httpx.Client) -> datetime:
    """The server's clock, frozen at the current second."""
    instant = datetime.now(UTC).replace(microsecond=0)
    set_clock(api, instant.isoformat())
    return instant


def stamp(instant: datetime) -> str:
    """As a station in Almaty writes it: local time with its offset."""
    return instant.astimezone(timezone(ALMATY)).isoformat()


def shelving(done_at: datetime | None) -> dict[str, Any]:
    body = {"tracking_number": EXPECTED_PARCEL, "row": "7", "compartment": "1", "staff_id": "S-1"}
    return body | ({} if done_at is None else {"done_at": stamp(done_at)})


def audit(central: EmbeddedServer) -> list[dict[str, Any]]:
    """The audit of the last 8 days, in the order of its times."""
    since = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    token = add_operator(central.central.db, f"op-{uuid.uuid4().hex[:8]}")
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=central.url, headers=headers) as operator:
        response = operator.get("/api/v1/operator/audit", params={"since": since})
    entries: list[dict[str, Any]] = response.json()["entries"]
    return entries


def at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_a_late_shelving_starts_the_storage_days_when_it_was_done(
    central: EmbeddedServer, stocking: httpx.Client, api: httpx.Client, now: datetime
) -> None:
    done = now - timedelta(days=3, hours=2)
    response = stocking.post("/api/v1/staff/shelvings", json=shelving(done))
    assert response.status_code == 201, response.text
    item = response.json()["item"]
    assert at(item["arrived_at"]) == done
    done_day = (done + ALMATY).date()
    assert date.fromisoformat(item["storage_until"]) == done_day + timedelta(days=29)
    (sms,) = api.get("/dev/sms", params={"phone": "+77013334455"}).json()
    assert (done_day + timedelta(days=29)).strftime("%d.%m.%Y") in sms["text"]
    (entry,) = audit(central)
    assert (entry["action"], at(entry["at"])) == ("shelve", done)


def test_without_done_at_the_server_time_counts(
    central: EmbeddedServer, stocking: httpx.Client, now: datetime
) -> None:
    response = stocking.post("/api/v1/staff/shelvings", json=shelving(None))
    assert response.status_code == 201, response.text
    assert at(response.json()["item"]["arrived_at"]) == now
    (entry,) = audit(central)
    assert at(entry["at"]) == now


def test_handover_return_and_collection_keep_their_times(
    central: EmbeddedServer,
    stocking: httpx.Client,
    checkout: httpx.Client,
    api: httpx.Client,
    now: datetime,
) -> None:
    shelved, handed, returned, collected = (now - timedelta(minutes=m) for m in (90, 60, 1, 30))
    stocking.post("/api/v1/staff/shelvings", json=shelving(shelved)).raise_for_status()
    handover = {
        "tracking_numbers": [EXPECTED_PARCEL],
        "outcome": "handed_over",
        "staff_id": "C-2",
        "done_at": stamp(handed),
    }
    checkout.post("/api/v1/staff/handovers", json=handover).raise_for_status()
    back = {"tracking_number": DUE_PARCEL, "staff_id": "S-5", "done_at": stamp(returned)}
    stocking.post("/api/v1/staff/returns", json=back).raise_for_status()
    dispatch = {"box_barcode": UNUSED_BOX, "terminal_id": TERMINAL, "accepted_at": stamp(shelved)}
    api.post("/api/v1/dispatches", json=dispatch).raise_for_status()
    box = {"box_barcode": UNUSED_BOX, "staff_id": "S-5", "done_at": stamp(collected)}
    answer = stocking.post("/api/v1/staff/collections", json=box)
    assert answer.status_code == 201, answer.text
    assert at(answer.json()["collected_at"]) == collected
    assert [(e["action"], at(e["at"])) for e in audit(central)] == [
        ("shelve", shelved),
        ("handed_over", handed),
        ("collect", collected),
        ("return", returned),
    ]


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        (timedelta(minutes=3), "ahead of the server's clock"),
        (timedelta(days=-7, seconds=-1), "days before the server's time"),
    ],
    ids=["future", "too-old"],
)
@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/v1/staff/shelvings", shelving(None)),
        ("/api/v1/staff/returns", {"tracking_number": DUE_PARCEL, "staff_id": "S-5"}),
        ("/api/v1/staff/collections", {"box_barcode": UNUSED_BOX, "staff_id": "S-5"}),
    ],
    ids=["shelving", "return", "collection"],
)
def test_an_implausible_done_at_is_422_and_changes_nothing(
    central: EmbeddedServer,
    stocking: httpx.Client,
    now: datetime,
    path: str,
    body: dict[str, Any],
    offset: timedelta,
    words: str,
) -> None:
    sent = body | {"done_at": stamp(now + offset)}
    problem = assert_problem(stocking.post(path, json=sent), 422, "implausible_time")
    assert words in problem["detail"]
    assert audit(central) == []


def test_an_implausible_handover_time_is_422(checkout: httpx.Client, now: datetime) -> None:
    body = {
        "tracking_numbers": [EXPECTED_PARCEL],
        "outcome": "handed_over",
        "staff_id": "C-2",
        "done_at": stamp(now + timedelta(hours=1)),
    }
    assert_problem(checkout.post("/api/v1/staff/handovers", json=body), 422, "implausible_time")


@pytest.mark.parametrize("offset", [timedelta(minutes=2), timedelta(days=-7)], ids=str)
def test_the_bounds_are_accepted(stocking: httpx.Client, now: datetime, offset: timedelta) -> None:
    response = stocking.post("/api/v1/staff/shelvings", json=shelving(now + offset))
    assert response.status_code == 201, response.text
    assert at(response.json()["item"]["arrived_at"]) == now + offset


def test_done_at_is_part_of_the_idempotent_body(stocking: httpx.Client, now: datetime) -> None:
    done = now - timedelta(hours=2)
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    first = stocking.post("/api/v1/staff/shelvings", json=shelving(done), headers=headers)
    assert first.status_code == 201, first.text
    # The same instant written in UTC is the same write: its stored answer
    same = shelving(None) | {"done_at": done.isoformat()}
    replay = stocking.post("/api/v1/staff/shelvings", json=same, headers=headers)
    assert replay.status_code == 201, replay.text
    assert replay.json()["item"] == first.json()["item"]
    other = shelving(done - timedelta(minutes=1))
    changed = stocking.post("/api/v1/staff/shelvings", json=other, headers=headers)
    assert_problem(changed, 422, "idempotency_mismatch")


def test_a_done_at_without_an_offset_is_422(stocking: httpx.Client) -> None:
    body = shelving(None) | {"done_at": "2026-12-04T10:00:00"}
    assert_problem(stocking.post("/api/v1/staff/shelvings", json=body), 422, "invalid_request")
