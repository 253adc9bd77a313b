"""build_send_receipt: what DOMAIN.md's send receipt carries, translated, and its ESC/POS bytes."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import zxingcpp
from escpos_stream import code128_text, parse, raster_page

from kiosk.documents import Barcode128, Field, QrCode, Text
from kiosk.send.receipt import SEND_RECEIPT_STRINGS, build_send_receipt
from printers.escpos import encode

BOX = "CB200000010KZ"
LINK = "https://track.example.kz/CB200000010KZ"
ACCEPTED = dt.datetime(2026, 11, 25, 9, 5, tzinfo=dt.UTC)
TRANSLATIONS = Path(__file__).parents[2] / "assets" / "translations"


def receipt(offline: bool = False, tr=lambda text: text, language: str = "en"):
    return build_send_receipt(
        barcode=BOX,
        box_size="M",
        dispatch_ref="1A2B3C4D",
        tracking_url=LINK,
        offline=offline,
        terminal_id="T-ALA-01",
        terminal_location="Алматы, Абылай хан даңғылы",
        accepted_at=ACCEPTED,
        language=language,
        tr=tr,
        job_id="1a2b3c4d-key",
    )


def test_the_receipt_carries_what_the_domain_asks_for():
    document = receipt()
    assert (document.kind, document.job_id) == ("send_receipt", "1a2b3c4d-key")
    assert [b.data for b in document.blocks if isinstance(b, Barcode128)] == [BOX]
    assert [b.data for b in document.blocks if isinstance(b, QrCode)] == [LINK]
    fields = {b.label: b.value for b in document.blocks if isinstance(b, Field)}
    assert fields == {
        "Box size": "M",
        "Dispatch reference": "1A2B3C4D",
        "Terminal": "T-ALA-01",
        "Location": "Алматы, Абылай хан даңғылы",
        "Accepted": "25.11.2026 14:05",  # Almaty time
    }
    texts = [b.text for b in document.blocks if isinstance(b, Text)]
    assert texts[-1] == "Put the parcel on the dispatch shelf."
    assert SEND_RECEIPT_STRINGS["offline"] not in texts


def test_an_offline_dispatch_says_it_will_be_registered_automatically():
    texts = receipt(offline=True).texts()
    assert SEND_RECEIPT_STRINGS["offline"] in texts


def test_the_receipt_bytes_have_the_native_barcode_and_qr():
    commands = parse(encode(receipt(offline=True)))
    assert [code128_text(c.payload) for c in commands if c.name == "GS k"] == [BOX]
    stored = [c.payload for c in commands if c.name == "GS ( k"]
    assert b"1P0" + LINK.encode() in stored
    assert b"1Q0" in stored


def test_on_a_printer_without_native_codes_both_codes_scan_from_the_raster():
    commands = parse(encode(receipt(), profile="POS-5890"))
    assert not [c for c in commands if c.name in ("GS k", "GS ( k")]
    page = raster_page(commands)
    linear = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.Code128)
    qr = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in linear] == [BOX]
    assert [b.text for b in qr] == [LINK]


def test_every_receipt_string_is_translated_into_russian_and_kazakh():
    for language in ("ru", "kk"):
        root = ET.parse(TRANSLATIONS / f"kiosk_{language}.ts").getroot()  # noqa: S314 - ours
        table = {
            m.findtext("source"): m.findtext("translation")
            for c in root.iter("context")
            if c.findtext("name") == "Ticket"
            for m in c.iter("message")
        }
        document = receipt(offline=True, tr=lambda text, t=table: t[text], language=language)
        assert not set(document.texts()) & set(SEND_RECEIPT_STRINGS.values())
