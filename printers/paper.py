"""What an ESC/POS printer puts on paper: the mock printer's rendering of compact jobs.

A small interpreter of the commands `printers.compact` and python-escpos send — text in a code
page with user-defined characters, character sizes, bold, alignment, feeds, raster images, Code128
and QR codes, the cut — drawn the way a thermal printer with a 12 x 24 Font A would. Resident
characters are drawn with the shipped font into the same cells the downloaded ones use; bars and QR
modules are drawn dot for dot. A command it does not know is an error, so a test notices bytes
it cannot vouch for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image, ImageChops

from printers import code128, layout
from printers.compact import CELL_HEIGHT, CELL_WIDTH, glyph_image

CODE_PAGES = {0: "cp437", 17: "cp866"}
LINE_GAP = 6  # dots between text lines (the printer's default 1/6 inch pitch at Font A)


class UnknownCommandError(ValueError):
    """The job has a command this interpreter does not know."""


@dataclass
class _Style:
    code_page: str = "cp437"
    user_set: bool = False
    align: int = 0
    bold: bool = False
    width_x: int = 1
    height_x: int = 1
    barcode_height: int = 162
    barcode_module: int = 3
    qr_module: int = 3


@dataclass
class _Paper:
    width: int
    rows: list[Image.Image] = field(default_factory=list)

    def add(self, strip: Image.Image, align: int) -> None:
        line = Image.new("1", (self.width, strip.height), 1)
        x = {0: 0, 1: (self.width - strip.width) // 2, 2: self.width - strip.width}[align]
        line.paste(strip, (max(0, x), 0))
        self.rows.append(line)

    def feed(self, dots: int) -> None:
        if dots > 0:
            self.rows.append(Image.new("1", (self.width, dots), 1))

    def image(self) -> Image.Image:
        height = sum(row.height for row in self.rows) or 1
        out = Image.new("1", (self.width, height), 1)
        top = 0
        for row in self.rows:
            out.paste(row, (0, top))
            top += row.height
        return out


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def more(self) -> bool:
        return self.at < len(self.data)

    def take(self, count: int = 1) -> bytes:
        if self.at + count > len(self.data):
            raise UnknownCommandError(f"the job ends inside a command at byte {self.at}")
        chunk = self.data[self.at : self.at + count]
        self.at += count
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]


def render(job: bytes, width: int = layout.WIDTH_80MM) -> Image.Image:
    """The paper a job comes out as: a mode "1" image ``width`` dots wide (0 = ink)."""
    return _Interpreter(job, width).run()


class _Interpreter:
    def __init__(self, job: bytes, width: int) -> None:
        self.reader = _Reader(job)
        self.paper = _Paper(width)
        self.style = _Style()
        self.user_glyphs: dict[int, Image.Image] = {}
        self.line: list[Image.Image] = []
        self.qr_data = b""

    def run(self) -> Image.Image:
        reader = self.reader
        while reader.more():
            byte = reader.byte()
            if byte == 0x0A:
                self.newline()
            elif byte == 0x1B:
                self.esc(reader.byte())
            elif byte == 0x1D:
                self.gs(reader.byte())
            elif byte == 0x10:
                reader.take(2)  # DLE EOT / DLE ENQ: status and recovery, nothing on paper
            elif byte >= 0x20:
                self.character(byte)
            else:
                raise UnknownCommandError(f"control byte {byte:#04x} at {reader.at - 1}")
        if self.line:
            self.newline()
        return self.paper.image()

    # --- text ------------------------------------------------------------------------------

    def character(self, code: int) -> None:
        style = self.style
        glyph = self.user_glyphs.get(code) if style.user_set else None
        if glyph is None:
            glyph = glyph_image(bytes([code]).decode(style.code_page))
        if style.bold:  # a thermal head's emphasis: the dots again, one to the right
            shifted = Image.new("1", glyph.size, 1)
            shifted.paste(glyph.crop((0, 0, glyph.width - 1, glyph.height)), (1, 0))
            glyph = ImageChops.logical_and(glyph, shifted)
        if style.width_x > 1 or style.height_x > 1:
            size = (glyph.width * style.width_x, glyph.height * style.height_x)
            glyph = glyph.resize(size, Image.Resampling.NEAREST)
        self.line.append(glyph)

    def newline(self) -> None:
        if not self.line:
            self.paper.feed(CELL_HEIGHT + LINE_GAP)
            return
        height = max(glyph.height for glyph in self.line)
        strip = Image.new("1", (sum(glyph.width for glyph in self.line), height + LINE_GAP), 1)
        x = 0
        for glyph in self.line:
            strip.paste(glyph, (x, height - glyph.height))
            x += glyph.width
        self.line = []
        visible = strip.crop((0, 0, min(strip.width, self.paper.width), strip.height))
        self.paper.add(visible, self.style.align)

    # --- ESC -------------------------------------------------------------------------------

    def esc(self, command: int) -> None:
        reader, style = self.reader, self.style
        if command == ord("@"):
            self.style = _Style()
            self.user_glyphs.clear()
        elif command == ord("t"):
            number = reader.byte()
            if number not in CODE_PAGES:
                raise UnknownCommandError(f"code page {number}")
            style.code_page = CODE_PAGES[number]
        elif command == ord("%"):
            style.user_set = bool(reader.byte() & 1)
        elif command == ord("&"):
            self.download()
        elif command == ord("a"):
            number = reader.byte()
            style.align = number - 48 if number >= 48 else number
        elif command == ord("E"):
            style.bold = bool(reader.byte() & 1)
        elif command == ord("!"):
            mode = reader.byte()
            style.bold = bool(mode & 0x08)
            style.height_x = 2 if mode & 0x10 else 1
            style.width_x = 2 if mode & 0x20 else 1
        elif command == ord("d"):
            lines = reader.byte()
            if self.line:
                self.newline()
            self.paper.feed(lines * (CELL_HEIGHT + LINE_GAP))
        elif command in (ord("2"),):
            pass
        elif command in (ord("3"), ord("M"), ord("-"), ord("G"), ord("V"), ord("{"), ord("J")):
            reader.byte()  # spacing, font, underline, double strike, rotation, upside down, feed
        else:
            raise UnknownCommandError(f"ESC {command:#04x}")

    def download(self) -> None:
        reader = self.reader
        rows_bytes, first, last = reader.byte(), reader.byte(), reader.byte()
        for code in range(first, last + 1):
            columns = reader.byte()
            data = reader.take(rows_bytes * columns)
            glyph = Image.new("1", (CELL_WIDTH, CELL_HEIGHT), 1)
            pixels = glyph.load()
            assert pixels is not None
            for x in range(min(columns, CELL_WIDTH)):
                for y in range(min(rows_bytes * 8, CELL_HEIGHT)):
                    if data[x * rows_bytes + y // 8] & (0x80 >> y % 8):
                        pixels[x, y] = 0
            self.user_glyphs[code] = glyph

    # --- GS --------------------------------------------------------------------------------

    def gs(self, command: int) -> None:
        reader, style = self.reader, self.style
        if command == ord("!"):
            size = reader.byte()
            style.width_x, style.height_x = (size >> 4) + 1, (size & 0x0F) + 1
        elif command == ord("h"):
            style.barcode_height = reader.byte()
        elif command == ord("w"):
            style.barcode_module = reader.byte()
        elif command in (ord("H"), ord("f"), ord("B"), ord("L"), ord("W")):
            reader.take(1 if command in (ord("H"), ord("f"), ord("B")) else 2)
        elif command == ord("k"):
            self.barcode()
        elif command == ord("("):
            kind = reader.byte()
            if kind != ord("k"):
                raise UnknownCommandError(f"GS ( {kind:#04x}")
            self.function()
        elif command == ord("v"):
            self.raster()
        elif command == ord("V"):
            mode = reader.byte()
            if mode in (65, 66, 97, 98, 103, 104):
                reader.byte()
            self.paper.feed(layout.PREVIEW_FEED)
        else:
            raise UnknownCommandError(f"GS {command:#04x}")

    def barcode(self) -> None:
        reader = self.reader
        kind = reader.byte()
        if kind != 73:
            raise UnknownCommandError(f"barcode system {kind}")
        text = _code128_text(reader.take(reader.byte()))
        module, height = self.style.barcode_module, self.style.barcode_height
        bars = code128.modules(text)
        strip = Image.new("1", (len(bars) * module, height), 1)
        for i, bar in enumerate(bars):
            if bar == "1":
                strip.paste(0, (i * module, 0, (i + 1) * module, height))
        self.paper.add(strip, self.style.align)

    def function(self) -> None:
        reader = self.reader
        length = int.from_bytes(reader.take(2), "little")
        body = reader.take(length)
        if len(body) < 2 or body[0] != 49:  # cn 49: QR code
            raise UnknownCommandError(f"GS ( k with cn {body[:1]!r}")
        fn = body[1]
        if fn == 67:
            self.style.qr_module = body[2]
        elif fn == 80:
            self.qr_data = body[3:]
        elif fn == 81:
            matrix = layout.qr_matrix(self.qr_data.decode("utf-8"))
            module = self.style.qr_module
            side = len(matrix) * module
            strip = Image.new("1", (side, side), 1)
            for y, row in enumerate(matrix):
                for x, dark in enumerate(row):
                    if dark:
                        box = (x * module, y * module, (x + 1) * module, (y + 1) * module)
                        strip.paste(0, box)
            self.paper.add(strip, self.style.align)
        elif fn not in (65, 69):  # model, error correction level
            raise UnknownCommandError(f"QR function {fn}")

    def raster(self) -> None:
        reader = self.reader
        reader.take(2)  # "0", mode
        width_bytes = int.from_bytes(reader.take(2), "little")
        rows = int.from_bytes(reader.take(2), "little")
        data = reader.take(width_bytes * rows)
        image = Image.frombytes("1", (width_bytes * 8, rows), data, "raw", "1;I")
        self.paper.add(image, 0)


def _code128_text(data: bytes) -> str:
    """The characters a ``GS k 73`` payload (``{B``/``{C`` selectors) stands for."""
    text: list[str] = []
    code_set = "B"
    i = 0
    while i < len(data):
        if data[i] == ord("{") and i + 1 < len(data) and data[i + 1] != ord("{"):
            code_set = chr(data[i + 1])
            i += 2
            continue
        if data[i] == ord("{"):
            i += 1  # "{{" is a literal brace
        text.append(f"{data[i]:02d}" if code_set == "C" else chr(data[i]))
        i += 1
    return "".join(text)
