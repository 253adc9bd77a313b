"""The records of printed tickets, kept in the outbox until the central system has them.

A ticket that came out of the printer must be recorded on the server (``POST /api/v1/tickets``)
exactly once, whatever happens next: the server down or slow, a ``503`` beyond the client's
retries, the kiosk stopped by SIGTERM or killed right after the print. So the print job itself
writes the record here, on the printer's thread, the moment the printer reports success (before
the GUI thread even hears of it); the delivery worker sends it with its idempotency key as often
as it takes, and parks it for staff if the server refuses it for good (the states:
:mod:`kiosk.outbox.queue`).

No ticket prints without its record kept: the print job first writes the record *held*
(:meth:`TicketRecordQueue.hold`; refused when the disk cannot take it, and then nothing prints),
prints, and then releases it to the delivery worker with the moment the printer reported
(:meth:`~TicketRecordQueue.release`) or takes it back when nothing printed
(:meth:`~TicketRecordQueue.void`). A held record is never sent. When that second write fails (the
disk filled in between), it is owed: kept in memory and written by :meth:`settle` when the disk
takes writes again. A record still held when the kiosk starts (the process ended between the two
writes) is released as printed: the printer had the ticket, and a record of a ticket nobody holds
harms no one, while a ticket without its record is what this is for.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from dataclasses import dataclass

from kiosk.log import LogArea
from kiosk.outbox.queue import DeliveryQueue, QueuedEntry
from kiosk.outbox.store import OutboxStore, Row

log = logging.getLogger(LogArea.OUTBOX.logger_name)


@dataclass(frozen=True, kw_only=True)
class TicketRecordEntry(QueuedEntry):
    tracking_numbers: tuple[str, ...]
    printed_at: dt.datetime
    language: str  # the ticket's language
    ticket_id: str  # the server's, once delivered


class TicketRecordQueue(DeliveryQueue[TicketRecordEntry]):
    """The ``ticket_records`` table of the outbox's file."""

    TABLE = "ticket_records"
    COLUMNS = "tracking_numbers, printed_at, language"
    SERVER_ID = "ticket_id"
    NAME = "ticket record"
    READY = "AND held = 0"

    def __init__(self, store: OutboxStore) -> None:
        super().__init__(store)
        self._owed: dict[str, dt.datetime | None] = {}  # key: printed at, or None to take back
        self._owed_lock = threading.Lock()

    def hold(
        self,
        tracking_numbers: list[str] | tuple[str, ...],
        printing_at: dt.datetime,
        language: str,
        idempotency_key: str,
    ) -> TicketRecordEntry:
        """Before the print: the record, durably, not to be sent until :meth:`release`.
        :class:`kiosk.outbox.health.StorageError` when it cannot be kept: then do not print."""
        if printing_at.tzinfo is None:
            raise ValueError("printing_at needs a time zone")
        columns = {
            "tracking_numbers": json.dumps(list(tracking_numbers)),
            "printed_at": printing_at.isoformat(),
            "language": language,
            "held": 1,
        }
        return self._add(idempotency_key, columns)

    def release(self, idempotency_key: str, printed_at: dt.datetime) -> None:
        """It printed: the record goes to the server, with the printer's moment. Owed (and the
        error raised) when the disk does not take it now."""
        self._settle_one(idempotency_key, printed_at)

    def void(self, idempotency_key: str) -> None:
        """Nothing printed: the held record is taken back. Owed when the disk does not take it
        now (the error raised)."""
        self._settle_one(idempotency_key, None)

    def owed(self) -> int:
        with self._owed_lock:
            return len(self._owed)

    def settle(self) -> int:
        """Write what is owed (the delivery worker calls it each pass); what is still owed."""
        with self._owed_lock:
            owed = dict(self._owed)
        for key, printed_at in owed.items():
            try:
                self._settle_one(key, printed_at)
            except Exception as error:  # still the disk: kept for the next pass
                log.debug("ticket record %s still owed: %s", key[:8], error)
        return self.owed()

    def release_held(self) -> int:
        """At start, before delivery: records held by an earlier run are released as printed
        (see the module's words); how many."""
        rows = self.store.execute("UPDATE ticket_records SET held = 0 WHERE held = 1 RETURNING id")
        if rows:
            log.warning(
                "%d ticket record(s) held when the kiosk stopped, sent as printed", len(rows)
            )
        return len(rows)

    def _settle_one(self, key: str, printed_at: dt.datetime | None) -> None:
        try:
            if printed_at is None:
                self.store.execute(
                    "DELETE FROM ticket_records WHERE idempotency_key = ? AND held = 1", (key,)
                )
            else:
                self.store.execute(
                    "UPDATE ticket_records SET held = 0, printed_at = ? "
                    "WHERE idempotency_key = ? AND held = 1",
                    (printed_at.isoformat(), key),
                )
        except Exception:
            with self._owed_lock:
                self._owed[key] = printed_at
            raise
        with self._owed_lock:
            self._owed.pop(key, None)
        if printed_at is None:
            log.info("ticket record (key %s) taken back: nothing printed", key[:8])
        else:
            log.info("ticket record (key %s) released: the ticket printed", key[:8])
            self.store.added()

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
        columns = {
            "tracking_numbers": json.dumps(list(tracking_numbers)),
            "printed_at": printed_at.isoformat(),
            "language": language,
        }
        return self._add(idempotency_key, columns)

    def details(self, entry: TicketRecordEntry) -> str:
        return f"{len(entry.tracking_numbers)} items"

    def _entry(self, row: Row) -> TicketRecordEntry:
        return TicketRecordEntry(
            **self._state(row),
            tracking_numbers=tuple(json.loads(row["tracking_numbers"])),
            printed_at=dt.datetime.fromisoformat(str(row["printed_at"])),
            language=str(row["language"]),
            ticket_id=str(row["ticket_id"]),
        )
