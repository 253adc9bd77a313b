"""The stocking station: shelving parcels of a manifest, moving them, returns to the sender and the
courier's collection of dispatched boxes (``stocking`` terminals only)."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from central import courier, returns, shelving
from central.idempotency import IdempotencyKey
from central.problems import problem_responses
from central.routes.deps import CentralDep
from central.routes.roles import StockingCaller
from central.staff_schemas import (
    CollectionOut,
    CollectionRequest,
    ItemOut,
    MoveRequest,
    ReturnRequest,
    ShelvingOut,
    ShelvingRequest,
    StaffItemList,
)
from central.staff_writes import STAFF_PREFIX, StaffAct, answer, staff_write
from central.validation import parse_s10

log = logging.getLogger("central.audit")

router = APIRouter(prefix=STAFF_PREFIX, tags=["staff"])


@router.post(
    "/shelvings",
    status_code=201,
    response_model=ShelvingOut,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Put a parcel of a manifest on a shelf; its pickup code goes to the recipient by SMS",
)
def create_shelving(
    body: ShelvingRequest,
    central: CentralDep,
    caller: StockingCaller,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    number, row, compartment = _placement(body)
    done: list[shelving.Shelved] = []

    def shelve(act: StaffAct) -> ShelvingOut:
        shelved = shelving.shelve(act, number, row, compartment)
        done.append(shelved)
        # The stored answer (replayed on retries) never holds the code.
        return ShelvingOut(item=shelved.item, pickup_code=None, sms_sent=shelved.sms is not None)

    parsed = {"tracking_number": number, "row": row, "compartment": compartment}
    stored = staff_write(
        central, caller, idempotency_key, "POST /staff/shelvings", body, parsed, 201, shelve
    )
    if not done:  # a replay: shelved and sent before
        return answer(stored)
    log.info(
        "%s shelved %s at %s by staff %s", caller, number, f"{row}/{compartment}", body.staff_id
    )
    if done[0].sms is not None:
        shelving.send_sms(central, done[0].sms, central.clock.now())
    body_out = dict(stored.body)
    if central.settings.dev:  # for tests and demos only: a real station never sees the code
        body_out["pickup_code"] = done[0].code
    return JSONResponse(body_out, status_code=stored.status)


@router.post(
    "/moves",
    response_model=ItemOut,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="Move a shelved parcel to another compartment",
)
def create_move(
    body: MoveRequest,
    central: CentralDep,
    caller: StockingCaller,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    number, row, compartment = _placement(body)
    parsed = {"tracking_number": number, "row": row, "compartment": compartment}
    return answer(
        staff_write(
            central,
            caller,
            idempotency_key,
            "POST /staff/moves",
            body,
            parsed,
            200,
            lambda act: ItemOut(item=shelving.move(act, number, row, compartment)),
        )
    )


@router.get(
    "/returns/due",
    response_model=StaffItemList,
    responses=problem_responses(401, 403, 503),
    summary="Parcels still on a shelf past their last storage day, in walking order",
)
def returns_due(central: CentralDep, caller: StockingCaller) -> StaffItemList:
    return StaffItemList(parcels=returns.due(central))


@router.post(
    "/returns",
    status_code=201,
    response_model=ItemOut,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="A parcel past its last day is taken off the shelf: returned to the sender",
)
def create_return(
    body: ReturnRequest,
    central: CentralDep,
    caller: StockingCaller,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    number = parse_s10(body.tracking_number)
    return answer(
        staff_write(
            central,
            caller,
            idempotency_key,
            "POST /staff/returns",
            body,
            {"tracking_number": number},
            201,
            lambda act: ItemOut(item=returns.return_to_sender(act, number)),
        )
    )


@router.post(
    "/collections",
    status_code=201,
    response_model=CollectionOut,
    responses=problem_responses(401, 403, 404, 409, 422, 503),
    summary="The courier takes a dispatched box away",
)
def create_collection(
    body: CollectionRequest,
    central: CentralDep,
    caller: StockingCaller,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    barcode = parse_s10(body.box_barcode, "box barcode")
    return answer(
        staff_write(
            central,
            caller,
            idempotency_key,
            "POST /staff/collections",
            body,
            {"box_barcode": barcode},
            201,
            lambda act: courier.collect(act, barcode),
        )
    )


def _placement(body: ShelvingRequest) -> tuple[str, str, str]:
    """The parcel's number and the row and compartment it goes to, as the write uses them."""
    return parse_s10(body.tracking_number), body.row.upper(), body.compartment.upper()
