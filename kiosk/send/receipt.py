"""The send receipt (DOMAIN.md "The send receipt") as a printer-independent `Document`.

Labels are English source texts, translated by the ``tr`` handed in (see kiosk.printed_text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kiosk.documents import Barcode128, Block, Document, Field, QrCode, Rule, Spacer, Text
from kiosk.formatting import format_datetime
from kiosk.printed_text import FOOTER_STRINGS, QT_TRANSLATE_NOOP

SEND_RECEIPT_STRINGS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Ticket", "Dispatch receipt"),
    "box": QT_TRANSLATE_NOOP("Ticket", "Box barcode"),
    "box_size": QT_TRANSLATE_NOOP("Ticket", "Box size"),
    "dispatch_ref": QT_TRANSLATE_NOOP("Ticket", "Dispatch reference"),
    "accepted_at": QT_TRANSLATE_NOOP("Ticket", "Accepted"),
    "track": QT_TRANSLATE_NOOP("Ticket", "Scan to track your parcel"),
    "shelf": QT_TRANSLATE_NOOP("Ticket", "Put the parcel on the dispatch shelf."),
    "offline": QT_TRANSLATE_NOOP(
        "Ticket",
        "The central system could not be reached: this dispatch will be registered automatically.",
    ),
    "terminal": FOOTER_STRINGS["terminal"],
    "location": FOOTER_STRINGS["location"],
}


def build_send_receipt(
    *,
    barcode: str,
    box_size: str,
    dispatch_ref: str,
    tracking_url: str,
    offline: bool,
    terminal_id: str,
    terminal_location: str,
    accepted_at: dt.datetime,
    language: str,
    tr: Callable[[str], str],
    job_id: str,
) -> Document:
    """The send receipt (DOMAIN.md "The send receipt"). ``dispatch_ref`` is the kiosk's reference
    of the dispatch (the start of its idempotency key: the server's record carries the whole key),
    known at once, even when the central system is unreachable. ``tracking_url`` is the QR code's
    link."""

    def t(key: str) -> str:
        return tr(SEND_RECEIPT_STRINGS[key])

    blocks: list[Block] = [
        Text(t("title"), size="large", bold=True, align="center"),
        Rule(),
        Text(t("box"), size="small", align="center"),
        Barcode128(barcode),
        Spacer(),
    ]
    if box_size:
        blocks.append(Field(t("box_size"), box_size))
    blocks += [
        Field(t("dispatch_ref"), dispatch_ref, bold=True),
        Field(t("terminal"), terminal_id),
        Field(t("location"), terminal_location),
        Field(t("accepted_at"), format_datetime(accepted_at)),
        Rule(),
    ]
    if offline:
        blocks += [Text(t("offline"), size="normal", bold=True, align="center"), Rule()]
    blocks += [
        Text(t("track"), size="small", align="center"),
        QrCode(tracking_url),
        Spacer(),
        Text(t("shelf"), size="normal", bold=True, align="center"),
    ]
    return Document(kind="send_receipt", language=language, job_id=job_id, blocks=tuple(blocks))
