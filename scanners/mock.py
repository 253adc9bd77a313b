"""The mock scanner (``--mock``): codes typed or pasted in the dev dock or sent by the QA port, and
image files handed to the camera decoder, as if the camera had seen them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.log import LogArea
from scanners.port import ScannerBase

log = logging.getLogger(LogArea.SCANNER.logger_name)

_MAX_IMAGE_BYTES = 32 * 1024 * 1024


def _decode_image_bytes(data: bytes) -> list[str]:
    """The decoder, imported on first use: OpenCV and zxing-cpp would slow the kiosk's start."""
    from scanners.decode import decode_image_bytes

    return decode_image_bytes(data)


class MockScanner(ScannerBase):
    image_scanned = Signal(str, str)  # (file name, what was found: for the dev dock)

    def __init__(
        self,
        decode_bytes: Callable[[bytes], list[str]] = _decode_image_bytes,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("dev-dock", parent)
        self._decode_bytes = decode_bytes
        self._worker: ThreadPoolExecutor | None = None

    def inject(self, code: str, source: str = "dev-dock") -> bool:
        """A code typed, pasted or sent by QA; ``False`` if it is garbage (dropped, logged)."""
        return self.deliver(code, source)

    def scan_image_bytes(self, data: bytes, source: str = "camera") -> list[str]:
        """Decode an image file's bytes as the camera would and deliver every code found; returns
        them. Unreadable bytes raise ``ImageError``. Blocking: call it off the GUI thread."""
        codes = self._decode_bytes(data)
        for code in codes:
            self.deliver(code, source)
        return codes

    def scan_image_file(self, path: str) -> None:
        """Read and decode ``path`` on a worker thread; the result comes back by ``image_scanned``
        (and any codes by ``scanned``)."""
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scanner-mock")
        self._worker.submit(self._scan_file, path)

    def _scan_file(self, path: str) -> None:
        name = Path(path).name
        try:
            with open(path, "rb") as fh:
                data = fh.read(_MAX_IMAGE_BYTES + 1)
            if len(data) > _MAX_IMAGE_BYTES:
                raise ValueError("the file is too large for an image")
            codes = self.scan_image_bytes(data)
        except (OSError, ValueError) as exc:  # ValueError: ImageError, the bytes are no image
            log.warning("image %s not decoded: %s", name, exc)
            self.image_scanned.emit(name, f"not decoded: {exc}")
            return
        except Exception:  # the decoder itself: the app keeps running
            log.exception("image %s: the decoder failed", name)
            self.image_scanned.emit(name, "the decoder failed (see the log)")
            return
        found = ", ".join(codes) if codes else "no code found"  # on the dock, not in the log
        self.image_scanned.emit(name, found)

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.shutdown(wait=True, cancel_futures=True)
            self._worker = None
