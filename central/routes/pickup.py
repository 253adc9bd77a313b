"""Customer terminals: a pickup code (typed, or its QR link scanned) lists the recipient's
parcels."""

from __future__ import annotations

from fastapi import APIRouter

from central import pickup_codes
from central.items import item_view
from central.problems import problem_responses
from central.routes.deps import CentralDep
from central.routes.roles import CustomerCaller
from central.schemas import ItemList
from central.staff_schemas import PickupCodeRequest

router = APIRouter(prefix="/api/v1", tags=["receiving"])


@router.post(
    "/pickup-codes/verify",
    response_model=ItemList,
    responses=problem_responses(401, 403, 404, 422, 429, 503),
    summary="The parcels a pickup code lists (the code from the shelving SMS, or its link)",
)
def verify_pickup_code(
    body: PickupCodeRequest, central: CentralDep, caller: CustomerCaller
) -> ItemList:
    parcels = pickup_codes.verify(central, body.code, caller)
    now, storage = central.clock.now(), central.settings.storage
    return ItemList(parcels=[item_view(p, now, storage, central.tz) for p in parcels])
