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

    def open(self, raise_not_found: bool = True) -> None:
        super().open(raise_not_found=raise_not_found)
        if self.device:
            self.device.write_timeout = self.write_timeout


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
