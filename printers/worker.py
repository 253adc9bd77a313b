"""The one thread that talks to the printer: jobs from a queue, status polls in between.

Every call to the hardware (opening the connection, status queries, writing a job) runs on this
thread, so a USB or serial link is never used from two threads, and a printer that hangs delays
nothing but its own queue. Callers get a `PrintResult` within ``job_timeout_s`` whatever the
printer does: a job that is still stuck then is reported failed, and if it finishes after all, the
printer's job ledger has it, so the customer's retry answers "printed" instead of printing again.

After each job ``after_job`` runs on this thread (the app gives the job's freed memory back
there). Between jobs the status is polled every ``poll_interval_s``; a change is reported to
``on_status`` (on this thread: a Qt listener must re-emit it as a signal). A printer that was
unplugged or power-cycled is found again by the next poll, because each poll and each job opens
the connection afresh (a USB connection, which resets the printer when opened, is kept open
instead and opened anew only after a failure).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from kiosk.documents import Document
from kiosk.log import LogArea
from kiosk.ports.printer import Printer, PrinterState, PrinterStatus, PrintResult

log = logging.getLogger(LogArea.PRINTER.logger_name)

StatusListener = Callable[[PrinterStatus], None]

DEFAULT_POLL_INTERVAL_S = 5.0
DEFAULT_JOB_TIMEOUT_S = 30.0
_NOT_POLLED = PrinterStatus(PrinterState.UNKNOWN, "not asked yet")


@dataclass(frozen=True)
class _Job:
    document: Document
    future: Future[PrintResult]


@dataclass(frozen=True)
class _Poll:
    future: Future[PrinterStatus]


_STOP = object()


class PrinterWorker:
    """The Printer port in front of a printer, served by one worker thread.

    ``open_printer`` makes the real printer on the worker thread (the printer stack is loaded
    there, not on the GUI thread). If it raises, the printer is reported offline and it is tried
    again at the next poll or job. What the port does not have (the mock printer's ``jobs``,
    ``set_state``) is asked of the printer itself: see `wait_for_printer`.
    """

    def __init__(
        self,
        open_printer: Callable[[], Printer],
        *,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
        job_timeout_s: float = DEFAULT_JOB_TIMEOUT_S,
        on_status: StatusListener | None = None,
        after_job: Callable[[], object] | None = None,
    ) -> None:
        self._open_printer = open_printer
        self._after_job = after_job  # on this thread, once the job is answered (memory upkeep)
        self._poll_interval_s = poll_interval_s
        self._job_timeout_s = job_timeout_s
        self._on_status = on_status
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._printer: Printer | None = None
        self._opened = threading.Event()
        self._status = _NOT_POLLED
        self._status_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._stopped = False

    # ---- the port ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the thread (idempotent); it opens the printer and asks its status at once."""
        with self._start_lock:
            if self._thread is not None or self._stopped:
                return
            self._thread = threading.Thread(target=self._run, name="printer-worker", daemon=True)
            self._thread.start()

    def print(self, document: Document) -> PrintResult:
        """Queue the job and wait for it (at most ``job_timeout_s``); never raises."""
        future: Future[PrintResult] = Future()
        if not self._submit(_Job(document, future)):
            return PrintResult.failed(document.job_id, PrinterState.OFFLINE, "printer stopped")
        try:
            return future.result(timeout=self._job_timeout_s)
        except FutureTimeout:
            log.error("job %s: no answer in %.0f s", document.job_id, self._job_timeout_s)
            return PrintResult.failed(
                document.job_id, PrinterState.OFFLINE, "the printer did not finish the job in time"
            )

    def status(self) -> PrinterStatus:
        """Ask the printer now (through the queue, after the jobs already in it)."""
        future: Future[PrinterStatus] = Future()
        if not self._submit(_Poll(future)):
            return PrinterStatus(PrinterState.OFFLINE, "printer stopped")
        try:
            return future.result(timeout=self._job_timeout_s)
        except FutureTimeout:
            return PrinterStatus(PrinterState.OFFLINE, "the printer does not answer")

    def poll_soon(self) -> None:
        """Ask for a status poll without waiting for it (after QA or staff changed something)."""
        self._submit(_Poll(Future()))

    @property
    def last_status(self) -> PrinterStatus:
        """The status of the latest poll or job; no I/O, safe on the GUI thread."""
        with self._status_lock:
            return self._status

    def close(self, timeout_s: float | None = None) -> None:
        """Finish the job in progress and the queued ones, then stop and close the printer."""
        with self._start_lock:
            self._stopped = True
            thread = self._thread
        self._queue.put(_STOP)
        if thread is not None:
            thread.join(timeout_s)
            if thread.is_alive():
                log.error("the printer worker did not stop in %s s", timeout_s)
        else:
            self._close_printer()

    def wait_for_printer(self, timeout_s: float | None = None) -> Printer | None:
        """The printer behind the worker, once the worker has opened it (None if it could not):
        for the mock printer's controls (its state, its jobs). Blocks until the worker has tried
        to open it once, at most ``timeout_s`` (default ``job_timeout_s``)."""
        self.start()
        self._opened.wait(self._job_timeout_s if timeout_s is None else timeout_s)
        return self._printer

    # ---- the worker thread -------------------------------------------------------------------

    def _submit(self, item: _Job | _Poll) -> bool:
        if self._stopped:
            return False
        self.start()
        self._queue.put(item)
        return True

    def _run(self) -> None:
        self._poll()
        while True:
            try:
                item = self._queue.get(timeout=self._poll_interval_s)
            except queue.Empty:
                self._poll()
                continue
            if item is _STOP:
                break
            if isinstance(item, _Job):
                self._print(item)
            else:
                item.future.set_result(self._poll())
        self._drain()
        self._close_printer()

    def _drain(self) -> None:
        """Jobs queued behind the stop still get an answer (failed: nothing was printed)."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, _Job):
                job_id = item.document.job_id
                item.future.set_result(
                    PrintResult.failed(job_id, PrinterState.OFFLINE, "printer stopped")
                )
            elif isinstance(item, _Poll):
                item.future.set_result(PrinterStatus(PrinterState.OFFLINE, "printer stopped"))

    def _print(self, job: _Job) -> None:
        job_id = job.document.job_id
        printer = self._ensure_open()
        if printer is None:
            result = PrintResult.failed(job_id, PrinterState.OFFLINE, self.last_status.detail)
        else:
            try:
                result = printer.print(job.document)
            except Exception as exc:  # the port says it never raises; a bug must not end the thread
                log.exception("job %s: the printer raised", job_id)
                result = PrintResult.failed(job_id, PrinterState.ERROR, str(exc))
        job.future.set_result(result)
        if not result.ok and result.error is not None:
            self._publish(PrinterStatus(result.error, result.detail))
        self._poll()
        if self._after_job is not None:
            try:
                self._after_job()
            except Exception:
                log.exception("the after-job step failed")

    def _poll(self) -> PrinterStatus:
        printer = self._ensure_open()
        if printer is None:
            return self.last_status
        try:
            status = printer.status()
        except Exception as exc:
            log.exception("the printer status query raised")
            status = PrinterStatus(PrinterState.ERROR, str(exc))
        self._publish(status)
        return status

    def _ensure_open(self) -> Printer | None:
        if self._printer is not None:
            return self._printer
        try:
            self._printer = self._open_printer()
        except Exception as exc:
            log.warning("the printer cannot be opened: %s", exc)
            self._publish(PrinterStatus(PrinterState.OFFLINE, f"cannot open the printer: {exc}"))
            return None
        finally:
            self._opened.set()
        return self._printer

    def _publish(self, status: PrinterStatus) -> None:
        with self._status_lock:
            changed = status != self._status
            self._status = status
        if not changed:
            return
        log.info("printer status: %s (%s)", status.state, status.detail or "-")
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("the printer status listener failed")

    def _close_printer(self) -> None:
        printer, self._printer = self._printer, None
        if printer is not None:
            try:
                printer.close()
            except Exception:
                log.exception("closing the printer failed")
