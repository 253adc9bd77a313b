"""Runs blocking work (network, printer, disk) off the GUI thread.

Qt-free: a callable runs on a worker thread and its ``Outcome`` is handed to ``deliver``, which the
controller provides to hop back onto the GUI thread. Printer jobs get a lane of their own so a slow
API call never queues behind a ticket, and tickets print one at a time, in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from kiosk.log import LogArea

T = TypeVar("T")
log = logging.getLogger(LogArea.TASKS.logger_name)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A task's value, or the exception it raised."""

    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


Deliver = Callable[[Callable[[Outcome[Any]], None], Outcome[Any]], None]


class Runner(Protocol):
    """The lanes as a feature's driver uses them (`TaskRunner`, or a test's inline runner)."""

    def run_io(self, fn: Callable[[], Any], then: Callable[[Outcome[Any]], None]) -> Any: ...

    def run_printer(self, fn: Callable[[], Any], then: Callable[[Outcome[Any]], None]) -> Any: ...


class TaskRunner:
    """Two lanes: ``io`` (network, disk; a few threads) and ``printer`` (one thread, in order)."""

    def __init__(self, deliver: Deliver, io_workers: int = 2) -> None:
        self._deliver = deliver
        self._io = ThreadPoolExecutor(max_workers=io_workers, thread_name_prefix="kiosk-io")
        self._printer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-printer")
        self._closed = False

    def run_io(self, fn: Callable[[], T], then: Callable[[Outcome[T]], None]) -> Future[None]:
        return self._submit(self._io, fn, then)

    def run_printer(self, fn: Callable[[], T], then: Callable[[Outcome[T]], None]) -> Future[None]:
        return self._submit(self._printer, fn, then)

    def _submit(
        self, lane: ThreadPoolExecutor, fn: Callable[[], T], then: Callable[[Outcome[T]], None]
    ) -> Future[None]:
        """The task on ``lane``; once the runner is shut down (the app is closing, and a callback
        of the last task asks for more work), a cancelled future: nothing runs, nothing is lost
        that a closing app could still finish."""
        if not self._closed:
            try:
                return lane.submit(self._call, fn, then)
            except RuntimeError:  # shut down between the check and the submit
                pass
        log.info("the app is closing: a task was not started")
        dropped: Future[None] = Future()
        dropped.cancel()
        return dropped

    def _call(self, fn: Callable[[], T], then: Callable[[Outcome[T]], None]) -> None:
        try:
            outcome: Outcome[T] = Outcome(value=fn())
        except Exception as exc:  # the outcome carries it to the GUI thread
            outcome = Outcome(error=exc)
        self._deliver(then, outcome)

    def shutdown(self, wait: bool = True) -> None:
        """Finish what is running (a ticket half printed is finished), drop what has not started."""
        self._closed = True
        self._io.shutdown(wait=wait, cancel_futures=True)
        self._printer.shutdown(wait=wait, cancel_futures=False)
