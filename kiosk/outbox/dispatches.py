"""The dispatches the customers handed in, kept in the outbox until the central system has them.

The send flow writes the entry — with its idempotency key and the moment the customer pressed
Send — *before* any network call; the delivery worker sends it later, as often as it takes,
always with the same key, so the server registers it exactly once (the states:
:mod:`kiosk.outbox.queue`). A parked dispatch is one the server refused for good, e.g.
``409 box_already_dispatched``.

While an entry for a box is pending or delivered, a second entry for the same box is refused
(:class:`AlreadyQueued`), so double taps, repeated scans or a second customer with the same box
never make two dispatches.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.outbox.queue import DeliveryQueue, QueuedEntry
from kiosk.outbox.store import Row


@dataclass(frozen=True, kw_only=True)
class DispatchEntry(QueuedEntry):
    box_barcode: str
    accepted_at: dt.datetime  # when the customer pressed Send
    sender_phone: str | None
    offline: bool  # accepted while the central system could not be reached
    dispatch_id: str  # the server's, once delivered


class AlreadyQueued(Exception):  # noqa: N818 - reads as what happened
    """The box already has a dispatch here (pending or delivered) under another key."""

    def __init__(self, entry: DispatchEntry) -> None:
        super().__init__(
            f"box {entry.box_barcode} already has dispatch #{entry.id} ({entry.state})"
        )
        self.entry = entry


class DispatchQueue(DeliveryQueue[DispatchEntry]):
    """The ``dispatches`` table of the outbox's file."""

    TABLE = "dispatches"
    COLUMNS = "box_barcode, accepted_at, sender_phone, offline"
    SERVER_ID = "dispatch_id"
    NAME = "dispatch"

    def add(
        self,
        box_barcode: str,
        accepted_at: dt.datetime,
        idempotency_key: str,
        *,
        sender_phone: str | None = None,
        offline: bool = False,
    ) -> DispatchEntry:
        """Write the dispatch durably and return it. The same key again returns the entry already
        written (a repeated tap is harmless); another key for a box that is pending or delivered
        raises :class:`AlreadyQueued`."""
        if accepted_at.tzinfo is None:
            raise ValueError("accepted_at needs a time zone")
        columns = {
            "box_barcode": box_barcode,
            "accepted_at": accepted_at.isoformat(),
            "sender_phone": sender_phone,
            "offline": int(offline),
        }
        return self._add(idempotency_key, columns)

    def open_entry(self, box_barcode: str) -> DispatchEntry | None:
        """The pending or delivered entry for this box, if any."""
        found = self._select("WHERE box_barcode = ? AND state != 'parked'", (box_barcode,))
        return found[0] if found else None

    def details(self, entry: DispatchEntry) -> str:
        return f"box {entry.box_barcode}"

    def _may_add(self, db: sqlite3.Connection, columns: Mapping[str, object]) -> None:
        """Another key for a box that is pending or delivered: :class:`AlreadyQueued`."""
        self._refuse_an_open_one(db, str(columns["box_barcode"]))

    def _may_requeue(self, db: sqlite3.Connection, entry: DispatchEntry) -> None:
        """The box handed in again meanwhile: :class:`AlreadyQueued`."""
        self._refuse_an_open_one(db, entry.box_barcode)

    def _refuse_an_open_one(self, db: sqlite3.Connection, box_barcode: str) -> None:
        other = self._rows(db, "WHERE box_barcode = ? AND state != 'parked'", (box_barcode,))
        if other:
            raise AlreadyQueued(self._entry(other[0]))

    def _entry(self, row: Row) -> DispatchEntry:
        phone = row["sender_phone"]
        return DispatchEntry(
            **self._state(row),
            box_barcode=str(row["box_barcode"]),
            accepted_at=dt.datetime.fromisoformat(str(row["accepted_at"])),
            sender_phone=None if phone is None else str(phone),
            offline=bool(row["offline"]),
            dispatch_id=str(row["dispatch_id"]),
        )
