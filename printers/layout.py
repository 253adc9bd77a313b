"""Lay a `Document` out in pixels: 1-bit images of the paper's printable width.

Text is drawn with the shipped DejaVu fonts, because the printers' own code pages lack most Kazakh
letters. Sizes are in dots, not fractions of the width, so text has the same physical size on 58 and
80 mm paper (at 203 dpi a dot is 0.125 mm); narrower paper just wraps sooner.

`segments` gives the text-ish runs as images with the barcodes and QR codes between them left as
blocks, for an encoder that prints codes natively; `render_preview` draws everything, codes
included, bar for bar as the printer does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_M

from kiosk.documents import Align, Barcode128, Document, Field, QrCode, Rule, Size, Spacer, Text
from printers import code128

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"
REGULAR_FONT = "DejaVuSans.ttf"
BOLD_FONT = "DejaVuSans-Bold.ttf"

WIDTH_80MM = 576
WIDTH_58MM = 384

# Font size in dots; line height and baseline as fractions of it. "huge" is for the row and
# compartment a customer reads walking away: its digits are ~100 dots (12.5 mm) tall.
FONT_PX: dict[Size, int] = {"small": 22, "normal": 27, "large": 40, "huge": 136}
_LINE: dict[Size, float] = {"small": 1.3, "normal": 1.3, "large": 1.25, "huge": 1.02}
_BASELINE: dict[Size, float] = {"small": 1.0, "normal": 1.0, "large": 0.98, "huge": 0.86}

MARGIN_X = 8  # keeps ink off the edge of the print head
FIELD_GAP = 16  # least space between a field's label and its value
FIELD_MIN_COLUMN = 0.45  # a value wraps beside its label only in a column at least this wide
RULE_HEIGHT = 20
RULE_THICKNESS = 2
CODE_GAP = 14  # white above and below a barcode, so neither text nor scanner crowds it
DOCUMENT_TOP = 8
PREVIEW_FEED = 48  # the blank paper fed out before the cut
QR_MAX_MODULE_DOTS = 8
QR_QUIET_MODULES = 4
STRIPS_CACHED = 256  # drawn blocks kept for the next tickets: ~5 MB at most
_INK_THRESHOLD = 150  # antialiased grey darker than this becomes a dot: firm strokes


@dataclass(frozen=True)
class ImageSegment:
    """A run of text, fields, rules and spacers, as a mode "1" image of the full printable width."""

    image: Image.Image


Segment = ImageSegment | Barcode128 | QrCode


@lru_cache(maxsize=32)
def font(size: Size, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The basic layout engine: Kazakh, Russian and English need no shaping, and it draws text in
    about 60 % of the time of the Raqm engine Pillow would otherwise pick."""
    path = FONT_DIR / (BOLD_FONT if bold else REGULAR_FONT)
    return ImageFont.truetype(str(path), FONT_PX[size], layout_engine=ImageFont.Layout.BASIC)


