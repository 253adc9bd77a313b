"""The printer port: what the kiosk core may ask of any receipt printer, real or mock.

A print never raises to the caller: it answers a `PrintResult`, so a worker thread can hand the
outcome to the GUI thread by signal without exception plumbing. Printers check their status before
printing, and remember the job ids they printed, so a retried business action never prints twice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from kiosk.documents import Document


class PrinterState(enum.StrEnum):
    OK = "ok"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    ERROR = "error"
    UNKNOWN = "unknown"


_PRINTABLE = frozenset({PrinterState.OK, PrinterState.PAPER_NEAR_END})
_FAULTS = frozenset(
    {PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE, PrinterState.ERROR}
)


@dataclass(frozen=True)
class PrinterStatus:
    """The printer's state as far as it is known.

    Three kinds of answer: known good (`can_print`), known bad (`is_fault`), and unknown — a printer
    on a write-only link (device file, CUPS queue) cannot say; it is neither refused nor reported
    as having paper.
    """

    state: PrinterState
    detail: str = ""

    @property
    def can_print(self) -> bool:
        return self.state in _PRINTABLE

    @property
    def is_fault(self) -> bool:
        return self.state in _FAULTS


@dataclass(frozen=True)
class PrintResult:
    ok: bool
    job_id: str
    error: PrinterState | None = None
    detail: str = ""
    printed_at: datetime | None = None

    @classmethod
    def failed(cls, job_id: str, error: PrinterState, detail: str) -> PrintResult:
        return cls(ok=False, job_id=job_id, error=error, detail=detail, printed_at=None)

    @classmethod
    def succeeded(cls, job_id: str, printed_at: datetime, detail: str = "") -> PrintResult:
        return cls(ok=True, job_id=job_id, error=None, detail=detail, printed_at=printed_at)


@runtime_checkable
class Printer(Protocol):
    def status(self) -> PrinterStatus:
        """Ask the printer now; may block on I/O, so call it off the GUI thread."""
        ...

    def print(self, document: Document) -> PrintResult:
        """Print unless the status is a fault; never raises; a repeated `job_id` prints once."""
        ...

    def close(self) -> None: ...
