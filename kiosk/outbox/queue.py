"""The state machine every outbox entry goes through, written once for both queues.

An entry is written ``pending`` with its idempotency key, before any network call. The delivery
worker (:mod:`kiosk.outbox.delivery`) tries it when it is due; each try is counted:

- the server has it: ``delivered``, with the server's id for it (kept as history);
- a try that may succeed later: still ``pending``, due again after a backoff;
- refused for good: ``parked``, with the server's reason, kept for staff, never retried by
  itself and never dropped. Staff may put it back to ``pending`` (:meth:`DeliveryQueue.requeue`):
  same key, due at once, its tries counted afresh.

A queue is one table of the outbox's file (:mod:`kiosk.outbox.store`); what differs between the
dispatches and the ticket records (their own columns, how an entry is added) is in their modules.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from kiosk.log import LogArea
from kiosk.outbox.store import OutboxStore, Row

log = logging.getLogger(LogArea.OUTBOX.logger_name)

DUE_BATCH = 50


class EntryState(enum.StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    PARKED = "parked"


@dataclass(frozen=True, kw_only=True)
class QueuedEntry:
    """What every entry of every queue has: where it stands in the state machine."""

    id: int
    idempotency_key: str
    state: EntryState
    attempts: int
    next_attempt_at: float  # epoch seconds: when a pending entry is due
    created_at: float
    last_error: str  # the last failed try's reason, or the refusal of a parked entry
    finished_at: float | None  # when it was delivered or parked


@dataclass(frozen=True)
class OutboxStats:
    """For the heartbeat and the maintenance screen: what still waits, and for how long."""

    depth: int  # pending entries
    oldest_age_s: float | None  # age of the oldest pending entry (None when empty)
    parked: int  # refused by the server, waiting for staff

    def __add__(self, other: OutboxStats) -> OutboxStats:
        """What waits in both queues."""
        ages = [a for a in (self.oldest_age_s, other.oldest_age_s) if a is not None]
        return OutboxStats(
            depth=self.depth + other.depth,
            oldest_age_s=max(ages) if ages else None,
            parked=self.parked + other.parked,
        )


EntryT = TypeVar("EntryT", bound=QueuedEntry)

_STATE_COLUMNS = "id, idempotency_key, state, attempts, next_attempt_at, created_at, last_error, "
_STATE_COLUMNS += "finished_at"


class DeliveryQueue(Generic[EntryT]):
    """One table of entries on their way to the central system. Thread-safe; not for the GUI
    thread. A subclass names its table, its own columns, the column of the server's id, and
    builds its entries from rows."""

    TABLE: ClassVar[str]
    COLUMNS: ClassVar[str]  # the table's own columns, after the state machine's
    SERVER_ID: ClassVar[str]  # the column that keeps the server's id of a delivered entry
    NAME: ClassVar[str]  # what an entry is called in the log and in errors
    READY: ClassVar[str] = ""  # more conditions on a pending entry the worker may send now

    def __init__(self, store: OutboxStore) -> None:
        self.store = store

    def _entry(self, row: Row) -> EntryT:
        raise NotImplementedError

    def entry_from_row(self, row: Row) -> EntryT:
        """The entry a row holds (``ValueError``, ``KeyError``, ``TypeError`` when it does not
        hold one: a row read from a damaged file)."""
        return self._entry(row)

    def details(self, entry: EntryT) -> str:
        """What the log says of an entry beside its number (no personal data)."""
        raise NotImplementedError

    def describe(self, entry: EntryT, *more: str) -> str:
        """How the log names an entry, e.g. ``dispatch #3 (box CB200000010KZ, try 2)``."""
        return f"{self.NAME} #{entry.id} ({', '.join((self.details(entry), *more))})"

    # ---- reading -----------------------------------------------------------------------------

    def get(self, entry_id: int) -> EntryT:
        found = self._select("WHERE id = ?", (entry_id,))
        if not found:
            raise KeyError(f"no {self.NAME} #{entry_id}")
        return found[0]

    def all(self) -> list[EntryT]:
        return self._select("ORDER BY id", ())

    def pending(self) -> list[EntryT]:
        """What the worker may send, backoff or not."""
        return self._select(f"WHERE state = 'pending' {self.READY} ORDER BY id", ())

    def parked(self) -> list[EntryT]:
        return self._select("WHERE state = 'parked' ORDER BY id", ())

    def due(self, now: float | None = None, limit: int = DUE_BATCH) -> list[EntryT]:
        """Pending entries whose next attempt is due, oldest first."""
        when = self.store.clock() if now is None else now
        return self._select(
            f"WHERE state = 'pending' {self.READY} AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            (when, limit),
        )

    def next_attempt_at(self) -> float | None:
        [row] = self.store.execute(
            f"SELECT MIN(next_attempt_at) FROM {self.TABLE} "  # noqa: S608 - our own SQL
            f"WHERE state = 'pending' {self.READY}"
        )
        return None if row[0] is None else float(row[0])

    def stats(self, now: float | None = None) -> OutboxStats:
        when = self.store.clock() if now is None else now
        [row] = self.store.execute(
            "SELECT COUNT(*) FILTER (WHERE state = 'pending'), "  # noqa: S608 - our own SQL
            "MIN(created_at) FILTER (WHERE state = 'pending'), "
            f"COUNT(*) FILTER (WHERE state = 'parked') FROM {self.TABLE}"
        )
        depth, oldest, parked = row
        age = None if oldest is None else max(0.0, when - oldest)
        return OutboxStats(depth=depth, oldest_age_s=age, parked=parked)

    # ---- the state machine ---------------------------------------------------------------------

    def mark_delivered(self, entry_id: int, server_id: str) -> None:
        """The server has it, under ``server_id``."""
        self._update(
            entry_id,
            f"state = 'delivered', {self.SERVER_ID} = ?, last_error = '', "
            "attempts = attempts + 1, finished_at = ?",
            (server_id, self.store.clock()),
        )

    def mark_failed(self, entry_id: int, error: str, next_attempt_at: float) -> None:
        """A try that may succeed later: count it and schedule the next one."""
        self._update(
            entry_id,
            "attempts = attempts + 1, last_error = ?, next_attempt_at = ?",
            (error, next_attempt_at),
        )

    def park(self, entry_id: int, reason: str, problem: str = "") -> None:
        """Refused for good: kept aside for staff, with the reason (and the server's problem
        code, for the queues that keep it)."""
        self._update(
            entry_id,
            "state = 'parked', attempts = attempts + 1, last_error = ?, finished_at = ?",
            (reason, self.store.clock()),
        )

    def requeue(self, entry_id: int) -> EntryT:
        """Staff fixed the cause (a token, a record the server refused): try a parked entry
        again with its key, at once, its tries counted afresh; the delivery worker is woken.
        ``KeyError`` if the entry is not parked."""
        with self.store.transaction() as db:
            found = self._rows(db, "WHERE id = ? AND state = 'parked'", (entry_id,))
            if not found:
                raise KeyError(f"no parked {self.NAME} #{entry_id}")
            self._may_requeue(db, self._entry(found[0]))
            db.execute(
                f"UPDATE {self.TABLE} SET state = 'pending', attempts = 0, "  # noqa: S608
                "next_attempt_at = ?, finished_at = NULL WHERE id = ?",
                (self.store.clock(), entry_id),
            )
        entry = self.get(entry_id)
        log.info("%s requeued by staff", self.describe(entry, f"key {entry.idempotency_key[:8]}"))
        self.store.added()
        return entry

    def _may_requeue(self, db: sqlite3.Connection, entry: EntryT) -> None:
        """Raise if ``entry`` may not be pending again (in the requeue's transaction)."""

    # ---- adding ----------------------------------------------------------------------------------

    def _add(self, idempotency_key: str, columns: Mapping[str, object]) -> EntryT:
        """Write a new pending entry, due at once, and wake the delivery worker; or return the
        entry already written under this key (a repeated tap, a repeated report)."""
        now = self.store.clock()
        values = {"idempotency_key": idempotency_key, **columns}
        values |= {"next_attempt_at": now, "created_at": now}
        self.store.ensure_room()
        with self.store.transaction() as db:
            same = self._rows(db, "WHERE idempotency_key = ?", (idempotency_key,))
            if same:
                return self._entry(same[0])
            self._may_add(db, columns)
            cursor = db.execute(
                f"INSERT INTO {self.TABLE} ({', '.join(values)}) "  # noqa: S608 - our own SQL
                f"VALUES ({', '.join('?' for _ in values)})",
                tuple(values.values()),
            )
            [row] = self._rows(db, "WHERE id = ?", (cursor.lastrowid,))
        entry = self._entry(row)
        key = idempotency_key[:8]
        log.info("%s #%d queued (%s, key %s)", self.NAME, entry.id, self.details(entry), key)
        self.store.added()
        return entry

    def _may_add(self, db: sqlite3.Connection, columns: Mapping[str, object]) -> None:
        """Raise if a new entry with these columns may not be written (in the add's
        transaction)."""

    # ---- rows ------------------------------------------------------------------------------------

    def _update(self, entry_id: int, assignments: str, args: tuple[object, ...]) -> None:
        self.store.execute(
            f"UPDATE {self.TABLE} SET {assignments} WHERE id = ?",  # noqa: S608 - our own SQL
            (*args, entry_id),
        )

    def _select(self, where: str, args: Sequence[object]) -> list[EntryT]:
        rows = self.store.execute(self._sql(where), args)
        return [self._entry(row) for row in rows]

    def _rows(self, db: sqlite3.Connection, where: str, args: Sequence[object]) -> list[Row]:
        return db.execute(self._sql(where), args).fetchall()

    def _sql(self, where: str) -> str:
        columns = f"{_STATE_COLUMNS}, {self.SERVER_ID}, {self.COLUMNS}"
        return f"SELECT {columns} FROM {self.TABLE} {where}"  # noqa: S608 - our own SQL

    @staticmethod
    def _state(row: Row) -> dict[str, Any]:
        """The state machine's fields of an entry, from its row."""
        return {
            "id": int(row["id"]),
            "idempotency_key": str(row["idempotency_key"]),
            "state": EntryState(row["state"]),
            "attempts": int(row["attempts"]),
            "next_attempt_at": float(row["next_attempt_at"]),
            "created_at": float(row["created_at"]),
            "last_error": str(row["last_error"]),
            "finished_at": None if row["finished_at"] is None else float(row["finished_at"]),
        }
