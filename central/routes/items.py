"""Receiving: look an item up by tracking number, or by phone with an SMS code."""

from __future__ import annotations

from fastapi import APIRouter

from central import otp
from central.auth import CallerId
from central.context import Central
from central.items import find_parcel, item_view
from central.limits import Counted
from central.problems import ProblemError, problem_responses
from central.routes.deps import CentralDep
from central.schemas import Item, ItemList, OtpChallengeOut, OtpRequest, OtpVerifyRequest
from central.storage_rules import EXPECTED
from central.validation import parse_phone, parse_s10

router = APIRouter(prefix="/api/v1", tags=["receiving"])


@router.get(
    "/parcels/{tracking_number}",
    response_model=Item,
    responses=problem_responses(401, 404, 422, 429, 503),
    summary="An item by its tracking number, with the storage rules applied today",
)
async def get_parcel(tracking_number: str, central: CentralDep, caller: CallerId) -> Item:
    """The API's hottest path: async, so FastAPI checks the answer on the event loop, and the lookup
    itself runs where :meth:`Central.read` says (inline on a SQLite file, else the thread pool)."""
    number = parse_s10(tracking_number)
    return await central.read(_look_up, central, caller, number)


def _look_up(central: Central, caller: str, number: str) -> Item:
    limits = central.settings.rate_limits
    now = central.clock.now()
    central.limiter.count(caller, Counted.LOOKUP, limits.lookups_per_window, now)
    with central.db.connect() as connection:
        parcel = find_parcel(connection, number)
    if parcel is None or parcel.status == EXPECTED:  # not shelved yet: unknown to customers
        central.limiter.count(caller, Counted.NOT_FOUND, limits.not_found_per_window, now)
        raise ProblemError(404, "not_found", "There is no item with this number.")
    return item_view(parcel, central.clock.now(), central.settings.storage, central.tz)


@router.post(
    "/otp",
    status_code=202,
    response_model=OtpChallengeOut,
    responses=problem_responses(401, 422, 429, 503),
    summary="Send an SMS code to a phone (the same answer whether it has items or not)",
)
def start_otp(body: OtpRequest, central: CentralDep, caller: CallerId) -> OtpChallengeOut:
    started = otp.start(central, parse_phone(body.phone), caller)
    return OtpChallengeOut(
        challenge_id=started.challenge_id,
        masked_phone=started.masked_phone,
        expires_in_s=started.expires_in_s,
        resend_after_s=started.resend_after_s,
    )


@router.post(
    "/otp/{challenge_id}/verify",
    response_model=ItemList,
    responses=problem_responses(400, 401, 422, 503),
    summary="Check the SMS code; list the phone's items",
)
def verify_otp(
    challenge_id: str, body: OtpVerifyRequest, central: CentralDep, caller: CallerId
) -> ItemList:
    parcels = otp.verify(central, challenge_id, body.code, caller)
    now = central.clock.now()
    storage = central.settings.storage
    return ItemList(parcels=[item_view(p, now, storage, central.tz) for p in parcels])
