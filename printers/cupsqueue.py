"""A CUPS print queue, each call to cupsd bounded by ``timeout``.

python-escpos's `CupsPrinter` sends the job from ``close()`` (whose errors a caller cannot tell
from a clean close) with a blocking IPP call that has no timeout: a hung cupsd would stall the
printer's thread for ever. Here each job goes to cupsd as it is written, on a helper thread with
its own IPP connection (pycups connections are not shared between threads), and a job that cupsd
has not taken within ``timeout`` fails. Opening checks, within the same limit, that the queue
exists, so a missing queue or a dead cupsd is reported offline.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from typing import Any

from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError

from printers.deadline import call_with_timeout

RAW = "application/vnd.cups-raw"  # pycups' CUPS_FORMAT_RAW: the bytes go to the printer as they are
JOB_NAME = "kiosk"  # seen by anyone who lists the queue: no ticket contents


def _pycups_connection() -> Any:
    import cups  # pycups, the optional "cups" extra; create_printer checks that it is there

    return cups.Connection()


class CupsQueueConnection(Escpos):  # type: ignore[misc]  # python-escpos ships no types
    """Jobs to the CUPS queue ``queue``; ``connect`` makes an IPP connection (pycups by default)."""

    def __init__(
        self, *, queue: str, timeout: float, connect: Callable[[], Any] = _pycups_connection
    ) -> None:
        super().__init__()
        self.queue = queue
        self.timeout = timeout
        self._connect = connect

    def open(self, raise_not_found: bool = True) -> None:
        try:
            call_with_timeout(self._check_queue, self.timeout, "CUPS")
        except Exception as exc:
            if raise_not_found:
                raise DeviceNotFoundError(f"CUPS queue {self.queue}: {exc}") from exc

    def _check_queue(self) -> None:
        if self.queue not in self._connect().getPrinters():
            raise DeviceNotFoundError("no such queue")

    def close(self) -> None:
        """Nothing to do: every job was handed over when it was written."""

    def _raw(self, msg: bytes) -> None:
        call_with_timeout(lambda: self._submit(msg), self.timeout, "CUPS")

    def _submit(self, msg: bytes) -> None:
        with tempfile.NamedTemporaryFile(prefix="kiosk-job-") as job:
            job.write(msg)
            job.flush()
            self._connect().printFile(self.queue, job.name, JOB_NAME, {"document-format": RAW})
