"""pyzbar's zbar, driven through its ctypes wrapper so that the scan density can be set: zbar
scans every pixel row and column by default, which costs 30-90 ms on a 720p frame; every second
line finds the same codes on a camera frame at a fraction of that (tests/bench/bench_decode.py).

``AVAILABLE`` is false (and ``read`` returns nothing) without the zbar library (Debian: libzbar0).
pyzbar looks for it with ``ctypes.util.find_library``, which never looks inside a PyInstaller
bundle; so a frozen kiosk loads the copy kiosk.spec ships in the bundle's ``_internal`` folder
first, and the system's when that is missing or will not load.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from ctypes import CDLL, c_void_p, cast, cdll, string_at
from pathlib import Path
from typing import Any

import numpy as np

from kiosk.log import LogArea

log = logging.getLogger(LogArea.SCANNER.logger_name)


BUNDLED_NAME = "libzbar.so.0"  # what kiosk.spec copies into the bundle (find_library's answer)


def bundled_library() -> Path | None:
    """The zbar library inside the PyInstaller bundle this process runs from, if any: in
    ``sys._MEIPASS`` (the bundle's ``_internal`` folder), else ``_internal`` next to the
    executable. None when not frozen or when the bundle holds no zbar."""
    if not getattr(sys, "frozen", False):
        return None
    base = getattr(sys, "_MEIPASS", None)
    folder = Path(base) if base else Path(sys.executable).resolve().parent / "_internal"
    path = folder / BUNDLED_NAME
    return path if path.is_file() else None


def bundled_first(
    bundled: Path, system_load: Callable[[], tuple[CDLL, list[Any]]]
) -> Callable[[], tuple[CDLL, list[Any]]]:
    """A replacement for ``pyzbar.zbar_library.load``: the bundled library, else ``system_load``."""

    def load() -> tuple[CDLL, list[Any]]:
        try:
            library = cdll.LoadLibrary(str(bundled))
        except OSError as exc:
            log.warning("the bundled zbar library does not load (%s): trying the system's", exc)
            return system_load()
        log.info("zbar: the bundled library")
        return library, []

    return load


def _load() -> Any:
    try:
        bundled = bundled_library()
        if bundled is not None:
            from pyzbar import zbar_library  # pyzbar.wrapper loads through it on import

            zbar_library.load = bundled_first(bundled, zbar_library.load)
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
