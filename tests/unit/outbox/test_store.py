"""The outbox's file: durable settings, a versioned schema, one transaction at a time, and the
files an earlier kiosk wrote still open with every entry they hold."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from clocks import FakeClock

from kiosk.outbox import (
    SCHEMA_VERSION,
    AlreadyQueued,
    DispatchQueue,
    EntryState,
    OutboxStore,
    TicketRecordQueue,
)
from kiosk.outbox.store import BUSY_TIMEOUT_MS

BEFORE_THE_PACKAGE = Path(__file__).parent / "data" / "outbox-before-the-package.sqlite3"
WRITTEN = 1_764_000_000.0  # the clock of the code that wrote that file
AT = dt.datetime(2025, 12, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    opened = OutboxStore.in_dir(tmp_path, clock=clock)
    yield opened
    opened.close()


def test_the_journal_is_wal_every_commit_is_synced_and_a_lock_is_waited_for(store):
    DispatchQueue(store).add("CB200000010KZ", AT, "key-1")
    with closing(sqlite3.connect(store.path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert tuple(store.execute("PRAGMA synchronous")[0]) == (2,)  # FULL
    assert tuple(store.execute("PRAGMA busy_timeout")[0]) == (BUSY_TIMEOUT_MS,)


def test_a_new_file_has_both_tables_at_the_current_schema_version(store):
    assert store.schema_version() == SCHEMA_VERSION
    tables = {row[0] for row in store.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"dispatches", "ticket_records"} <= tables


def test_a_transaction_is_rolled_back_whole_on_an_exception(store):
    def write_then_fail() -> None:
        with store.transaction() as db:
            db.execute(
                "INSERT INTO ticket_records (idempotency_key, tracking_numbers, printed_at, "
                "language, next_attempt_at, created_at) VALUES ('key-1', '[]', '', 'kk', 0, 0)"
            )
            raise RuntimeError("the disk")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert store.execute("SELECT COUNT(*) FROM ticket_records")[0][0] == 0


def copy_of_the_file_before_the_package(tmp_path: Path) -> Path:
    path = tmp_path / "outbox.sqlite3"
    shutil.copyfile(BEFORE_THE_PACKAGE, path)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (0,)
    return path


def test_a_file_from_before_the_package_opens_with_every_entry(tmp_path: Path, clock):
    clock.now = WRITTEN + 100
    store = OutboxStore(copy_of_the_file_before_the_package(tmp_path), clock=clock)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        dispatches, records = DispatchQueue(store), TicketRecordQueue(store)
        assert [(e.idempotency_key, e.state) for e in dispatches.all()] == [
            ("dispatch-pending", EntryState.PENDING),
            ("dispatch-delivered", EntryState.DELIVERED),
            ("dispatch-parked", EntryState.PARKED),
        ]
        pending, delivered, parked = dispatches.all()
        assert (pending.box_barcode, pending.accepted_at, pending.sender_phone) == (
            "CB200000010KZ",
            AT,
            "+77011234567",
        )
        assert (pending.offline, pending.attempts, pending.last_error) == (
            True,
            1,
            "service_unavailable 503",
        )
        assert pending.next_attempt_at == WRITTEN + 4
        assert (delivered.dispatch_id, delivered.finished_at) == ("DS-7", WRITTEN)
        assert parked.last_error == "box_unknown 404: never sold"
        assert [(r.idempotency_key, r.state, r.tracking_numbers) for r in records.all()] == [
            ("ticket-pending", "pending", ("CC016695190KZ", "RR123456785KZ")),
            ("ticket-delivered", "delivered", ("RR123456785KZ",)),
            ("ticket-parked", "parked", ("CC016695190KZ",)),
        ]
        assert records.all()[1].ticket_id == "TK-9"
        assert (records.all()[0].language, records.all()[0].printed_at) == ("kk", AT)

        both = dispatches.stats() + records.stats()
        assert (both.depth, both.oldest_age_s, both.parked) == (2, 100.0, 2)
        # and the state machine goes on where the old code left it
        with pytest.raises(AlreadyQueued):
            dispatches.add("CB200000023KZ", AT, "another-key")  # delivered: the box is taken
        assert dispatches.requeue(parked.id).state == EntryState.PENDING
        assert [e.idempotency_key for e in dispatches.due()] == [
            "dispatch-pending",
            "dispatch-parked",
        ]
        assert records.add(["CB200000037KZ"], AT, "ru", "ticket-new").id == 4
    finally:
        store.close()


def schema(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master ORDER BY name")]
        return {
            name: db.execute(f"PRAGMA table_info({name})").fetchall()
            + db.execute(f"PRAGMA index_info({name})").fetchall()
            for name in names
        }


def test_a_new_file_has_the_tables_and_indexes_of_a_file_from_before_the_package(
    tmp_path: Path, clock
):
    OutboxStore(tmp_path / "new.sqlite3", clock=clock).close()
    old = copy_of_the_file_before_the_package(tmp_path)
    OutboxStore(old, clock=clock).close()  # migrated
    assert schema(tmp_path / "new.sqlite3") == schema(old)


def test_a_file_is_migrated_once_and_reopened_as_it_is(tmp_path: Path, clock):
    path = copy_of_the_file_before_the_package(tmp_path)
    OutboxStore(path, clock=clock).close()
    again = OutboxStore(path, clock=clock)
    try:
        assert again.schema_version() == SCHEMA_VERSION
        assert len(DispatchQueue(again).all()) == 3
    finally:
        again.close()


def test_a_file_from_a_newer_kiosk_opens_with_a_warning(tmp_path: Path, clock, caplog):
    path = tmp_path / "outbox.sqlite3"
    OutboxStore(path, clock=clock).close()
    with closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with caplog.at_level(logging.WARNING, logger="kiosk.outbox"):
        store = OutboxStore(path, clock=clock)
    try:
        assert store.schema_version() == SCHEMA_VERSION + 1  # left as it is
        assert DispatchQueue(store).add("CB200000010KZ", AT, "key-1").state == "pending"
    finally:
        store.close()
    assert "newer than this kiosk's" in caplog.text
