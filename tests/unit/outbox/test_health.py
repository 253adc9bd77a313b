"""What the outbox knows of its disk, in memory: faults named by their cause, what blocks new
customers, and the heartbeat's alerts."""

from __future__ import annotations

import errno
import sqlite3

from kiosk.outbox.health import DiskLevel, Fault, SalvageReport, StoreHealth, classify


def sqlite_error(name: str, text: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorname = name  # as SQLite sets it
    return error


def test_errors_are_classified_by_the_cause_sqlite_or_the_os_gave():
    assert classify(sqlite_error("SQLITE_FULL", "database or disk is full")) is Fault.DISK_FULL
    assert classify(sqlite_error("SQLITE_READONLY_DIRECTORY", "readonly")) is Fault.READ_ONLY
    assert classify(sqlite_error("SQLITE_IOERR_WRITE", "disk I/O error")) is Fault.IO_ERROR
    assert classify(sqlite_error("SQLITE_CORRUPT", "malformed")) is Fault.UNREADABLE
    assert classify(sqlite3.DatabaseError("file is not a database")) is Fault.UNREADABLE
    assert classify(OSError(errno.ENOSPC, "No space left on device")) is Fault.DISK_FULL
    assert classify(OSError(errno.EROFS, "Read-only file system")) is Fault.READ_ONLY
    assert classify(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert classify(ValueError("a bug")) is None


def test_a_write_fault_blocks_customers_until_a_write_succeeds():
    health = StoreHealth()
    health.failed(Fault.DISK_FULL, "SQLITE_FULL: database or disk is full")
    assert health.blocking() == "disk_full: SQLITE_FULL: database or disk is full"
    assert health.alerts() == ["disk_full:SQLITE_FULL: database or disk is full"]
    health.wrote()
    assert health.blocking() is None
    assert health.alerts() == []


def test_a_damaged_file_is_alerted_but_does_not_block_and_only_a_salvage_clears_it():
    health = StoreHealth()
    health.failed(Fault.UNREADABLE, "SQLITE_CORRUPT: database disk image is malformed")
    health.wrote()  # the other table took a write: the file is still damaged
    assert health.blocking() is None
    assert health.alerts() == ["outbox_unreadable:SQLITE_CORRUPT: database disk image is malformed"]
    health.salvaged_now(SalvageReport("while running", "outbox.sqlite3.broken-1", 9, 2))
    assert health.alerts() == [
        "outbox_salvaged:9 entries saved, 2 lost, old file kept as outbox.sqlite3.broken-1"
        " (while running)"
    ]


def test_a_pinned_fault_stays_whatever_is_written():
    health = StoreHealth()
    health.pin(Fault.READ_ONLY, "/var/lib/kiosk: Read-only file system")
    health.wrote()
    health.failed(Fault.DISK_FULL, "later")
    assert health.blocking() == "data_dir_read_only: /var/lib/kiosk: Read-only file system"


def test_the_free_space_warns_then_blocks():
    health = StoreHealth()
    health.measured(DiskLevel.LOW, 150_000_000)
    assert health.blocking() is None
    assert health.alerts() == ["disk_low:150.0 MB free"]
    health.measured(DiskLevel.FULL, 5_000_000)
    assert health.blocking() == "disk_full: 5.0 MB free"
    assert health.alerts() == ["disk_full:5.0 MB free"]
