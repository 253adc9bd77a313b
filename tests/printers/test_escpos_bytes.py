"""The ESC/POS byte stream of a ticket, read back command by command."""

from __future__ import annotations

import pytest
import zxingcpp
from escpos.capabilities import get_profile_class
from escpos_stream import code128_text, non_raster_bytes, parse, raster_image, raster_page
from hypothesis import given, settings
from hypothesis import strategies as st
from ticket_samples import RU, SECOND_TRACKING, TRACKING, parcel, ticket

from kiosk.documents import Document, QrCode, Text
from printers import code128
from printers.errors import ConfigError
from printers.escpos import encode, printer_profile, resolve_width_px

KAZAKH_AND_RUSSIAN = "ҚатарҰяшықӘәҒғҚқҢңӨөҰұҮүҺһІіРядЯчейка"


def two_parcel_ticket() -> Document:
    return ticket([parcel(), parcel(SECOND_TRACKING)])


def test_native_code128_carries_each_tracking_number_in_order() -> None:
    commands = parse(encode(two_parcel_ticket()))

    barcodes = [c for c in commands if c.name == "GS k"]
    assert [c.args for c in barcodes] == [bytes([73])] * 3  # function B, CODE128
    texts = [code128_text(c.payload) for c in barcodes]
    assert texts == [TRACKING, SECOND_TRACKING, "T-2026-000123"]  # the last: the ticket


def test_barcode_is_set_up_before_it_prints() -> None:
    commands = parse(encode(ticket()))
    k = next(i for i, c in enumerate(commands) if c.name == "GS k")
    setup = {c.name: c.args for c in commands[k - 5 : k]}

    assert setup["ESC a"] == b"\x01"  # centred
    assert setup["GS h"] == bytes([code128.BAR_HEIGHT_DOTS])
    assert setup["GS w"] == b"\x03"  # 0.375 mm modules fit 80 mm paper with quiet zones
    assert setup["GS H"] == b"\x00"  # the human-readable line is raster text instead
    assert commands[k + 1] == parse(b"\x1ba\x00")[0]  # back to left alignment


def test_text_is_raster_images_of_the_paper_width() -> None:
    commands = parse(encode(ticket()))

    rasters = [c for c in commands if c.name == "GS v 0"]
    assert len(rasters) >= 2  # text before and after the barcode
    assert {c.args[1:3] for c in rasters} == {(576 // 8).to_bytes(2, "little")}
    assert all(raster_image(c).getextrema()[0] == 0 for c in rasters)  # each has ink


def test_job_starts_with_init_and_ends_with_feed_and_cut() -> None:
    commands = parse(encode(ticket()))

    assert commands[0].name == "ESC @"
    assert [c.name for c in commands[-2:]] == ["ESC d", "GS V"]


def test_no_text_bytes_outside_the_images() -> None:
    document = ticket(table=RU, language="ru")
    commands = parse(encode(document))  # parse() rejects any byte outside a known command
    outside = non_raster_bytes(commands)

    for text in [KAZAKH_AND_RUSSIAN, *document.texts()]:
        for encoding in ("utf-8", "cp866", "cp1251"):
            encoded = text.encode(encoding, errors="ignore")
            if len(encoded) >= 4 and not text.isascii():
                assert encoded not in outside


def test_58mm_paper_narrows_images_and_barcode_modules() -> None:
    commands = parse(encode(ticket(), width_px=384))

    rasters = [c for c in commands if c.name == "GS v 0"]
    assert {int.from_bytes(c.args[1:3], "little") for c in rasters} == {48}
    assert next(c for c in commands if c.name == "GS w").args == b"\x02"


def test_profile_without_native_barcodes_prints_them_as_scannable_images() -> None:
    commands = parse(encode(two_parcel_ticket(), profile="POS-5890"))

    assert not [c for c in commands if c.name in ("GS k", "GS ( k")]
    found = zxingcpp.read_barcodes(raster_page(commands), formats=zxingcpp.BarcodeFormat.Code128)
    assert [b.text for b in found] == [TRACKING, SECOND_TRACKING, "T-2026-000123"]


def test_qr_is_native_where_the_profile_has_it() -> None:
    link = "https://track.example.kz/RR123456785KZ"
    document = Document("send_receipt", "en", "dispatch-1", (Text("Track it"), QrCode(link)))

    stored = [c.payload for c in parse(encode(document)) if c.name == "GS ( k"]

    assert b"1P0" + link.encode() in stored  # function 180: store the data
    assert b"1Q0" in stored  # function 181: print it


def test_qr_falls_back_to_a_scannable_image() -> None:
    link = "https://track.example.kz/RR123456785KZ"
    document = Document("send_receipt", "en", "dispatch-1", (Text("Track it"), QrCode(link)))

    commands = parse(encode(document, profile="POS-5890"))

    found = zxingcpp.read_barcodes(raster_page(commands), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [link]


def test_encoding_prints_nothing_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    encode(ticket())
    encode(ticket(), profile="TM-T88V")
    encode(ticket(), profile="POS-5890")

    assert capsys.readouterr() == ("", "")


def test_profile_width_wins_unless_given_and_shared_profiles_stay_untouched() -> None:
    assert resolve_width_px("default") == 576
    assert resolve_width_px("default", paper_width_mm=58) == 384
    assert resolve_width_px("TM-T88V") == 512  # a 180 dpi printer
    assert resolve_width_px("TM-T88V", width_px=576) == 576

    profile = printer_profile("default", width_px=384)

    assert profile.profile_data["media"]["width"]["pixels"] == 384
    assert profile.supports("barcodeB")
    assert get_profile_class("default").profile_data["media"]["width"]["pixels"] == "Unknown"


def test_bad_profile_or_width_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="profile"):
        resolve_width_px("no-such-printer")
    with pytest.raises(ConfigError, match="58 or 80"):
        resolve_width_px("default", paper_width_mm=76)


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=20))
def test_code128_plan_round_trips_through_escpos_data(data: str) -> None:
    assert code128_text(code128.escpos_data(data).encode("ascii")) == data
