"""The outbox: dispatches the customer handed in, kept on disk until the central system has them.

A durable SQLite queue (WAL journal, ``synchronous=FULL``: a committed entry survives a power cut
or the process being killed). The send flow writes the entry — with its idempotency key and the
moment the customer pressed Send — *before* any network call; the delivery worker
(:mod:`kiosk.outbox_sync`) sends it later, as often as it takes, always with the same key, so the
server registers it exactly once.

An entry is ``pending`` (to deliver), ``delivered`` (the server answered 201; kept as history) or
``parked`` (the server refused it for good, e.g. ``409 box_already_dispatched``: kept for staff with
the reason, never retried by itself, never dropped). While an entry for a box is pending or
delivered, a second entry for the same box is refused (:class:`AlreadyQueued`), so double taps,
repeated scans or a second customer with the same box never make two dispatches.

Thread-safe: one connection, one lock; every call is short. Call it off the GUI thread (disk I/O).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kiosk.log import LogArea

log = logging.getLogger(LogArea.OUTBOX.logger_name)

State = Literal["pending", "delivered", "parked"]
FILE_NAME = "outbox.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS dispatches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    box_barcode TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    accepted_at TEXT NOT NULL,
    sender_phone TEXT,
    offline INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'delivered', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    created_at REAL NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    dispatch_id TEXT NOT NULL DEFAULT '',
    finished_at REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS one_open_dispatch_per_box
    ON dispatches (box_barcode) WHERE state != 'parked';
CREATE INDEX IF NOT EXISTS due ON dispatches (state, next_attempt_at);
"""
_COLUMNS = (
    "id, box_barcode, idempotency_key, accepted_at, sender_phone, offline, state, attempts, "
    "next_attempt_at, created_at, last_error, dispatch_id, finished_at"
)


class AlreadyQueued(Exception):  # noqa: N818 - reads as what happened
    """The box already has a dispatch here (pending or delivered) under another key."""

    def __init__(self, entry: OutboxEntry) -> None:
        super().__init__(
            f"box {entry.box_barcode} already has dispatch #{entry.id} ({entry.state})"
        )
        self.entry = entry


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    box_barcode: str
    idempotency_key: str
    accepted_at: dt.datetime
    sender_phone: str | None
    offline: bool
    state: State
    attempts: int
    next_attempt_at: float
    created_at: float
    last_error: str
    dispatch_id: str
    finished_at: float | None


@dataclass(frozen=True)
class OutboxStats:
    """For the heartbeat and the maintenance screen: what still waits, and for how long."""

    depth: int  # pending entries
    oldest_age_s: float | None  # age of the oldest pending entry (None when empty)
    parked: int  # refused by the server, waiting for staff


