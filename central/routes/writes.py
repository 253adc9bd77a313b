"""Idempotent writes: receive tickets that were printed, and boxes handed in for dispatch."""

from __future__ import annotations

import secrets

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth import CallerId, require_same_terminal
from central.db import Box, Dispatch, Parcel, Ticket
from central.idempotency import IdempotencyKey, StoredResponse, fingerprint, run_once
from central.problems import ProblemError, problem_responses
from central.routes.deps import CentralDep
from central.schemas import BoxOut, DispatchOut, DispatchRequest, TicketOut, TicketRequest
from central.storage_rules import EXPECTED
from central.validation import parse_phone, parse_s10

router = APIRouter(prefix="/api/v1", tags=["writes"])


def _new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(6).upper()}"


@router.post(
    "/tickets",
    status_code=201,
    response_model=TicketOut,
    responses=problem_responses(401, 403, 404, 422, 503),
    summary="Record a receive ticket the terminal has printed",
)
def create_ticket(
    body: TicketRequest,
    central: CentralDep,
    caller: CallerId,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    require_same_terminal(body.terminal_id, caller)
    numbers = [parse_s10(n) for n in body.tracking_numbers]
    canonical = body.model_dump(mode="json") | {"tracking_numbers": numbers}

    def issue(session: Session) -> StoredResponse:
        known = set(
            session.scalars(
                select(Parcel.tracking_number).where(
                    Parcel.tracking_number.in_(numbers), Parcel.status != EXPECTED
                )
            )
        )
        missing = [n for n in numbers if n not in known]
        if missing:
            raise ProblemError(404, "not_found", f"There is no item {missing[0]}.")
        now = central.clock.now()
        ticket = Ticket(
            ticket_id=_new_id("TK"),
            terminal_id=caller,
            tracking_numbers=numbers,
            printed_at=body.printed_at,
            language=body.language,
            issued_at=now,
            idempotency_key=idempotency_key,
        )
        session.add(ticket)
        out = TicketOut(ticket_id=ticket.ticket_id, issued_at=now.astimezone(central.tz))
        return StoredResponse(201, out.model_dump(mode="json"))

    request_hash = fingerprint("POST /api/v1/tickets", canonical)
    stored = run_once(central, caller, idempotency_key, request_hash, issue)
    return JSONResponse(stored.body, status_code=stored.status)


@router.get(
    "/boxes/{barcode}",
    response_model=BoxOut,
    responses=problem_responses(401, 404, 422, 503),
    summary="A prepaid box by its barcode",
)
def get_box(barcode: str, central: CentralDep, caller: CallerId) -> BoxOut:
    number = parse_s10(barcode, "box barcode")
    with central.db.read() as session:
        box = session.get(Box, number)
        if box is None:
            raise ProblemError(404, "box_unknown", "This box barcode was never sold.")
        return BoxOut.model_validate(
            {"barcode": box.barcode, "status": box.status, "size": box.size}
        )


@router.post(
    "/dispatches",
    status_code=201,
    response_model=DispatchOut,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Register a box handed in for dispatch",
)
def create_dispatch(
    body: DispatchRequest,
    central: CentralDep,
    caller: CallerId,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    require_same_terminal(body.terminal_id, caller)
    barcode = parse_s10(body.box_barcode, "box barcode")
    sender = parse_phone(body.sender_phone) if body.sender_phone is not None else None
    canonical = body.model_dump(mode="json") | {"box_barcode": barcode, "sender_phone": sender}

    def register(session: Session) -> StoredResponse:
        # Locked until the dispatch is committed: another worker's request for the same box waits
        # and then sees it dispatched (409) instead of failing on the unique constraint.
        box = session.get(Box, barcode, with_for_update=True)
        if box is None:
            raise ProblemError(404, "box_unknown", "This box barcode was never sold.")
        if box.status != "unused":
            raise ProblemError(
                409, "box_already_dispatched", "This box was already registered for dispatch."
            )
        now = central.clock.now()
        dispatch = Dispatch(
            dispatch_id=_new_id("DS"),
            box_barcode=barcode,
            terminal_id=caller,
            accepted_at=body.accepted_at,
            sender_phone=sender,
            registered_at=now,
            idempotency_key=idempotency_key,
        )
        box.status = "dispatched"
        session.add(dispatch)
        out = DispatchOut(
            dispatch_id=dispatch.dispatch_id,
            tracking_number=barcode,
            registered_at=now.astimezone(central.tz),
        )
        return StoredResponse(201, out.model_dump(mode="json"))

    request_hash = fingerprint("POST /api/v1/dispatches", canonical)
    stored = run_once(central, caller, idempotency_key, request_hash, register)
    return JSONResponse(stored.body, status_code=stored.status)
