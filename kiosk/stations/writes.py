"""A staff write, exactly once: kept in the outbox before it is sent, sent online at once, and
left to the outbox's delivery worker when the central system does not answer.

:class:`StaffWriter` does it for the stations, on the io lane: the write (its kind, its request
body with the staff id, an idempotency key, when it was done) goes into the outbox *held*
(:mod:`kiosk.outbox.staff_writes`), then the station's call is made with that key:

- an answer: the entry is delivered; the station shows the answer;
- a refusal for good (a 4xx): the entry is taken back; the station shows the refusal, and the next
  try is a new write;
- no answer (a network error, a timeout, a 5xx): the entry goes to the delivery worker, which
  sends it later with the same key; the station shows :class:`Queued` ("saved on this station")
  and the staff member carries on.

The same write asked again while one is waiting (a double tap, a parcel scanned again) is the
entry already written: :class:`Queued` with ``already``, and nothing is sent. When the outbox
cannot keep the write (its disk), the write is sent online only, with a key kept in memory until
it has an answer (:class:`WriteKeys`): no answer then is "not saved — try again", and the next try
sends the same key, so the server does it once however often it is asked.

Every body carries ``done_at``, the moment the staff member did it (:func:`stamped`): the server
records the write at that time however late it is delivered, and a retry (the worker's, or the
station's own "try again") sends the same moment with the same key.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from kiosk.errors import ApiError, ServiceUnavailable
from kiosk.log import LogArea
from kiosk.outbox.delivery import is_permanent
from kiosk.outbox.staff_writes import StaffWriteQueue
from kiosk.tasks import Outcome, Runner

log = logging.getLogger(LogArea.FLOW.logger_name)

UNAVAILABLE = "unavailable"  # a write got no answer and could not be kept: "try again"
UNREACHABLE = "unreachable"  # a read (a lookup, the returns due) got no answer
T = TypeVar("T")


@dataclass(frozen=True)
class Queued:
    """No answer from the central system: the write is saved on this station and sent when the
    connection returns (``already``: the same write was waiting already)."""

    entry_id: int
    already: bool = False


class WriteKeys:
    def __init__(self) -> None:
        self._keys: dict[Hashable, tuple[str, dt.datetime]] = {}

    def key(self, write: Hashable, now: dt.datetime) -> tuple[str, dt.datetime]:
        """The key and the time of ``write``: those it was sent with before, until it got an
        answer; a new key and ``now`` otherwise."""
        return self._keys.setdefault(write, (str(uuid.uuid4()), now))

    def answered(self, write: Hashable) -> None:
        self._keys.pop(write, None)

    def pending(self) -> int:
        return len(self._keys)


class StaffWriter:
    """Writes a station's staff writes through the outbox (``queue``; None: online only)."""

    def __init__(
        self,
        *,
        runner: Runner,
        queue: StaffWriteQueue | None,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._runner = runner
        self._queue = queue
        self._clock = clock
        self.keys = WriteKeys()

    def write(
        self,
        write: Hashable,
        kind: str,
        body: Mapping[str, Any],
        call: Callable[[str, dt.datetime], T],
        then: Callable[[Outcome[T | Queued]], None],
    ) -> None:
        """``call(key, done_at)`` sends ``body`` (the same body: see the builders below) online,
        :func:`stamped` with ``done_at``; ``then`` gets its answer, :class:`Queued`, or the refusal
        (on the GUI thread)."""
        key, done_at = self.keys.key(write, self._clock())
        body = stamped(body, done_at)

        def settled(outcome: Outcome[T | Queued]) -> None:
            error = outcome.error
            if error is None or (isinstance(error, ApiError) and is_permanent(error)):
                self.keys.answered(write)  # an answer, a refusal, or the outbox has it
            then(outcome)

        self._runner.run_io(lambda: self._attempt(kind, body, key, done_at, call), settled)

    def _attempt(
        self,
        kind: str,
        body: Mapping[str, Any],
        key: str,
        done_at: dt.datetime,
        call: Callable[[str, dt.datetime], T],
    ) -> T | Queued:
        """On the io lane: keep, send, settle."""
        queue = self._queue
        kept: int | None = None  # the outbox entry's id, once the write is kept
        if queue is not None:
            try:
                entry, fresh = queue.hold(kind, body, str(body["staff_id"]), done_at, key)
            except Exception as error:  # the disk: sent online only, "try again" without answer
                log.error("%s not kept on this station, sent online only: %s", kind, error)
            else:
                if not fresh:
                    log.info("%s already saved on this station (#%d)", kind, entry.id)
                    return Queued(entry.id, already=True)
                key, kept = entry.idempotency_key, entry.id
        try:
            answer = call(key, done_at)
        except Exception as error:  # a refusal, no answer, a broken answer
            if kept is None or queue is None:
                raise
            return self._not_answered(queue, kind, key, kept, error)
        if kept is not None and queue is not None:
            try:
                queue.answered(key, server_ref(answer))
            except Exception as error:  # held: released at the next start, replayed once
                log.error("%s answered but not marked in the outbox: %s", kind, error)
        return answer

    def _not_answered(
        self, queue: StaffWriteQueue, kind: str, key: str, entry_id: int, error: Exception
    ) -> Queued:
        """A refusal for good is taken back and raised; anything else goes to the worker."""
        if isinstance(error, ApiError) and is_permanent(error):
            try:
                queue.take_back(key)
            except Exception as storage:  # kept: the worker meets the refusal and parks it
                log.error("refused %s not taken back: %s", kind, storage)
            raise error
        try:
            queue.release(key, str(error))
        except Exception as storage:  # still held: "try again" sends it with the same key
            log.error("%s not released to the outbox: %s", kind, storage)
            raise error from storage
        log.warning("%s: no answer from the central system, saved on this station", kind)
        return Queued(entry_id)


def server_ref(answer: object) -> str:
    """The server's id of what it recorded: a handover's id, a collected box's dispatch, the
    item of a shelving, a move or a return."""
    for name in ("handover_id", "dispatch_id", "box_barcode"):
        value = getattr(answer, name, "")
        if isinstance(value, str) and value:
            return value
    item = getattr(answer, "item", None)
    return str(getattr(item, "tracking_number", ""))


# ---- the request bodies: the same for the station's try and the worker's --------------------


def stamped(body: Mapping[str, Any], done_at: dt.datetime | None) -> dict[str, Any]:
    """``body`` with the moment the write was done (ISO 8601 with its offset), as it is kept in
    the outbox and sent; unchanged without one."""
    if done_at is None:
        return dict(body)
    if done_at.tzinfo is None:
        raise ValueError("done_at needs a time zone")
    return dict(body) | {"done_at": done_at.isoformat()}


def place_body(tracking_number: str, row: str, compartment: str, staff_id: str) -> dict[str, str]:
    """A shelving's or a move's."""
    return {
        "tracking_number": tracking_number,
        "row": row,
        "compartment": compartment,
        "staff_id": staff_id,
    }


def return_body(tracking_number: str, staff_id: str) -> dict[str, str]:
    return {"tracking_number": tracking_number, "staff_id": staff_id}


def collection_body(box_barcode: str, staff_id: str) -> dict[str, str]:
    return {"box_barcode": box_barcode, "staff_id": staff_id}


def handover_body(
    tracking_numbers: Sequence[str],
    *,
    ticket_id: str | None,
    outcome: str,
    reason: str | None,
    staff_id: str,
) -> dict[str, Any]:
    return {
        "tracking_numbers": list(tracking_numbers),
        "ticket_id": ticket_id,
        "outcome": outcome,
        "reason": reason,
        "staff_id": staff_id,
    }


def problem_of(error: BaseException | None, what: str, *, read: bool = False) -> tuple[str, str]:
    """(problem code, detail for staff) of a failed call; ``unavailable`` when a write got no
    answer, ``unreachable`` when a read did not (reads are online only)."""
    if isinstance(error, ServiceUnavailable):
        if read:
            log.warning("%s: central unreachable: %s", what, error)
            return UNREACHABLE, ""
        log.warning("%s: not saved, central unreachable: %s", what, error)
        return UNAVAILABLE, ""
    if isinstance(error, ApiError):
        log.info("%s refused: %s", what, error)
        return error.problem, error.detail
    log.error("%s failed unexpectedly: %r", what, error)
    return (UNREACHABLE if read else UNAVAILABLE), ""