def segments(document: Document, width: int) -> list[Segment]:
    """The document as image runs with its barcodes and QR codes in between, in order."""
    out: list[Segment] = []
    strips: list[Image.Image] = [_gap(width, DOCUMENT_TOP)]

    def flush() -> None:
        if strips:
            out.append(ImageSegment(_to_ink(_stack(strips, width))))
            strips.clear()

    for block in document.blocks:
        if isinstance(block, Barcode128):
            strips.append(_gap(width, CODE_GAP))
            flush()
            out.append(block)
            strips.append(_gap(width, CODE_GAP // 2))
            strips.append(_text_strip(block.data, "normal", True, "center", width))
        elif isinstance(block, QrCode):
            quiet = QR_QUIET_MODULES * qr_module_dots(block.data, width)
            strips.append(_gap(width, quiet))
            flush()
            out.append(block)
            strips.append(_gap(width, quiet))
        else:
            strips.append(_block_strip(block, width))
    flush()
    return out


def render_preview(document: Document, width: int) -> Image.Image:
    """The whole ticket as a mode "1" image, codes drawn as the printer draws them."""
    parts: list[Image.Image] = []
    for segment in segments(document, width):
        if isinstance(segment, ImageSegment):
            parts.append(segment.image)
        elif isinstance(segment, Barcode128):
            parts.append(barcode_image(segment.data, width))
        else:
            parts.append(qr_image(segment.data, width))
    parts.append(Image.new("1", (width, PREVIEW_FEED), 1))
    return _stack(parts, width, mode="1")


def barcode_image(data: str, width: int) -> Image.Image:
    """Code128 bars centred on the paper, as many dots tall as the printer makes them."""
    pattern = code128.modules(data)
    dots = code128.module_dots(data, width)
    image = Image.new("1", (width, code128.BAR_HEIGHT_DOTS), 1)
    draw = ImageDraw.Draw(image)
    left = (width - len(pattern) * dots) // 2
    for i, bit in enumerate(pattern):
        if bit == "1":
            x = left + i * dots
            draw.rectangle((x, 0, x + dots - 1, code128.BAR_HEIGHT_DOTS - 1), fill=0)
    return image


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR modules without quiet zone, at error correction M (what the printer is told too)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def qr_module_dots(data: str, width: int) -> int:
    """Module size so the symbol takes at most about half the paper width."""
    count = len(qr_matrix(data))
    return max(1, min(QR_MAX_MODULE_DOTS, (width // 2) // (count + 2 * QR_QUIET_MODULES)))


def qr_image(data: str, width: int) -> Image.Image:
    matrix = qr_matrix(data)
    dots = qr_module_dots(data, width)
    size = len(matrix) * dots
    image = Image.new("1", (width, size), 1)
    draw = ImageDraw.Draw(image)
    left = (width - size) // 2
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                x0, y0 = left + x * dots, y * dots
                draw.rectangle((x0, y0, x0 + dots - 1, y0 + dots - 1), fill=0)
    return image


def wrap(text: str, face: ImageFont.FreeTypeFont, max_width: int) -> list[str]:
    """Greedy word wrap; words wider than a line are broken, with a hyphen between letters.

    Only ASCII spaces and newlines break lines: a no-break space (as in "15 900 ₸") holds.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            if not word:
                continue
            candidate = f"{current} {word}" if current else word
            if face.getlength(candidate) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while face.getlength(word) > max_width:
                head, word = _break_word(word, face, max_width)
                lines.append(head)
            current = word
        lines.append(current)
    return lines


def _break_word(word: str, face: ImageFont.FreeTypeFont, max_width: int) -> tuple[str, str]:
    """The longest head of ``word`` that fits, preferring a break after a hyphen or slash."""
    fits = 1
    for end in range(2, len(word)):
        if face.getlength(word[:end] + "-") > max_width:
            break
        fits = end
    natural = max(word.rfind("-", 0, fits), word.rfind("/", 0, fits))
    if natural > 0:
        return word[: natural + 1], word[natural + 1 :]
    head, tail = word[:fits], word[fits:]
    if head[-1].isalpha() and tail[:1].isalpha():
        head += "-"
    return head, tail


@lru_cache(maxsize=STRIPS_CACHED)
def _block_strip(block: Text | Field | Rule | Spacer, width: int) -> Image.Image:
    """One block drawn (never modified afterwards: callers paste it). Kept, because most blocks
    recur from ticket to ticket: titles, instructions, labels, the terminal, row numbers, dates."""
    if isinstance(block, Text):
        return _text_strip(block.text, block.size, block.bold, block.align, width)
    if isinstance(block, Field):
        return _field_strip(block, width)
    if isinstance(block, Rule):
        return _rule_strip(width)
    return _gap(width, block.lines * _line_height("normal"))


def _line_height(size: Size) -> int:
    return round(FONT_PX[size] * _LINE[size])


def _text_strip(text: str, size: Size, bold: bool, align: Align, width: int) -> Image.Image:
    face = font(size, bold)
    lines = wrap(text, face, width - 2 * MARGIN_X)
    return _draw_lines(((line, align) for line in lines), face, size, width)


def _field_strip(block: Field, width: int) -> Image.Image:
    """Label left, value right; a long value wraps in a right-hand column, or below the label."""
    face = font("normal", block.bold)
    room = width - 2 * MARGIN_X
    column = room - face.getlength(block.label) - FIELD_GAP
    if face.getlength(block.value) <= column or column >= room * FIELD_MIN_COLUMN:
        left, right = [block.label], wrap(block.value, face, int(column))
    else:
        left = wrap(block.label, face, room)
        right = [""] * len(left) + wrap(block.value, face, room)
    return _draw_columns(left, right, face, width)


def _draw_columns(
    left: list[str], right: list[str], face: ImageFont.FreeTypeFont, width: int
) -> Image.Image:
    line_height = _line_height("normal")
    baseline = round(FONT_PX["normal"] * _BASELINE["normal"])
    image = Image.new("L", (width, line_height * max(len(left), len(right))), 255)
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(left):
        draw.text((MARGIN_X, i * line_height + baseline), text, font=face, fill=0, anchor="ls")
    for i, text in enumerate(right):
        y = i * line_height + baseline
        draw.text((width - MARGIN_X, y), text, font=face, fill=0, anchor="rs")
    return image


def _draw_lines(
    rows: Iterable[tuple[str, Align]], face: ImageFont.FreeTypeFont, size: Size, width: int
) -> Image.Image:
    rows = list(rows)
    line_height = _line_height(size)
    baseline = round(FONT_PX[size] * _BASELINE[size])
    image = Image.new("L", (width, line_height * len(rows)), 255)
    draw = ImageDraw.Draw(image)
    for i, (line, align) in enumerate(rows):
        y = i * line_height + baseline
        if align == "center":
            draw.text((width / 2, y), line, font=face, fill=0, anchor="ms")
        elif align == "right":
            draw.text((width - MARGIN_X, y), line, font=face, fill=0, anchor="rs")
        else:
            draw.text((MARGIN_X, y), line, font=face, fill=0, anchor="ls")
    return image


def _rule_strip(width: int) -> Image.Image:
    image = Image.new("L", (width, RULE_HEIGHT), 255)
    top = (RULE_HEIGHT - RULE_THICKNESS) // 2
    ImageDraw.Draw(image).rectangle(
        (MARGIN_X, top, width - MARGIN_X - 1, top + RULE_THICKNESS - 1), fill=0
    )
    return image


def _gap(width: int, height: int) -> Image.Image:
    return Image.new("L", (width, height), 255)


def _stack(parts: list[Image.Image], width: int, mode: str = "L") -> Image.Image:
    image = Image.new(mode, (width, sum(p.height for p in parts)), 255 if mode == "L" else 1)
    y = 0
    for part in parts:
        image.paste(part, (0, y))
        y += part.height
    return image


_INK_TABLE = [0 if level < _INK_THRESHOLD else 255 for level in range(256)]


def _to_ink(image: Image.Image) -> Image.Image:
    """Antialiased grey to paper and ink: mode "1", 0 = black dot."""
    return image.point(_INK_TABLE).convert("1", dither=Image.Dither.NONE)
