"""What every scanner is: a QObject that emits ``scanned(code, source)``, can start and stop,
and drops garbage before anyone sees it.

Scanners may deliver from their own threads (serial, evdev, camera): the signal is queued to the
receivers' thread by Qt, so the controller always gets its scans on the GUI thread.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from kiosk.log import LogArea

log = logging.getLogger(LogArea.SCANNER.logger_name)

MAX_CODE_LENGTH = 64
_TRACKING_NUMBER = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")


class Scanner(Protocol):
    """A source of scans; several can be active at once."""

    source: str
    scanned: SignalInstance  # (code, source)

    def start(self) -> None: ...

    def stop(self) -> None: ...


def loggable(code: str) -> str:
    """How a code may appear in a log: a tracking number as it is, anything else (it could be a
    phone number) only by its length."""
    if _TRACKING_NUMBER.fullmatch(code):
        return code
    return f"<{len(code)} characters>"


def clean_code(raw: str | bytes, source: str) -> str | None:
    """The code a scanner read, stripped of surrounding blanks; ``None`` (and a log line) when it
    is garbage: undecodable bytes, control characters, empty, or over ``MAX_CODE_LENGTH``."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            log.warning("scan from %s dropped: %d bytes that are not UTF-8 text", source, len(raw))
            return None
    code = raw.strip()
    if not code:
        log.debug("empty scan from %s ignored", source)
        return None
    if len(code) > MAX_CODE_LENGTH:
        log.warning(
            "scan from %s dropped: %d characters (at most %d)", source, len(code), MAX_CODE_LENGTH
        )
        return None
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn") for char in code):
        log.warning("scan from %s dropped: it holds control characters", source)
        return None
    return code


class ScannerBase(QObject):
    """Common to the scanners: the signal and the garbage filter in front of it."""

    scanned = Signal(str, str)

    def __init__(self, source: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source

    def deliver(self, raw: str | bytes, source: str | None = None) -> bool:
        """Emit ``scanned`` for ``raw`` if it is a code (from any thread); ``False`` if dropped."""
        source = source or self.source
        code = clean_code(raw, source)
        if code is None:
            return False
        log.info("scanned %s from %s", loggable(code), source)
        self.scanned.emit(code, source)
        return True

    def start(self) -> None:
        """Begin reading (the default: nothing to start)."""

    def stop(self) -> None:
        """Stop reading and release the device (the default: nothing to stop)."""


class ThreadedScanner(ScannerBase):
    """A scanner that reads a device on a thread of its own (serial, evdev, camera): ``_run`` loops
    until ``_stop`` is set (waits on it, so a stop is never held up by a sleep); ``stop`` joins."""

    def __init__(self, source: str, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"scanner-{self.source}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
            if thread.is_alive():
                log.error("the %s scanner's thread did not stop within 5 s", self.source)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        raise NotImplementedError
