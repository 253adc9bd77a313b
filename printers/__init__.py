"""Receipt printers: the Printer port, document layout, ESC/POS encoding, a mock and a factory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ESCPOS_CACHE_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def _keep_escpos_capabilities_cache() -> None:
    """python-escpos parses its printer database (a large YAML file, ~0.3 s) at import and caches
    the result in a pickle, by default in a new temporary folder each time, so the cache is never
    reused. Point it at this user's cache folder, before escpos is first imported, so only the
    first start pays. Left alone when the folder cannot be written (escpos must write it)."""
    if ESCPOS_CACHE_ENV in os.environ:
        return
    folder = Path(platformdirs.user_cache_dir("parcel-kiosk")) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    if os.access(folder, os.W_OK):
        os.environ[ESCPOS_CACHE_ENV] = str(folder)


_keep_escpos_capabilities_cache()
