"""Build the configured printer; the app's wiring (kiosk/app/wiring.py) is its only caller."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from escpos.escpos import Escpos
from escpos.printer import CupsPrinter, Serial, Usb

from kiosk.ports.printer import Printer
from printers.connections import NetworkConnection, SerialConnection, UsbConnection
from printers.cupsqueue import CupsQueueConnection
from printers.devicefile import DeviceFileConnection, device_file_status
from printers.encoding import ENCODINGS, Encoding, encoder_for
from printers.errors import ConfigError
from printers.escpos import (
    DEFAULT_PAPER_WIDTH_MM,
    DEFAULT_PROFILE,
    PAPER_WIDTH_PX,
    EscposPrinter,
    resolve_width_px,
)
from printers.mock import MockPrinter
from printers.status import StatusProbe, query_realtime_status, write_only

Backend = Literal["mock", "file", "network", "serial", "usb", "cups"]
T = TypeVar("T")


@dataclass(frozen=True)
class PrinterConfig:
    """The ``[printer]`` section. ``device`` is the device file (file), the port (serial) or the
    queue name (cups); ``width_px`` overrides the width the profile or the paper implies."""

    backend: Backend = "mock"
    out_dir: Path | None = None
    profile: str = DEFAULT_PROFILE
    paper_width_mm: int = DEFAULT_PAPER_WIDTH_MM
    width_px: int | None = None
    device: str = ""
    host: str = ""
    port: int = 9100
    usb_vendor_id: int | None = None
    usb_product_id: int | None = None
    baudrate: int = 19200
    encoding: Encoding = "raster"
    timeout_s: float = 5.0
    status_timeout_s: float = 1.0

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> PrinterConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(f"unknown printer settings: {', '.join(unknown)}")
        data = dict(values)
        if data.get("out_dir") is not None:
            data["out_dir"] = Path(data["out_dir"])
        for key in ("usb_vendor_id", "usb_product_id"):
            if isinstance(data.get(key), str):
                data[key] = _usb_id(key, data[key])
        return cls(**data)


def create_printer(config: PrinterConfig | Mapping[str, Any]) -> Printer:
    """A ready `Printer`; raises ConfigError for a setting that cannot work.

    Connections are opened by the first status poll or job, not here, so a printer that is off
    at start-up is reported by its status rather than stopping the kiosk.
    """
    if not isinstance(config, PrinterConfig):
        config = PrinterConfig.from_mapping(config)
    if config.backend not in get_args(Backend):
        raise ConfigError(f"unknown printer backend {config.backend!r}")
    if config.encoding not in ENCODINGS:
        raise ConfigError(f"printer encoding must be raster or compact, not {config.encoding!r}")
    if config.paper_width_mm not in PAPER_WIDTH_PX:
        raise ConfigError(f"paper width must be 58 or 80 mm, not {config.paper_width_mm}")
    width = resolve_width_px(
        config.profile, paper_width_mm=config.paper_width_mm, width_px=config.width_px
    )
    if config.backend == "mock":
        if config.out_dir is None:
            raise ConfigError("the mock printer needs out_dir, the folder for its tickets")
        return MockPrinter(config.out_dir, width, profile=config.profile, encoding=config.encoding)
    connection, probe = _connection(config)
    return EscposPrinter(
        connection,
        profile=config.profile,
        width_px=width,
        status_probe=probe,
        encoder=encoder_for(config.encoding),
    )


def _connection(config: PrinterConfig) -> tuple[Escpos, StatusProbe]:
    if config.backend == "file":
        device = DeviceFileConnection(
            devfile=_required(config.device, "device"),
            timeout=config.timeout_s,
            status_timeout=config.status_timeout_s,
        )
        return device, device_file_status
    if config.backend == "network":
        host = _required(config.host, "host")
        connection = NetworkConnection(
            host=host,
            port=config.port,
            timeout=config.timeout_s,
            status_timeout=config.status_timeout_s,
        )
        return connection, query_realtime_status
    if config.backend == "serial":
        _needs(Serial, "pyserial")
        port = _required(config.device, "device")
        serial = SerialConnection(
            devfile=port,
            baudrate=config.baudrate,
            timeout=config.timeout_s,
            status_timeout=config.status_timeout_s,
        )
        return serial, query_realtime_status
    if config.backend == "usb":
        _needs(Usb, "pyusb")
        vendor = _required(config.usb_vendor_id, "usb_vendor_id")
        product = _required(config.usb_product_id, "usb_product_id")
        usb = UsbConnection(
            vendor_id=vendor,
            product_id=product,
            timeout=config.timeout_s,
            status_timeout=config.status_timeout_s,
        )
        return usb, query_realtime_status
    _needs(CupsPrinter, "pycups")
    queue = CupsQueueConnection(queue=_required(config.device, "device"), timeout=config.timeout_s)
    return queue, write_only


def _required(value: T | None, name: str) -> T:
    if value is None or value == "":
        raise ConfigError(f"printer setting {name} is required for this backend")
    return value


def _needs(connection: type[Escpos], package: str) -> None:
    if not connection.is_usable():
        raise ConfigError(
            f"the {connection.__name__} printer backend needs the {package} package; "
            f"install it (pip install {package}) or choose another backend"
        )


def _usb_id(key: str, text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise ConfigError(f"{key} must be a number like 0x04b8, not {text!r}") from None
