"""Image → barcode texts: zxing-cpp restricted to the formats the hall uses (Code 128, QR,
DataMatrix, EAN-13), and zbar (pyzbar).

Two speeds. A camera frame (``decode_frame``) must cost ≤ 10 ms: zxing-cpp reads it at most
1280 px wide, with its downscaled passes (they find the blurred and the large codes) but without
the inverted and the 90°-turned ones, and zbar, as a second opinion when zxing-cpp finds nothing,
looks at it 640 px wide, every third line (the camera worker asks zbar only on every third frame).
A still image (``decode_image``: the dev dock, the QA port) is read by both libraries with every
pass at full size, and where both find nothing, by the rescue passes (``RESCUES``: a halved and a
doubled copy, local contrast, sharpening, turned copies for zbar, OpenCV's QR reader for bent
codes), stopping at the first that reads. The figures are in docs/benchmarks.md, "Camera decoder"
(tests/bench/bench_decode.py, and tests/bench/bench_decode_photos.py on real photos).
"""

from __future__ import annotations

import io
import logging
from types import ModuleType
from typing import TypedDict

import numpy as np
import zxingcpp
from PIL import Image, UnidentifiedImageError

from kiosk.log import LogArea
from scanners import zbar

log = logging.getLogger(LogArea.SCANNER.logger_name)

# From text: zxing-cpp 3 deprecates combining formats with "|", and 2.x has no tuples here.
FORMATS = zxingcpp.barcode_formats_from_str("Code128,QRCode,DataMatrix,EAN13")
PYZBAR_AVAILABLE = zbar.AVAILABLE
FRAME_WIDTH_ZXING = 1280
FRAME_WIDTH_ZBAR = 640
_MAX_PIXELS = 40_000_000


class ImageError(ValueError):
    """The bytes are not an image we can read."""


def to_gray(frame: np.ndarray) -> np.ndarray:
    """An 8-bit grayscale version of a grayscale, BGR or BGRA frame."""
    if frame.ndim == 2:
        return frame
    import cv2  # here, not at the top: a still image needs no OpenCV, and it takes 0.2 s to load

    code = cv2.COLOR_BGRA2GRAY if frame.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(frame, code)


