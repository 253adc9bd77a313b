"""A printer opened on first use, so the printer stack (python-escpos, Pillow, the fonts) loads off
the GUI thread after the home screen is up, instead of delaying the kiosk's start."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from kiosk.documents import Document
from printers.port import Printer, PrinterStatus, PrintResult


class DeferredPrinter:
    """The Printer port in front of a printer that ``open_printer`` makes when first needed.

    ``open()`` may be called early from a background thread to have it ready; a failed open is
    raised to the caller (the task runner reports it as a failed job) and tried again next time.
    Anything else (the mock printer's ``jobs``, ``set_state``) is passed to the real printer.
    """

    def __init__(self, open_printer: Callable[[], Printer]) -> None:
        self._open_printer = open_printer
        self._printer: Printer | None = None
        self._lock = threading.Lock()

    def open(self) -> Printer:
        with self._lock:
            if self._printer is None:
                self._printer = self._open_printer()
            return self._printer

    def status(self) -> PrinterStatus:
        return self.open().status()

    def print(self, document: Document) -> PrintResult:
        return self.open().print(document)

    def close(self) -> None:
        with self._lock:
            printer, self._printer = self._printer, None
        if printer is not None:
            printer.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.open(), name)
