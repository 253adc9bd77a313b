"""The receive ticket (DOMAIN.md "The receive ticket") as a printer-independent `Document`.

Labels are English source texts, translated by the ``tr`` handed in (see kiosk.printed_text);
`TICKET_STRINGS` lists them all so a translation check can find missing ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from kiosk.documents import Barcode128, Block, Document, Field, Rule, Spacer, Text
from kiosk.formatting import format_date, format_datetime, format_kzt
from kiosk.models import Parcel, walking_order
from kiosk.printed_text import FOOTER_STRINGS, QT_TRANSLATE_NOOP

NOT_SET = "—"

TICKET_STRINGS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Ticket", "Pickup ticket"),
    "item_of": QT_TRANSLATE_NOOP("Ticket", "Item {number} of {count}"),
    "row": QT_TRANSLATE_NOOP("Ticket", "Row"),
    "compartment": QT_TRANSLATE_NOOP("Ticket", "Compartment"),
    "tracking_number": QT_TRANSLATE_NOOP("Ticket", "Tracking number"),
    "kind": QT_TRANSLATE_NOOP("Ticket", "Item type"),
    "arrived": QT_TRANSLATE_NOOP("Ticket", "Arrived"),
    "free_until": QT_TRANSLATE_NOOP("Ticket", "Free storage until"),
    "storage_until": QT_TRANSLATE_NOOP("Ticket", "Kept until"),
    "storage_fee": QT_TRANSLATE_NOOP("Ticket", "Storage fee today"),
    "cod": QT_TRANSLATE_NOOP("Ticket", "Cash on delivery"),
    "total": QT_TRANSLATE_NOOP("Ticket", "To pay at the checkout"),
    "instruction": QT_TRANSLATE_NOOP(
        "Ticket", "Take the item and present this ticket and your ID at the checkout."
    ),
    "help": QT_TRANSLATE_NOOP(
        "Ticket",
        "Cannot reach it? Press I need help on the screen or ask at the checkout: "
        "staff will bring the parcel to you.",
    ),
    "ticket_ref": QT_TRANSLATE_NOOP("Ticket", "Ticket"),
    "terminal": FOOTER_STRINGS["terminal"],
    "location": FOOTER_STRINGS["location"],
    "printed_at": QT_TRANSLATE_NOOP("Ticket", "Printed"),
    "kind.parcel": QT_TRANSLATE_NOOP("Ticket", "Parcel"),
    "kind.small_package": QT_TRANSLATE_NOOP("Ticket", "Small package"),
    "kind.parcel_locker_item": QT_TRANSLATE_NOOP("Ticket", "Parcel locker item"),
}


def build_receive_ticket(
    parcels: Sequence[Parcel],
    *,
    ticket_ref: str,
    terminal_id: str,
    terminal_location: str,
    printed_at: dt.datetime,
    language: str,
    tr: Callable[[str], str],
    job_id: str,
) -> Document:
    """One ticket for a lookup, one block per item in walking order (row, then compartment);
    ``job_id`` is the business action's key, ``ticket_ref`` its first 8 characters, printed and
    as a Code128 the checkout desk scans.

    Every parcel must have a location (the flow prints only items awaiting pickup).
    """
    if not parcels:
        raise ValueError("a receive ticket needs at least one parcel")

    def t(key: str) -> str:
        return tr(TICKET_STRINGS[key])

    parcels = walking_order(parcels)
    blocks: list[Block] = [Text(t("title"), size="large", bold=True, align="center"), Rule()]
    for number, parcel in enumerate(parcels, start=1):
        if len(parcels) > 1:
            if number > 1:
                blocks.append(Spacer())
            caption = t("item_of").format(number=number, count=len(parcels))
            blocks.append(Text(caption, size="normal", bold=True, align="center"))
        blocks += _item_blocks(parcel, t)
        blocks.append(Rule())

    total = sum(p.storage_fee_kzt + p.cod_amount_kzt for p in parcels)
    if total:
        blocks += [Field(t("total"), format_kzt(total), bold=True), Rule()]
    blocks += [
        Text(t("instruction"), size="normal", bold=True, align="center"),
        Text(t("help"), size="normal", align="center"),
        Spacer(),
        Field(t("ticket_ref"), ticket_ref),
        Barcode128(ticket_ref),  # the checkout scans it (its record's key begins with it)
        Field(t("terminal"), terminal_id),
        Field(t("location"), terminal_location),
        Field(t("printed_at"), format_datetime(printed_at)),
    ]
    return Document(kind="receive_ticket", language=language, job_id=job_id, blocks=tuple(blocks))


def _item_blocks(parcel: Parcel, t: Callable[[str], str]) -> list[Block]:
    if parcel.location is None:
        raise ValueError(f"parcel {parcel.tracking_number} has no location in the hall")
    return [
        Text(t("row"), size="large", align="center"),
        Text(parcel.location.row, size="huge", bold=True, align="center"),
        Text(t("compartment"), size="large", align="center"),
        Text(parcel.location.compartment, size="huge", bold=True, align="center"),
        Rule(),
        Text(t("tracking_number"), size="small", align="center"),
        Barcode128(parcel.tracking_number),
        Spacer(),
        Field(t("kind"), t(f"kind.{parcel.kind}")),
        Field(t("arrived"), _date(parcel.arrived_at)),
        Field(t("free_until"), _date(parcel.free_until)),
        Field(t("storage_until"), _date(parcel.storage_until)),
        Field(t("storage_fee"), format_kzt(parcel.storage_fee_kzt), bold=True),
        Field(t("cod"), format_kzt(parcel.cod_amount_kzt), bold=True),
    ]


def _date(value: dt.date | None) -> str:
    return NOT_SET if value is None else format_date(value)
