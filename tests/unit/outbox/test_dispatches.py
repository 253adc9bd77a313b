"""The dispatches queue: durable, one open dispatch per box, stats for the heartbeat, parked
entries kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from clocks import FakeClock

from kiosk.outbox import AlreadyQueued, DispatchQueue, OutboxStore

BOX = "CB200000010KZ"
OTHER_BOX = "CB200000023KZ"
ACCEPTED = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def dispatches(tmp_path: Path, clock: FakeClock):
    store = OutboxStore.in_dir(tmp_path / "data", clock=clock)
    yield DispatchQueue(store)
    store.close()


def test_an_added_dispatch_is_on_disk_for_the_next_process(tmp_path: Path, dispatches, clock):
    entry = dispatches.add(BOX, ACCEPTED, "key-1", offline=True)
    dispatches.store.close()

    again = OutboxStore.in_dir(tmp_path / "data", clock=clock)
    try:
        [pending] = DispatchQueue(again).pending()
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


def test_the_same_key_again_returns_the_entry_written(dispatches):
    first = dispatches.add(BOX, ACCEPTED, "key-1")
    second = dispatches.add(BOX, ACCEPTED + dt.timedelta(seconds=3), "key-1")
    assert second == first
    assert len(dispatches.all()) == 1


def test_a_second_key_for_a_box_pending_or_delivered_is_refused(dispatches):
    entry = dispatches.add(BOX, ACCEPTED, "key-1")
    with pytest.raises(AlreadyQueued) as refused:
        dispatches.add(BOX, ACCEPTED, "key-2")
    assert refused.value.entry.id == entry.id

    dispatches.mark_delivered(entry.id, "DS-1")
    with pytest.raises(AlreadyQueued):
        dispatches.add(BOX, ACCEPTED, "key-3")
    assert [e.idempotency_key for e in dispatches.all()] == ["key-1"]


def test_a_parked_box_may_be_handed_in_again(dispatches):
    entry = dispatches.add(BOX, ACCEPTED, "key-1")
    dispatches.park(entry.id, "box_unknown 404: never sold")
    again = dispatches.add(BOX, ACCEPTED, "key-2")
    assert again.state == "pending"
    assert [e.state for e in dispatches.all()] == ["parked", "pending"]


def test_a_naive_time_is_refused(dispatches):
    with pytest.raises(ValueError, match="time zone"):
        dispatches.add(BOX, ACCEPTED.replace(tzinfo=None), "key-1")
    assert dispatches.all() == []


def test_stats_give_depth_oldest_age_and_parked(dispatches, clock):
    assert dispatches.stats().depth == 0
    assert dispatches.stats().oldest_age_s is None
    first = dispatches.add(BOX, ACCEPTED, "key-1")
    clock.now += 30
    dispatches.add(OTHER_BOX, ACCEPTED, "key-2")
    clock.now += 15
    stats = dispatches.stats()
    assert (stats.depth, stats.oldest_age_s, stats.parked) == (2, 45.0, 0)

    dispatches.park(first.id, "box_already_dispatched 409")
    stats = dispatches.stats()
    assert (stats.depth, stats.oldest_age_s, stats.parked) == (1, 15.0, 1)
    [parked] = dispatches.parked()
    assert parked.last_error == "box_already_dispatched 409"
    assert parked.attempts == 1


def test_due_respects_the_next_attempt_and_keeps_the_order(dispatches, clock):
    first = dispatches.add(BOX, ACCEPTED, "key-1")
    second = dispatches.add(OTHER_BOX, ACCEPTED, "key-2")
    assert [e.id for e in dispatches.due()] == [first.id, second.id]

    dispatches.mark_failed(first.id, "service_unavailable 503", clock.now + 10)
    assert [e.id for e in dispatches.due()] == [second.id]
    dispatches.mark_delivered(second.id, "DS-2")
    assert dispatches.due() == []
    assert dispatches.next_attempt_at() == clock.now + 10
    clock.now += 10
    [due] = dispatches.due()
    assert (due.id, due.attempts, due.last_error) == (first.id, 1, "service_unavailable 503")


def test_staff_can_requeue_a_parked_entry_with_its_key(dispatches):
    entry = dispatches.add(BOX, ACCEPTED, "key-1")
    dispatches.park(entry.id, "unauthorized 401")
    again = dispatches.requeue(entry.id)
    assert (again.state, again.idempotency_key) == ("pending", "key-1")
    assert again.attempts == 0  # tried afresh: the first try is due at once, no long backoff
    assert dispatches.stats().parked == 0
    with pytest.raises(KeyError):
        dispatches.requeue(entry.id)


def test_listeners_hear_of_new_entries_only(dispatches):
    heard: list[str] = []
    dispatches.store.on_added(lambda: heard.append("added"))
    dispatches.add(BOX, ACCEPTED, "key-1")
    dispatches.add(BOX, ACCEPTED, "key-1")  # the same entry: nothing new
    assert heard == ["added"]
