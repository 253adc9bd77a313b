"""The outbox's file: one SQLite database under the data directory, ``outbox.sqlite3``, holding
both queues (the dispatches and the records of printed tickets).

Durable: WAL journal and ``synchronous=FULL``, so a committed entry survives a power cut or the
process being killed. One connection, shared by the threads that use the outbox (the io lane, the
printer's thread, the delivery worker) under one lock; every statement is short. A second process
on the same file (a tool, a test) waits up to ``busy_timeout`` for a write lock instead of failing.
Disk I/O: not for the GUI thread.

The schema is versioned with ``PRAGMA user_version``: each migration takes the file one version
further, in a transaction of its own. Version 0 is a file written before the versioning (or a new,
empty one); its tables are created if missing, so an outbox file from an earlier kiosk opens with
every entry it holds.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kiosk.log import LogArea

log = logging.getLogger(LogArea.OUTBOX.logger_name)

FILE_NAME = "outbox.sqlite3"
BUSY_TIMEOUT_MS = 5000

# The columns of the state machine (kiosk.outbox.queue), the same in both tables.
_STATE_MACHINE = """
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'delivered', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    created_at REAL NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',"""
# Version 1: the tables as the kiosk first wrote them (files without a version have them).
_TABLES = f"""
CREATE TABLE IF NOT EXISTS dispatches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    box_barcode TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    accepted_at TEXT NOT NULL,
    sender_phone TEXT,
    offline INTEGER NOT NULL DEFAULT 0,{_STATE_MACHINE}
    dispatch_id TEXT NOT NULL DEFAULT '',
    finished_at REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS one_open_dispatch_per_box
    ON dispatches (box_barcode) WHERE state != 'parked';
CREATE INDEX IF NOT EXISTS due ON dispatches (state, next_attempt_at);
CREATE TABLE IF NOT EXISTS ticket_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    tracking_numbers TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    language TEXT NOT NULL,{_STATE_MACHINE}
    ticket_id TEXT NOT NULL DEFAULT '',
    finished_at REAL
);
"""

# MIGRATIONS[n] takes a file from schema version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_TABLES,)
SCHEMA_VERSION = len(MIGRATIONS)

Row = sqlite3.Row


class OutboxStore:
    """The outbox's SQLite file: its connection, lock, schema, clock, and who hears of new
    entries. Thread-safe; not for the GUI thread."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self._migrate()

    @classmethod
    def in_dir(cls, data_dir: Path, *, clock: Callable[[], float] = time.time) -> OutboxStore:
        return cls(data_dir / FILE_NAME, clock=clock)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def clock(self) -> float:
        """The outbox's wall clock, seconds since the epoch (injected in tests)."""
        return self._clock()

    # ---- who hears of new entries (the delivery worker) ---------------------------------------

    def on_added(self, listener: Callable[[], None]) -> None:
        """``listener()`` is called (on the adding thread) after each new entry is committed."""
        self._listeners.append(listener)

    def added(self) -> None:
        """Tell the listeners that an entry was committed (or put back to pending)."""
        for listener in self._listeners:
            listener()

    # ---- statements ----------------------------------------------------------------------------

    def execute(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        """One statement under the lock, in a transaction of its own; its rows."""
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Statements that must see and change the file together (read, check, write): one
        write transaction under the lock, committed at the end, rolled back on any exception."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # ---- schema ----------------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.execute("PRAGMA user_version")[0][0])

    def _migrate(self) -> None:
        """Bring the file to :data:`SCHEMA_VERSION`, one migration a transaction; the version is
        read again inside each, so two processes opening the file at once migrate it once."""
        while True:
            with self.transaction() as db:
                found = int(db.execute("PRAGMA user_version").fetchone()[0])
                if found >= SCHEMA_VERSION:
                    break
                for statement in MIGRATIONS[found].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {found + 1}")
            log.debug("outbox %s: schema version %d", self.path, found + 1)
        if found > SCHEMA_VERSION:  # a newer kiosk wrote it (a downgrade): opened as it is
            log.warning(
                "outbox %s has schema version %d, newer than this kiosk's %d",
                self.path,
                found,
                SCHEMA_VERSION,
            )
