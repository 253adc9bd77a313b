"""The central API's answers as validated models: a malformed answer fails here, not in a screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ParcelKind = Literal["parcel", "small_package", "parcel_locker_item"]
ParcelStatus = Literal[
    "expected", "awaiting_pickup", "in_transit", "delivered", "returned_to_sender"
]
Language = Literal["kk", "ru", "en"]


class _Model(BaseModel):
    # defer_build: each model's validator is built at its first answer (on the io lane), not while
    # the kiosk starts (20-30 ms of the start).
    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)


class Location(_Model):
    row: str = Field(min_length=1, max_length=16)
    compartment: str = Field(min_length=1, max_length=16)


class Parcel(_Model):
    tracking_number: str = Field(min_length=13, max_length=13)
    kind: ParcelKind
    status: ParcelStatus
    location: Location | None = None
    arrived_at: dt.datetime | None = None
    free_until: dt.date | None = None
    storage_until: dt.date | None = None
    storage_fee_kzt: int = Field(default=0, ge=0)
    cod_amount_kzt: int = Field(default=0, ge=0)
    recipient_hint: str = ""

    @property
    def awaiting_pickup(self) -> bool:
        return self.status == "awaiting_pickup" and self.location is not None


def _natural(text: str) -> tuple[int, int | str]:
    """Numbers before names, and numerically: "2" < "10" < "A"."""
    return (0, int(text)) if text.isdigit() else (1, text)


def walking_order(parcels: Iterable[Parcel]) -> list[Parcel]:
    """The parcels in the order one walks the hall: row, then compartment (numerically where
    they are numbers); those without a place last."""

    def key(parcel: Parcel) -> tuple[int, tuple[int, int | str], tuple[int, int | str]]:
        where = parcel.location
        if where is None:
            return (1, (0, 0), (0, 0))
        return (0, _natural(where.row), _natural(where.compartment))

    return sorted(parcels, key=key)


class TicketRecord(_Model):
    ticket_id: str = Field(min_length=1)
    issued_at: dt.datetime


class OtpChallenge(_Model):
    challenge_id: str = Field(min_length=1)
    masked_phone: str
    expires_in_s: int = Field(ge=0)
    resend_after_s: int = Field(ge=0)


class OtpResult(_Model):
    parcels: list[Parcel]


class Box(_Model):
    barcode: str
    status: Literal["unused", "dispatched", "collected"]
    size: Literal["S", "M", "L"]
    prepaid: bool


class DispatchRecord(_Model):
    dispatch_id: str = Field(min_length=1)
    tracking_number: str
    registered_at: dt.datetime


class HeartbeatReply(_Model):
    maintenance_requested: bool
    message: str | None = None
    server_time: dt.datetime


class Health(_Model):
    status: str
    version: str = ""


class Problem(_Model):
    """An RFC 9457 problem document as the API sends it with every error."""

    code: str = ""
    status: int | None = None
    title: str = ""
    detail: str = ""
    type: str = "about:blank"
    attempts_left: int | None = Field(default=None, ge=0)
