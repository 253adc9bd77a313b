"""What a stocking station prints, as printer-independent `Document`s: shelf labels (a Code128
``SHELF:RR-CC`` per compartment, which the shelving screen reads back as a place) and the
courier's collection slip (the count and every box's barcode). Labels are English source texts
in the "Ticket" context, translated by the ``tr`` handed in (see kiosk.printed_text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from kiosk.documents import Barcode128, Block, Document, Field, Rule, Spacer, Text
from kiosk.formatting import format_datetime
from kiosk.printed_text import FOOTER_STRINGS, QT_TRANSLATE_NOOP

SHELF_PREFIX = "SHELF:"
MAX_LABELS = 200  # one slip; a longer range is printed in parts

STATION_STRINGS: dict[str, str] = {
    "labels_title": QT_TRANSLATE_NOOP("Ticket", "Shelf labels"),
    "row": QT_TRANSLATE_NOOP("Ticket", "Row"),
    "compartment": QT_TRANSLATE_NOOP("Ticket", "Compartment"),
    "slip_title": QT_TRANSLATE_NOOP("Ticket", "Courier collection"),
    "count": QT_TRANSLATE_NOOP("Ticket", "Boxes collected"),
    "staff": QT_TRANSLATE_NOOP("Ticket", "Staff"),
    "collected_at": QT_TRANSLATE_NOOP("Ticket", "Collected"),
    "signature": QT_TRANSLATE_NOOP("Ticket", "Courier's signature"),
    "terminal": FOOTER_STRINGS["terminal"],
    "location": FOOTER_STRINGS["location"],
}


def shelf_code(row: str, compartment: str) -> str:
    """``SHELF:03-12``: two digits at least, so the labels of a shelf read alike."""
    return f"{SHELF_PREFIX}{row.zfill(2)}-{compartment.zfill(2)}"


def parse_place(code: str) -> tuple[str, str] | None:
    """(row, compartment) from a shelf label's code or a typed "row compartment" (leading zeros
    of numbers dropped, as the hall's locations are written: "3", "12"); None if it is neither."""
    text = code.strip().upper()
    if text.startswith(SHELF_PREFIX):
        parts = text[len(SHELF_PREFIX) :].split("-")
    else:
        parts = text.replace("-", " ").replace("/", " ").split()
    if len(parts) != 2 or not all(p.isalnum() and len(p) <= 16 for p in parts):
        return None
    row, compartment = (p.lstrip("0") or "0" if p.isdigit() else p for p in parts)
    return row, compartment


def label_places(rows: tuple[int, int], compartments: tuple[int, int]) -> list[tuple[str, str]]:
    """Every (row, compartment) of the ranges (both ends included), in walking order."""
    (r1, r2), (c1, c2) = sorted(rows), sorted(compartments)
    return [(str(r), str(c)) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def build_shelf_labels(
    places: Sequence[tuple[str, str]],
    *,
    language: str,
    tr: Callable[[str], str],
    job_id: str,
) -> Document:
    if not places or len(places) > MAX_LABELS:
        raise ValueError(f"shelf labels: 1 to {MAX_LABELS} compartments")

    def t(key: str) -> str:
        return tr(STATION_STRINGS[key])

    blocks: list[Block] = [Text(t("labels_title"), size="large", bold=True, align="center")]
    for row, compartment in places:
        blocks += [
            Rule(),
            Text(f"{t('row')} {row} · {t('compartment')} {compartment}", "large", True, "center"),
            Barcode128(shelf_code(row, compartment)),
            Spacer(),
        ]
    return Document(kind="shelf_labels", language=language, job_id=job_id, blocks=tuple(blocks))


def build_collection_slip(
    barcodes: Sequence[str],
    *,
    staff_id: str,
    terminal_id: str,
    terminal_location: str,
    collected_at: dt.datetime,
    language: str,
    tr: Callable[[str], str],
    job_id: str,
) -> Document:
    def t(key: str) -> str:
        return tr(STATION_STRINGS[key])

    blocks: list[Block] = [
        Text(t("slip_title"), size="large", bold=True, align="center"),
        Rule(),
        Field(t("count"), str(len(barcodes)), bold=True),
        Rule(),
    ]
    for barcode in barcodes:
        blocks += [Barcode128(barcode), Spacer()]
    blocks += [
        Rule(),
        Field(t("staff"), staff_id),
        Field(t("collected_at"), format_datetime(collected_at)),
        Field(t("terminal"), terminal_id),
        Field(t("location"), terminal_location),
        Spacer(2),
        Field(t("signature"), "______________"),
    ]
    return Document(kind="collection_slip", language=language, job_id=job_id, blocks=tuple(blocks))
