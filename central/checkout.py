"""The checkout desk: what a customer's ticket (or one parcel) covers and what to collect for it,
and the handover (handed over, or not and why), recorded once."""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.context import Central
from central.db import Handover, Parcel, Ticket
from central.problems import ProblemError
from central.staff_items import (
    blocked_because,
    checkout_item,
    effective_status,
    in_walking_order,
    staff_item,
)
from central.staff_schemas import CheckoutOut, HandoverOut, HandoverRequest
from central.staff_writes import StaffAct
from central.storage_rules import DELIVERED

# What a ticket's Code128 carries: the first 8 hex digits of its record's Idempotency-Key (the
# ticket prints before its record reaches the server), or the server's own TK- id.
_TICKET_REFERENCE = re.compile(r"[0-9A-Fa-f]{8}")
_REFUSALS = {
    "already_collected": "was already handed over",
    "returned": "went back to the sender",
    "not_shelved": "is not on a shelf",
}


def find_ticket(session: Session, reference: str) -> Ticket | None:
    if _TICKET_REFERENCE.fullmatch(reference):
        prefix = reference.lower()
        key = Ticket.idempotency_key
        # a range the index answers (hex digits sort alike in every collation), then the prefix
        in_range = [key >= prefix]
        if prefix != "ffffffff":
            in_range.append(key < f"{int(prefix, 16) + 1:08x}")
        query = (
            select(Ticket)
            .where(*in_range, key.startswith(prefix, autoescape=True))
            .order_by(Ticket.seq.desc())
        )
        return session.scalars(query).first()
    return session.scalars(select(Ticket).where(Ticket.ticket_id == reference)).first()


def summary(central: Central, ticket_id: str | None, parcels: Sequence[Parcel]) -> CheckoutOut:
    now, storage, tz = central.clock.now(), central.settings.storage, central.tz
    items = [checkout_item(p, now, storage, tz) for p in in_walking_order(parcels)]
    payable = [item for item in items if item.can_hand_over]
    fees = sum(item.storage_fee_kzt for item in payable)
    cod = sum(item.cod_amount_kzt for item in payable)
    return CheckoutOut(
        ticket_id=ticket_id,
        parcels=items,
        storage_fee_total_kzt=fees,
        cod_total_kzt=cod,
        total_kzt=fees + cod,
    )


def of_ticket(central: Central, reference: str) -> CheckoutOut:
    with central.db.read() as session:
        ticket = find_ticket(session, reference)
        if ticket is None:
            raise ProblemError(
                404,
                "ticket_not_found",
                "No such ticket yet (it may still be on its way from the terminal): scan the "
                "parcel instead.",
            )
        numbers = list(ticket.tracking_numbers)
        parcels = session.scalars(select(Parcel).where(Parcel.tracking_number.in_(numbers))).all()
        return summary(central, ticket.ticket_id, parcels)


def of_parcel(central: Central, number: str) -> CheckoutOut:
    with central.db.read() as session:
        parcel = session.get(Parcel, number)
        if parcel is None:
            raise ProblemError(404, "not_found", "There is no item with this number.")
        return summary(central, None, [parcel])


def hand_over(act: StaffAct, body: HandoverRequest, numbers: list[str]) -> HandoverOut:
    """Record the outcome; handed over: every parcel becomes delivered, or none does (409)."""
    session, now, storage, tz = act.session, act.at, act.central.settings.storage, act.central.tz
    # Locked in a fixed order: two desks handing over overlapping parcels wait, never deadlock.
    locked = {n: session.get(Parcel, n, with_for_update=True) for n in sorted(set(numbers))}
    missing = [n for n, parcel in locked.items() if parcel is None]
    if missing:
        raise ProblemError(404, "not_found", f"There is no item {missing[0]}.")
    parcels = [locked[n] for n in dict.fromkeys(numbers)]
    handed_over = body.outcome == "handed_over"
    handover_id = f"HO-{secrets.token_hex(6).upper()}"
    for parcel in parcels:
        assert parcel is not None
        item = staff_item(parcel, now, storage, tz)
        reason = blocked_because(effective_status(parcel, now, storage, tz))
        if handed_over and reason is not None:
            raise ProblemError(
                409,
                reason,
                f"{parcel.tracking_number} {_REFUSALS[reason]}; nothing was handed over.",
                tracking_number=parcel.tracking_number,
            )
        details: dict[str, object] = {
            "handover_id": handover_id,
            "ticket_id": body.ticket_id,
            "storage_fee_kzt": item.storage_fee_kzt,
            "cod_amount_kzt": item.cod_amount_kzt,
        }
        if handed_over:
            details["location"] = item.location.model_dump() if item.location else None
            parcel.status = DELIVERED
            parcel.location_row = parcel.location_compartment = None
        else:
            details["reason"] = body.reason
        act.audit(body.outcome, parcel.tracking_number, **details)
    session.add(
        Handover(
            handover_id=handover_id,
            terminal_id=act.terminal_id,
            staff_id=act.staff_id,
            ticket_id=body.ticket_id,
            outcome=body.outcome,
            reason=body.reason,
            tracking_numbers=[p.tracking_number for p in parcels if p is not None],
            at=now,
        )
    )
    items = [staff_item(p, now, storage, tz) for p in parcels if p is not None]
    return HandoverOut(handover_id=handover_id, parcels=items)
