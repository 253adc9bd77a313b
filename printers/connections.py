"""python-escpos connections with the time limits a kiosk needs.

- Every write has a deadline (``timeout``): a printer that stops reading makes the job fail instead
  of blocking the printer's thread for ever.
- Status queries (``DLE EOT``) wait only ``status_timeout`` for the answer: a printer that says
  nothing is offline, and the kiosk must not spend the job's whole timeout learning that.
- python-escpos's `Network.open` drops the half-made socket on a failed connect without closing it;
  a kiosk polling an unplugged printer would leak one socket per poll.
- python-escpos's `Usb.open` sets the configuration and resets the device: a USB connection says
  ``keep_open`` so `EscposPrinter` opens it once and again only after a failure, never while the
  printer may still be printing the last ticket.
"""

from __future__ import annotations

import socket
import time

import usb.core
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Network, Serial, Usb


class NetworkConnection(Network):  # type: ignore[misc]  # python-escpos ships no types
    """Raw TCP (port 9100)."""

    device: socket.socket | None

    def __init__(self, *, host: str, port: int, timeout: float, status_timeout: float) -> None:
        super().__init__(host=host, port=port, timeout=timeout)
        self.status_timeout = status_timeout

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            self.device = None
            if raise_not_found:
                message = f"cannot connect to {self.host}:{self.port}: {exc}"
                raise DeviceNotFoundError(message) from exc

    def query_status(self, mode: bytes) -> bytes:
        """The reply to one status query, or b"" when none comes in ``status_timeout``."""
        assert self.device
        self.device.sendall(mode)
        self.device.settimeout(self.status_timeout)
        try:
            return self.device.recv(16)
        except TimeoutError:
            return b""
        finally:
            self.device.settimeout(self.timeout)


class SerialConnection(Serial):  # type: ignore[misc]  # python-escpos ships no types
    """RS-232 / USB-serial; reads (status replies) wait ``status_timeout``, writes ``timeout``."""

    def __init__(
        self, *, devfile: str, baudrate: int, timeout: float, status_timeout: float
    ) -> None:
        super().__init__(devfile=devfile, baudrate=baudrate, timeout=status_timeout)
        self.write_timeout = timeout
        self._queued_until = 0.0  # when the bytes written so far are through the line at the latest

    def open(self, raise_not_found: bool = True) -> None:
        super().open(raise_not_found=raise_not_found)
        if self.device:
            self.device.write_timeout = self.write_timeout

    def _raw(self, msg: bytes) -> None:
        """Write, and wait until the bytes are on the wire (``tcdrain``) where the driver can."""
        super()._raw(msg)
        assert self.device
        self.device.flush()
        # Where it cannot (USB adapters, ptys), the bytes may still be queued: a status reply then
        # comes only after them, so the next read waits that much longer.
        on_wire = time.monotonic() + len(msg) * 10 / self.baudrate
        self._queued_until = max(self._queued_until, on_wire)

    def _read(self) -> bytes:
        """A status reply: the first byte (waiting up to ``status_timeout``, plus the time bytes
        still queued ahead of the query take) and whatever came with it. python-escpos reads 16
        bytes, so every one-byte reply waited the whole timeout: three seconds around each job."""
        assert self.device
        queued = max(0.0, self._queued_until - time.monotonic())
        status_timeout = self.device.timeout
        self.device.timeout = status_timeout + queued
        try:
            first: bytes = self.device.read(1)
        finally:
            self.device.timeout = status_timeout
        if not first:
            return b""
        waiting = self.device.in_waiting
        rest: bytes = self.device.read(waiting) if waiting else b""
        return first + rest


class UsbConnection(Usb):  # type: ignore[misc]  # python-escpos ships no types
    """USB over libusb: writes wait ``timeout``, status replies ``status_timeout`` (seconds).

    Kept open between jobs and polls (``keep_open``): each `Usb.open` resets the printer. A write
    or read that fails (unplugged, power-cycled) closes it, and the next poll finds it anew.
    """

    keep_open = True

    def __init__(
        self, *, vendor_id: int, product_id: int, timeout: float, status_timeout: float
    ) -> None:
        super().__init__(idVendor=vendor_id, idProduct=product_id, timeout=_ms(timeout))
        self.status_timeout_ms = _ms(status_timeout)

    def query_status(self, mode: bytes) -> bytes:
        """The reply to one status query, or b"" when none comes in ``status_timeout``."""
        self._raw(mode)
        assert self.device
        try:
            return bytes(self.device.read(self.in_ep, 16, self.status_timeout_ms))
        except usb.core.USBTimeoutError:
            return b""


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))
