"""The outbox: durable, one open dispatch per box, stats for the heartbeat, parked entries kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from clocks import FakeClock

from kiosk.outbox import AlreadyQueued, Outbox

BOX = "CB200000010KZ"
OTHER_BOX = "CB200000023KZ"
ACCEPTED = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def outbox(tmp_path: Path, clock: FakeClock):
    box = Outbox.in_dir(tmp_path / "data", clock=clock)
    yield box
    box.close()


def test_an_added_dispatch_is_on_disk_for_the_next_process(tmp_path: Path, outbox, clock):
    entry = outbox.add(BOX, ACCEPTED, "key-1", offline=True)
    outbox.close()

    again = Outbox.in_dir(tmp_path / "data", clock=clock)
    try:
        [pending] = again.pending()
    finally:
        again.close()
    assert pending == entry
    assert (pending.box_barcode, pending.idempotency_key, pending.accepted_at) == (
        BOX,
        "key-1",
        ACCEPTED,
    )
    assert pending.offline is True
    assert pending.state == "pending"


def test_the_journal_is_wal_and_every_commit_is_synced(tmp_path: Path, outbox):
    outbox.add(BOX, ACCEPTED, "key-1")
    with closing(sqlite3.connect(outbox.path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert outbox._db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL


def test_the_same_key_again_returns_the_entry_written(outbox):
    first = outbox.add(BOX, ACCEPTED, "key-1")
    second = outbox.add(BOX, ACCEPTED + dt.timedelta(seconds=3), "key-1")
    assert second == first
    assert len(outbox.all()) == 1


def test_a_second_key_for_a_box_pending_or_delivered_is_refused(outbox):
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    with pytest.raises(AlreadyQueued) as refused:
        outbox.add(BOX, ACCEPTED, "key-2")
    assert refused.value.entry.id == entry.id

    outbox.mark_delivered(entry.id, "DS-1")
    with pytest.raises(AlreadyQueued):
        outbox.add(BOX, ACCEPTED, "key-3")
    assert [e.idempotency_key for e in outbox.all()] == ["key-1"]


def test_a_parked_box_may_be_handed_in_again(outbox):
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    outbox.park(entry.id, "box_unknown 404: never sold")
    again = outbox.add(BOX, ACCEPTED, "key-2")
    assert again.state == "pending"
    assert [e.state for e in outbox.all()] == ["parked", "pending"]


def test_a_naive_time_is_refused(outbox):
    with pytest.raises(ValueError, match="time zone"):
        outbox.add(BOX, ACCEPTED.replace(tzinfo=None), "key-1")
    assert outbox.all() == []


def test_stats_give_depth_oldest_age_and_parked(outbox, clock):
    assert outbox.stats().depth == 0
    assert outbox.stats().oldest_age_s is None
    first = outbox.add(BOX, ACCEPTED, "key-1")
    clock.now += 30
    outbox.add(OTHER_BOX, ACCEPTED, "key-2")
    clock.now += 15
    stats = outbox.stats()
    assert (stats.depth, stats.oldest_age_s, stats.parked) == (2, 45.0, 0)

    outbox.park(first.id, "box_already_dispatched 409")
    stats = outbox.stats()
    assert (stats.depth, stats.oldest_age_s, stats.parked) == (1, 15.0, 1)
    [parked] = outbox.parked()
    assert parked.last_error == "box_already_dispatched 409"
    assert parked.attempts == 1


def test_due_respects_the_next_attempt_and_keeps_the_order(outbox, clock):
    first = outbox.add(BOX, ACCEPTED, "key-1")
    second = outbox.add(OTHER_BOX, ACCEPTED, "key-2")
    assert [e.id for e in outbox.due()] == [first.id, second.id]

    outbox.mark_failed(first.id, "service_unavailable 503", clock.now + 10)
    assert [e.id for e in outbox.due()] == [second.id]
    outbox.mark_delivered(second.id, "DS-2")
    assert outbox.due() == []
    assert outbox.next_attempt_at() == clock.now + 10
    clock.now += 10
    [due] = outbox.due()
    assert (due.id, due.attempts, due.last_error) == (first.id, 1, "service_unavailable 503")


def test_staff_can_requeue_a_parked_entry_with_its_key(outbox):
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    outbox.park(entry.id, "unauthorized 401")
    again = outbox.requeue(entry.id)
    assert (again.state, again.idempotency_key) == ("pending", "key-1")
    assert again.attempts == 0  # tried afresh: the first try is due at once, no long backoff
    assert outbox.stats().parked == 0
    with pytest.raises(KeyError):
        outbox.requeue(entry.id)


def test_listeners_hear_of_new_entries_only(outbox):
    heard: list[str] = []
    outbox.on_added(lambda: heard.append("added"))
    outbox.add(BOX, ACCEPTED, "key-1")
    outbox.add(BOX, ACCEPTED, "key-1")  # the same entry: nothing new
    assert heard == ["added"]