class Outbox:
    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)

    @classmethod
    def in_dir(cls, data_dir: Path, **kwargs: Callable[[], float]) -> Outbox:
        return cls(data_dir / FILE_NAME, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def on_added(self, listener: Callable[[], None]) -> None:
        """``listener()`` is called (on the adding thread) after each new entry is committed."""
        self._listeners.append(listener)

    def clock(self) -> float:
        """The outbox's wall clock, seconds since the epoch (injected in tests)."""
        return self._clock()

    def added(self) -> None:
        """Tell the listeners that an entry was committed (also for :mod:`kiosk.ticket_records`)."""
        for listener in self._listeners:
            listener()

    def execute(
        self, sql: str, args: tuple[object, ...] = ()
    ) -> tuple[list[tuple[Any, ...]], int | None]:
        """One statement on the outbox's file under its lock, in a transaction of its own (the
        tables beside the dispatches: :mod:`kiosk.ticket_records`); its rows and last row id."""
        with self._lock:
            cursor = self._db.execute(sql, args)
            return cursor.fetchall(), cursor.lastrowid

    # ---- the send flow -----------------------------------------------------------------------

    def add(
        self,
        box_barcode: str,
        accepted_at: dt.datetime,
        idempotency_key: str,
        *,
        sender_phone: str | None = None,
        offline: bool = False,
    ) -> OutboxEntry:
        """Write the dispatch durably and return it. The same key again returns the entry already
        written (a repeated tap is harmless); another key for a box that is pending or delivered
        raises :class:`AlreadyQueued`."""
        if accepted_at.tzinfo is None:
            raise ValueError("accepted_at needs a time zone")
        now = self._clock()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                same = self._one("WHERE idempotency_key = ?", (idempotency_key,))
                if same is not None:
                    self._db.execute("COMMIT")
                    return same
                other = self._one("WHERE box_barcode = ? AND state != 'parked'", (box_barcode,))
                if other is not None:
                    raise AlreadyQueued(other)
                cursor = self._db.execute(
                    "INSERT INTO dispatches (box_barcode, idempotency_key, accepted_at, "
                    "sender_phone, offline, next_attempt_at, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        box_barcode,
                        idempotency_key,
                        accepted_at.isoformat(),
                        sender_phone,
                        int(offline),
                        now,
                        now,
                    ),
                )
                entry = self._one("WHERE id = ?", (cursor.lastrowid,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        assert entry is not None
        log.info("dispatch #%d queued for box %s (key %s)", entry.id, box_barcode, _short(entry))
        self.added()
        return entry

    def open_entry(self, box_barcode: str) -> OutboxEntry | None:
        """The pending or delivered entry for this box, if any."""
        with self._lock:
            return self._one("WHERE box_barcode = ? AND state != 'parked'", (box_barcode,))

    # ---- the delivery worker -----------------------------------------------------------------

    def due(self, now: float | None = None, limit: int = 50) -> list[OutboxEntry]:
        """Pending entries whose next attempt is due, oldest first."""
        when = self._clock() if now is None else now
        with self._lock:
            return self._many(
                "WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                (when, limit),
            )

    def pending(self) -> list[OutboxEntry]:
        with self._lock:
            return self._many("WHERE state = 'pending' ORDER BY id", ())

    def next_attempt_at(self) -> float | None:
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(next_attempt_at) FROM dispatches WHERE state = 'pending'"
            ).fetchone()
        earliest: float | None = row[0]
        return earliest

    def mark_delivered(self, entry_id: int, dispatch_id: str) -> None:
        self._update(
            entry_id,
            "state = 'delivered', dispatch_id = ?, last_error = '', attempts = attempts + 1, "
            "finished_at = ?",
            (dispatch_id, self._clock()),
        )

    def mark_failed(self, entry_id: int, error: str, next_attempt_at: float) -> None:
        """A try that may succeed later: count it and schedule the next one."""
        self._update(
            entry_id,
            "attempts = attempts + 1, last_error = ?, next_attempt_at = ?",
            (error, next_attempt_at),
        )

    def park(self, entry_id: int, reason: str) -> None:
        """Refused for good: kept aside for staff, with the reason."""
        self._update(
            entry_id,
            "state = 'parked', attempts = attempts + 1, last_error = ?, finished_at = ?",
            (reason, self._clock()),
        )

    # ---- staff -------------------------------------------------------------------------------

    def parked(self) -> list[OutboxEntry]:
        with self._lock:
            return self._many("WHERE state = 'parked' ORDER BY id", ())

    def requeue(self, entry_id: int) -> OutboxEntry:
        """Staff fixed the cause (a token, a box record): try a parked entry again, same key, at
        once, its tries counted afresh. Raises :class:`AlreadyQueued` if the box has been handed
        in again meanwhile, ``KeyError`` if the entry is not parked."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                entry = self._one("WHERE id = ? AND state = 'parked'", (entry_id,))
                if entry is None:
                    raise KeyError(f"no parked dispatch #{entry_id}")
                other = self._one(
                    "WHERE box_barcode = ? AND state != 'parked'", (entry.box_barcode,)
                )
                if other is not None:
                    raise AlreadyQueued(other)
                self._db.execute(
                    "UPDATE dispatches SET state = 'pending', attempts = 0, next_attempt_at = ?, "
                    "finished_at = NULL WHERE id = ?",
                    (self._clock(), entry_id),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        log.info("dispatch #%d for box %s requeued by staff", entry_id, entry.box_barcode)
        self.added()
        return self.get(entry_id)

    def get(self, entry_id: int) -> OutboxEntry:
        with self._lock:
            entry = self._one("WHERE id = ?", (entry_id,))
        if entry is None:
            raise KeyError(f"no dispatch #{entry_id}")
        return entry

    def all(self) -> list[OutboxEntry]:
        with self._lock:
            return self._many("ORDER BY id", ())

    def stats(self, now: float | None = None) -> OutboxStats:
        when = self._clock() if now is None else now
        with self._lock:
            depth, oldest = self._db.execute(
                "SELECT COUNT(*), MIN(created_at) FROM dispatches WHERE state = 'pending'"
            ).fetchone()
            (parked,) = self._db.execute(
                "SELECT COUNT(*) FROM dispatches WHERE state = 'parked'"
            ).fetchone()
        age = None if oldest is None else max(0.0, when - oldest)
        return OutboxStats(depth=depth, oldest_age_s=age, parked=parked)

    # ---- rows --------------------------------------------------------------------------------

    def _update(self, entry_id: int, assignments: str, args: tuple[object, ...]) -> None:
        with self._lock:
            self._db.execute(
                f"UPDATE dispatches SET {assignments} WHERE id = ?",  # noqa: S608 - our own SQL
                (*args, entry_id),
            )

    def _one(self, where: str, args: tuple[object, ...]) -> OutboxEntry | None:
        rows = self._many(where, args)
        return rows[0] if rows else None

    def _many(self, where: str, args: tuple[object, ...]) -> list[OutboxEntry]:
        sql = f"SELECT {_COLUMNS} FROM dispatches {where}"  # noqa: S608 - our own SQL
        return [_entry(row) for row in self._db.execute(sql, args).fetchall()]


def _entry(row: tuple[object, ...]) -> OutboxEntry:
    (
        entry_id,
        barcode,
        key,
        accepted_at,
        phone,
        offline,
        state,
        attempts,
        next_at,
        created,
        error,
        dispatch_id,
        finished,
    ) = row
    return OutboxEntry(
        id=int(entry_id),  # type: ignore[call-overload]
        box_barcode=str(barcode),
        idempotency_key=str(key),
        accepted_at=dt.datetime.fromisoformat(str(accepted_at)),
        sender_phone=None if phone is None else str(phone),
        offline=bool(offline),
        state=state,  # type: ignore[arg-type]
        attempts=int(attempts),  # type: ignore[call-overload]
        next_attempt_at=float(next_at),  # type: ignore[arg-type]
        created_at=float(created),  # type: ignore[arg-type]
        last_error=str(error),
        dispatch_id=str(dispatch_id),
        finished_at=None if finished is None else float(finished),  # type: ignore[arg-type]
    )


def _short(entry: OutboxEntry) -> str:
    return entry.idempotency_key[:8]
