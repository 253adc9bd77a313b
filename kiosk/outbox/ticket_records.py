"""The records of printed tickets, kept in the outbox until the central system has them.

A ticket that came out of the printer must be recorded on the server (``POST /api/v1/tickets``)
exactly once, whatever happens next: the server down or slow, a ``503`` beyond the client's
retries, the kiosk stopped by SIGTERM or killed right after the print. So the print job itself
writes the record here, on the printer's thread, the moment the printer reports success (before
the GUI thread even hears of it); the delivery worker sends it with its idempotency key as often
as it takes, and parks it for staff if the server refuses it for good (the states:
:mod:`kiosk.outbox.queue`).

Nothing is written for a ticket that did not print: the record is the proof of a printed ticket.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from kiosk.outbox.queue import DeliveryQueue, QueuedEntry
from kiosk.outbox.store import Row


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
