"""The preview: the shipped font, scannable codes, a row and compartment one reads from afar."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops
from ticket_samples import SECOND_TRACKING, TRACKING, parcel, ticket

from kiosk.documents import Barcode128, Document, Field, QrCode, Rule, Size, Spacer, Text
from kiosk.formatting import format_kzt
from printers import layout

KAZAKH_LETTERS = "Әәғқңөұүһі"
NOT_IN_ANY_FONT = "\U000f0000"  # a private-use code point: drawn as the .notdef box


def doc(*blocks: object) -> Document:
    return Document("test_slip", "kk", "job", tuple(blocks))  # type: ignore[arg-type]


def only_image(document: Document, width: int = 576) -> Image.Image:
    (segment,) = layout.segments(document, width)
    assert isinstance(segment, layout.ImageSegment)
    return segment.image


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    """Bounding box of the black dots."""
    box = ImageChops.invert(image.convert("L")).getbbox()
    assert box is not None, "no ink"
    return box


def ink_rows(image: Image.Image) -> list[int]:
    grey = image.convert("L")
    return [
        y for y in range(grey.height) if grey.crop((0, y, grey.width, y + 1)).getextrema()[0] == 0
    ]


def test_kazakh_letters_are_drawn_by_the_shipped_font_not_as_notdef_boxes() -> None:
    face = layout.font("normal")
    notdef = face.getmask(NOT_IN_ANY_FONT)
    assert face.path == str(layout.FONT_DIR / "DejaVuSans.ttf")

    for letter in KAZAKH_LETTERS + "ҚҰ₸":
        glyph = face.getmask(letter)
        assert (glyph.size, bytes(glyph)) != (notdef.size, bytes(notdef)), letter


def test_kazakh_ticket_words_render_differently_from_notdef_boxes() -> None:
    for word in ("Қатар", "Ұяшық", KAZAKH_LETTERS):
        drawn = only_image(doc(Text(word)))
        boxes = only_image(doc(Text(NOT_IN_ANY_FONT * len(word))))
        assert ImageChops.difference(drawn.convert("L"), boxes.convert("L")).getbbox()


def test_preview_is_one_bit_at_the_paper_width() -> None:
    for width in (576, 384):
        preview = layout.render_preview(ticket(), width)
        assert preview.mode == "1"
        assert preview.width == width


@pytest.mark.parametrize("width", [576, 384])
def test_code128_in_the_preview_scans_back_to_the_tracking_numbers(width: int) -> None:
    preview = layout.render_preview(ticket([parcel(), parcel(SECOND_TRACKING)]), width)

    found = zxingcpp.read_barcodes(preview, formats=zxingcpp.BarcodeFormat.Code128)

    assert [b.text for b in found] == [TRACKING, SECOND_TRACKING, "T-2026-000123"]  # and the ticket


def test_qr_in_the_preview_scans() -> None:
    link = "https://track.example.kz/RR123456785KZ"
    preview = layout.render_preview(doc(Text("Track it"), QrCode(link)), 576)

    found = zxingcpp.read_barcodes(preview, formats=zxingcpp.BarcodeFormat.QRCode)

    assert [b.text for b in found] == [link]


def test_huge_digits_are_about_100_dots_tall() -> None:
    huge = ink_box(only_image(doc(Text("12", size="huge", bold=True))))
    normal = ink_box(only_image(doc(Text("12"))))

    huge_height = huge[3] - huge[1]
    assert 90 <= huge_height <= 120  # 11-15 mm at 203 dpi
    assert huge_height >= 3 * (normal[3] - normal[1])


def test_ticket_shows_row_and_compartment_in_huge_digits() -> None:
    preview = layout.render_preview(ticket([parcel()]), 576)
    rows = ink_rows(preview)
    runs: list[int] = []  # heights of consecutive inked rows (text lines, bars, rules)
    start = previous = rows[0]
    for y in [*rows[1:], -1]:
        if y != previous + 1:
            runs.append(previous - start + 1)
            start = y
        previous = y

    tall = [height for height in runs if height >= 90]
    assert len(tall) == 4  # "3", "12", the tracking number's bars and the ticket reference's


@pytest.mark.parametrize("size", ["small", "normal", "large", "huge"])
def test_long_words_wrap_inside_the_paper(size: Size) -> None:
    word = "Жөнелтушігеқайтарылғандықтан" * 2
    image = only_image(doc(Text(word, size=size)), 384)

    left, _, right, _ = ink_box(image)
    assert left >= layout.MARGIN_X - 2
    assert right <= 384 - layout.MARGIN_X + 2
    assert len(layout.wrap(word, layout.font(size), 384 - 2 * layout.MARGIN_X)) >= 2


def test_wrapped_word_pieces_join_back_to_the_word() -> None:
    face = layout.font("large")
    word = "Қабылдаушыныңжекекуәлігі"

    lines = layout.wrap(word, face, 200)

    assert all(face.getlength(line) <= 200 for line in lines)
    assert "".join(line.removesuffix("-") for line in lines) == word


@settings(max_examples=40, deadline=None)
@given(st.text(st.sampled_from("аәбвгғқңөұүһі ҚҰ-/12"), max_size=80), st.integers(40, 560))
def test_wrap_never_overflows_nor_drops_letters(text: str, room: int) -> None:
    face = layout.font("normal")
    lines = layout.wrap(text, face, room)

    assert all(face.getlength(line) <= room or len(line) == 1 for line in lines)
    hyphen_free = "".join(lines).replace("-", "").replace(" ", "")
    assert hyphen_free == text.replace("-", "").replace(" ", "")


def test_money_never_breaks_between_digits_and_tenge() -> None:
    amount = format_kzt(1_234_567)
    face = layout.font("large")
    room = int(face.getlength(amount) * 1.5)

    assert layout.wrap(f"{amount} {amount}", face, room) == [amount, amount]


def test_field_fits_on_one_line_or_wraps_to_two() -> None:
    top = layout.DOCUMENT_TOP
    one_line = only_image(doc(Field("Ряд", "3"))).height - top
    label = "Бесплатное хранение заканчивается"
    assert layout.font("normal").getlength(label) < 560  # the label alone fits a line

    wrapped = only_image(doc(Field(label, format_kzt(15900)))).height - top

    assert wrapped == 2 * one_line


def test_rule_and_spacer_take_room_and_rule_has_ink() -> None:
    assert only_image(doc(Rule())).getextrema()[0] == 0
    spacer = only_image(doc(Spacer(lines=2)))
    assert spacer.getextrema() == (255, 255)
    assert spacer.height > only_image(doc(Spacer())).height


def test_segments_leave_codes_between_image_runs() -> None:
    document = doc(Text("a"), Barcode128(TRACKING), Text("b"), QrCode("x"), Text("c"))

    kinds = [type(s).__name__ for s in layout.segments(document, 576)]

    assert kinds == ["ImageSegment", "Barcode128", "ImageSegment", "QrCode", "ImageSegment"]
