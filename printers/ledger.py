"""Remembers which jobs printed, so a retried business action never produces a second ticket."""

from __future__ import annotations

import threading
from collections import OrderedDict

from kiosk.ports.printer import PrintResult


class JobLedger:
    """Successful results by job id, the most recent `capacity` of them.

    An empty job id means "no idempotency key" and is never remembered.
    """

    def __init__(self, capacity: int = 1024) -> None:
        self._capacity = capacity
        self._results: OrderedDict[str, PrintResult] = OrderedDict()
        self._lock = threading.Lock()

    def printed(self, job_id: str) -> PrintResult | None:
        with self._lock:
            return self._results.get(job_id) if job_id else None

    def record(self, result: PrintResult) -> None:
        if not (result.ok and result.job_id):
            return
        with self._lock:
            self._results[result.job_id] = result
            self._results.move_to_end(result.job_id)
            while len(self._results) > self._capacity:
                self._results.popitem(last=False)
