"""The records of printed tickets: written durably once, delivered by the outbox's worker with
their key until the server has them, parked on a refusal, counted in the outbox's figures; and
staff's "send now", which tries everything pending at once and waits for it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from clocks import FakeClock

from kiosk.errors import ApiError, ServiceUnavailable
from kiosk.models import TicketRecord
from kiosk.outbox import Outbox
from kiosk.outbox_sync import DeliveryWorker
from kiosk.ticket_records import TicketRecords, combined

PRINTED = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
NUMBERS = ["CC016695190KZ", "RR123456785KZ"]


class FakeTicketApi:
    """Raises the queued errors in turn, then records the ticket."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls: list[tuple[list[str], str, str]] = []
        self.called = threading.Event()

    def record_ticket(self, tracking_numbers, printed_at, language, idempotency_key):
        self.calls.append((tracking_numbers, language, idempotency_key))
        self.called.set()
        if self.errors:
            raise self.errors.pop(0)
        return TicketRecord(ticket_id=f"TK-{len(self.calls)}", issued_at=printed_at)

    def create_dispatch(self, *args):
        raise AssertionError("no dispatch in these tests")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def outbox(tmp_path: Path, clock: FakeClock):
    box = Outbox.in_dir(tmp_path, clock=clock)
    yield box
    box.close()


def worker(outbox, api, clock, tickets, **kwargs) -> DeliveryWorker:
    return DeliveryWorker(
        outbox,
        api,
        retry_min_s=2.0,
        retry_max_s=60.0,
        clock=clock,
        jitter=lambda: 1.0,
        tickets=tickets,
        **kwargs,
    )


def test_a_record_is_written_to_disk_once_per_key(outbox, tmp_path):
    tickets = TicketRecords(outbox)
    first = tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    again = tickets.add(NUMBERS, PRINTED, "kk", "key-1")  # a repeated report of the same print
    assert again.id == first.id
    assert (first.tracking_numbers, first.language, first.state) == (
        tuple(NUMBERS),
        "kk",
        "pending",
    )
    other = sqlite3.connect(
        tmp_path / "outbox.sqlite3"
    )  # on disk, committed: another reader sees it
    try:
        rows = other.execute("SELECT idempotency_key, state FROM ticket_records").fetchall()
    finally:
        other.close()
    assert rows == [("key-1", "pending")]
    with pytest.raises(ValueError, match="time zone"):
        tickets.add(NUMBERS, PRINTED.replace(tzinfo=None), "kk", "key-2")


def test_a_record_survives_reopening_the_file(tmp_path, clock):
    first = Outbox.in_dir(tmp_path, clock=clock)
    TicketRecords(first).add(NUMBERS, PRINTED, "ru", "key-1")
    first.close()
    second = Outbox.in_dir(tmp_path, clock=clock)
    try:
        [entry] = TicketRecords(second).pending()
        assert (entry.idempotency_key, entry.printed_at) == ("key-1", PRINTED)
    finally:
        second.close()


def test_a_record_is_delivered_with_its_key_and_reported(outbox, clock):
    tickets = TicketRecords(outbox)
    tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    api = FakeTicketApi()
    recorded = []
    sync = worker(outbox, api, clock, tickets, on_ticket_recorded=recorded.append)
    assert sync.deliver_due() == 1
    assert api.calls == [(NUMBERS, "kk", "key-1")]
    [entry] = tickets.all()
    assert (entry.state, entry.ticket_id) == ("delivered", "TK-1")
    assert recorded == ["TK-1"]
    assert sync.deliver_due() == 0  # delivered once, never again


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_a_server_that_is_down_gets_the_record_later_with_the_same_key(outbox, clock):
    tickets = TicketRecords(outbox)
    tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    api = FakeTicketApi(
        ServiceUnavailable("down", status=503), ServiceUnavailable("down", status=503)
    )
    sync = worker(outbox, api, clock, tickets)
    assert sync.deliver_due() == 0
    [entry] = tickets.pending()
    assert entry.next_attempt_at - clock.now == 2.0
    assert sync.deliver_due() == 0  # not due yet: no call
    clock.now = entry.next_attempt_at
    assert sync.deliver_due() == 0
    clock.now = tickets.pending()[0].next_attempt_at
    assert sync.deliver_due() == 1
    assert [call[2] for call in api.calls] == ["key-1"] * 3


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_a_refused_record_is_parked_for_staff_and_counted(outbox, clock):
    tickets = TicketRecords(outbox)
    tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    refusal = ApiError("idempotency_mismatch", status=422, code="idempotency_mismatch")
    api = FakeTicketApi(refusal)
    sync = worker(outbox, api, clock, tickets)
    sync.deliver_due()
    clock.now += 10_000
    sync.deliver_due()
    assert len(api.calls) == 1
    [entry] = tickets.all()
    assert (entry.state, entry.last_error) == ("parked", str(refusal))
    assert tickets.stats().parked == 1


