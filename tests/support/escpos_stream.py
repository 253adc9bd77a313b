"""A strict reader for the ESC/POS commands the kiosk sends, written from the Epson manual rather
than from printers/, so the tests check the byte stream independently.

Any byte that is not part of a known command is an error: that is how the tests know no stray
text (which would print in the printer's code page) slipped into a job.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps

ESC, GS = 0x1B, 0x1D


@dataclass(frozen=True)
class Command:
    name: str
    args: bytes = b""
    payload: bytes = b""


def parse(stream: bytes) -> list[Command]:
    commands: list[Command] = []
    i = 0
    while i < len(stream):
        command, i = _next(stream, i)
        commands.append(command)
    return commands


def _next(s: bytes, i: int) -> tuple[Command, int]:
    head = s[i : i + 2]
    if head == b"\x1b@":
        return Command("ESC @"), i + 2
    if head in (b"\x1ba", b"\x1bd"):
        return Command(f"ESC {chr(s[i + 1])}", s[i + 2 : i + 3]), i + 3
    if head in (b"\x1dh", b"\x1dw", b"\x1df", b"\x1dH"):
        return Command(f"GS {chr(s[i + 1])}", s[i + 2 : i + 3]), i + 3
    if head == b"\x1dk":
        m, n = s[i + 2], s[i + 3]
        if m < 65:
            raise ValueError(f"GS k function A (m={m}) at {i}: not expected")
        return Command("GS k", bytes([m]), s[i + 4 : i + 4 + n]), i + 4 + n
    if head == b"\x1dv" and s[i + 2] == 0x30:
        m, x_bytes, height = s[i + 3], s[i + 4] + 256 * s[i + 5], s[i + 6] + 256 * s[i + 7]
        end = i + 8 + x_bytes * height
        if end > len(s):
            raise ValueError(f"GS v 0 at {i} runs past the end of the stream")
        args = bytes([m]) + x_bytes.to_bytes(2, "little") + height.to_bytes(2, "little")
        return Command("GS v 0", args, s[i + 8 : end]), end
    if head == b"\x1d(" and s[i + 2] == ord("k"):
        length = s[i + 3] + 256 * s[i + 4]
        return Command("GS ( k", b"", s[i + 5 : i + 5 + length]), i + 5 + length
    if head == b"\x1dV":
        if s[i + 2] in (0, 1, 48, 49):
            return Command("GS V", s[i + 2 : i + 3]), i + 3
        return Command("GS V", s[i + 2 : i + 4]), i + 4
    raise ValueError(f"unexpected byte {s[i]:#04x} at offset {i}: {s[i : i + 16]!r}")


def code128_text(data: bytes) -> str:
    """Decode ``GS k 73`` data: ``{A``/``{B``/``{C`` select the code set, set C bytes are pairs."""
    out: list[str] = []
    code_set = ""
    i = 0
    while i < len(data):
        if data[i] == ord("{"):
            selector = chr(data[i + 1])
            i += 2
            if selector in "ABC":
                code_set = selector
            elif selector == "{":
                out.append("{")
            else:
                raise ValueError(f"unexpected Code128 selector {{{selector}")
            continue
        if not code_set:
            raise ValueError("Code128 data must start with a code set selector")
        out.append(f"{data[i]:02d}" if code_set == "C" else chr(data[i]))
        i += 1
    return "".join(out)


def raster_image(command: Command) -> Image.Image:
    """A ``GS v 0`` command's bitmap, black ink on white paper."""
    x_bytes = int.from_bytes(command.args[1:3], "little")
    height = int.from_bytes(command.args[3:5], "little")
    inked = Image.frombytes("1", (x_bytes * 8, height), command.payload)  # 1 bit = a dot
    return ImageOps.invert(inked.convert("L"))


def raster_page(commands: list[Command]) -> Image.Image:
    """All raster images of a job stacked, as the paper shows them when no code is native."""
    images = [raster_image(c) for c in commands if c.name == "GS v 0"]
    width = max(image.width for image in images)
    page = Image.new("L", (width, sum(image.height for image in images)), 255)
    y = 0
    for image in images:
        page.paste(image, (0, y))
        y += image.height
    return page


def non_raster_bytes(commands: list[Command]) -> bytes:
    """Everything but image bitmaps, where a text leak would show."""
    return b"".join(c.args + (b"" if c.name == "GS v 0" else c.payload) for c in commands)
