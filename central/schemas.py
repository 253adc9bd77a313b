"""Request and response bodies of the public API (API.md), as pydantic models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

Kind = Literal["parcel", "small_package"]
Status = Literal["awaiting_pickup", "in_transit", "delivered", "returned_to_sender"]
Language = Literal["kk", "ru", "en"]
BoxSize = Literal["S", "M", "L"]
TerminalState = Literal["ready", "busy", "out_of_service", "maintenance"]
PrinterState = Literal["ok", "paper_near_end", "paper_out", "cover_open", "offline", "error"]


def _is_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def storable(value: str) -> bool:
    """Whether every database can store the text as it is: no lone surrogates and no NUL
    characters (PostgreSQL's text types refuse them)."""
    return "\x00" not in value and _is_unicode(value)


def _encodable(value: str) -> str:
    """Reject lone surrogates (valid JSON escapes, but no text a database can store); identifiers
    checked by the S10 / phone rules keep their digits only, so NUL does no harm there."""
    if not _is_unicode(value):
        raise ValueError("text must be valid Unicode")
    return value


def _storable(value: str) -> str:
    """For text stored as it is (names, messages): valid Unicode without NUL characters."""
    if not storable(value):
        raise ValueError("text must be valid Unicode without NUL characters")
    return value


def _plausible(value: datetime) -> datetime:
    if not 2000 <= value.year < 2100:
        raise ValueError("the year must be between 2000 and 2099")
    return value


Instant = Annotated[AwareDatetime, AfterValidator(_plausible)]
TerminalId = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_encodable)]
# Identifiers are checked by the S10 / phone rules in the route (a precise 422), so their schema is
# only a bounded string.
Identifier = Annotated[str, Field(max_length=64), AfterValidator(_encodable)]
Code = Annotated[str, Field(max_length=32), AfterValidator(_encodable)]
AppVersion = Annotated[str, Field(min_length=1, max_length=50), AfterValidator(_encodable)]
ShortText = Annotated[str, Field(max_length=50), AfterValidator(_encodable)]
LongText = Annotated[str, Field(max_length=500), AfterValidator(_storable)]
PersonName = Annotated[str, Field(max_length=200), AfterValidator(_storable)]
Slot = Annotated[str, Field(min_length=1, max_length=16), AfterValidator(_storable)]


class Location(BaseModel):
    row: str
    compartment: str


class Item(BaseModel):
    """An item as the terminal sees it."""

    tracking_number: str
    kind: Kind
    status: Status
    location: Location | None
    arrived_at: datetime | None
    free_until: date | None
    storage_until: date | None
    storage_fee_kzt: int
    cod_amount_kzt: int
    recipient_hint: str


class OtpRequest(BaseModel):
    phone: Identifier = Field(examples=["+77011234567"])


class OtpChallengeOut(BaseModel):
    challenge_id: str
    masked_phone: str
    expires_in_s: int
    resend_after_s: int


class OtpVerifyRequest(BaseModel):
    code: Code = Field(examples=["123456"])


class ItemList(BaseModel):
    parcels: list[Item]


class TicketRequest(BaseModel):
    terminal_id: TerminalId
    tracking_numbers: list[Identifier] = Field(min_length=1, max_length=50)
    printed_at: Instant
    language: Language


class TicketOut(BaseModel):
    ticket_id: str
    issued_at: datetime


class BoxOut(BaseModel):
    barcode: str
    status: Literal["unused", "dispatched", "collected"]
    size: BoxSize
    prepaid: bool = True


class DispatchRequest(BaseModel):
    box_barcode: Identifier
    terminal_id: TerminalId
    accepted_at: Instant
    sender_phone: Identifier | None = None


class DispatchOut(BaseModel):
    dispatch_id: str
    tracking_number: str
    registered_at: datetime


class PrinterHealth(BaseModel):
    state: PrinterState
    detail: LongText | None = None


class ScannerHealth(BaseModel):
    kind: ShortText
    state: ShortText


class Heartbeat(BaseModel):
    """What a terminal reports about itself every minute or so."""

    model_config = ConfigDict(extra="ignore")

    app_version: AppVersion
    state: TerminalState
    printer: PrinterHealth
    scanners: list[ScannerHealth] = Field(default_factory=list, max_length=20)
    outbox_depth: int = Field(ge=0, le=1_000_000_000)
    uptime_s: float = Field(ge=0, le=1e10)
    alerts: list[LongText] = Field(default_factory=list, max_length=50)


class HeartbeatReply(BaseModel):
    maintenance_requested: bool
    message: str | None
    server_time: datetime


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class FleetTerminal(BaseModel):
    """A terminal as the operator sees it: registration, last heartbeat, maintenance state."""

    terminal_id: str
    name: str
    active: bool
    maintenance_requested: bool
    message: str | None
    last_heartbeat: dict[str, object] | None
    last_heartbeat_at: datetime | None
    alerts: list[str]


class FleetTerminals(BaseModel):
    terminals: list[FleetTerminal]


class MaintenanceRequest(BaseModel):
    message: LongText = Field(min_length=1, description="Shown to the hall staff on the terminal.")
