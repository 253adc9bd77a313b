"""A `Document` as compact ESC/POS: text as text, for printers on slow (serial) links.

The raster encoding (`printers.escpos`) sends every dot: 80-210 KB a ticket, 7-18 s at 115,200 baud.
This one sends characters in the printer's Cyrillic code page (PC866) instead, the row and the
compartment as the printer's own enlarged digits (``GS !``), and barcodes and QR codes natively.
The Kazakh letters PC866 lacks (Ә Ғ Қ Ң Ө Ұ Ү Һ І and their lower case) and the tenge sign are
drawn from the shipped font and downloaded as user-defined characters (``ESC &``), in the places of
ASCII symbols a ticket seldom prints (``#$%&*<=>@[\\]^_`{|}~``); the user-defined set is on for the
whole job and switched off (``ESC %``) only around a real occurrence of one of those symbols.

Font A is 12 x 24 dots: 48 characters on 80 mm paper, 32 on 58 mm. Sizes map to the printer's
character multipliers: small and normal 1 x 1, large 2 x 2, huge (row and compartment) 4 x 4.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from escpos.constants import QR_ECLEVEL_M, QR_MODEL_2
from escpos.printer import Dummy
from PIL import Image, ImageDraw, ImageOps

from kiosk.documents import Align, Barcode128, Document, Field, QrCode, Rule, Size, Spacer, Text
from printers import code128, layout
from printers.escpos import DEFAULT_PROFILE, printer_profile, resolve_width_px

CODE_PAGE = "cp866"
CODE_PAGE_NUMBER = 17  # ESC t 17: PC866 Cyrillic #2 on Epson-compatible printers
CELL_WIDTH, CELL_HEIGHT = 12, 24  # Font A
BYTES_PER_COLUMN = CELL_HEIGHT // 8

DOWNLOADED = "ӘәҒғҚқҢңӨөҰұҮүҺһІі₸"
"""Every character a ticket may need that PC866 lacks: drawn and downloaded."""
USER_CODES = "#$%&*<=>@[\\]^_`{|}~"
"""ASCII places the downloaded characters take while the user-defined set is on."""
SLOT_OF = dict(zip(DOWNLOADED, USER_CODES, strict=True))
"""Where each downloaded character is printed from."""
SUBSTITUTES = {
    "—": "-",
    "–": "-",
    "«": '"',
    "»": '"',
    "„": '"',
    "“": '"',
    "”": '"',
    "’": "'",
    "\u202f": " ",  # narrow no-break space: thousands in amounts
    "\u2009": " ",
}
"""Characters neither in PC866 nor downloaded, and the character printed for each."""

MAGNIFICATION: dict[Size, int] = {"small": 1, "normal": 1, "large": 2, "huge": 4}
ALIGN_CODE: dict[Align, int] = {"left": 0, "center": 1, "right": 2}
RULE_CHAR = "─"  # PC866 0xC4

ESC, GS = b"\x1b", b"\x1d"
USER_SET_ON, USER_SET_OFF = ESC + b"%\x01", ESC + b"%\x00"


def encode(
    document: Document,
    profile: str = DEFAULT_PROFILE,
    width_px: int | None = None,
    *,
    paper_width_mm: int = 80,
) -> bytes:
    """The document as one compact ESC/POS job: initialise, download glyphs, print, feed, cut."""
    width = resolve_width_px(profile, paper_width_mm=paper_width_mm, width_px=width_px)
    out = Dummy(profile=printer_profile(profile, width_px=width))
    writer = _Writer(out, columns=width // CELL_WIDTH, width=width)
    out._raw(ESC + b"@" + ESC + b"t" + bytes([CODE_PAGE_NUMBER]))
    used = sorted({c for c in _document_text(document) if c in SLOT_OF}, key=DOWNLOADED.index)
    for char in used:
        out._raw(download_command(char))
    if used:
        out._raw(USER_SET_ON)
    writer.user_set = bool(used)
    for block in document.blocks:
        writer.block(block)
    out._raw(ESC + b"d\x04")
    out.cut()
    job: bytes = out.output
    return job


def _document_text(document: Document) -> Iterator[str]:
    for block in document.blocks:
        if isinstance(block, Text):
            yield from block.text
        elif isinstance(block, Field):
            yield from block.label
            yield from block.value


def download_command(char: str) -> bytes:
    """``ESC & 3 c c 12 <36 bytes>``: one user-defined character, columns left to right, each
    column three bytes top to bottom, the top dot in a byte's high bit."""
    slot = ord(SLOT_OF[char])
    return ESC + b"&" + bytes([BYTES_PER_COLUMN, slot, slot, CELL_WIDTH]) + glyph_columns(char)


@lru_cache(maxsize=64)
def glyph_columns(char: str) -> bytes:
    """The character drawn with the shipped font into a 12 x 24 cell, as ``ESC &`` column bytes."""
    cell = glyph_image(char)
    pixels = cell.load()
    assert pixels is not None
    data = bytearray()
    for x in range(CELL_WIDTH):
        for byte_row in range(BYTES_PER_COLUMN):
            value = 0
            for bit in range(8):
                if pixels[x, byte_row * 8 + bit] == 0:
                    value |= 0x80 >> bit
            data.append(value)
    return bytes(data)


