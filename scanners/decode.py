"""Image → barcode texts, with zxing-cpp restricted to the formats the hall uses."""

from __future__ import annotations

import io
import logging

import zxingcpp
from PIL import Image, UnidentifiedImageError

log = logging.getLogger("kiosk.scanner")

FORMATS = (
    zxingcpp.BarcodeFormat.Code128
    | zxingcpp.BarcodeFormat.QRCode
    | zxingcpp.BarcodeFormat.DataMatrix
    | zxingcpp.BarcodeFormat.EAN13
)
_MAX_PIXELS = 40_000_000


class ImageError(ValueError):
    """The bytes are not an image we can read."""


def decode_image(image: Image.Image) -> list[str]:
    """Every code found in ``image``, in reading order, without duplicates."""
    results = zxingcpp.read_barcodes(image.convert("L"), formats=FORMATS)
    codes: list[str] = []
    for result in results:
        if result.valid and result.text and result.text not in codes:
            codes.append(result.text)
    return codes


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