def test_the_outbox_figures_count_the_ticket_records_too(outbox, clock):
    tickets = TicketRecords(outbox)
    outbox.add("CB200000010KZ", PRINTED, "dispatch-1")
    clock.now += 100
    tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    clock.now += 20
    both = combined(outbox.stats(), tickets.stats())
    assert (both.depth, both.oldest_age_s, both.parked) == (2, 120.0, 0)
    assert combined(tickets.stats(), outbox.stats()) == both


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_send_now_tries_what_waits_for_its_backoff_and_says_what_is_left(outbox, clock):
    tickets = TicketRecords(outbox)
    tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    api = FakeTicketApi(ServiceUnavailable("down", status=503))
    sync = worker(outbox, api, clock, tickets)
    sync.deliver_due()  # failed: waits 2 s now
    assert sync.sync_now() == 0  # staff do not wait for the backoff
    assert len(api.calls) == 2
    assert tickets.all()[0].state == "delivered"


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_send_now_waits_for_the_running_worker_pass(outbox, clock):
    tickets = TicketRecords(outbox)
    api = FakeTicketApi(ServiceUnavailable("down", status=503))
    sync = worker(outbox, api, clock, tickets)
    sync.start()
    try:
        tickets.add(NUMBERS, PRINTED, "kk", "key-1")
        assert api.called.wait(5)  # the worker's own try failed: the record waits its backoff
        assert sync.sync_now(timeout_s=10) == 0  # the pass staff asked for delivered it
        assert len(api.calls) == 2
    finally:
        sync.stop()


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_staff_see_the_parked_records_and_requeue_one_with_its_key(outbox, clock):
    tickets = TicketRecords(outbox)
    tickets.add(NUMBERS, PRINTED, "kk", "key-1")
    tickets.add(["RR123456785KZ"], PRINTED, "ru", "key-2")
    refusal = ApiError("idempotency_mismatch", status=422, code="idempotency_mismatch")
    api = FakeTicketApi(refusal, refusal)
    sync = worker(outbox, api, clock, tickets)
    sync.deliver_due()
    assert tickets.pending() == []
    parked = tickets.parked()
    assert [(e.idempotency_key, e.state, e.attempts) for e in parked] == [
        ("key-1", "parked", 1),
        ("key-2", "parked", 1),
    ]
    assert parked[0].tracking_numbers == tuple(NUMBERS)
    assert parked[0].last_error == str(refusal)

    woken = []
    outbox.on_added(lambda: woken.append(True))
    clock.now += 500
    again = tickets.requeue(parked[0].id)
    assert (again.state, again.attempts, again.idempotency_key) == ("pending", 0, "key-1")
    assert again.next_attempt_at == clock.now  # due at once, not after a backoff
    assert woken == [True]  # the worker is told
    assert [e.idempotency_key for e in tickets.parked()] == ["key-2"]
    assert tickets.stats().parked == 1
    with pytest.raises(KeyError):
        tickets.requeue(parked[0].id)  # pending now, not parked
    with pytest.raises(KeyError):
        tickets.requeue(999)

    assert sync.deliver_due() == 1
    assert api.calls[-1] == (NUMBERS, "kk", "key-1")  # the same key: registered once at most
    assert [e.state for e in tickets.all()] == ["delivered", "parked"]
