"""Idempotent writes: ``(terminal, Idempotency-Key)`` → the request's fingerprint and its response.

The key is optional; without one every request is a new action. With one, the first statement of
the write transaction inserts the key's record, so of any number of concurrent requests with the
same key exactly one passes the database's unique constraint and does the work; the others get an
``IntegrityError``, roll back, and answer the stored response (or ``422 idempotency_mismatch`` when
their body differs). Only successful responses are stored: a failed action leaves the key unused.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Header
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.context import Central
from central.db import IdempotencyRecord
from central.problems import ProblemError

KEY_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,99}$"

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        pattern=KEY_PATTERN,
        description="A UUID the terminal generates once per business action and reuses on every "
        "retry. Optional: without it each request is a new action.",
    ),
]


class _KeyTakenError(Exception):
    """Another request already holds this key."""


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: dict[str, Any]


def fingerprint(operation: str, body: dict[str, Any]) -> str:
    """A hash of the operation and the (validated, canonical) request body."""
    canonical = json.dumps([operation, body], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def run_once(
    central: Central,
    terminal_id: str,
    key: str | None,
    request_hash: str,
    action: Callable[[Session], StoredResponse],
) -> StoredResponse:
    """Run ``action`` in a write transaction once per key; replay its response for the same key."""
    if key is None:
        with central.db.write() as session:
            return action(session)
    try:
        with central.db.write() as session:
            record = IdempotencyRecord(
                terminal_id=terminal_id,
                key=key,
                request_hash=request_hash,
                created_at=central.clock.now(),
            )
            session.add(record)
            try:
                session.flush()  # the unique constraint decides who does the work
            except IntegrityError as exc:
                raise _KeyTakenError from exc
            response = action(session)
            record.status_code = response.status
            record.response_body = response.body
            return response
    except _KeyTakenError:
        return _replay(central, terminal_id, key, request_hash)


def _replay(central: Central, terminal_id: str, key: str, request_hash: str) -> StoredResponse:
    with central.db.read() as session:
        record = session.scalars(
            select(IdempotencyRecord).where(
                IdempotencyRecord.terminal_id == terminal_id, IdempotencyRecord.key == key
            )
        ).one()
    if record.request_hash != request_hash:
        raise ProblemError(
            422, "idempotency_mismatch", "This Idempotency-Key was used with a different request."
        )
    assert record.response_body is not None
    return StoredResponse(record.status_code, record.response_body)
