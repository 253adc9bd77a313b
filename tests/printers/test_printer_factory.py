"""create_printer: mock and file backends for real, a network printer on loopback, clear errors."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from escpos.printer import CupsPrinter, Serial, Usb

from kiosk.documents import Document, Text
from kiosk.ports.printer import PrinterState
from printers.errors import ConfigError
from printers.escpos import EscposPrinter, encode
from printers.factory import PrinterConfig, create_printer
from printers.mock import MockPrinter


def slip() -> Document:
    return Document("test_slip", "en", "slip-1", (Text("hello"),))


def test_mock_backend_from_a_mapping(tmp_path: Path) -> None:
    printer = create_printer({"backend": "mock", "out_dir": str(tmp_path), "paper_width_mm": 58})

    assert isinstance(printer, MockPrinter)
    assert printer.print(slip()).ok
    assert (tmp_path / "0001-test_slip.bin").read_bytes() == encode(slip(), width_px=384)


def test_file_backend_writes_the_job_to_the_device_file(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()
    printer = create_printer(PrinterConfig(backend="file", device=str(device)))

    assert printer.status().state is PrinterState.UNKNOWN  # a device file cannot answer
    assert printer.print(slip()).ok
    assert device.read_bytes() == encode(slip())


@pytest.mark.expected_log("kiosk.printer", "Device not found")
def test_file_backend_with_no_device_is_offline(tmp_path: Path) -> None:
    printer = create_printer(PrinterConfig(backend="file", device=str(tmp_path / "no" / "lp0")))

    assert printer.status().state is PrinterState.OFFLINE
    result = printer.print(slip())
    assert (result.ok, result.error) == (False, PrinterState.OFFLINE)


class LoopbackPrinter:
    """A TCP "printer" on 127.0.0.1 that answers DLE EOT with 'ready' and keeps what it got.

    It serves a known number of connections, so the test can join its thread without waiting.
    """

    def __init__(self, connections: int) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(10)
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, args=(connections,), daemon=True)
        self.thread.start()

    def _serve(self, connections: int) -> None:
        for _ in range(connections):
            connection, _ = self.server.accept()
            with connection:
                connection.settimeout(10)
                while chunk := connection.recv(65536):
                    if chunk.startswith(b"\x10\x04"):
                        connection.sendall(b"\x12")
                    else:
                        self.received += chunk

    def join(self) -> None:
        self.thread.join(timeout=20)
        self.server.close()


def test_network_backend_prints_to_a_loopback_printer() -> None:
    fake = LoopbackPrinter(connections=2)  # one for the status query, one for the job
    try:
        config = {"backend": "network", "host": "127.0.0.1", "port": fake.port, "timeout_s": 5}
        printer = create_printer(config)

        assert isinstance(printer, EscposPrinter)
        assert printer.status().state is PrinterState.OK
        assert printer.print(slip()).ok
    finally:
        fake.join()
    assert bytes(fake.received) == encode(slip())


def test_network_printer_that_refuses_connections_is_offline() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
    printer = create_printer({"backend": "network", "host": "127.0.0.1", "port": port})

    assert printer.status().state is PrinterState.OFFLINE


@pytest.mark.parametrize(
    ("backend", "connection", "package"),
    [("serial", Serial, "pyserial"), ("usb", Usb, "pyusb"), ("cups", CupsPrinter, "pycups")],
)
def test_backend_without_its_package_is_a_clear_config_error(
    backend: str, connection: type, package: str
) -> None:
    if connection.is_usable():
        pytest.skip(f"{package} is installed here")
    config = {"backend": backend, "device": "x", "usb_vendor_id": 1, "usb_product_id": 2}

    with pytest.raises(ConfigError, match=package):
        create_printer(config)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"backend": "bluetooth"}, "unknown printer backend"),
        ({"backend": "mock"}, "out_dir"),
        ({"backend": "file"}, "device"),
        ({"backend": "network"}, "host"),
        ({"backend": "mock", "out_dir": "/tmp", "paper_width_mm": 76}, "58 or 80"),
        ({"backend": "mock", "out_dir": "/tmp", "profile": "nope"}, "profile"),
        ({"backend": "mock", "colour": "red"}, "colour"),
        ({"backend": "usb", "usb_vendor_id": "epson"}, "usb_vendor_id"),
    ],
)
def test_bad_settings_are_config_errors(config: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        create_printer(config)


def test_usb_ids_may_be_written_in_hex() -> None:
    config = PrinterConfig.from_mapping({"backend": "usb", "usb_vendor_id": "0x04b8"})

    assert config.usb_vendor_id == 0x04B8
