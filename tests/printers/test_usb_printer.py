"""The usb backend over a fake pyusb device (no hardware): python-escpos's `Usb.open` sets the
configuration and resets the printer, so the connection is opened once and kept between polls and
jobs, and opened anew only after a failure (a printer unplugged or power-cycled)."""

from __future__ import annotations

import errno
from typing import Any

import pytest
import usb.core

from kiosk.documents import Document, Text
from kiosk.ports.printer import PrinterState
from printers.escpos import CLEAR_BUFFERS, EscposPrinter, encode
from printers.factory import create_printer

READY = 0x12
OUT_EP, IN_EP = 0x01, 0x82


class NotLibusb1:
    """A pyusb backend python-escpos does not detach kernel drivers with."""


class FakeContext:
    def __init__(self) -> None:
        self.disposed = 0

    def dispose(self, device: Any, close_handle: bool = True) -> None:
        self.disposed += 1


class FakeUsbPrinter:
    """What `usb.core.find` answers for a printer: configures, resets, takes writes, answers
    ``DLE EOT`` with "ready" (or nothing when ``silent``); ``unplugged`` makes every call fail
    as libusb does for a device that is gone."""

    def __init__(self) -> None:
        self.backend = NotLibusb1()
        self._ctx = FakeContext()
        self.configured = 0
        self.resets = 0
        self.jobs: list[bytes] = []
        self.queries = 0
        self.silent = False
        self.unplugged = False
        self._reply = b""

    def _check(self) -> None:
        if self.unplugged:
            raise usb.core.USBError("No such device", errno=errno.ENODEV)

    def set_configuration(self) -> None:
        self._check()
        self.configured += 1

    def reset(self) -> None:
        self._check()
        self.resets += 1

    def write(self, endpoint: int, data: bytes, timeout: int | None = None) -> int:
        self._check()
        assert endpoint == OUT_EP
        assert timeout == 5000
        data = bytes(data)
        if data.startswith(b"\x10\x04"):
            self.queries += 1
            self._reply = b"" if self.silent else bytes([READY])
        else:
            self.jobs.append(data)
        return len(data)

    def read(self, endpoint: int, size: int, timeout: int | None = None) -> bytes:
        self._check()
        assert endpoint == IN_EP
        assert timeout == 300
        reply, self._reply = self._reply, b""
        if not reply:
            raise usb.core.USBTimeoutError("Operation timed out", errno=errno.ETIMEDOUT)
        return reply


class FakeBus:
    """Stands in for `usb.core.find`; ``device`` is what is plugged in (None: nothing)."""

    def __init__(self, device: FakeUsbPrinter | None) -> None:
        self.device = device
        self.finds = 0

    def __call__(self, **match: Any) -> FakeUsbPrinter | None:
        assert match == {"idVendor": 0x04B8, "idProduct": 0x0E15}
        self.finds += 1
        return self.device


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> FakeBus:
    fake = FakeBus(FakeUsbPrinter())
    monkeypatch.setattr(usb.core, "find", fake)
    return fake


def usb_printer() -> EscposPrinter:
    printer = create_printer(
        {
            "backend": "usb",
            "usb_vendor_id": "0x04b8",
            "usb_product_id": "0x0e15",
            "timeout_s": 5.0,
            "status_timeout_s": 0.3,
        }
    )
    assert isinstance(printer, EscposPrinter)
    return printer


def slip(job_id: str) -> Document:
    return Document("test_slip", "en", job_id, (Text("slip"),))


def test_polls_and_jobs_in_a_row_open_and_reset_the_printer_once(bus: FakeBus) -> None:
    printer = usb_printer()
    device = bus.device
    assert device is not None

    assert printer.status().state is PrinterState.OK
    assert printer.print(slip("job-1")).ok
    assert printer.status().state is PrinterState.OK
    assert printer.print(slip("job-2")).ok
    assert printer.status().state is PrinterState.OK

    assert (bus.finds, device.configured, device.resets) == (1, 1, 1)
    assert device.jobs == [encode(slip("job-1")), encode(slip("job-2"))]
    assert device.queries == (3 + 2 * 2) * 3  # DLE EOT 1, 2, 4 per poll, before and after each job
    assert device._ctx.disposed == 0


def test_a_silent_printer_is_offline_without_being_reset_again(bus: FakeBus) -> None:
    printer = usb_printer()
    device = bus.device
    assert device is not None
    device.silent = True  # busy or hung, but still on the bus: no reset behind its back

    assert printer.status().state is PrinterState.OFFLINE
    assert printer.status().state is PrinterState.OFFLINE

    assert (bus.finds, device.resets) == (1, 1)


@pytest.mark.expected_log("kiosk.printer", "No such device")
def test_a_failed_write_closes_the_device_and_the_next_poll_opens_it_again(
    bus: FakeBus,
) -> None:
    printer = usb_printer()
    first = bus.device
    assert first is not None
    assert printer.status().state is PrinterState.OK

    first.unplugged = True
    failed = printer.print(slip("job-1"))
    assert (failed.ok, failed.error) == (False, PrinterState.OFFLINE)
    assert first._ctx.disposed == 1  # released, not kept for the next poll

    bus.device = None  # still unplugged: the poll looks for it and reports it offline
    assert printer.status().state is PrinterState.OFFLINE
    assert bus.finds == 2

    second = FakeUsbPrinter()  # powered on again: a new device on the bus
    bus.device = second
    assert printer.status().state is PrinterState.OK
    assert printer.print(slip("job-1")).ok
    assert printer.status().state is PrinterState.OK

    assert (bus.finds, second.resets) == (3, 1)
    assert second.jobs == [CLEAR_BUFFERS, encode(slip("job-1"))]  # the half job is dropped first


def test_close_releases_the_device(bus: FakeBus) -> None:
    printer = usb_printer()
    device = bus.device
    assert device is not None
    assert printer.print(slip("job-1")).ok

    printer.close()

    assert device._ctx.disposed == 1
    assert printer.status().state is PrinterState.OFFLINE
    assert bus.finds == 1
