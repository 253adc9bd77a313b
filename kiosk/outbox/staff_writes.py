"""The staff stations' writes (shelving, move, return, courier collection, handover), kept in the
outbox until the central system has them.

The parcel is on the shelf, or in the customer's hands, by the time the station writes it down: the
record must survive the central system being unreachable and the process being killed. So the
station writes the entry here first, *held* (:meth:`StaffWriteQueue.hold`: its kind, its request
body, the staff id, its idempotency key and when it was done), then tries it online at once with
that key:

- the server answers: :meth:`~StaffWriteQueue.answered` (delivered, the station shows the answer);
- it refuses (a 4xx): :meth:`~StaffWriteQueue.take_back` (the entry is removed, the station shows
  the refusal: nothing happened on the server, and the next try is a new write);
- no answer (a network error, a timeout, a 5xx): :meth:`~StaffWriteQueue.release` to the delivery
  worker, which sends it later with the same key, as often as it takes, and parks it for staff
  when the server refuses it for good (``404 not_on_manifest``, ``409 already_shelved``, ``422``:
  the problem code is kept, :attr:`StaffWriteEntry.problem`). The states: :mod:`kiosk.outbox.queue`.

A held entry is never sent by the worker; one still held when the kiosk starts (the process ended
during the station's try) is released (:meth:`~StaffWriteQueue.release_held`): the server may or
may not have it, and the key makes it happen once.

The same write (the same kind and body) asked again while one is pending (a double tap, a parcel
scanned again while queued) makes no second entry: :meth:`~StaffWriteQueue.hold` returns the one
already written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.log import LogArea
from kiosk.outbox.queue import DeliveryQueue, EntryState, QueuedEntry
from kiosk.outbox.store import Row

log = logging.getLogger(LogArea.OUTBOX.logger_name)

# What a staff write is (the station's client knows the endpoint of each).
KINDS = ("shelve", "move", "return", "collection", "handover")
# The body's keys that name what the write is about (the log's and the dashboard's words).
_SUBJECT_KEYS = ("tracking_number", "box_barcode", "tracking_numbers")


@dataclass(frozen=True, kw_only=True)
class StaffWriteEntry(QueuedEntry):
    kind: str  # one of KINDS
    body: Mapping[str, Any]  # the request body, as the station sent it (with its done_at)
    staff_id: str
    done_at: dt.datetime  # when the staff member did it
    held: bool  # the station's own try is in flight: not the worker's yet
    problem: str  # the server's problem code of a parked entry
    server_ref: str  # the server's id of what it recorded, once delivered

    @property
    def subject(self) -> tuple[str, ...]:
        """What the write is about: a tracking number, a box barcode, the handed-over parcels."""
        return subject_of(self.body)


def subject_of(body: Mapping[str, Any]) -> tuple[str, ...]:
    for key in _SUBJECT_KEYS:
        value = body.get(key)
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list | tuple):
            return tuple(str(v) for v in value)
    return ()


def fingerprint(kind: str, body: Mapping[str, Any]) -> str:
    """The same write, whoever does it and whenever: its kind and body, but not the staff id nor
    the moment it was done (a parcel scanned again while its write waits is that write)."""
    business = {k: v for k, v in body.items() if k not in ("staff_id", "done_at")}
    canonical = json.dumps([kind, business], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class _SameWritePending(Exception):  # noqa: N818 - internal: carries the entry already written
    def __init__(self, entry: StaffWriteEntry) -> None:
        super().__init__(f"staff write #{entry.id} is pending")
        self.entry = entry


class StaffWriteQueue(DeliveryQueue[StaffWriteEntry]):
    """The ``staff_writes`` table of the outbox's file."""

    TABLE = "staff_writes"
    COLUMNS = "kind, body, staff_id, done_at, held, problem"
    SERVER_ID = "server_ref"
    NAME = "staff write"
    READY = "AND held = 0"

    def hold(
        self,
        kind: str,
        body: Mapping[str, Any],
        staff_id: str,
        done_at: dt.datetime,
        idempotency_key: str,
    ) -> tuple[StaffWriteEntry, bool]:
        """Before the station's try: the write, durably, held (not for the worker). The entry and
        True; or the same write already pending (whatever its key) and False. Raises
        :class:`kiosk.outbox.health.StorageError` when it cannot be kept."""
        if kind not in KINDS:
            raise ValueError(f"not a staff write: {kind}")
        if done_at.tzinfo is None:
            raise ValueError("done_at needs a time zone")
        columns = {
            "kind": kind,
            "body": json.dumps(dict(body), sort_keys=True),
            "staff_id": staff_id,
            "done_at": done_at.isoformat(),
            "fingerprint": fingerprint(kind, body),
            "held": 1,
        }
        try:
            entry = self._add(idempotency_key, columns)
        except _SameWritePending as same:
            return same.entry, False
        return entry, entry.held and entry.state is EntryState.PENDING

    def answered(self, idempotency_key: str, server_ref: str) -> None:
        """The station's try got the server's answer: delivered."""
        self.store.execute(
            "UPDATE staff_writes SET state = 'delivered', held = 0, server_ref = ?, "
            "last_error = '', attempts = attempts + 1, finished_at = ? "
            "WHERE idempotency_key = ? AND state = 'pending'",
            (server_ref, self.store.clock(), idempotency_key),
        )

    def take_back(self, idempotency_key: str) -> None:
        """The server refused the station's try, and the station showed it: nothing to keep."""
        self.store.execute(
            "DELETE FROM staff_writes WHERE idempotency_key = ? AND state = 'pending'",
            (idempotency_key,),
        )
        log.info("staff write (key %s) taken back: refused, shown to staff", idempotency_key[:8])

    def release(self, idempotency_key: str, error: str) -> None:
        """No answer to the station's try: the delivery worker sends it, now and later."""
        rows = self.store.execute(
            "UPDATE staff_writes SET held = 0, attempts = attempts + 1, last_error = ?, "
            "next_attempt_at = ? WHERE idempotency_key = ? AND held = 1 RETURNING id",
            (error, self.store.clock(), idempotency_key),
        )
        if rows:
            log.info(
                "staff write #%d (key %s) saved on this station, sent when the connection returns",
                rows[0][0],
                idempotency_key[:8],
            )
            self.store.added()

    def release_held(self) -> int:
        """At start, before delivery: writes held by an earlier run go to the worker; how many."""
        rows = self.store.execute("UPDATE staff_writes SET held = 0 WHERE held = 1 RETURNING id")
        if rows:
            log.warning("%d staff write(s) in flight when the kiosk stopped, sent now", len(rows))
        return len(rows)

    def park(self, entry_id: int, reason: str, problem: str = "") -> None:
        """Refused for good: kept aside for staff, with the reason and the problem code."""
        self._update(
            entry_id,
            "state = 'parked', attempts = attempts + 1, last_error = ?, problem = ?, "
            "finished_at = ?",
            (reason, problem, self.store.clock()),
        )

    def details(self, entry: StaffWriteEntry) -> str:
        return f"{entry.kind} {' '.join(entry.subject[:3])}".strip()

    def _may_add(self, db: sqlite3.Connection, columns: Mapping[str, object]) -> None:
        """The same write already pending: no second entry (the caller gets the first)."""
        same = self._rows(
            db, "WHERE fingerprint = ? AND state = 'pending'", (columns["fingerprint"],)
        )
        if same:
            raise _SameWritePending(self._entry(same[0]))

    def _may_requeue(self, db: sqlite3.Connection, entry: StaffWriteEntry) -> None:
        """The same write done again meanwhile and pending: ``KeyError`` (it goes out as it is)."""
        found = db.execute(
            "SELECT id FROM staff_writes WHERE state = 'pending' AND fingerprint = "
            "(SELECT fingerprint FROM staff_writes WHERE id = ?)",
            (entry.id,),
        ).fetchall()
        if found:
            raise KeyError(f"the same write is pending as staff write #{found[0][0]}")

    def _entry(self, row: Row) -> StaffWriteEntry:
        kind = str(row["kind"])
        body = json.loads(row["body"])
        if kind not in KINDS or not isinstance(body, dict):
            raise ValueError(f"not a staff write: {kind}")
        return StaffWriteEntry(
            **self._state(row),
            kind=kind,
            body=body,
            staff_id=str(row["staff_id"]),
            done_at=dt.datetime.fromisoformat(str(row["done_at"])),
            held=bool(row["held"]),
            problem=str(row["problem"]),
            server_ref=str(row["server_ref"]),
        )
