"""Bodies of the dev endpoints (reference server only, ``--dev``)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from central.schemas import (
    BoxSize,
    Identifier,
    Instant,
    Kind,
    LongText,
    PersonName,
    Slot,
    Status,
)


class DevLocation(BaseModel):
    row: Slot
    compartment: Slot


class DevParcelIn(BaseModel):
    """A parcel to create or replace. Omitted ``arrived_at``: now (null for in_transit)."""

    tracking_number: Identifier
    kind: Kind = "parcel"
    recipient_phone: Identifier | None = None
    recipient_name: PersonName = "Тест Тестов"
    arrived_at: Instant | None = None
    location: DevLocation | None = None
    cod_amount_kzt: int = Field(default=0, ge=0, le=100_000_000)
    status: Status = "awaiting_pickup"


class DevBoxIn(BaseModel):
    barcode: Identifier
    size: BoxSize = "M"


class SmsOut(BaseModel):
    phone: str
    text: str
    code: str
    sent_at: datetime


class ResetOut(BaseModel):
    terminals: int
    parcels: int
    boxes: int
    expected: int  # the demo manifest's parcels, not shelved yet


class ClockIn(BaseModel):
    now: Instant | None


class ClockOut(BaseModel):
    now: datetime
    frozen: bool


class FaultsIn(BaseModel):
    """The faults to set; omitted fields are cleared (``{}`` switches every fault off)."""

    latency_ms: int = Field(default=0, ge=0, le=60_000)
    error_rate: float = Field(default=0.0, ge=0.0, le=1.0)
    down: bool = False


class FaultsOut(BaseModel):
    latency_ms: int
    error_rate: float
    down: bool


class MaintenanceIn(BaseModel):
    on: bool
    message: LongText | None = None


class TicketRecord(BaseModel):
    ticket_id: str
    terminal_id: str
    tracking_numbers: list[str]
    printed_at: datetime
    language: str
    issued_at: datetime
    idempotency_key: str | None


class DispatchRecord(BaseModel):
    dispatch_id: str
    box_barcode: str
    terminal_id: str
    accepted_at: datetime
    sender_phone: str | None
    registered_at: datetime
    idempotency_key: str | None
