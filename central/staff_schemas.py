"""Request and response bodies of the staff stations' API (``/api/v1/staff``), the pickup codes and
the operator's audit view."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field

from central.schemas import Identifier, Instant, Item, _storable

StaffStatus = Literal[
    "expected", "awaiting_pickup", "in_transit", "delivered", "returned_to_sender"
]
HandoverOutcome = Literal["handed_over", "not_handed_over"]
NotHandedOverReason = Literal["no_id", "id_mismatch", "refused_cod", "damaged", "other"]
CheckoutReason = Literal["already_collected", "returned", "not_shelved"]

StaffId = Annotated[
    str,
    Field(min_length=1, max_length=64, description="The staff member signed in at the station."),
    AfterValidator(_storable),
]
# A shelf row or compartment as its label says it: letters and digits (upper-cased by the route).
ShelfSlot = Annotated[str, Field(pattern=r"^[0-9A-Za-z]{1,8}$", examples=["3", "12"])]
TicketRef = Annotated[str, Field(max_length=32)]


class StaffWrite(BaseModel):
    """What every staff write's body carries besides its own fields."""

    done_at: Instant | None = Field(
        default=None,
        description="When the staff member did it (ISO 8601 with offset), which a write kept in "
        "the station's outbox keeps however late it is delivered: the record (storage start, "
        "handover, return or collection time) and its audit row take this time. At most 2 "
        "minutes ahead of the server's clock and at most 7 days old, else 422 "
        "`implausible_time`. Absent: the server's time when the write arrives.",
        examples=["2026-12-04T14:05:00+05:00"],
    )


class StaffItem(Item):
    """An item as a staff station sees it: as :class:`Item`, and it may also be ``expected``."""

    status: StaffStatus  # type: ignore[assignment]  # a wider set than the customer's Item


class ShelvingRequest(StaffWrite):
    tracking_number: Identifier
    row: ShelfSlot
    compartment: ShelfSlot
    staff_id: StaffId


class ShelvingOut(BaseModel):
    item: StaffItem
    pickup_code: str | None = Field(
        description="Only from a --dev server, and only on the first answer (null on replays)."
    )
    sms_sent: bool


class MoveRequest(ShelvingRequest):
    pass


class ItemOut(BaseModel):
    item: StaffItem


class CheckoutItem(StaffItem):
    can_hand_over: bool
    reason: CheckoutReason | None


class CheckoutOut(BaseModel):
    ticket_id: str | None
    parcels: list[CheckoutItem]
    storage_fee_total_kzt: int
    cod_total_kzt: int
    total_kzt: int


class HandoverRequest(StaffWrite):
    tracking_numbers: list[Identifier] = Field(min_length=1, max_length=50)
    ticket_id: TicketRef | None = None
    outcome: HandoverOutcome
    reason: NotHandedOverReason | None = Field(
        default=None, description="Required when the outcome is not_handed_over."
    )
    staff_id: StaffId


class HandoverOut(BaseModel):
    handover_id: str
    parcels: list[StaffItem]


class StaffItemList(BaseModel):
    parcels: list[StaffItem]


class ReturnRequest(StaffWrite):
    tracking_number: Identifier
    staff_id: StaffId


class CollectionRequest(StaffWrite):
    box_barcode: Identifier
    staff_id: StaffId


class CollectionOut(BaseModel):
    box_barcode: str
    dispatch_id: str | None
    collected_at: datetime


class PickupCodeRequest(BaseModel):
    code: Annotated[str, Field(max_length=200, examples=["K7M4QX"])]


class AuditEntryOut(BaseModel):
    at: datetime
    terminal_id: str
    staff_id: str
    action: str
    subject: str | None
    details: dict[str, Any]


class AuditOut(BaseModel):
    entries: list[AuditEntryOut]
