"""A staff write (shelve, move, return, collect, hand over): the shape the stations' writes share.

The request's body, with its identifiers as parsed, is the canonical body an Idempotency-Key is
checked against (:mod:`central.idempotency`). The work runs once per key, in one write transaction,
with a :class:`StaffAct`: who does it, at which terminal and when, and the staff audit rows
(:mod:`central.audit`) it adds to the same transaction. Retries with the key get the stored answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from central import audit
from central.context import Central
from central.idempotency import StoredResponse, fingerprint, run_once
from central.staff_schemas import (
    CollectionRequest,
    HandoverRequest,
    MoveRequest,
    ReturnRequest,
    ShelvingRequest,
)

STAFF_PREFIX = "/api/v1/staff"

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
    canonical = body.model_dump(mode="json") | parsed

    def action(session: Session) -> StoredResponse:
        act = StaffAct(central, session, caller, body.staff_id, central.clock.now())
        return StoredResponse(status, work(act).model_dump(mode="json"))

    return run_once(central, caller, key, fingerprint(operation, canonical), action)


def answer(stored: StoredResponse) -> JSONResponse:
    return JSONResponse(stored.body, status_code=stored.status)