def at_most(gray: np.ndarray, width: int) -> np.ndarray:
    """``gray`` shrunk to ``width`` pixels wide if it is wider."""
    height, current = gray.shape[:2]
    if current <= width:
        return gray
    import cv2

    size = (width, max(1, round(height * width / current)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(text for text in texts if text))


class _ReadOptions(TypedDict, total=False):
    """The keyword arguments of `zxingcpp.read_barcodes` that a pass changes."""

    try_invert: bool
    try_rotate: bool
    try_downscale: bool
    binarizer: zxingcpp.Binarizer


def zxing_codes(gray: np.ndarray, *, thorough: bool = False, quick: bool = False) -> list[str]:
    """zxing-cpp's reading of a grayscale image, in reading order, without duplicates.

    ``thorough``: every pass (still images). Else the camera's pass: no inverted or 90°-turned
    reading; ``quick`` also binarizes with a fixed threshold and skips the downscaled copies
    (about a quarter of the time; it reads most well-lit codes, not the faded or unevenly lit).
    """
    options: _ReadOptions = {} if thorough else {"try_invert": False, "try_rotate": False}
    if quick and not thorough:
        options |= {"binarizer": zxingcpp.Binarizer.FixedThreshold, "try_downscale": False}
    results = zxingcpp.read_barcodes(gray, formats=FORMATS, **options)
    return _unique([result.text for result in results if result.valid])


def zbar_codes(gray: np.ndarray, *, thorough: bool = False) -> list[str]:
    """zbar's reading of a grayscale image ([] without the zbar library)."""
    texts = []
    for data in zbar.read(gray, density=1 if thorough else 3):
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            log.warning("a code that is not UTF-8 text was skipped (%d bytes)", len(data))
    return _unique(texts)


_CONTROL_NAMES = (  # noqa: SIM905 (a list of 32 names, one a line, reads worse)
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()


def named_controls(text: str) -> str:
    """``text`` with its control characters written as zxing-cpp writes them ("<GS>")."""
    return "".join(
        f"<{_CONTROL_NAMES[ord(c)]}>" if ord(c) < 32 and c not in "\t\r\n" else c for c in text
    )


# Rescue passes for a still image that neither library reads as it is. Each makes one copy of the
# image and asks both libraries (or one, where the other cannot gain); cheapest first. Chosen on
# the tuning half of tests/scanners/photos (docs/benchmarks.md has what each adds).
SMALL_SIDE = 1000  # a photo whose longer side is at most this is upscaled: its modules are few px
RESCUE_WIDTH = 1600  # larger photos are shrunk for the rescues: 12 MP without a code 3 s → 0.8 s
ZBAR_TURNS = (45.0, 22.5, -22.5)  # with zbar's rows and columns: every 22.5° of a linear code


def _cv2() -> ModuleType:  # imported where needed: a still image that reads at once needs no OpenCV
    import cv2

    return cv2


def _both(gray: np.ndarray) -> list[str]:
    return zxing_codes(gray, thorough=True) or zbar_codes(gray, thorough=True)


def halved(gray: np.ndarray) -> list[str]:
    """Half size: noise and print texture averaged away, large modules made smaller."""
    cv2 = _cv2()
    return _both(cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA))


def doubled(gray: np.ndarray) -> list[str]:
    """Twice the size, for a small photo: modules of 1-2 px become wide enough to sample."""
    if max(gray.shape) > SMALL_SIDE:
        return []
    cv2 = _cv2()
    return _both(cv2.resize(gray, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC))


def local_contrast(gray: np.ndarray) -> list[str]:
    """Contrast equalised tile by tile (CLAHE): a code in shadow or beside a glare."""
    cv2 = _cv2()
    return _both(cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(gray))


def sharpened(gray: np.ndarray) -> list[str]:
    """An unsharp mask: edges of a slightly blurred (out of focus, shaken) code restored."""
    cv2 = _cv2()
    blurred = cv2.GaussianBlur(gray, (0, 0), 2.0)
    return _both(cv2.addWeighted(gray, 1.8, blurred, -0.8, 0))


def turned_for_zbar(gray: np.ndarray) -> list[str]:
    """zbar scans rows and columns, so it misses a linear code lying at a slant; zxing-cpp
    looks in every direction itself. Turned copies bring each slant to a row or a column."""
    cv2 = _cv2()
    height, width = gray.shape
    for angle in ZBAR_TURNS:
        turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
        cos, sin = abs(turn[0, 0]), abs(turn[0, 1])
        size = (int(height * sin + width * cos), int(height * cos + width * sin))
        turn[0, 2] += size[0] / 2 - width / 2
        turn[1, 2] += size[1] / 2 - height / 2
        codes = zbar_codes(cv2.warpAffine(gray, turn, size, borderValue=255), thorough=True)
        if codes:
            return codes
    return []


def bent_qr(gray: np.ndarray) -> list[str]:
    """OpenCV's QR reader, which also reads a code on a curved surface (a bag, a bottle),
    at the photo's size and, for a small photo, doubled."""
    cv2 = _cv2()
    reader = cv2.QRCodeDetector()
    copies = [gray]
    if max(gray.shape) <= SMALL_SIDE:
        copies.append(cv2.resize(gray, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC))
    for copy in copies:
        try:
            found, corners = reader.detect(copy)
            if not found:
                continue
            text, _ = reader.decodeCurved(copy, corners)
            if not text:
                text, _ = reader.decode(copy, corners)
        except cv2.error:
            continue
        if text:
            return [text]
    return []


RESCUES = (halved, doubled, local_contrast, sharpened, turned_for_zbar, bent_qr)


def decode_frame(
    frame: np.ndarray, *, second_opinion: bool = True, quick: bool = False
) -> list[str]:
    """Every code in a camera frame (grayscale or BGR), fast: zxing-cpp (its ``quick`` pass or the
    full camera pass), else (if ``second_opinion``) zbar. The camera takes turns (CameraScanner):
    a code in view for a few frames meets each of them."""
    gray = to_gray(frame)
    codes = zxing_codes(at_most(gray, FRAME_WIDTH_ZXING), quick=quick)
    if not codes and second_opinion:
        codes = zbar_codes(at_most(gray, FRAME_WIDTH_ZBAR))
    return codes


def both_libraries(gray: np.ndarray) -> list[str]:
    """zxing-cpp's and zbar's readings together, every pass and every line; a code both read
    counts once (zxing-cpp names control characters, "<GS>", where zbar hands them over raw)."""
    codes = zxing_codes(gray, thorough=True)
    seen = {named_controls(text) for text in codes}
    return codes + [t for t in zbar_codes(gray, thorough=True) if named_controls(t) not in seen]


def decode_image(image: Image.Image) -> list[str]:
    """Every code found in a still image: both libraries, then, where both find nothing, the
    rescue passes in turn (on a copy at most ``RESCUE_WIDTH`` wide) until one reads something."""
    gray = np.asarray(image.convert("L"))
    codes = both_libraries(gray)
    if codes:
        return codes
    smaller = at_most(gray, RESCUE_WIDTH)
    for rescue in RESCUES:
        codes = rescue(smaller)
        if codes:
            break
    return codes


def decode_image_bytes(data: bytes) -> list[str]:
    """Decode an image file's bytes (PNG, JPEG, …); unreadable bytes, and an image of more than
    ``_MAX_PIXELS`` (a decompression bomb: a small file that declares a huge picture), raise
    ``ImageError`` before the pixels are unpacked. Pillow's own bomb check (over its
    ``Image.MAX_IMAGE_PIXELS``, which a warnings filter may have turned into an error) answers the
    same."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > _MAX_PIXELS:
                raise ImageError(_too_large(image.width, image.height))
            image.load()
            return decode_image(image)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(f"the image is too large: over {_MAX_PIXELS:,} pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, EOFError, ValueError) as exc:
        raise ImageError(f"not a readable image: {exc}") from None


def _too_large(width: int, height: int) -> str:
    return f"the image is too large: {width}x{height} pixels, at most {_MAX_PIXELS:,} in all"
