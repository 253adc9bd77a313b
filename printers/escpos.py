"""A `Document` as ESC/POS bytes, and a `Printer` that sends them over a python-escpos connection.

Text goes as raster images (``GS v 0``), because the printers' code pages lack most Kazakh letters.
Code128 and QR go native when the profile has them — the printer draws sharper bars than any image —
and as images otherwise. The profile is copied with the paper's width in dots filled in, so
python-escpos neither complains about an unknown media width nor rejects a full-width image.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from escpos.capabilities import Profile, get_profile_class
from escpos.constants import QR_ECLEVEL_M, QR_MODEL_2
from escpos.escpos import Escpos
from escpos.printer import Dummy
from PIL import Image

from kiosk.documents import Barcode128, Document
from kiosk.log import LogArea
from kiosk.ports.printer import PrinterState, PrinterStatus, PrintResult
from printers import code128, layout
from printers.errors import ConfigError
from printers.ledger import JobLedger
from printers.status import StatusProbe, query_realtime_status

log = logging.getLogger(LogArea.PRINTER.logger_name)

DEFAULT_PROFILE = "default"
DEFAULT_PAPER_WIDTH_MM = 80
PAPER_WIDTH_PX = {80: layout.WIDTH_80MM, 58: layout.WIDTH_58MM}
DEFAULT_DPI = 203
CLEAR_BUFFERS = b"\x10\x05\x02"  # DLE ENQ 2: recover from an error, drop the buffered data


def resolve_width_px(
    profile: str = DEFAULT_PROFILE,
    *,
    paper_width_mm: int = DEFAULT_PAPER_WIDTH_MM,
    width_px: int | None = None,
) -> int:
    """Printable width in dots: explicit ``width_px``, else the profile's, else the paper's."""
    if width_px is not None:
        if width_px < 8:
            raise ConfigError(f"printer width of {width_px} dots is too small")
        return width_px
    pixels = _profile_data(profile)["media"]["width"]["pixels"]
    if isinstance(pixels, int):
        return pixels
    try:
        return PAPER_WIDTH_PX[paper_width_mm]
    except KeyError:
        raise ConfigError(f"paper width must be 58 or 80 mm, not {paper_width_mm}") from None


def printer_profile(name: str = DEFAULT_PROFILE, *, width_px: int) -> Profile:
    """A private copy of the named profile whose media width is ``width_px`` dots."""
    data = copy.deepcopy(_profile_data(name))
    media = data.setdefault("media", {})
    media.setdefault("width", {})["pixels"] = width_px
    if not isinstance(media.get("dpi"), int):
        media["dpi"] = DEFAULT_DPI
    if not isinstance(media["width"].get("mm"), int | float):
        media["width"]["mm"] = round(width_px * 25.4 / media["dpi"], 1)
    profile = Profile()
    profile.profile_data = data
    profile.features = data.get("features", {})
    return profile


def _profile_data(name: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = get_profile_class(name).profile_data
    except KeyError:
        raise ConfigError(f"unknown printer profile {name!r}") from None
    return data


def encode(
    document: Document,
    profile: str = DEFAULT_PROFILE,
    width_px: int | None = None,
    *,
    paper_width_mm: int = DEFAULT_PAPER_WIDTH_MM,
) -> bytes:
    """The document as one ESC/POS job: initialise, print, feed and cut."""
    width = resolve_width_px(profile, paper_width_mm=paper_width_mm, width_px=width_px)
    out = Dummy(profile=printer_profile(profile, width_px=width))
    out.hw("INIT")
    for segment in layout.segments(document, width):
        if isinstance(segment, layout.ImageSegment):
            _raster(out, segment.image)
        elif isinstance(segment, Barcode128):
            _code128(out, segment.data, width)
        else:
            _qr(out, segment.data, width)
    out.cut()
    job: bytes = out.output
    return job


RASTER_FRAGMENT_ROWS = 960  # rows per GS v 0 command, as python-escpos splits tall images


def _raster(out: Escpos, image: Image.Image) -> None:
    """A mode "1" image (0 = ink) as ``GS v 0`` raster commands, one per 960 rows.

    The same bytes python-escpos's ``image(impl="bitImageRaster")`` makes of such an image, without
    its conversion to RGBA, grey, inverted grey and dithered bits (two thirds of a ticket's encoding
    time): Pillow's inverted 1-bit packing ("1;I") is already ESC/POS's "1 = print a dot".
    """
    if image.mode != "1":
        raise ValueError(f"raster images must be mode 1, not {image.mode}")
    width_bytes = (image.width + 7) // 8
    for top in range(0, image.height, RASTER_FRAGMENT_ROWS):
        rows = min(RASTER_FRAGMENT_ROWS, image.height - top)
        part = image if rows == image.height else image.crop((0, top, image.width, top + rows))
        header = b"\x1dv0\x00" + width_bytes.to_bytes(2, "little") + rows.to_bytes(2, "little")
        out._raw(header + part.tobytes("raw", "1;I"))


def _code128(out: Escpos, data: str, width: int) -> None:
    if not out.profile.supports("barcodeB"):
        _raster(out, layout.barcode_image(data, width))
        return
    # `barcode()` would print "Using hardware barcode renderer" on stdout for every ticket; we
    # have already chosen native rendering, so call the renderer it delegates to.
    out._hw_barcode(
        code128.escpos_data(data),
        "CODE128",
        height=code128.BAR_HEIGHT_DOTS,
        width=code128.module_dots(data, width),
        pos="OFF",  # the human-readable line is raster text, in the shipped font
        align_ct=True,
        function_type="B",
    )
    out.set(align="left")


def _qr(out: Escpos, data: str, width: int) -> None:
    dots = layout.qr_module_dots(data, width)
    if not out.profile.supports("qrCode"):
        _raster(out, layout.qr_image(data, width))
        return
    out.set(align="center")
    out.qr(data, ec=QR_ECLEVEL_M, size=dots, model=QR_MODEL_2, native=True)
    out.set(align="left")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class EscposPrinter:
    """The Printer port over a python-escpos connection (`printers.connections`, device file, CUPS).

    Each job and each status query opens the connection and closes it afterwards, so a replugged
    or restarted printer is found again without restarting the kiosk. A connection that says
    ``keep_open`` (USB: opening it resets the printer) stays open instead, and is closed only
    when a query or write on it fails, so the next poll or job opens it anew.
    ``status_probe`` reads the status on the open connection: `query_realtime_status` for two-way
    links, `printers.status.write_only` for device files and CUPS queues, whose status is unknown
    (such a printer is still tried; a known fault is not).
    """

    def __init__(
        self,
        connection: Escpos,
        *,
        profile: str = DEFAULT_PROFILE,
        width_px: int | None = None,
        paper_width_mm: int = DEFAULT_PAPER_WIDTH_MM,
        status_probe: StatusProbe = query_realtime_status,
        clock: Callable[[], datetime] = _utc_now,
        encoder: Callable[[Document, str, int], bytes] = encode,
    ) -> None:
        self._connection = connection
        self._encoder = encoder
        self._profile = profile
        self._width = resolve_width_px(profile, paper_width_mm=paper_width_mm, width_px=width_px)
        self._probe = status_probe
        self._clock = clock
        self._ledger = JobLedger()
        self._lock = threading.Lock()
        self._keep_open = bool(getattr(connection, "keep_open", False))
        self._open = False
        self._closed = False
        self._interrupted = False  # the last job failed part-way: clear the buffers first

    @property
    def width_px(self) -> int:
        return self._width

    def status(self) -> PrinterStatus:
        with self._lock:
            if self._closed:
                return PrinterStatus(PrinterState.OFFLINE, "printer closed")
            try:
                self._connect()
                status = self._probe(self._connection)
            except Exception as exc:
                self._disconnect()
                return PrinterStatus(PrinterState.OFFLINE, f"cannot reach the printer: {exc}")
            self._release()
            return status

    def print(self, document: Document) -> PrintResult:
        job_id = document.job_id
        with self._lock:
            earlier = self._ledger.printed(job_id)
            if earlier is not None:
                log.info("job %s already printed; not printing it again", job_id)
                return earlier
            if self._closed:
                return PrintResult.failed(job_id, PrinterState.OFFLINE, "printer closed")
            try:
                data = self._encoder(document, self._profile, self._width)
            except Exception as exc:
                log.exception("cannot encode job %s", job_id)
                return PrintResult.failed(job_id, PrinterState.ERROR, f"cannot lay out: {exc}")
            result = self._send(job_id, data)
            self._ledger.record(result)
            return result

    def _send(self, job_id: str, data: bytes) -> PrintResult:
        """Status, job, status again: a fault that shows after the job (the cover opened or the
        paper ran out while it printed) fails it, since the ticket may be cut short. After a
        failed job the printer's buffers are cleared first, so a recovering printer does not
        finish the old ticket on top of the new one."""
        try:
            self._connect()
            status = self._probe(self._connection)
            if status.is_fault:
                self._release()
                log.warning("job %s refused: printer %s (%s)", job_id, status.state, status.detail)
                return PrintResult.failed(job_id, status.state, status.detail)
            if self._interrupted:
                self._connection._raw(CLEAR_BUFFERS)
                self._interrupted = False
            self._connection._raw(data)
            after = self._probe(self._connection)
        except Exception as exc:
            self._interrupted = True
            self._disconnect()
            log.warning("job %s failed: %s", job_id, exc)
            return PrintResult.failed(job_id, PrinterState.OFFLINE, f"printer unreachable: {exc}")
        self._release()
        if after.is_fault:
            self._interrupted = True
            log.warning("job %s cut short: printer %s (%s)", job_id, after.state, after.detail)
            return PrintResult.failed(job_id, after.state, f"while printing: {after.detail}")
        log.info("job %s printed (%d bytes)", job_id, len(data))
        return PrintResult.succeeded(job_id, self._clock())

    def _connect(self) -> None:
        if not self._open:
            self._connection.open()
            self._open = True

    def _release(self) -> None:
        """After a query or job that went through: close, unless the connection stays open."""
        if not self._keep_open:
            self._disconnect()

    def _disconnect(self) -> None:
        self._open = False
        try:
            self._connection.close()
        except Exception:
            log.warning("closing the printer connection failed", exc_info=True)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._disconnect()
