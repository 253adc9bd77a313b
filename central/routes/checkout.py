"""The checkout desk: a ticket's (or one parcel's) parcels and what to collect, and the handover
(``checkout`` terminals only)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse

from central import checkout
from central.idempotency import IdempotencyKey
from central.problems import ProblemError, problem_responses
from central.routes.deps import CentralDep
from central.routes.roles import CheckoutCaller
from central.staff_schemas import CheckoutOut, HandoverOut, HandoverRequest
from central.staff_writes import STAFF_PREFIX, answer, staff_write
from central.validation import parse_s10

log = logging.getLogger("central.audit")

router = APIRouter(prefix=STAFF_PREFIX, tags=["staff"])

TicketReference = Annotated[
    str,
    Path(
        max_length=32,
        description="The server's ticket id (TK-…), or the 8 characters printed on the ticket "
        "(the start of its record's Idempotency-Key).",
    ),
]


@router.get(
    "/checkout/tickets/{ticket_id}",
    response_model=CheckoutOut,
    responses=problem_responses(401, 403, 404, 422, 503),
    summary="The parcels a customer's ticket covers, in walking order, and what to collect",
)
def checkout_ticket(
    ticket_id: TicketReference, central: CentralDep, caller: CheckoutCaller
) -> CheckoutOut:
    return checkout.of_ticket(central, ticket_id)


@router.get(
    "/checkout/parcels/{tracking_number}",
    response_model=CheckoutOut,
    responses=problem_responses(401, 403, 404, 422, 503),
    summary="One parcel as the checkout sees it (when the ticket is not known yet)",
)
def checkout_parcel(
    tracking_number: str, central: CentralDep, caller: CheckoutCaller
) -> CheckoutOut:
    return checkout.of_parcel(central, parse_s10(tracking_number))


@router.post(
    "/handovers",
    status_code=201,
    response_model=HandoverOut,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Record a handover: the parcels were handed over (delivered), or not and why",
)
def create_handover(
    body: HandoverRequest,
    central: CentralDep,
    caller: CheckoutCaller,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    if body.outcome == "not_handed_over" and body.reason is None:
        raise ProblemError(422, "invalid_request", "Say why the parcels were not handed over.")
    numbers = [parse_s10(n) for n in body.tracking_numbers]
    stored = staff_write(
        central,
        caller,
        idempotency_key,
        "POST /staff/handovers",
        body,
        {"tracking_numbers": numbers},
        201,
        lambda act: checkout.hand_over(act, body, numbers),
    )
    log.info("%s: %s, %d parcels, by staff %s", caller, body.outcome, len(numbers), body.staff_id)
    return answer(stored)
