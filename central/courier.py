"""Courier collection: a box on the dispatch shelf is taken away (``dispatched`` → ``collected``).
A box with no dispatch registered yet (it may still be in a terminal's outbox) is kept back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import audit
from central.context import Central
from central.db import Box, Dispatch
from central.problems import ProblemError
from central.staff_schemas import CollectionOut


def collect(
    central: Central, session: Session, caller: str, staff_id: str, barcode: str
) -> CollectionOut:
    box = session.get(Box, barcode, with_for_update=True)
    if box is None:
        raise ProblemError(404, "box_unknown", "This box barcode was never sold.")
    if box.status == "unused":
        raise ProblemError(
            404,
            "dispatch_not_registered",
            "No dispatch of this box has reached the server yet (it may still be in a "
            "terminal's outbox): keep it back.",
        )
    if box.status == "collected":
        raise ProblemError(409, "already_collected", "This box was already collected.")
    now = central.clock.now()
    box.status = "collected"
    box.collected_at = now
    dispatch_id = session.scalar(
        select(Dispatch.dispatch_id).where(Dispatch.box_barcode == barcode)
    )
    audit.record(session, now, caller, staff_id, "collect", barcode, dispatch_id=dispatch_id)
    return CollectionOut(
        box_barcode=barcode, dispatch_id=dispatch_id, collected_at=now.astimezone(central.tz)
    )
