"""Image → barcode texts: zxing-cpp restricted to the formats the hall uses (Code 128, QR,
DataMatrix, EAN-13), with zbar (pyzbar) as a second opinion when zxing-cpp finds nothing.

Two speeds. A camera frame (``decode_frame``) must cost ≤ 10 ms: zxing-cpp reads it at most
1280 px wide, with its downscaled passes (they find the blurred and the large codes) but without
the inverted and the 90°-turned ones, and zbar looks at it 640 px wide, every third line (the
camera worker asks zbar only on every third frame). A still image
(``decode_image``: the dev dock, the QA port) takes every pass at full size. The figures are in
docs/benchmarks.md, "Camera decoder" (tests/bench/bench_decode.py).
"""

from __future__ import annotations

import io
import logging
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


def decode_image(image: Image.Image) -> list[str]:
    """Every code found in a still image, with every pass: zxing-cpp, else zbar."""
    gray = np.asarray(image.convert("L"))
    return zxing_codes(gray, thorough=True) or zbar_codes(gray, thorough=True)


def decode_image_bytes(data: bytes) -> list[str]:
    """Decode an image file's bytes (PNG, JPEG, …); unreadable bytes raise ``ImageError``."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > _MAX_PIXELS:
                raise ImageError("the image is too large")
            image.load()
            return decode_image(image)
    except (UnidentifiedImageError, OSError) as exc:
        raise ImageError(f"not a readable image: {exc}") from None