@lru_cache(maxsize=256)
def glyph_image(char: str) -> Image.Image:
    """A mode "1" 12 x 24 cell (0 = ink) with ``char`` drawn like the printer's resident font.

    Drawn on a wider canvas first: a wide letter (Қ with its tail, Ж, Ш) is narrowed to the cell,
    not cut at its edge.
    """
    face = layout.font("normal").font_variant(size=21)
    canvas = Image.new("L", (3 * CELL_WIDTH, CELL_HEIGHT), 255)
    ImageDraw.Draw(canvas).text((CELL_WIDTH, 1), char, font=face, fill=0)
    cell = Image.new("L", (CELL_WIDTH, CELL_HEIGHT), 255)
    ink = ImageOps.invert(canvas).getbbox()
    if unicodedata.name(char, "").startswith("BOX DRAWINGS"):  # joins its neighbours: full width
        cell.paste(canvas.crop((CELL_WIDTH, 0, 2 * CELL_WIDTH, CELL_HEIGHT)))
        cell.paste(cell.crop((0, 0, 1, CELL_HEIGHT)).resize((CELL_WIDTH, CELL_HEIGHT)))
    elif ink is not None:
        left, _, right, _ = ink
        glyph = canvas.crop((left, 0, right, CELL_HEIGHT))
        if glyph.width > CELL_WIDTH - 1:
            glyph = glyph.resize((CELL_WIDTH - 1, CELL_HEIGHT), Image.Resampling.LANCZOS)
        cell.paste(glyph, ((CELL_WIDTH - glyph.width) // 2, 0))
    return cell.point(lambda value: 0 if value < 150 else 255, mode="1")


def unprintable(document: Document) -> set[str]:
    """The characters of ``document`` this encoding would print as ``?``."""
    return {char for char in _document_text(document) if printable(char) == "?" and char != "?"}


def printable(text: str) -> str:
    """``text`` with every character the printer cannot print replaced by its substitute."""
    out = []
    for char in text:
        char = SUBSTITUTES.get(char, char)
        if char in SLOT_OF or char == "\n":
            out.append(char)
            continue
        try:
            char.encode(CODE_PAGE)
        except UnicodeEncodeError:
            char = "?"
        out.append(char)
    return "".join(out)


@dataclass
class _Writer:
    out: Dummy
    columns: int
    width: int
    user_set: bool = False

    def raw(self, data: bytes) -> None:
        self.out._raw(data)

    def block(self, block: Text | Field | Barcode128 | QrCode | Rule | Spacer) -> None:
        if isinstance(block, Text):
            self.text(block.text, block.size, block.bold, block.align)
        elif isinstance(block, Field):
            self.field(block)
        elif isinstance(block, Rule):
            self.line(RULE_CHAR * self.columns, "left")
        elif isinstance(block, Spacer):
            self.raw(b"\n" * block.lines)
        elif isinstance(block, Barcode128):
            self.barcode(block.data)
        else:
            self.qr(block.data)

    def style(self, size: Size, bold: bool) -> None:
        factor = MAGNIFICATION[size] - 1
        self.raw(GS + b"!" + bytes([factor << 4 | factor]) + ESC + b"E" + bytes([int(bold)]))

    def text(self, text: str, size: Size, bold: bool, align: Align) -> None:
        self.style(size, bold)
        columns = max(1, self.columns // MAGNIFICATION[size])
        for line in textwrap.wrap(printable(text), columns, break_on_hyphens=False) or [""]:
            self.line(line, align)
        self.style("normal", False)

    def field(self, block: Field) -> None:
        label, value = printable(block.label), printable(block.value)
        self.style("normal", block.bold)
        if len(label) + 1 + len(value) <= self.columns:
            self.line(label + " " * (self.columns - len(label) - len(value)) + value, "left")
        else:
            for line in textwrap.wrap(label, self.columns) or [""]:
                self.line(line, "left")
            for line in textwrap.wrap(value, self.columns) or [""]:
                self.line(line, "right")
        self.style("normal", False)

    def line(self, text: str, align: Align) -> None:
        self.raw(ESC + b"a" + bytes([ALIGN_CODE[align]]) + self.encoded(text) + b"\n")

    def encoded(self, text: str) -> bytes:
        """Code-page bytes; downloaded characters by their slot; a real ``#``, ``@``… with the
        user-defined set switched off around it."""
        data = bytearray()
        for char in text:
            if char in SLOT_OF:
                data += SLOT_OF[char].encode("ascii")
            elif self.user_set and char in USER_CODES:
                data += USER_SET_OFF + char.encode("ascii") + USER_SET_ON
            else:
                data += char.encode(CODE_PAGE)
        return bytes(data)

    def barcode(self, data: str) -> None:
        self.raw(ESC + b"a\x01" + b"\n")
        self.out._hw_barcode(
            code128.escpos_data(data),
            "CODE128",
            height=code128.BAR_HEIGHT_DOTS,
            width=code128.module_dots(data, self.width),
            pos="OFF",
            align_ct=True,
            function_type="B",
        )
        self.style("normal", True)
        self.line(data, "center")
        self.style("normal", False)

    def qr(self, data: str) -> None:
        self.raw(ESC + b"a\x01" + b"\n")
        dots = layout.qr_module_dots(data, self.width)
        self.out.qr(data, ec=QR_ECLEVEL_M, size=dots, model=QR_MODEL_2, native=True)
        self.raw(ESC + b"a\x00" + b"\n")
