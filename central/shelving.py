"""Shelving (a parcel of a manifest goes onto a shelf: its storage days start, its pickup code is
made and sent) and moving a shelved parcel to another compartment. Both run inside a staff write
(:func:`central.staff_writes.staff_write`); the SMS goes out only after that write committed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from central import pickup_codes
from central.context import Central
from central.db import Parcel, Terminal
from central.problems import ProblemError
from central.staff_items import effective_status, staff_item
from central.staff_schemas import StaffItem
from central.staff_writes import StaffAct
from central.storage_rules import AWAITING_PICKUP, DELIVERED, EXPECTED, IN_TRANSIT


@dataclass(frozen=True)
class PickupSms:
    """What to send once the shelving is committed."""

    phone: str
    text: str
    code: str


@dataclass(frozen=True)
class Shelved:
    item: StaffItem
    code: str
    sms: PickupSms | None


def _where(parcel: Parcel) -> str:
    return f"row {parcel.location_row}, compartment {parcel.location_compartment}"


def _locked_parcel(session: Session, number: str, missing_code: str) -> Parcel:
    parcel = session.get(Parcel, number, with_for_update=True)
    if parcel is None:
        detail = (
            "This parcel is on no manifest."
            if missing_code == "not_on_manifest"
            else "There is no item with this number."
        )
        raise ProblemError(404, missing_code, detail)
    return parcel


def hall_name(terminal_name: str) -> str:
    """The hall of a terminal named "<hall> — <zone>"."""
    return terminal_name.split(" — ", 1)[0]


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "-"


def sms_text(number: str, hall: str, item: StaffItem, code: str, link: str) -> str:
    return (
        f"Kazpost: {number} — посылка ждёт вас / сәлемдеме сізді күтуде / your parcel is here: "
        f"{hall}. Бесплатно до / тегін / free until {_day(item.free_until)}; "
        f"хранится до / сақталады / kept until {_day(item.storage_until)}. "
        f"Код / код / code: {code} {link}"
    )


def shelve(act: StaffAct, number: str, row: str, compartment: str) -> Shelved:
    central, session, caller, now = act.central, act.session, act.terminal_id, act.at
    storage, tz = central.settings.storage, central.tz
    parcel = _locked_parcel(session, number, "not_on_manifest")
    status = effective_status(parcel, now, storage, tz)
    if status == AWAITING_PICKUP:
        raise ProblemError(409, "already_shelved", f"Already shelved at {_where(parcel)}.")
    if status == DELIVERED:
        raise ProblemError(409, "already_collected", "This parcel was already handed over.")
    if status not in (EXPECTED, IN_TRANSIT):
        raise ProblemError(409, "returned", "This parcel went back to the sender.")
    parcel.status = AWAITING_PICKUP
    parcel.location_row, parcel.location_compartment = row, compartment
    parcel.arrived_at = now
    item = staff_item(parcel, now, storage, tz)
    assert item.storage_until is not None
    code = pickup_codes.create(
        session, parcel, caller, now, pickup_codes.expiry(item.storage_until, tz)
    )
    act.audit("shelve", number, row=row, compartment=compartment)
    sms = None
    if parcel.recipient_phone is not None:
        terminal = session.get(Terminal, caller)
        hall = hall_name(terminal.name) if terminal else "Kazpost"
        link = pickup_codes.pickup_link(central.settings.public_base_url, code)
        sms = PickupSms(parcel.recipient_phone, sms_text(number, hall, item, code, link), code)
    return Shelved(item, code, sms)


def move(act: StaffAct, number: str, row: str, compartment: str) -> StaffItem:
    central, now = act.central, act.at
    storage, tz = central.settings.storage, central.tz
    parcel = _locked_parcel(act.session, number, "not_found")
    if effective_status(parcel, now, storage, tz) != AWAITING_PICKUP:
        raise ProblemError(409, "not_shelved", "This parcel is not on a shelf awaiting pickup.")
    before = {"row": parcel.location_row, "compartment": parcel.location_compartment}
    parcel.location_row, parcel.location_compartment = row, compartment
    act.audit("move", number, before=before, after={"row": row, "compartment": compartment})
    return staff_item(parcel, now, storage, tz)


def send_sms(central: Central, sms: PickupSms, sent_at: datetime) -> None:
    central.sms.send(sms.phone, sms.text, sms.code, sent_at)
