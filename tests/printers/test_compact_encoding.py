"""The compact encoding (text as text, for serial printers): its bytes, the paper the mock printer
draws from them, and what it cannot print."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import zxingcpp
from escpos.printer import Dummy
from fake_serial_printer import FakeSerialPrinter
from PIL import Image
from ticket_samples import KK, RU, SECOND_TRACKING, parcel, ticket, translator

from kiosk.documents import Document, Field, Text
from kiosk.models import Location
from kiosk.send.receipt import build_send_receipt
from printers import compact, escpos, paper
from printers.factory import create_printer
from printers.mock import MockPrinter

REPO = Path(__file__).resolve().parents[2]
KAZAKH_ALPHABET = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
ESC_AT_CP866 = b"\x1b@\x1bt\x11"


def _codes(image: Image.Image) -> list[tuple[str, str]]:
    return [(r.format.name, r.text) for r in zxingcpp.read_barcodes(image.convert("L"))]


def test_a_one_item_kazakh_ticket_is_under_8_kb_and_a_fiftieth_of_the_raster() -> None:
    document = ticket([parcel()])
    size = len(compact.encode(document))
    assert size <= 8 * 1024
    assert size * 40 < len(escpos.encode(document))


def test_the_job_is_text_in_pc866_with_the_kazakh_letters_downloaded_first() -> None:
    job = compact.encode(ticket([parcel()]))
    assert job.startswith(ESC_AT_CP866 + b"\x1b&\x03")
    last_download = job.rindex(b"\x1b&\x03")
    assert job.index(compact.USER_SET_ON) > last_download
    # "Жөнелтілімді": Ж and н from the code page, ө and і from their downloaded places
    word = "Жөнелтілімді"
    wire = b"".join(
        compact.SLOT_OF[c].encode() if c in compact.SLOT_OF else c.encode("cp866") for c in word
    )
    assert wire in job


def test_row_and_compartment_are_the_printers_own_digits_four_times_enlarged() -> None:
    job = compact.encode(ticket([parcel(location=Location(row="3", compartment="12"))]))
    huge_bold = b"\x1d!\x33\x1bE\x01"
    assert huge_bold + b"\x1ba\x013\n" in job
    assert huge_bold + b"\x1ba\x0112\n" in job


def test_the_barcode_is_native_and_the_job_ends_with_a_cut() -> None:
    job = compact.encode(ticket([parcel()]))
    assert b"\x1dkI" in job  # GS k 73: Code128
    assert job.endswith(b"\x1dV\x00")  # GS V 0: full cut


@pytest.mark.parametrize(("table", "language"), [(KK, "kk"), (RU, "ru"), ({}, "en")])
def test_exactly_the_characters_a_ticket_uses_are_downloaded(
    table: dict[str, str], language: str
) -> None:
    document = ticket([parcel()], table=table, language=language)
    text = "".join(
        block.text if isinstance(block, Text) else block.label + block.value
        for block in document.blocks
        if isinstance(block, Text | Field)
    )
    job = compact.encode(document)
    downloaded = {c for c in compact.DOWNLOADED if compact.download_command(c) in job}
    assert downloaded == {c for c in text if c in compact.SLOT_OF}
    assert job.count(b"\x1b&\x03") == len(downloaded)
    assert "₸" in downloaded  # the amounts


def test_every_kazakh_letter_is_in_the_code_page_or_downloaded() -> None:
    letters = KAZAKH_ALPHABET + KAZAKH_ALPHABET.lower()
    assert [c for c in letters if compact.printable(c) == "?"] == []
    for c in letters:
        assert c in compact.SLOT_OF or c.encode("cp866")


def test_every_kazakh_ticket_text_prints_without_a_question_mark() -> None:
    source = REPO / "assets" / "translations" / "kiosk_kk.ts"
    root = ET.parse(source).getroot()  # noqa: S314 - the project's own translation source
    texts = [
        message.findtext("translation") or ""
        for context in root.iter("context")
        if context.findtext("name") == "Ticket"
        for message in context.iter("message")
    ]
    assert len(texts) >= 20
    for text in texts:
        assert "?" not in compact.printable(text) or "?" in text, text


def test_a_literal_symbol_prints_as_itself_not_as_a_downloaded_letter() -> None:
    document = Document(
        kind="test", language="kk", job_id="sym", blocks=(Text("Қ # Қ"), Text("# only"))
    )
    job = compact.encode(document)
    assert compact.USER_SET_OFF + b"#" + compact.USER_SET_ON in job
    drawn = paper.render(job)
    line = drawn.crop((0, 0, 5 * compact.CELL_WIDTH, compact.CELL_HEIGHT))
    cells = [line.crop((i * 12, 0, i * 12 + 12, 24)) for i in range(5)]
    assert cells[0].tobytes() == compact.glyph_image("Қ").tobytes()
    assert cells[2].tobytes() == compact.glyph_image("#").tobytes()
    assert cells[4].tobytes() == compact.glyph_image("Қ").tobytes()


def test_the_mock_printer_draws_compact_tickets_from_their_bytes(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path, encoding="compact")
    where = Location(row="7", compartment="4")
    small = parcel(SECOND_TRACKING, kind="small_package", location=where)
    result = printer.print(ticket([parcel(), small]))
    assert result.ok
    [job] = printer.jobs
    assert job.bin_path.read_bytes().startswith(ESC_AT_CP866)
    codes = _codes(Image.open(job.png_path))
    assert ("Code128", "RR123456785KZ") in codes
    assert ("Code128", SECOND_TRACKING) in codes


def test_the_send_receipts_qr_code_reads_back_from_the_paper(tmp_path: Path) -> None:
    url = "https://track.example.kz/CB200000010KZ"
    receipt = build_send_receipt(
        barcode="CB200000010KZ",
        box_size="M",
        dispatch_ref="D-1234",
        tracking_url=url,
        offline=True,
        terminal_id="KZ-ALA-0042",
        terminal_location="Алматы",
        accepted_at=dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC),
        language="kk",
        tr=translator(KK),
        job_id="send-1",
    )
    drawn = paper.render(compact.encode(receipt))
    assert ("QRCode", url) in _codes(drawn)
    assert ("Code128", "CB200000010KZ") in _codes(drawn)


def test_a_character_outside_the_code_page_sends_the_job_as_raster(tmp_path: Path) -> None:
    document = Document(kind="test", language="en", job_id="cjk", blocks=(Text("Parcel 包裹"),))
    printer = MockPrinter(tmp_path, encoding="compact")
    assert printer.print(document).ok
    job = printer.jobs[0].bin_path.read_bytes()
    assert b"\x1dv0" in job  # GS v 0: raster
    assert b"\x1bt" not in job


def test_the_paper_interpreter_refuses_bytes_it_does_not_know() -> None:
    with pytest.raises(paper.UnknownCommandError):
        paper.render(b"\x1b@\x1b\x7f")


def test_the_compact_job_is_valid_for_python_escpos_profiles() -> None:
    out = Dummy()
    out._raw(compact.encode(ticket([parcel()])))
    assert out.output.startswith(ESC_AT_CP866)


def test_a_serial_printer_gets_the_compact_job_whole_and_answers_its_status() -> None:
    fake = FakeSerialPrinter(baud=None)
    printer = create_printer(
        {"backend": "serial", "device": fake.path, "baudrate": 115200, "encoding": "compact"}
    )
    try:
        document = ticket([parcel()])
        assert printer.print(document).ok
        assert fake.done.wait(10)
        assert fake.job() == compact.encode(document)
    finally:
        printer.close()
        fake.close()


def test_the_configuration_chooses_the_encoding(tmp_path: Path) -> None:
    from kiosk.app.wiring import printer_settings
    from kiosk.config import load_config

    overrides = {"printer.backend": "mock", "printer.out_dir": str(tmp_path)}
    config = load_config(None, {}, overrides | {"printer.encoding": "compact"})
    printer = create_printer(printer_settings(config))
    assert printer.print(ticket([parcel()])).ok
    assert printer.jobs[0].bin_path.read_bytes().startswith(ESC_AT_CP866)  # type: ignore[attr-defined]
    default = load_config(None, {}, overrides)
    assert printer_settings(default)["encoding"] == "raster"
