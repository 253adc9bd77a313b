"""The outbox's file: one SQLite database under the data directory, ``outbox.sqlite3``, holding
its queues (the dispatches, the records of printed tickets, the staff stations' writes).

Durable: WAL journal and ``synchronous=FULL``, so a committed entry survives a power cut or the
process being killed. One connection, shared by the threads that use the outbox (the io lane, the
printer's thread, the delivery worker) under one lock; every statement is short. A second process
on the same file (a tool, a test) waits up to ``busy_timeout`` for a write lock instead of failing.
Disk I/O: not for the GUI thread.

A failed statement raises :class:`kiosk.outbox.health.StorageError` naming the error SQLite gave
(the disk full, read-only, an I/O error, a damaged file), never a follow-on one (a rollback of a
transaction SQLite already ended); the store's :class:`~kiosk.outbox.health.StoreHealth` keeps
that fault, in memory, until a write succeeds again. A new entry is refused before SQLite would
fail when the free space is under the reserve (:mod:`kiosk.outbox.disk_space`). Opened
``in_memory`` (a data directory that cannot be written), it is a file of no durability: the
terminal is out of service then, and only delivers what it salvaged.

The schema is versioned with ``PRAGMA user_version``: each migration takes the file one version
further, in a transaction of its own. Version 0 is a file written before the versioning (or a new,
empty one); its tables are created if missing, so an outbox file from an earlier kiosk opens with
every entry it holds.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kiosk.log import LogArea
from kiosk.outbox.disk_space import DiskWatch
from kiosk.outbox.health import Fault, StorageError, StoreHealth, classify

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

# Version 2: a ticket's record is written "held" before the print, released once it printed;
# a table of no rows the disk watch writes to, to learn that the disk takes writes again.
_HELD_RECORDS = """
ALTER TABLE ticket_records ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS write_probe (n INTEGER)
"""

# Version 3: the staff stations' writes (kiosk.outbox.staff_writes): held while the station's own
# try is in flight, one pending entry per write (its fingerprint: the kind and the body).
_STAFF_WRITES = f"""
CREATE TABLE IF NOT EXISTS staff_writes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    done_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    held INTEGER NOT NULL DEFAULT 0,
    problem TEXT NOT NULL DEFAULT '',{_STATE_MACHINE}
    server_ref TEXT NOT NULL DEFAULT '',
    finished_at REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS one_pending_staff_write
    ON staff_writes (fingerprint) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS staff_writes_due ON staff_writes (state, next_attempt_at)
"""

# MIGRATIONS[n] takes a file from schema version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_TABLES, _HELD_RECORDS, _STAFF_WRITES)
SCHEMA_VERSION = len(MIGRATIONS)

Row = sqlite3.Row


class OutboxStore:
    """The outbox's SQLite file: its connection, lock, schema, clock, and who hears of new
    entries. Thread-safe; not for the GUI thread."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        in_memory: bool = False,
        disk: DiskWatch | None = None,
    ) -> None:
        self.path = path
        self.in_memory = in_memory
        self.health = StoreHealth()
        self.disk = disk
        self._clock = clock
        self._lock = threading.RLock()  # re-entered while the file is rebuilt
        self._listeners: list[Callable[[], None]] = []
        if not in_memory:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._connect()
        try:
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        target = ":memory:" if self.in_memory else self.path
        db = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        try:
            db.row_factory = sqlite3.Row
            if not self.in_memory:
                db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        except BaseException:
            db.close()
            raise
        return db

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
            try:
                rows = self._db.execute(sql, args).fetchall()
            except sqlite3.Error as error:
                raise self._failed(error) from error
        if not sql.lstrip().upper().startswith(("SELECT", "PRAGMA")):
            self.health.wrote()
        return rows

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Statements that must see and change the file together (read, check, write): one
        write transaction under the lock, committed at the end, rolled back on any exception
        (unless SQLite already ended it: then the error that ended it is the one raised)."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._rollback()
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                self._rollback()
                raise self._failed(error) from error
        self.health.wrote()

    def _rollback(self) -> None:
        if not self._db.in_transaction:  # SQLite ended it (a full disk, an I/O error)
            return
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error as error:  # the cause is raised, not this
            log.warning("outbox rollback failed: %s", error)

    def _failed(self, error: sqlite3.Error) -> Exception:
        """The exception to raise for ``error``: a :class:`StorageError` when it is the disk or
        the file (remembered in :attr:`health`), else ``error`` itself (a constraint, a bug)."""
        fault = classify(error)
        if fault is None:
            return error
        code = getattr(error, "sqlite_errorname", "") or type(error).__name__
        self.health.failed(fault, f"{code}: {error}")
        return StorageError(fault, f"{code}: {error}")

    @contextmanager
    def rebuilding(self, aside: Path) -> Iterator[None]:
        """Under the lock (every other thread waits): close the file, move it and its journals to
        ``aside`` (kept), open a fresh one at the current schema; the caller copies into it what
        it can read from ``aside`` before the lock is let go."""
        with self._lock:
            try:
                self._db.close()
            except sqlite3.Error as error:
                log.warning("outbox %s closed with an error: %s", self.path, error)
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    os.replace(source, f"{aside}{suffix}")
            self._db = self._connect()
            self._migrate()
            yield

    # ---- the disk ------------------------------------------------------------------------------

    def ensure_room(self) -> None:
        """Before a new entry: :class:`StorageError` when it could not be kept (no room left
        above the reserve, or no durable file at all)."""
        if self.in_memory:
            fault = self.health.fault or (Fault.READ_ONLY, "no durable outbox file")
            raise StorageError(*fault)
        if self.disk is None:
            return
        level, free = self.disk.measure()
        self.health.measured(level, free)
        if self.disk.below_reserve(free):
            detail = f"{free} bytes free, under the reserve of {self.disk.reserve_bytes}"
            self.health.failed(Fault.DISK_FULL, detail)
            raise StorageError(Fault.DISK_FULL, detail)

    def probe_write(self) -> bool:
        """Write (and take back) a row, to learn that the disk takes writes again; True when it
        did (and the fault is cleared)."""
        try:
            with self.transaction() as db:
                db.execute("INSERT INTO write_probe (n) VALUES (1)")
                db.execute("DELETE FROM write_probe")
        except StorageError:
            return False
        return True

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
