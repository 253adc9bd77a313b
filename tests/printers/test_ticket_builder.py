"""build_receive_ticket: every field DOMAIN.md asks for, translated, in the right order."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from ticket_samples import KK, PRINTED_AT, RU, SECOND_TRACKING, TRACKING, parcel, ticket

from kiosk import printed_text
from kiosk.documents import Barcode128, Document, Field, Text
from kiosk.models import Location
from kiosk.receive import ticket as receive_ticket
from kiosk.send import receipt


def fields(document: Document) -> dict[str, str]:
    return {b.label: b.value for b in document.blocks if isinstance(b, Field)}


def huge_texts(document: Document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Text) and b.size == "huge"]


def test_ticket_carries_every_required_field_in_english() -> None:
    document = ticket(table={}, language="en", job_id="lookup-42")

    assert (document.kind, document.language, document.job_id) == (
        "receive_ticket",
        "en",
        "lookup-42",
    )
    assert huge_texts(document) == ["3", "12"]
    assert "Row" in document.texts()
    assert "Compartment" in document.texts()
    barcodes = [b.data for b in document.blocks if isinstance(b, Barcode128)]
    assert barcodes == [TRACKING, "T-2026-000123"]  # the item; the ticket, for the checkout
    assert fields(document) == {
        "Item type": "Parcel",
        "Arrived": "02.11.2026",
        "Free storage until": "15.11.2026",
        "Kept until": "01.12.2026",
        "Storage fee today": "4\u00a0000\u00a0₸",
        "Cash on delivery": "15\u00a0900\u00a0₸",
        "To pay at the checkout": "19\u00a0900\u00a0₸",
        "Ticket": "T-2026-000123",
        "Terminal": "KZ-ALA-0042",
        "Location": "Алматы, Абай даңғылы 52, сәлемдеме супермаркеті",
        "Printed": "25.11.2026 14:05",  # 09:05 UTC in Almaty
    }
    assert "Take the item and present this ticket and your ID at the checkout." in document.texts()


def test_tracking_number_is_printed_whole_as_the_barcode() -> None:
    (barcode, _ticket) = [b for b in ticket().blocks if isinstance(b, Barcode128)]
    assert barcode.data == TRACKING  # its human-readable line is the whole number too


def test_russian_translation_comes_through() -> None:
    document = ticket(table=RU, language="ru")

    texts = document.texts()
    assert {"Талон на получение", "Ряд", "Ячейка", "Трек-номер", "Посылка"} <= set(texts)
    assert fields(document)["Наложенный платёж"] == "15\u00a0900\u00a0₸"
    assert RU[receive_ticket.TICKET_STRINGS["instruction"]] in texts
    assert not set(texts) & set(receive_ticket.TICKET_STRINGS.values())  # nothing left in English


def test_every_label_goes_through_tr() -> None:
    seen: list[str] = []

    def tr(text: str) -> str:
        seen.append(text)
        return f"«{text}»"

    small = parcel(SECOND_TRACKING, kind="small_package", storage_fee_kzt=0, cod_amount_kzt=0)
    document = receive_ticket.build_receive_ticket(
        [parcel(), small],
        ticket_ref="T-1",
        terminal_id="KZ-1",
        terminal_location="Hall",
        printed_at=PRINTED_AT,
        language="en",
        tr=tr,
        job_id="j",
    )

    unused = set(receive_ticket.TICKET_STRINGS.values()) - set(seen) - {"Parcel locker item"}
    assert unused == set()
    labels = [b.label for b in document.blocks if isinstance(b, Field)]
    assert all(label.startswith("«") for label in labels)


def test_one_block_per_item_with_a_caption_when_there_are_several() -> None:
    second = parcel(SECOND_TRACKING, location=Location(row="A", compartment="7"))

    document = ticket([parcel(), second], table={}, language="en")

    assert huge_texts(document) == ["3", "12", "A", "7"]
    assert [b.data for b in document.blocks if isinstance(b, Barcode128)] == [
        TRACKING,
        SECOND_TRACKING,
        "T-2026-000123",
    ]
    assert "Item 1 of 2" in document.texts()
    assert "Item 2 of 2" in document.texts()
    assert fields(document)["To pay at the checkout"] == "39\u00a0800\u00a0₸"


def test_nothing_to_pay_leaves_out_the_total_and_missing_dates_show_a_dash() -> None:
    free = parcel(kind="small_package", storage_fee_kzt=0, cod_amount_kzt=0, free_until=None)

    shown = fields(ticket([free], table={}, language="en"))

    assert "To pay at the checkout" not in shown
    assert shown["Item type"] == "Small package"
    assert shown["Free storage until"] == "—"
    assert shown["Storage fee today"] == "0\u00a0₸"


def test_a_parcel_without_a_place_or_no_parcel_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no location"):
        ticket([parcel(location=None)])
    with pytest.raises(ValueError, match="at least one"):
        ticket([])


def test_kazakh_sample_table_covers_every_string() -> None:
    assert set(receive_ticket.TICKET_STRINGS.values()) <= set(KK)
    assert set(receive_ticket.TICKET_STRINGS.values()) <= set(RU)


def test_lupdate_extracts_exactly_the_ticket_strings(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__file__).parents[2] / ".venv/bin/pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "tickets.ts"
    sources = [printed_text.__file__, receive_ticket.__file__, receipt.__file__]

    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)

    root = ET.parse(ts).getroot()  # noqa: S314 - our own tool's output
    contexts = {c.findtext("name"): [m.findtext("source") for m in c.iter("message")] for c in root}
    printed = {*receive_ticket.TICKET_STRINGS.values(), *receipt.SEND_RECEIPT_STRINGS.values()}
    assert list(contexts) == ["Ticket"]
    assert sorted(contexts["Ticket"]) == sorted(printed)  # each once, nothing else


def test_items_are_listed_in_walking_order() -> None:
    far = parcel(SECOND_TRACKING, location=Location(row="10", compartment="2"))
    near = parcel(location=Location(row="2", compartment="11"))
    nearer = parcel("RR000000000KZ", location=Location(row="2", compartment="3"))

    document = ticket([far, near, nearer], table={}, language="en")

    assert huge_texts(document) == ["2", "3", "2", "11", "10", "2"]
