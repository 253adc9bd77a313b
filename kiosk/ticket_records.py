"""Printed tickets whose record the central system does not have yet.

A ticket that came out of the printer must be recorded on the server (``POST /api/v1/tickets``)
exactly once, whatever happens next: the server down or slow, a ``503`` beyond the client's
retries, the kiosk stopped by SIGTERM or killed right after the print. So the print job itself
writes the record here, on the printer's thread, the moment the printer reports success (before
the GUI thread even hears of it), in a table of the outbox's SQLite file (WAL,
``synchronous=FULL``); the outbox's delivery worker (:mod:`kiosk.outbox_sync`) sends it with its
idempotency key as often as it takes, and parks it for staff if the server refuses it for good.

Nothing is written for a ticket that did not print: the record is the proof of a printed ticket.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

from kiosk.log import LogArea
from kiosk.outbox import Outbox, OutboxStats

log = logging.getLogger(LogArea.OUTBOX.logger_name)

State = Literal["pending", "delivered", "parked"]

_TABLE = """
CREATE TABLE IF NOT EXISTS ticket_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    tracking_numbers TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    language TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'delivered', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    created_at REAL NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    ticket_id TEXT NOT NULL DEFAULT '',
    finished_at REAL
)
"""
_COLUMNS = (
    "id, idempotency_key, tracking_numbers, printed_at, language, state, attempts, "
    "next_attempt_at, created_at, last_error, ticket_id"
)


@dataclass(frozen=True)
class TicketRecordEntry:
    id: int
    idempotency_key: str
    tracking_numbers: tuple[str, ...]
    printed_at: dt.datetime
    language: str
    state: State
    attempts: int
    next_attempt_at: float
    created_at: float
    last_error: str
    ticket_id: str


class TicketRecords:
    """The ``ticket_records`` table of ``outbox``'s file; thread-safe; not for the GUI thread."""

    def __init__(self, outbox: Outbox) -> None:
        self._outbox = outbox
        outbox.execute(_TABLE)

    def add(
        self,
        tracking_numbers: list[str] | tuple[str, ...],
        printed_at: dt.datetime,
        language: str,
        idempotency_key: str,
    ) -> TicketRecordEntry:
        """Write the record durably; the same key again returns the entry already written."""
        if printed_at.tzinfo is None:
            raise ValueError("printed_at needs a time zone")
        now = self._outbox.clock()
        self._outbox.execute(
            "INSERT OR IGNORE INTO ticket_records (idempotency_key, tracking_numbers, printed_at, "
            "language, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                idempotency_key,
                json.dumps(list(tracking_numbers)),
                printed_at.isoformat(),
                language,
                now,
                now,
            ),
        )
        [entry] = self._select("WHERE idempotency_key = ?", (idempotency_key,))
        log.info(
            "ticket record #%d queued (%d items, key %s)",
            entry.id,
            len(entry.tracking_numbers),
            idempotency_key[:8],
        )
        self._outbox.added()
        return entry

    def due(self, now: float, limit: int = 50) -> list[TicketRecordEntry]:
        return self._select(
            "WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?", (now, limit)
        )

    def pending(self) -> list[TicketRecordEntry]:
        return self._select("WHERE state = 'pending' ORDER BY id", ())

    def all(self) -> list[TicketRecordEntry]:
        return self._select("ORDER BY id", ())

    def next_attempt_at(self) -> float | None:
        rows, _ = self._outbox.execute(
            "SELECT MIN(next_attempt_at) FROM ticket_records WHERE state = 'pending'"
        )
        earliest: float | None = rows[0][0]
        return earliest

    def mark_delivered(self, entry_id: int, ticket_id: str) -> None:
        self._update(
            entry_id,
            "state = 'delivered', ticket_id = ?, attempts = attempts + 1, finished_at = ?",
            (ticket_id, self._outbox.clock()),
        )

    def mark_failed(self, entry_id: int, error: str, next_attempt_at: float) -> None:
        self._update(
            entry_id,
            "attempts = attempts + 1, last_error = ?, next_attempt_at = ?",
            (error, next_attempt_at),
        )

    def park(self, entry_id: int, reason: str) -> None:
        self._update(
            entry_id,
            "state = 'parked', attempts = attempts + 1, last_error = ?, finished_at = ?",
            (reason, self._outbox.clock()),
        )

    # ---- staff -------------------------------------------------------------------------------

    def parked(self) -> list[TicketRecordEntry]:
        return self._select("WHERE state = 'parked' ORDER BY id", ())

    def requeue(self, entry_id: int) -> TicketRecordEntry:
        """Staff fixed the cause (a token, a record the server refused): try a parked record
        again with its key, at once, its tries counted afresh. ``KeyError`` if it is not parked."""
        rows, _ = self._outbox.execute(
            "UPDATE ticket_records SET state = 'pending', attempts = 0, next_attempt_at = ?, "
            "finished_at = NULL WHERE id = ? AND state = 'parked' RETURNING id",
            (self._outbox.clock(), entry_id),
        )
        if not rows:
            raise KeyError(f"no parked ticket record #{entry_id}")
        [entry] = self._select("WHERE id = ?", (entry_id,))
        log.info(
            "ticket record #%d requeued by staff (key %s)", entry.id, entry.idempotency_key[:8]
        )
        self._outbox.added()
        return entry

    def stats(self, now: float | None = None) -> OutboxStats:
        when = self._outbox.clock() if now is None else now
        rows, _ = self._outbox.execute(
            "SELECT COUNT(*) FILTER (WHERE state = 'pending'), "
            "MIN(created_at) FILTER (WHERE state = 'pending'), "
            "COUNT(*) FILTER (WHERE state = 'parked') FROM ticket_records"
        )
        depth, oldest, parked = rows[0]
        age = None if oldest is None else max(0.0, when - oldest)
        return OutboxStats(depth=depth, oldest_age_s=age, parked=parked)

    def _update(self, entry_id: int, assignments: str, args: tuple[object, ...]) -> None:
        self._outbox.execute(
            f"UPDATE ticket_records SET {assignments} WHERE id = ?",  # noqa: S608 - our own SQL
            (*args, entry_id),
        )

    def _select(self, where: str, args: tuple[object, ...]) -> list[TicketRecordEntry]:
        rows, _ = self._outbox.execute(
            f"SELECT {_COLUMNS} FROM ticket_records {where}",  # noqa: S608 - our own SQL
            args,
        )
        return [_entry(row) for row in rows]


def _entry(row: tuple[Any, ...]) -> TicketRecordEntry:
    entry_id, key, numbers, printed, language, state, attempts, next_at, created, error, tid = row
    return TicketRecordEntry(
        id=int(entry_id),
        idempotency_key=str(key),
        tracking_numbers=tuple(json.loads(numbers)),
        printed_at=dt.datetime.fromisoformat(str(printed)),
        language=str(language),
        state=state,
        attempts=int(attempts),
        next_attempt_at=float(next_at),
        created_at=float(created),
        last_error=str(error),
        ticket_id=str(tid),
    )


def combined(first: OutboxStats, second: OutboxStats) -> OutboxStats:
    """What waits in both tables: the dispatches and the ticket records."""
    ages = [a for a in (first.oldest_age_s, second.oldest_age_s) if a is not None]
    return OutboxStats(
        depth=first.depth + second.depth,
        oldest_age_s=max(ages) if ages else None,
        parked=first.parked + second.parked,
    )
