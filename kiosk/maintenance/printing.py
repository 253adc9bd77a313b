"""Maintenance and the printer: the printer port in front of the kiosk's printer that remembers
the last receive ticket (for staff's COPY), and the slips the dashboard and the self-test print on
the printer lane."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from typing import Protocol

from kiosk.documents import Document
from kiosk.maintenance.ports import Runner
from kiosk.maintenance.slips import copy_of, service_slip
from kiosk.ports.printer import Printer, PrinterStatus, PrintResult
from kiosk.tasks import Outcome

RECEIVE_TICKET = "receive_ticket"

Done = Callable[[bool, str], None]  # (printed, the printer's words when not)


class ThreadedPrinter(Printer, Protocol):
    """A printer served by a thread of its own (printers.worker), started after the first paint."""

    def start(self) -> None: ...


class RememberingPrinter:
    """The printer port in front of the kiosk's printer: everything goes to ``printer``; the last
    receive ticket that printed is kept for a COPY. Prints run on the printer lane, reads on the
    GUI thread: the ticket is kept under a lock."""

    def __init__(self, printer: ThreadedPrinter, clock: Callable[[], float] = time.monotonic):
        self._printer = printer
        self._clock = clock
        self._lock = threading.Lock()
        self._last: tuple[Document, float] | None = None

    def start(self) -> None:
        """Start the printer's thread: it opens the printer and asks its status."""
        self._printer.start()

    def status(self) -> PrinterStatus:
        """Ask the printer now (blocking: off the GUI thread)."""
        return self._printer.status()

    def print(self, document: Document) -> PrintResult:
        result = self._printer.print(document)
        if result.ok and document.kind == RECEIVE_TICKET:
            with self._lock:
                self._last = (document, self._clock())
        return result

    def close(self) -> None:
        self._printer.close()

    def last_ticket(self, within_s: float) -> Document | None:
        """The last receive ticket if it printed within ``within_s`` seconds; memory only."""
        with self._lock:
            if self._last is None or self._clock() - self._last[1] > within_s:
                return None
            return self._last[0]


class ServicePrints:
    """Prints maintenance's slips on the printer lane; ``done(ok, detail)`` and then ``after``
    (the dashboard shows the outcome) run back on the GUI thread."""

    def __init__(
        self,
        *,
        printer: Printer,
        runner: Runner,
        terminal_id: str,
        version: str,
        wall_clock: Callable[[], dt.datetime],
        after: Callable[[], None],
    ) -> None:
        self._printer = printer
        self._runner = runner
        self._terminal_id = terminal_id
        self._version = version
        self._wall_clock = wall_clock
        self._after = after

    def test_slip(self, done: Done, code: str = "") -> None:
        """The test slip; ``code``: the self-test's code for staff to type back."""
        document = service_slip(
            terminal_id=self._terminal_id,
            version=self._version,
            printed_at=self._wall_clock(),
            code=code,
        )
        self._print(document, done)

    def copy(self, original: Document, done: Done) -> None:
        self._print(copy_of(original), done)

    def _print(self, document: Document, done: Done) -> None:
        printer = self._printer

        def then(outcome: Outcome[PrintResult]) -> None:
            result = outcome.value
            if outcome.ok and result is not None:
                done(result.ok, result.detail)
            else:
                done(False, str(outcome.error))
            self._after()

        self._runner.run_printer(lambda: printer.print(document), then)
