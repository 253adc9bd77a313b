"""Which bytes a printer gets for a document: raster (every dot) or compact (text as text).

Raster is the default and the fallback: it prints any text in the shipped font. Compact is for slow
links (serial printers): a one-item Kazakh ticket is ~2 KB instead of ~90 KB. A document with a
character the compact encoding cannot print (not in PC866, not among the downloaded Kazakh letters)
goes as raster, so nothing is ever printed as a question mark.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Literal

from kiosk.documents import Document
from kiosk.log import LogArea
from printers import compact, escpos

log = logging.getLogger(LogArea.PRINTER.logger_name)

Encoding = Literal["raster", "compact"]
ENCODINGS: tuple[Encoding, ...] = ("raster", "compact")
Encoder = Callable[[Document, str, int], bytes]
"""(document, profile, width in dots) → one ESC/POS job."""


def raster(document: Document, profile: str, width_px: int) -> bytes:
    return escpos.encode(document, profile, width_px)


def compact_or_raster(document: Document, profile: str, width_px: int) -> bytes:
    missing = compact.unprintable(document)
    if missing:
        names = ", ".join(f"U+{ord(char):04X}" for char in sorted(missing))
        log.info("job %s goes as raster: %s not in the printer's code page", document.job_id, names)
        return escpos.encode(document, profile, width_px)
    return compact.encode(document, profile, width_px)


def encoder_for(encoding: Encoding) -> Encoder:
    return compact_or_raster if encoding == "compact" else raster
