"""The staff endpoints' answers (/api/v1/staff/..., the contract in docs/central.md) as validated
models: a malformed answer fails here, not on a station's screen."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.models import Parcel

HandOverReason = Literal["already_collected", "returned", "not_shelved"]
NOT_HANDED_OVER_REASONS = ("no_id", "id_mismatch", "refused_cod", "damaged", "other")


class _Model(BaseModel):
    # defer_build: each validator is built at its first answer (on the io lane), not at the start
    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)


class CheckoutItem(Parcel):
    """A parcel at the checkout: can it be handed over, and if not why."""

    can_hand_over: bool = False
    reason: str | None = None


class CheckoutList(_Model):
    """What a ticket (or one parcel) covers, in walking order, with what is to be paid."""

    ticket_id: str | None = None
    parcels: tuple[CheckoutItem, ...]
    storage_fee_total_kzt: int = Field(default=0, ge=0)
    cod_total_kzt: int = Field(default=0, ge=0)
    total_kzt: int = Field(default=0, ge=0)

    @property
    def handable(self) -> tuple[CheckoutItem, ...]:
        return tuple(p for p in self.parcels if p.can_hand_over)


class Handover(_Model):
    handover_id: str = Field(min_length=1)
    parcels: tuple[Parcel, ...] = ()


class ItemAnswer(_Model):
    """A shelving's, move's or return's answer: the item as it is now."""

    item: Parcel


class Shelving(ItemAnswer):
    """``pickup_code`` is returned for tests only: the station never shows or logs it."""

    pickup_code: str = Field(default="", repr=False)
    sms_sent: bool = False


class DueReturns(_Model):
    parcels: tuple[Parcel, ...] = ()


class Collection(_Model):
    box_barcode: str
    dispatch_id: str = ""
    collected_at: dt.datetime | None = None
