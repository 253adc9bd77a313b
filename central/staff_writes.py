"""A staff write (shelve, move, return, collect, hand over): the shape the stations' writes share.

The request's body, with its identifiers as parsed, is the canonical body an Idempotency-Key is
checked against (:mod:`central.idempotency`). The work runs once per key, in one write transaction,
with a :class:`StaffAct`: who does it, at which terminal and when, and the staff audit rows
(:mod:`central.audit`) it adds to the same transaction. Retries with the key get the stored answer.

"When" is the body's ``done_at`` (the moment the staff member did it, which a write kept in the
station's outbox carries however late it arrives) if it is plausible (:func:`done_time`), else the
server's time when the body has none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from central import audit
from central.context import Central
from central.idempotency import StoredResponse, fingerprint, run_once
from central.problems import ProblemError
from central.staff_schemas import (
    CollectionRequest,
    HandoverRequest,
    MoveRequest,
    ReturnRequest,
    ShelvingRequest,
)

STAFF_PREFIX = "/api/v1/staff"
# How far a write's done_at may be ahead of the server's clock (clocks drift), and how old it may be
# (an outbox that could not deliver for longer is a case for staff, not a silent back-dating).
DONE_AT_AHEAD = timedelta(minutes=2)
DONE_AT_AGE = timedelta(days=7)

StaffRequest = ShelvingRequest | MoveRequest | ReturnRequest | CollectionRequest | HandoverRequest


@dataclass(frozen=True)
class StaffAct:
    """One staff write inside its transaction."""

    central: Central
    session: Session
    terminal_id: str
    staff_id: str
    at: datetime

    def audit(self, action: str, subject: str | None, **details: Any) -> None:
        """The write's audit row (no phone numbers or codes in ``details``)."""
        audit.record(
            self.session, self.at, self.terminal_id, self.staff_id, action, subject, **details
        )


def staff_write(
    central: Central,
    caller: str,
    key: str | None,
    operation: str,
    body: StaffRequest,
    parsed: dict[str, Any],
    status: int,
    work: Callable[[StaffAct], BaseModel],
) -> StoredResponse:
    """Run ``work`` once per (terminal, key) and answer ``status`` with what it returns; the same
    answer for every retry with that key. ``parsed``: the body's fields as the work uses them."""
    canonical = body.model_dump(mode="json", exclude={"done_at"}) | parsed
    if body.done_at is not None:  # one instant, however its offset is written
        canonical["done_at"] = body.done_at.astimezone(UTC).isoformat()

    def action(session: Session) -> StoredResponse:
        at = done_time(body.done_at, central.clock.now())
        act = StaffAct(central, session, caller, body.staff_id, at)
        return StoredResponse(status, work(act).model_dump(mode="json"))

    return run_once(central, caller, key, fingerprint(operation, canonical), action)


def done_time(done_at: datetime | None, now: datetime) -> datetime:
    """The time a staff write is recorded at: its ``done_at``, or ``now`` without one. Raises
    ``422 implausible_time`` for a ``done_at`` too far ahead of ``now`` or too old."""
    if done_at is None:
        return now
    if done_at > now + DONE_AT_AHEAD:
        raise ProblemError(
            422,
            "implausible_time",
            f"done_at is {int((done_at - now).total_seconds())} s ahead of the server's clock (at "
            "most 120 s are accepted): check the station's clock.",
        )
    if done_at < now - DONE_AT_AGE:
        raise ProblemError(
            422,
            "implausible_time",
            f"done_at is {(now - done_at).days} days before the server's time (at most 7 days "
            "are accepted): a supervisor records this by hand.",
        )
    return done_at.astimezone(UTC)


def answer(stored: StoredResponse) -> JSONResponse:
    return JSONResponse(stored.body, status_code=stored.status)
