"""pyzbar's zbar, driven through its ctypes wrapper so that the scan density can be set: zbar
scans every pixel row and column by default, which costs 30-90 ms on a 720p frame; every second
line finds the same codes on a camera frame at a fraction of that (tests/bench/bench_decode.py).

``AVAILABLE`` is false (and ``read`` returns nothing) without the zbar library (Debian: libzbar0).
"""

from __future__ import annotations

import logging
from ctypes import c_void_p, cast, string_at
from typing import Any

import numpy as np

log = logging.getLogger("kiosk.scanner")


def _load() -> Any:
    try:
        from pyzbar import wrapper
    except (ImportError, OSError) as exc:  # no zbar library: ImportError; a broken one: OSError
        log.info("pyzbar is not available (%s): decoding with zxing-cpp alone", exc)
        return None
    return wrapper


_zbar = _load()
AVAILABLE = _zbar is not None
_GRAY_FOURCC = 808466521  # 'Y800': 8-bit grayscale


def read(gray: np.ndarray, *, density: int = 1, qr: bool = True) -> list[bytes]:
    """The payloads of the Code 128, EAN-13 (and QR) codes zbar finds in a grayscale frame,
    scanning every ``density``-th row and column."""
    if _zbar is None:
        return []
    z = _zbar
    symbols = [z.ZBarSymbol.CODE128, z.ZBarSymbol.EAN13] + ([z.ZBarSymbol.QRCODE] if qr else [])
    pixels = np.ascontiguousarray(gray, dtype=np.uint8)
    height, width = pixels.shape
    found: list[bytes] = []
    scanner = z.zbar_image_scanner_create()
    try:
        z.zbar_image_scanner_set_config(scanner, z.ZBarSymbol.NONE, z.ZBarConfig.CFG_ENABLE, 0)
        for symbol in symbols:
            z.zbar_image_scanner_set_config(scanner, symbol, z.ZBarConfig.CFG_ENABLE, 1)
        for axis in (z.ZBarConfig.CFG_X_DENSITY, z.ZBarConfig.CFG_Y_DENSITY):
            z.zbar_image_scanner_set_config(scanner, z.ZBarSymbol.NONE, axis, density)
        image = z.zbar_image_create()
        try:
            z.zbar_image_set_format(image, _GRAY_FOURCC)
            z.zbar_image_set_size(image, width, height)
            data = pixels.ctypes.data_as(c_void_p)
            z.zbar_image_set_data(image, cast(data, c_void_p), pixels.nbytes, None)
            if z.zbar_scan_image(scanner, image) > 0:
                symbol = z.zbar_image_first_symbol(image)
                while symbol:
                    length = z.zbar_symbol_get_data_length(symbol)
                    found.append(string_at(z.zbar_symbol_get_data(symbol), length))
                    symbol = z.zbar_symbol_next(symbol)
        finally:
            z.zbar_image_destroy(image)
    finally:
        z.zbar_image_scanner_destroy(scanner)
    return found
