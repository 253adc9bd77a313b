"""Dev endpoints (API.md): mounted only with ``--dev``, no token needed, never in production."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AfterValidator
from sqlalchemy import func, select

from central import demo
from central.db import Box, Dispatch, Parcel, Ticket
from central.dev_schemas import (
    ClockIn,
    ClockOut,
    DevBoxIn,
    DevParcelIn,
    DispatchRecord,
    FaultsIn,
    FaultsOut,
    MaintenanceIn,
    ResetOut,
    SmsOut,
    TicketRecord,
)
from central.fleet import find_terminal, set_maintenance, terminal_view
from central.items import item_view
from central.problems import problem_responses
from central.routes.deps import CentralDep
from central.schemas import BoxOut, FleetTerminal, Identifier, Item, storable
from central.validation import parse_phone, parse_s10

router = APIRouter(prefix="/dev", tags=["dev"])


def _storable_or_none(value: str | None) -> str | None:
    if value is not None and not storable(value):
        raise ValueError("text must be valid Unicode without NUL characters")
    return value


TerminalFilter = Annotated[
    str | None,
    Query(max_length=64, description="Only this terminal's."),
    AfterValidator(_storable_or_none),
]


@router.get("/sms", response_model=list[SmsOut], responses=problem_responses(422))
def sent_sms(phone: Annotated[Identifier, Query()], central: CentralDep) -> list[SmsOut]:
    """The texts the fake SMS gateway "sent" to a phone, newest first."""
    tz = central.tz
    return [
        SmsOut(phone=s.phone, text=s.text, code=s.code, sent_at=s.sent_at.astimezone(tz))
        for s in central.sms.sent_to(parse_phone(phone))
    ]


@router.post("/parcels", status_code=201, response_model=Item, responses=problem_responses(422))
def put_parcel(body: DevParcelIn, central: CentralDep) -> Item:
    """Create or replace an item."""
    number = parse_s10(body.tracking_number)
    phone = parse_phone(body.recipient_phone) if body.recipient_phone is not None else None
    with central.db.write() as session:
        now = central.clock.now()
        arrived_at = body.arrived_at if "arrived_at" in body.model_fields_set else now
        if body.status == "in_transit":
            arrived_at = None
        location = body.location
        row, compartment = (location.row, location.compartment) if location else (None, None)
        if location is None and body.status == "awaiting_pickup":
            taken = session.scalar(select(func.count()).where(Parcel.location_row == "9"))
            row, compartment = "9", str((taken or 0) + 1)
        parcel = session.merge(
            Parcel(
                tracking_number=number,
                kind=body.kind,
                status=body.status,
                recipient_phone=phone,
                recipient_name=body.recipient_name,
                arrived_at=arrived_at,
                location_row=row,
                location_compartment=compartment,
                cod_amount_kzt=body.cod_amount_kzt,
            )
        )
        return item_view(parcel, now, central.settings.storage, central.tz)


@router.post("/boxes", status_code=201, response_model=BoxOut, responses=problem_responses(422))
def put_box(body: DevBoxIn, central: CentralDep) -> BoxOut:
    """Create a box, or change an existing box's size (its status stays)."""
    barcode = parse_s10(body.barcode, "box barcode")
    with central.db.write() as session:
        box = session.get(Box, barcode)
        if box is None:
            box = Box(barcode=barcode, size=body.size, status="unused")
            session.add(box)
        box.size = body.size
        return BoxOut.model_validate(
            {"barcode": box.barcode, "status": box.status, "size": box.size}
        )


@router.post("/reset", response_model=ResetOut)
def reset(central: CentralDep) -> ResetOut:
    """Wipe everything (items, codes, SMS, tickets, dispatches, keys) and load the demo data again,
    dated relative to the server's clock. The clock and the faults stay as they are."""
    central.sms.clear()
    manifest = demo.seed(central.db, central.clock.now(), central.tz)
    central.tokens.forget()
    central.limiter.forget()
    central.code_limiter.forget()
    return ResetOut(
        terminals=len(demo.TERMINALS) + len(demo.STAFF_TERMINALS),
        parcels=len(demo.PARCELS),
        boxes=len(demo.BOXES),
        expected=manifest.imported,
    )


