"""DOMAIN.md's storage rules as a pure function of the item, its arrival and the current instant.

Day 1 is the calendar day of arrival in the hall's time zone (Asia/Almaty). On day d a parcel owes
``max(0, d - free_days) * fee_per_day``; after ``kept_days`` the item is no longer in the hall and
counts as returned to the sender.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from central.settings import StorageRule

EXPECTED = "expected"  # on a manifest, not shelved yet: only staff stations see it
AWAITING_PICKUP = "awaiting_pickup"
IN_TRANSIT = "in_transit"
DELIVERED = "delivered"
RETURNED_TO_SENDER = "returned_to_sender"
STATUSES = (AWAITING_PICKUP, IN_TRANSIT, DELIVERED, RETURNED_TO_SENDER)


@dataclass(frozen=True)
class StorageState:
    """What the rules say about an item right now."""

    status: str
    day: int | None  # storage day (1 = arrival day), None before arrival
    free_until: date | None  # the last free day
    storage_until: date | None  # the last day the item is kept at the hall
    fee_kzt: int
    in_hall: bool


def storage_day(arrived_at: datetime, now: datetime, tz: ZoneInfo) -> int:
    """The calendar day of storage at ``now``: 1 on the arrival day, 2 the day after, ..."""
    return (now.astimezone(tz).date() - arrived_at.astimezone(tz).date()).days + 1


def evaluate(
    rule: StorageRule, status: str, arrived_at: datetime | None, now: datetime, tz: ZoneInfo
) -> StorageState:
    """Apply ``rule`` to an item with the recorded ``status`` that arrived at ``arrived_at``."""
    if arrived_at is None:
        return StorageState(status, None, None, None, 0, in_hall=False)
    arrival_day = arrived_at.astimezone(tz).date()
    free_until = arrival_day + timedelta(days=rule.free_days - 1) if rule.free_days else None
    storage_until = arrival_day + timedelta(days=rule.kept_days - 1)
    if status != AWAITING_PICKUP:
        return StorageState(status, None, free_until, storage_until, 0, in_hall=False)
    day = storage_day(arrived_at, now, tz)
    if day > rule.kept_days:
        return StorageState(RETURNED_TO_SENDER, day, free_until, storage_until, 0, in_hall=False)
    fee = max(0, day - rule.free_days) * rule.fee_per_day_kzt
    return StorageState(AWAITING_PICKUP, day, free_until, storage_until, fee, in_hall=True)
