"""Parcels as the API shows them: the stored row plus the storage rules at the server's clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Parcel
from central.schemas import Item, Location
from central.settings import StorageSettings
from central.storage_rules import evaluate
from kiosk.identifiers import mask_name


def item_view(parcel: Parcel, now: datetime, storage: StorageSettings, tz: ZoneInfo) -> Item:
    state = evaluate(storage.rule_for(parcel.kind), parcel.status, parcel.arrived_at, now, tz)
    location = None
    if state.in_hall and parcel.location_row is not None:
        location = Location(row=parcel.location_row, compartment=parcel.location_compartment or "")
    return Item(
        tracking_number=parcel.tracking_number,
        kind=parcel.kind,
        status=state.status,
        location=location,
        arrived_at=parcel.arrived_at.astimezone(tz) if parcel.arrived_at else None,
        free_until=state.free_until,
        storage_until=state.storage_until,
        storage_fee_kzt=state.fee_kzt,
        cod_amount_kzt=parcel.cod_amount_kzt,
        recipient_hint=mask_name(parcel.recipient_name),
    )


def items_of_phone(session: Session, phone: str) -> Sequence[Parcel]:
    query = (
        select(Parcel)
        .where(Parcel.recipient_phone == phone)
        .order_by(Parcel.arrived_at.desc(), Parcel.tracking_number)
    )
    return session.scalars(query).all()
