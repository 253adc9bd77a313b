"""Parcels as staff stations see them: the Item view that may be ``expected``, the effective status
(the storage rules at the server's clock), why the checkout may not hand one over, and the walking
order (row, then compartment, numerically where numeric)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from central.items import ParcelFields, item_fields
from central.schemas import Location
from central.settings import StorageSettings
from central.staff_schemas import CheckoutItem, CheckoutReason, StaffItem
from central.storage_rules import (
    AWAITING_PICKUP,
    DELIVERED,
    RETURNED_TO_SENDER,
    evaluate,
)

P = TypeVar("P", bound=ParcelFields)


def effective_status(
    parcel: ParcelFields, now: datetime, storage: StorageSettings, tz: ZoneInfo
) -> str:
    """The recorded status, but ``returned_to_sender`` for a parcel past its last day."""
    rule = storage.rule_for(parcel.kind)
    return evaluate(rule, parcel.status, parcel.arrived_at, now, tz).status


def blocked_because(status: str) -> CheckoutReason | None:
    """Why a parcel in this (effective) status cannot be handed over; None when it can."""
    if status == AWAITING_PICKUP:
        return None
    if status == DELIVERED:
        return "already_collected"
    if status == RETURNED_TO_SENDER:
        return "returned"
    return "not_shelved"  # expected or in transit


def _staff_fields(
    parcel: ParcelFields, now: datetime, storage: StorageSettings, tz: ZoneInfo
) -> dict[str, Any]:
    """The item's fields; a parcel still on a shelf past its last day keeps its location here
    (customers see it returned, staff must find it to take it off the shelf)."""
    fields = item_fields(parcel, now, storage, tz)
    if parcel.status == AWAITING_PICKUP and parcel.location_row is not None:
        fields["location"] = Location(
            row=parcel.location_row, compartment=parcel.location_compartment or ""
        )
    return fields


def staff_item(
    parcel: ParcelFields, now: datetime, storage: StorageSettings, tz: ZoneInfo
) -> StaffItem:
    return StaffItem(**_staff_fields(parcel, now, storage, tz))


def checkout_item(
    parcel: ParcelFields, now: datetime, storage: StorageSettings, tz: ZoneInfo
) -> CheckoutItem:
    fields = _staff_fields(parcel, now, storage, tz)
    reason = blocked_because(fields["status"])
    return CheckoutItem(**fields, can_hand_over=reason is None, reason=reason)


def _slot_key(slot: str | None) -> tuple[int, int, str]:
    if slot is None:
        return (2, 0, "")
    return (0, int(slot), "") if slot.isdigit() else (1, 0, slot)


def walking_key(parcel: ParcelFields) -> tuple[tuple[int, int, str], tuple[int, int, str], str]:
    """Row, then compartment: numbers in numeric order, then labels; no location last."""
    return (
        _slot_key(parcel.location_row),
        _slot_key(parcel.location_compartment),
        parcel.tracking_number,
    )


def in_walking_order(parcels: Iterable[P]) -> list[P]:
    return sorted(parcels, key=walking_key)
