"""The outbox entries the central system refused for good ("parked": dispatches and ticket
records), as staff see them on the dashboard, and staff's "try again". Disk I/O: on the io lane.

What is shown is no personal data: a box barcode or tracking numbers, a time, the server's reason
(phone numbers in it masked, as in the log)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from kiosk.log import redact
from kiosk.outbox import Outbox
from kiosk.ticket_records import TicketRecords

Kind = Literal["dispatch", "ticket"]
KINDS: tuple[Kind, ...] = ("dispatch", "ticket")


@dataclass(frozen=True)
class ParkedEntry:
    kind: Kind
    id: int
    what: tuple[str, ...]  # the box barcode, or the ticket's tracking numbers
    at: dt.datetime  # when the customer pressed Send, or when the ticket printed
    reason: str  # the server's refusal

    @property
    def ref(self) -> str:
        """The entry's id for the audit and the screen's buttons, e.g. ``dispatch:3``."""
        return f"{self.kind}:{self.id}"


def parse_ref(ref: str) -> tuple[Kind, int] | None:
    kind, _, number = ref.partition(":")
    if kind not in KINDS or not number.isdigit():
        return None
    return kind, int(number)


def parked_entries(outbox: Outbox, tickets: TicketRecords) -> list[ParkedEntry]:
    """Both tables' parked entries, the oldest refusal first within each kind."""
    found = [
        ParkedEntry("dispatch", e.id, (e.box_barcode,), e.accepted_at, redact(e.last_error))
        for e in outbox.parked()
    ]
    found += [
        ParkedEntry("ticket", e.id, e.tracking_numbers, e.printed_at, redact(e.last_error))
        for e in tickets.parked()
    ]
    return found


def requeue(outbox: Outbox, tickets: TicketRecords, kind: Kind, entry_id: int) -> None:
    """Back to pending, due at once; the delivery worker is woken. ``KeyError`` when the entry
    is not parked (any more); :class:`kiosk.outbox.AlreadyQueued` when the box was handed in
    again meanwhile."""
    if kind == "dispatch":
        outbox.requeue(entry_id)
    else:
        tickets.requeue(entry_id)
