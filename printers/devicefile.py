"""A printer's device file (``/dev/usb/lp0``, a parallel port) written with a deadline.

python-escpos's `File` writes with a blocking ``write()``: a printer that stops taking data (paper
jam, offline, a stalled usblp) blocks the printer's thread for ever, and no fault is reported.
Here the file is opened non-blocking and every write waits for the device with ``poll()`` until
``timeout``; after the last chunk it waits once more, until the device takes data again (for
usblp: the last chunk went out). A write that does not finish in time fails the job.

A device file cannot report status, so its status is unknown while writes go through. After a
failed write it is offline until the device takes a few bytes again within ``status_timeout``:
the probe sends ``DLE ENQ 2`` (recover, clear the buffers), harmless to an idle printer and what
the next job would send first anyway.
"""

from __future__ import annotations

import math
import os
import select
import time

from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError

from kiosk.ports.printer import PrinterState, PrinterStatus
from printers.status import write_only

PROBE = b"\x10\x05\x02"  # DLE ENQ 2
_BROKEN = select.POLLERR | select.POLLHUP | select.POLLNVAL


class DeviceFileConnection(Escpos):  # type: ignore[misc]  # python-escpos ships no types
    """Writes to ``devfile``; each write finishes within ``timeout`` seconds or fails."""

    def __init__(self, *, devfile: str, timeout: float, status_timeout: float) -> None:
        super().__init__()
        self.devfile = devfile
        self.timeout = timeout
        self.status_timeout = status_timeout
        self.write_failed = False  # the last write did not go through: probe before trusting it
        self._fd: int | None = None

    def open(self, raise_not_found: bool = True) -> None:
        self.close()
        try:
            # Non-blocking: opening a FIFO without a reader fails (ENXIO) instead of waiting.
            flags = os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_TRUNC
            self._fd = os.open(self.devfile, flags)
        except OSError as exc:
            if raise_not_found:
                raise DeviceNotFoundError(f"cannot open {self.devfile}: {exc}") from exc

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _raw(self, msg: bytes) -> None:
        try:
            self.write(msg, self.timeout)
        except OSError:
            self.write_failed = True
            raise
        self.write_failed = False

    def write(self, data: bytes, timeout_s: float) -> None:
        """All of ``data``, and the device ready for more, within ``timeout_s``; else OSError
        (TimeoutError when the device stopped taking data)."""
        if self._fd is None:
            raise DeviceNotFoundError(f"{self.devfile} is not open")
        deadline = time.monotonic() + timeout_s
        poller = select.poll()
        poller.register(self._fd, select.POLLOUT)
        view = memoryview(data)
        while view:
            self._wait_writable(poller, deadline, timeout_s)
            try:
                written = os.write(self._fd, view)
            except BlockingIOError:
                continue
            view = view[written:]
        self._wait_writable(poller, deadline, timeout_s)

    def _wait_writable(self, poller: select.poll, deadline: float, timeout_s: float) -> None:
        remaining_ms = math.ceil((deadline - time.monotonic()) * 1000)
        events = poller.poll(remaining_ms) if remaining_ms > 0 else []
        if not events:
            raise TimeoutError(f"the printer took no data for {timeout_s:g} s")
        if any(mask & _BROKEN for _, mask in events):
            raise BrokenPipeError(f"{self.devfile} is gone")


def device_file_status(connection: Escpos) -> PrinterStatus:
    """Unknown (a device file cannot answer), or offline after a failed write until a probe
    goes through in ``status_timeout``."""
    assert isinstance(connection, DeviceFileConnection)
    if connection.write_failed:
        try:
            connection.write(PROBE, connection.status_timeout)
        except TimeoutError:
            return PrinterStatus(PrinterState.OFFLINE, "the printer still takes no data")
        except OSError as exc:
            return PrinterStatus(PrinterState.OFFLINE, f"the printer is unreachable: {exc}")
        connection.write_failed = False
    return write_only(connection)