@router.post("/clock", response_model=ClockOut, responses=problem_responses(422))
def set_clock(body: ClockIn, central: CentralDep) -> ClockOut:
    """Freeze the server's clock at ``now``, or return to real time with ``null``."""
    central.clock.set(body.now)
    return ClockOut(now=central.clock.now().astimezone(central.tz), frozen=central.clock.frozen)


@router.post("/faults", response_model=FaultsOut, responses=problem_responses(422))
def set_faults(body: FaultsIn, central: CentralDep) -> FaultsOut:
    """Make ``/api/v1/*`` slow, flaky (503 at ``error_rate``) or down."""
    faults = central.faults
    faults.latency_ms, faults.error_rate, faults.down = body.latency_ms, body.error_rate, body.down
    return FaultsOut(latency_ms=faults.latency_ms, error_rate=faults.error_rate, down=faults.down)


@router.post(
    "/terminals/{terminal_id}/maintenance",
    response_model=FleetTerminal,
    responses=problem_responses(404, 422),
)
def request_maintenance(
    terminal_id: str, body: MaintenanceIn, central: CentralDep
) -> FleetTerminal:
    """Ask a terminal to go to maintenance (``on``) or lift that; its next heartbeat says so."""
    with central.db.write() as session:
        terminal = set_maintenance(session, terminal_id, on=body.on, message=body.message)
        return terminal_view(terminal, central.tz)


@router.get(
    "/terminals/{terminal_id}", response_model=FleetTerminal, responses=problem_responses(404, 422)
)
def get_terminal(terminal_id: str, central: CentralDep) -> FleetTerminal:
    """A terminal and its last heartbeat."""
    with central.db.read() as session:
        return terminal_view(find_terminal(session, terminal_id), central.tz)


@router.get("/tickets", response_model=list[TicketRecord], responses=problem_responses(422))
def list_tickets(central: CentralDep, terminal_id: TerminalFilter = None) -> list[TicketRecord]:
    """Every recorded ticket, oldest first, with its Idempotency-Key."""
    query = select(Ticket).order_by(Ticket.seq)
    if terminal_id is not None:
        query = query.where(Ticket.terminal_id == terminal_id)
    tz = central.tz
    with central.db.read() as session:
        return [
            TicketRecord(
                ticket_id=t.ticket_id,
                terminal_id=t.terminal_id,
                tracking_numbers=t.tracking_numbers,
                printed_at=t.printed_at.astimezone(tz),
                language=t.language,
                issued_at=t.issued_at.astimezone(tz),
                idempotency_key=t.idempotency_key,
            )
            for t in session.scalars(query)
        ]


@router.get("/dispatches", response_model=list[DispatchRecord], responses=problem_responses(422))
def list_dispatches(
    central: CentralDep, terminal_id: TerminalFilter = None
) -> list[DispatchRecord]:
    """Every recorded dispatch, oldest first, with its Idempotency-Key."""
    query = select(Dispatch).order_by(Dispatch.seq)
    if terminal_id is not None:
        query = query.where(Dispatch.terminal_id == terminal_id)
    tz = central.tz
    with central.db.read() as session:
        return [
            DispatchRecord(
                dispatch_id=d.dispatch_id,
                box_barcode=d.box_barcode,
                terminal_id=d.terminal_id,
                accepted_at=d.accepted_at.astimezone(tz),
                sender_phone=d.sender_phone,
                registered_at=d.registered_at.astimezone(tz),
                idempotency_key=d.idempotency_key,
            )
            for d in session.scalars(query)
        ]
