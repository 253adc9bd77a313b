"""Courier collection: a box on the dispatch shelf is taken away (``dispatched`` → ``collected``).
A box with no dispatch registered yet (it may still be in a terminal's outbox) is kept back."""

from __future__ import annotations

from sqlalchemy import select

from central.db import Box, Dispatch
from central.problems import ProblemError
from central.staff_schemas import CollectionOut
from central.staff_writes import StaffAct


def collect(act: StaffAct, barcode: str) -> CollectionOut:
    session, now = act.session, act.at
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
    box.status = "collected"
    box.collected_at = now
    dispatch_id = session.scalar(
        select(Dispatch.dispatch_id).where(Dispatch.box_barcode == barcode)
    )
    act.audit("collect", barcode, dispatch_id=dispatch_id)
    return CollectionOut(
        box_barcode=barcode, dispatch_id=dispatch_id, collected_at=now.astimezone(act.central.tz)
    )
