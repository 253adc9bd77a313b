"""Parcels as the API shows them: the stored row plus the storage rules at the server's clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from central.db import Parcel
from central.schemas import Item, Location
from central.settings import StorageSettings
from central.storage_rules import EXPECTED, evaluate
from kiosk.identifiers import mask_name


class ParcelFields(Protocol):
    """What :func:`item_view` reads: a :class:`Parcel` or a Core row of the parcels table."""

    @property
    def tracking_number(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def recipient_name(self) -> str: ...
    @property
    def arrived_at(self) -> datetime | None: ...
    @property
    def location_row(self) -> str | None: ...
    @property
    def location_compartment(self) -> str | None: ...
    @property
    def cod_amount_kzt(self) -> int: ...


# Built once: a statement object memoises its cache key, so each lookup goes straight to the
# compiled SQL in the engine's cache.
_PARCELS = Parcel.__table__
_BY_NUMBER = select(_PARCELS).where(_PARCELS.c.tracking_number == bindparam("number"))


def find_parcel(connection: Connection, number: str) -> ParcelFields | None:
    """The parcel with this (canonical) tracking number, as a Core row: the lookup by number is
    the API's hottest path, and a row costs a fraction of an ORM object."""
    row: ParcelFields | None = connection.execute(_BY_NUMBER, {"number": number}).first()
    return row


def item_fields(
    parcel: ParcelFields, now: datetime, storage: StorageSettings, tz: ZoneInfo
) -> dict[str, Any]:
    """An item's fields as the API shows them (the storage rules applied at ``now``)."""
    state = evaluate(storage.rule_for(parcel.kind), parcel.status, parcel.arrived_at, now, tz)
    location = None
    if state.in_hall and parcel.location_row is not None:
        location = Location(row=parcel.location_row, compartment=parcel.location_compartment or "")
    return {
        "tracking_number": parcel.tracking_number,
        "kind": parcel.kind,
        "status": state.status,
        "location": location,
        "arrived_at": parcel.arrived_at.astimezone(tz) if parcel.arrived_at else None,
        "free_until": state.free_until,
        "storage_until": state.storage_until,
        "storage_fee_kzt": state.fee_kzt,
        "cod_amount_kzt": parcel.cod_amount_kzt,
        "recipient_hint": mask_name(parcel.recipient_name),
    }


def item_view(parcel: ParcelFields, now: datetime, storage: StorageSettings, tz: ZoneInfo) -> Item:
    return Item(**item_fields(parcel, now, storage, tz))


def items_of_phone(session: Session, phone: str) -> Sequence[Parcel]:
    query = (
        select(Parcel)
        .where(Parcel.recipient_phone == phone, Parcel.status != EXPECTED)
        .order_by(Parcel.arrived_at.desc(), Parcel.tracking_number)
    )
    return session.scalars(query).all()
