"""Returns to the sender: the parcels still on a shelf past their last storage day, in walking
order, and taking one off the shelf (it becomes ``returned_to_sender``)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from central.context import Central
from central.db import Parcel
from central.problems import ProblemError
from central.staff_items import effective_status, in_walking_order, staff_item
from central.staff_schemas import StaffItem
from central.staff_writes import StaffAct
from central.storage_rules import AWAITING_PICKUP, DELIVERED, RETURNED_TO_SENDER

KINDS = ("parcel", "small_package")


def _kept_until_cutoff(kept_days: int, now: datetime, tz: ZoneInfo) -> datetime:
    """Parcels that arrived before this instant are past their last day today."""
    first_day_still_kept = now.astimezone(tz).date() - timedelta(days=kept_days - 1)
    return datetime.combine(first_day_still_kept, time(0), tz)


def due(central: Central) -> list[StaffItem]:
    now, storage, tz = central.clock.now(), central.settings.storage, central.tz
    overdue = or_(
        *(
            and_(
                Parcel.kind == kind,
                Parcel.arrived_at < _kept_until_cutoff(storage.rule_for(kind).kept_days, now, tz),
            )
            for kind in KINDS
        )
    )
    query = select(Parcel).where(Parcel.status == AWAITING_PICKUP, overdue)
    with central.db.read() as session:
        parcels = session.scalars(query).all()
    return [staff_item(p, now, storage, tz) for p in in_walking_order(parcels)]


def return_to_sender(act: StaffAct, number: str) -> StaffItem:
    now, storage, tz = act.at, act.central.settings.storage, act.central.tz
    parcel = act.session.get(Parcel, number, with_for_update=True)
    if parcel is None:
        raise ProblemError(404, "not_found", "There is no item with this number.")
    _check_due(parcel, effective_status(parcel, now, storage, tz))
    where = {"row": parcel.location_row, "compartment": parcel.location_compartment}
    parcel.status = RETURNED_TO_SENDER
    parcel.location_row = parcel.location_compartment = None
    act.audit("return", number, location=where)
    return staff_item(parcel, now, storage, tz)


def _check_due(parcel: Parcel, status: str) -> None:
    if parcel.status == RETURNED_TO_SENDER:
        raise ProblemError(409, "returned", "This parcel was already returned to the sender.")
    if status == DELIVERED:
        raise ProblemError(409, "already_collected", "This parcel was already handed over.")
    if parcel.status != AWAITING_PICKUP:
        raise ProblemError(409, "not_shelved", "This parcel is not on a shelf.")
    if status == AWAITING_PICKUP:
        raise ProblemError(409, "not_due", "Its last storage day has not passed yet.")
