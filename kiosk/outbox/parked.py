"""The outbox entries the central system refused for good ("parked": dispatches, ticket records
and staff writes), as staff see them on the dashboard, and staff's "try again". Disk I/O: on the
io lane.

What is shown is no personal data: a box barcode or tracking numbers, a time, the server's reason
(phone numbers in it masked, as in the log); a staff write also its kind, its problem code and the
staff id that did it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from kiosk.log import redact
from kiosk.outbox.dispatches import DispatchQueue
from kiosk.outbox.staff_writes import StaffWriteQueue
from kiosk.outbox.ticket_records import TicketRecordQueue

Kind = Literal["dispatch", "ticket", "staff"]
KINDS: tuple[Kind, ...] = ("dispatch", "ticket", "staff")


@dataclass(frozen=True)
class ParkedEntry:
    kind: Kind
    id: int
    what: tuple[str, ...]  # the box barcode, the ticket's tracking numbers, a staff write's subject
    at: dt.datetime  # when the customer pressed Send, the ticket printed, staff did the write
    reason: str  # the server's refusal
    action: str = ""  # a staff write's kind (shelve, move, return, collection, handover)
    problem: str = ""  # a staff write's problem code (not_on_manifest, already_shelved...)
    staff_id: str = ""  # who did the staff write

    @property
    def ref(self) -> str:
        """The entry's id for the audit and the screen's buttons, e.g. ``dispatch:3``."""
        return f"{self.kind}:{self.id}"


def parse_ref(ref: str) -> tuple[Kind, int] | None:
    kind, _, number = ref.partition(":")
    if kind not in KINDS or not number.isdigit():
        return None
    return kind, int(number)


def parked_entries(
    dispatches: DispatchQueue,
    ticket_records: TicketRecordQueue,
    staff_writes: StaffWriteQueue | None = None,
) -> list[ParkedEntry]:
    """The queues' parked entries, the oldest refusal first within each kind."""
    found = [
        ParkedEntry("dispatch", e.id, (e.box_barcode,), e.accepted_at, redact(e.last_error))
        for e in dispatches.parked()
    ]
    found += [
        ParkedEntry("ticket", e.id, e.tracking_numbers, e.printed_at, redact(e.last_error))
        for e in ticket_records.parked()
    ]
    if staff_writes is not None:
        found += [
            ParkedEntry(
                "staff",
                e.id,
                e.subject,
                e.done_at,
                redact(e.last_error),
                action=e.kind,
                problem=e.problem,
                staff_id=e.staff_id,
            )
            for e in staff_writes.parked()
        ]
    return found


def requeue(
    dispatches: DispatchQueue,
    ticket_records: TicketRecordQueue,
    kind: Kind,
    entry_id: int,
    staff_writes: StaffWriteQueue | None = None,
) -> None:
    """Back to pending, due at once; the delivery worker is woken. ``KeyError`` when the entry
    is not parked (any more) or the same staff write is pending again;
    :class:`kiosk.outbox.AlreadyQueued` when the box was handed in again meanwhile."""
    if kind == "dispatch":
        dispatches.requeue(entry_id)
    elif kind == "staff":
        if staff_writes is None:
            raise KeyError("no staff writes here")
        staff_writes.requeue(entry_id)
    else:
        ticket_records.requeue(entry_id)
