"""One queue never blocks the other, the delivery thread never dies of the outbox's file, the
heartbeat never waits for it, a failed write names its cause, and a ticket's record is kept
before the ticket prints. Real files, really damaged or really full."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from clocks import FakeClock
from disk_faults import damage_page, fill, rowids_on, small_filesystem, table_pages
from test_salvage import AT, ROWS, Server, box, reopen, written_outbox

from kiosk.availability import AvailabilityTracker
from kiosk.maintenance.heartbeat import TerminalSnapshot
from kiosk.maintenance.heartbeat_sender import HeartbeatSender
from kiosk.maintenance.names import TerminalState
from kiosk.models import HeartbeatReply
from kiosk.outbox import (
    DeliveryWorker,
    DispatchQueue,
    Outbox,
    OutboxStore,
    StaffWriteQueue,
    TicketRecordQueue,
)
from kiosk.outbox.health import Fault, StorageError
from kiosk.ports.printer import PrinterState, PrinterStatus
from kiosk.tasks import Outcome


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_764_800_000.0)


def damaged(tmp_path: Path, clock: FakeClock, table: str) -> OutboxStore:
    """The store opened as it is (no check, no salvage) on a file whose ``table`` lost its root
    page: as when a page goes bad while the kiosk runs."""
    path = written_outbox(tmp_path, clock, rows=ROWS // 4)
    root, _leaves = table_pages(path, table)
    damage_page(path, root)
    return OutboxStore(path, clock=clock)


def worker(store: OutboxStore, server: Server, clock: FakeClock) -> DeliveryWorker:
    return DeliveryWorker(
        server,
        dispatches=DispatchQueue(store),
        ticket_records=TicketRecordQueue(store),
        retry_min_s=0.01,
        retry_max_s=0.05,
        clock=clock,
    )


@pytest.mark.expected_log("kiosk.outbox", "queue failed")
@pytest.mark.parametrize(("bad", "good"), [("ticket_records", "d-"), ("dispatches", "t-")])
def test_a_damaged_table_stops_only_its_own_queue_and_the_thread_lives(tmp_path, clock, bad, good):
    store = damaged(tmp_path, clock, bad)
    server = Server()
    delivery = worker(store, server, clock)
    try:
        delivery.start()
        delivery.sync_now(timeout_s=30)
        got = server.dispatches if good == "d-" else server.tickets
        assert set(got) == {f"{good}{n}" for n in range(1, ROWS // 4 + 1)}
        assert delivery.lane_failures >= 1
        assert delivery.running  # the thread lives on
        fault = store.health.fault
        assert fault is not None
        assert fault[0] is Fault.UNREADABLE
        assert "SQLITE_CORRUPT" in fault[1]
    finally:
        delivery.stop(flush_timeout_s=5)
        store.close()


@pytest.mark.expected_log("kiosk.outbox", "queue failed")
@pytest.mark.expected_log("kiosk.outbox", "unusable")
def test_a_page_gone_bad_while_running_is_salvaged_in_place_and_the_rest_delivered(tmp_path, clock):
    path = written_outbox(tmp_path, clock)
    _root, leaves = table_pages(path, "ticket_records")
    lost = set(rowids_on(path, "ticket_records", leaves[1]))
    damage_page(path, leaves[1])
    store = OutboxStore(path, clock=clock)  # as it is: the page went bad after the start
    server = Server()
    delivery = worker(store, server, clock)
    outbox = Outbox(
        store, DispatchQueue(store), TicketRecordQueue(store), delivery, StaffWriteQueue(store)
    )
    delivery.housekeeping = outbox.keep_house
    try:
        delivery.sync_now()  # the dispatches go; the ticket records' queue fails
        assert len(server.dispatches) == ROWS
        assert server.tickets == {}
        delivery.sync_now()  # the housekeeping salvages the file, then they go
        assert set(server.tickets) == {f"t-{n}" for n in range(1, ROWS + 1) if n not in lost}
        report = store.health.salvaged
        assert report is not None
        assert report.rows_lost == len(lost)
        assert report.reason.startswith("while running: SQLITE_CORRUPT")
        assert store.health.fault is None
        assert [p for p in tmp_path.iterdir() if p.name == report.kept_as]
        outbox.ticket_records.hold([box(1)], AT, "kk", "after")  # the fresh file takes writes
    finally:
        outbox.close()


class InlineRunner:
    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def run_io(self, fn, then):
        try:
            outcome = Outcome(value=fn())
        except Exception as error:
            outcome = Outcome(error=error)
        then(outcome)


@pytest.mark.expected_log("kiosk.maintenance", "heartbeat without the outbox")
def test_the_heartbeat_goes_when_the_outbox_cannot_be_read_and_says_so(tmp_path, clock):
    store = damaged(tmp_path, clock, "dispatches")
    sent: list[dict] = []

    def send(body):
        sent.append(dict(body))
        return HeartbeatReply(maintenance_requested=False, server_time=AT)

    stats = lambda: DispatchQueue(store).stats() + TicketRecordQueue(store).stats()  # noqa: E731
    sender = HeartbeatSender(
        send=send,
        run_io=InlineRunner().run_io,
        availability=AvailabilityTracker(),
        snapshot=lambda: TerminalSnapshot(
            app_version="1",
            state=TerminalState.READY,
            printer=PrinterStatus(PrinterState.OK),
            scanners=(),
            outbox_depth=0,
            outbox_oldest_s=None,
            uptime_s=1.0,
        ),
        outbox_stats=stats,
        outbox_alert_age_s=600,
        lookup_alerts=list,
        drain_lookup_alerts=list,
        on_answer=lambda: None,
    )
    try:
        sender.send()
        [body] = sent
        [alert] = [a for a in body["alerts"] if a.startswith("outbox_unreadable:")]
        assert "SQLITE_CORRUPT" in alert
    finally:
        store.close()


def test_a_ticket_record_is_held_before_the_print_and_sent_only_once_released(tmp_path, clock):
    server = Server()
    outbox = reopen(tmp_path / "outbox.sqlite3", clock, server)
    try:
        records = outbox.ticket_records
        records.hold([box(1)], AT, "kk", "printed")
        records.hold([box(2)], AT, "kk", "jammed")
        outbox.delivery.deliver_due()
        assert server.tickets == {}  # held: nothing sent while the printer works
        records.release("printed", AT + dt.timedelta(seconds=2))
        records.void("jammed")
        outbox.delivery.deliver_due()
        assert list(server.tickets) == ["printed"]
        [entry] = records.all()
        assert entry.printed_at == AT + dt.timedelta(seconds=2)
    finally:
        outbox.close()


@pytest.mark.expected_log("kiosk.outbox", "held when the kiosk stopped")
def test_a_record_held_when_the_kiosk_stopped_is_sent_at_the_next_start(tmp_path, clock):
    outbox = reopen(tmp_path / "outbox.sqlite3", clock)
    outbox.ticket_records.hold([box(1)], AT, "ru", "in-the-printer")
    outbox.store.close()  # killed between the print and the release
    server = Server()
    again = reopen(tmp_path / "outbox.sqlite3", clock, server)
    try:
        again.delivery.deliver_due()
        assert list(server.tickets) == ["in-the-printer"]
    finally:
        again.close()


@pytest.mark.expected_log("kiosk.outbox", "free space")
def test_a_release_the_full_disk_refuses_is_owed_and_written_when_space_comes_back(tmp_path, clock):
    with small_filesystem(tmp_path / "small", 1024) as data_dir:
        server = Server()
        outbox = reopen(data_dir / "outbox.sqlite3", clock, server)
        try:
            records = outbox.ticket_records
            for n in range(1, 30):
                records.hold([box(n)], AT, "kk", f"t-{n}")
            filler = fill(data_dir)
            with pytest.raises(StorageError) as full:
                release_all(records, 30)  # the WAL grows until the disk is full
            assert full.value.fault is Fault.DISK_FULL
            assert "SQLITE_FULL" in str(full.value)
            assert "rollback" not in str(full.value)
            assert records.owed() == 1
            filler.unlink()
            outbox.keep_house()  # the probe writes, what is owed is written
            assert records.owed() == 0
            for n in range(1, 30):
                records.release(f"t-{n}", AT)
            outbox.delivery.deliver_due()
            assert len(server.tickets) == 29
        finally:
            outbox.close()


def release_all(records: TicketRecordQueue, count: int) -> None:
    for n in range(1, count):
        records.release(f"t-{n}", AT)


def test_storage_errors_name_the_fault_not_a_rollback(tmp_path, clock):
    """A constraint is not a disk fault: raised as SQLite's own error, nothing remembered."""
    outbox = reopen(tmp_path / "outbox.sqlite3", clock)
    try:
        import sqlite3

        with pytest.raises(sqlite3.IntegrityError):
            outbox.store.execute(
                "INSERT INTO dispatches (box_barcode, idempotency_key, accepted_at, "
                "next_attempt_at, created_at, state) VALUES ('x', 'k', 'a', 0, 0, 'bogus')"
            )
        assert outbox.store.health.fault is None
    finally:
        outbox.close()
