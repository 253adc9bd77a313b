"""The delivery worker: retries what may succeed later, parks refusals, wakes on new entries."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from clocks import FakeClock

from kiosk.errors import (
    ApiError,
    BoxAlreadyDispatched,
    BoxUnknown,
    RateLimited,
    ServiceUnavailable,
    Unauthorized,
)
from kiosk.models import DispatchRecord
from kiosk.outbox import Outbox
from kiosk.outbox_sync import DeliveryWorker, is_permanent

BOX = "CB200000010KZ"
ACCEPTED = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


class FakeApi:
    """Answers with the queued outcomes in turn (an exception is raised), then succeeds."""

    def __init__(self, *outcomes: Exception) -> None:
        self.outcomes = list(outcomes)
        self.calls: list[tuple[str, str]] = []
        self.called = threading.Event()

    def create_dispatch(self, box_barcode, accepted_at, sender_phone, idempotency_key):
        self.calls.append((box_barcode, idempotency_key))
        self.called.set()
        if self.outcomes:
            raise self.outcomes.pop(0)
        return DispatchRecord(
            dispatch_id=f"DS-{len(self.calls)}", tracking_number=box_barcode, registered_at=ACCEPTED
        )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def outbox(tmp_path: Path, clock: FakeClock):
    box = Outbox.in_dir(tmp_path, clock=clock)
    yield box
    box.close()


def worker(outbox, api, clock, **kwargs) -> DeliveryWorker:
    return DeliveryWorker(
        outbox, api, retry_min_s=2.0, retry_max_s=60.0, clock=clock, jitter=lambda: 1.0, **kwargs
    )


def test_a_dispatch_is_delivered_with_its_key(outbox, clock):
    api = FakeApi()
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    assert worker(outbox, api, clock).deliver_due() == 1
    assert api.calls == [(BOX, "key-1")]
    delivered = outbox.get(entry.id)
    assert (delivered.state, delivered.dispatch_id) == ("delivered", "DS-1")
    assert outbox.stats().depth == 0


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_unavailable_is_retried_with_growing_delays_then_delivered_once(outbox, clock):
    failures = [ServiceUnavailable("down", status=503) for _ in range(3)]
    api = FakeApi(*failures)
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    sync = worker(outbox, api, clock)
    delays = []
    for _ in range(3):
        assert sync.deliver_due() == 0
        due = outbox.get(entry.id).next_attempt_at
        delays.append(due - clock.now)
        assert sync.deliver_due() == 0  # not due yet: no call
        clock.now = due
    assert delays == [2.0, 4.0, 8.0]
    assert sync.deliver_due() == 1
    assert api.calls == [(BOX, "key-1")] * 4  # the same key every time
    assert outbox.get(entry.id).state == "delivered"


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
@pytest.mark.parametrize(
    "error",
    [
        BoxAlreadyDispatched("registered by another action", status=409),
        BoxUnknown("never sold", status=404),
        Unauthorized("bad token", status=401),
        ApiError("idempotency_mismatch", status=422, code="idempotency_mismatch"),
    ],
)
def test_a_refusal_is_parked_with_its_reason_and_not_tried_again(outbox, clock, error):
    api = FakeApi(error)
    parked_events = []
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    sync = worker(outbox, api, clock, on_parked=lambda e, reason: parked_events.append(reason))
    sync.deliver_due()
    clock.now += 10_000
    sync.deliver_due()
    assert len(api.calls) == 1
    [parked] = outbox.parked()
    assert parked.id == entry.id
    assert parked.last_error == str(error)
    assert parked_events == [str(error)]
    assert outbox.stats().parked == 1


@pytest.mark.parametrize(
    ("error", "permanent"),
    [
        (ServiceUnavailable("no answer"), False),
        (ServiceUnavailable("gateway", status=503), False),
        (RateLimited("slow down", status=429), False),
        (ApiError("timeout", status=408), False),
        (BoxAlreadyDispatched("taken", status=409), True),
        (ApiError("forbidden", status=403, code="forbidden"), True),
        (RuntimeError("bug"), False),
    ],
)
def test_which_errors_are_permanent(error, permanent):
    assert is_permanent(error) is permanent


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_rate_limited_waits_at_least_retry_after(outbox, clock):
    api = FakeApi(RateLimited("slow down", retry_after_s=30))
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    worker(outbox, api, clock).deliver_due()
    assert outbox.get(entry.id).next_attempt_at == clock.now + 30


@pytest.mark.expected_log("kiosk.outbox", "unexpected failure")
def test_an_unexpected_failure_is_retried_not_lost(outbox, clock):
    api = FakeApi(RuntimeError("a bug in a parser"))
    entry = outbox.add(BOX, ACCEPTED, "key-1")
    sync = worker(outbox, api, clock)
    sync.deliver_due()
    assert outbox.get(entry.id).state == "pending"
    clock.now += 2
    sync.deliver_due()
    assert outbox.get(entry.id).state == "delivered"


def test_backoff_is_capped_and_jittered(outbox, clock):
    low = DeliveryWorker(outbox, FakeApi(), retry_min_s=2, retry_max_s=60, jitter=lambda: 0.0)
    high = DeliveryWorker(outbox, FakeApi(), retry_min_s=2, retry_max_s=60, jitter=lambda: 1.0)
    assert [high.backoff(n) for n in (1, 2, 3, 10)] == [2, 4, 8, 60]
    assert [low.backoff(n) for n in (1, 2, 3, 10)] == [1, 2, 4, 30]


def test_the_thread_wakes_on_a_new_entry_and_stops_cooperatively(tmp_path: Path):
    outbox = Outbox.in_dir(tmp_path)
    api = FakeApi()
    sync = DeliveryWorker(outbox, api, retry_min_s=0.05, retry_max_s=0.1)
    sync.start()
    try:
        outbox.add(BOX, ACCEPTED, "key-1")
        assert api.called.wait(5)
    finally:
        assert sync.stop(flush_timeout_s=5)
    assert not sync.running
    assert [e.state for e in outbox.all()] == ["delivered"]
    outbox.close()


def test_a_new_worker_resumes_what_an_earlier_run_left(tmp_path: Path):
    first = Outbox.in_dir(tmp_path)
    first.add(BOX, ACCEPTED, "key-1")
    first.close()  # the process ended before any delivery

    outbox = Outbox.in_dir(tmp_path)
    api = FakeApi()
    sync = DeliveryWorker(outbox, api)
    sync.start()
    try:
        assert api.called.wait(5)
    finally:
        sync.stop(flush_timeout_s=5)
    assert api.calls == [(BOX, "key-1")]
    assert outbox.stats().depth == 0
    outbox.close()
