"""The composition root: the one place that builds and wires configuration, the API client,
printers, scanners, the controller and the window. Everything else receives its collaborators.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import __version__
from kiosk.api import CentralApi
from kiosk.cli import Options, parse_args
from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.controller import Controller, TerminalInfo
from kiosk.log import setup_logging
from kiosk.qa import QaHooks, QaPort

log = logging.getLogger("kiosk.app")

EXIT_CONFIG = 2
MOCK_TERMINAL_ID = "T-ALA-01"
MOCK_TOKEN = "dev-" + MOCK_TERMINAL_ID  # the reference server's demo token for that terminal
MOCK_LOCATION = "Алматы, Абылай хан даңғылы"  # the demo hall, printed on mock tickets


class _JobRelay(QObject):
    """Carries 'a ticket was printed' from the printer thread to the dev dock on the GUI thread."""

    printed = Signal(str, str)


@dataclass
class Kiosk:
    """Everything the running app is made of, so it can be shut down in order."""

    qapp: QApplication
    controller: Controller
    window: Any
    api: CentralApi
    printer: Any
    central: Any = None
    qa: QaPort | None = None
    extras: list[Any] = field(default_factory=list)
    scanners: list[Any] = field(default_factory=list)

    def close(self) -> None:
        if self.qa is not None:
            self.qa.stop()
        for scanner in self.scanners:
            scanner.stop()
        self.controller.shutdown()
        self.printer.close()
        self.api.close()
        if self.central is not None:
            self.central.stop()


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    try:
        config = _load(options)
    except ConfigError as exc:
        print(f"kiosk: configuration error:\n{exc}", file=sys.stderr)
        return EXIT_CONFIG
    token = config.api.token.get_secret_value() if config.api.token else ""
    setup_logging(
        config.log.level,
        json=config.log.json_lines,
        log_dir=_log_dir(config, options),
        secrets=[token] if token else [],
    )
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    kiosk = build(config, options, qapp)
    kiosk.extras.append(_quit_on_signals(qapp))
    try:
        return qapp.exec()
    finally:
        kiosk.close()


def _quit_on_signals(qapp: QApplication) -> QSocketNotifier:
    """SIGTERM and SIGINT end the event loop, so shutdown runs in order (Qt alone would ignore
    Python's handlers until the next Python call: the wake-up socket provides one)."""
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, qapp)
    notifier.activated.connect(lambda: receiver.recv(64))
    notifier.setProperty("sockets", (receiver, sender))  # kept alive with the notifier

    def quit_app(signum: int, _frame: object) -> None:
        log.info("signal %s: shutting down", signal.Signals(signum).name)
        qapp.quit()

    signal.signal(signal.SIGTERM, quit_app)
    signal.signal(signal.SIGINT, quit_app)
    return notifier


def _load(options: Options) -> KioskConfig:
    overrides: dict[str, object] = {"api.url": options.api_url, "ui.default_language": options.lang}
    if options.mock:
        overrides["printer.backend"] = "mock"
    if options.windowed:
        overrides["ui.fullscreen"] = False
    config = load_config(options.config, os.environ, overrides)
    embedded_central = options.mock and not options.api_url
    if not embedded_central:
        missing = [
            f"{key}: required to reach the central system (or run with --mock for the demo server)"
            for key, value in (("api.url", config.api.url), ("terminal.id", config.terminal.id))
            if not value
        ]
        if missing:
            raise ConfigError(missing)
    return config


def _log_dir(config: KioskConfig, options: Options) -> Path | None:
    return config.log.dir if config.log.file and not options.mock else None


def build(config: KioskConfig, options: Options, qapp: QApplication) -> Kiosk:
    """Build and show the kiosk (``qapp.exec()`` is the caller's)."""
    from printers.deferred import DeferredPrinter
    from ui.main_window import MainWindow

    central = None
    api_url = config.api.url
    token = config.api.token.get_secret_value() if config.api.token else ""
    terminal_id = config.terminal.id
    location = config.terminal.location
    if options.mock and not options.api_url:
        from central.server import start_embedded

        central = start_embedded(dev=True)
        api_url, token = central.url, MOCK_TOKEN
        terminal_id = MOCK_TERMINAL_ID
        location = location or MOCK_LOCATION
        print(f"Central API (embedded, demo data): {central.url}", flush=True)
    api = CentralApi(
        api_url,
        token,
        terminal_id,
        connect_timeout=config.api.connect_timeout_s,
        read_timeout=config.api.read_timeout_s,
        retries=config.api.retries,
        ca_bundle=config.api.ca_bundle,
    )
    relay = _JobRelay()
    printer_settings = _printer_settings(config)
    printer = DeferredPrinter(lambda: _open_printer(printer_settings, relay))
    if printer_settings["backend"] == "mock":
        print(f"Mock printer: tickets go to {printer_settings['out_dir']}", flush=True)
    terminal = TerminalInfo(
        terminal_id=terminal_id,
        location=location or terminal_id,
        languages=tuple(config.ui.languages),
        default_language=config.ui.default_language,
    )
    controller = Controller(api=api, printer=printer, terminal=terminal)
    window = MainWindow(
        controller,
        fullscreen=config.ui.fullscreen,
        idle_timeout_ms=int(config.ui.idle_timeout_s * 1000),
        idle_countdown_ms=int(config.ui.idle_countdown_s * 1000),
        done_timeout_ms=int(config.ui.done_timeout_s * 1000),
        hide_cursor=config.ui.hide_cursor,
    )
    kiosk = Kiosk(qapp, controller, window, api, printer, central, extras=[relay])
    mock_scanner = _mock_scanner(controller) if options.mock else None
    kiosk.scanners += [mock_scanner] if mock_scanner else []
    kiosk.scanners += _start_scanners(config, qapp, controller, wedge_only=True)
    if options.qa_port is not None:
        kiosk.qa = _qa_port(window, controller, printer, options.qa_port, mock_scanner)

    def after_first_paint() -> None:
        controller.warm_up()  # the HTTP stack and the printer, off the GUI thread
        kiosk.scanners.extend(_start_scanners(config, qapp, controller, wedge_only=False))
        _show_camera_previews(kiosk.scanners, window)
        if options.mock:
            kiosk.extras.append(_dev_dock(relay, printer, controller, window, mock_scanner))

    first_screen = window.stack.currentWidget() or window  # the home screen
    kiosk.extras.append(_AfterFirstPaint(first_screen, after_first_paint))
    window.present()
    log.info("kiosk %s started, terminal %s, api %s", __version__, terminal_id, api_url)
    return kiosk


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, when ``screen``'s first paint is done: what the first screen does not
    need waits until the customer can see it (loading it earlier would slow that paint). The
    screen, not the window: the window gets a paint event of its own before its screens are up."""

    def __init__(self, screen: QWidget, then: Callable[[], None]) -> None:
        super().__init__(screen)
        self._then = then
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # runs once this paint is finished
        return False


def _open_printer(settings: dict[str, Any], relay: _JobRelay) -> Any:
    """Make the configured printer (on first use, off the GUI thread: see DeferredPrinter)."""
    from printers.factory import create_printer

    printer = create_printer(settings)
    if hasattr(printer, "set_job_listener"):
        printer.set_job_listener(
            lambda job: relay.printed.emit(str(job.png_path), f"#{job.n} {job.document.kind}")
        )
    return printer


def _printer_settings(config: KioskConfig) -> dict[str, Any]:
    p = config.printer
    settings: dict[str, Any] = {
        "backend": p.backend,
        "profile": p.profile,
        "paper_width_mm": p.paper_width_mm,
        "device": p.device,
        "host": p.host,
        "port": p.port,
    }
    if p.backend == "usb":
        settings |= {"usb_vendor_id": p.usb_vendor_id, "usb_product_id": p.usb_product_id}
    if p.backend == "mock":
        settings["out_dir"] = _mock_out_dir(config)
    return settings


def _set_printer_state(printer: Any, state: str) -> None:
    from printers.port import PrinterState

    printer.set_state(PrinterState(state))


def _mock_out_dir(config: KioskConfig) -> Path:
    if config.printer.out_dir is not None:
        return config.printer.out_dir
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return config.data.data_dir / "mock-printer" / stamp


def _dev_dock(
    relay: _JobRelay, printer: Any, controller: Controller, window: Any, mock_scanner: Any = None
) -> Any:
    from ui.devdock import DevDock

    dock = DevDock()
    relay.printed.connect(dock.add_ticket)
    dock.printer_state_requested.connect(lambda state: _set_printer_state(printer, state))
    if mock_scanner is not None:  # through the scanners' garbage filter, as a real scan
        dock.scan_requested.connect(lambda code: mock_scanner.inject(code, "dev-dock"))
        dock.image_requested.connect(mock_scanner.scan_image_file)
        mock_scanner.image_scanned.connect(dock.show_image_result)
    else:
        dock.scan_requested.connect(lambda code: controller.scanned(code, "dev-dock"))
    if window.isFullScreen():
        dock.show()
        window.raise_()  # without a window manager the newest window would cover the kiosk
    else:
        dock.move(window.frameGeometry().topRight())
        dock.show()
    return dock


def _qa_port(
    window: Any, controller: Controller, printer: Any, port: int, mock_scanner: Any = None
) -> QaPort:
    def tickets() -> list[dict[str, Any]]:
        return [
            {
                "n": job.n,
                "bin": str(job.bin_path),
                "png": str(job.png_path),
                "printed_at": job.printed_at.isoformat(),
            }
            for job in printer.jobs
        ]

    def busy() -> bool:
        return bool(getattr(controller.view, "busy", False))

    hooks = QaHooks(
        screen=lambda: controller.screen,
        language=lambda: controller.language,
        busy=busy,
        scan=mock_scanner.inject if mock_scanner else controller.scanned,
        decode_image=mock_scanner.scan_image_bytes if mock_scanner else _decode_image_bytes,
        set_printer_state=lambda state: _set_printer_state(printer, state),
        tickets=tickets,
    )
    qa = QaPort(window, hooks)
    try:
        qa.start(port)
    except OSError as exc:
        raise SystemExit(
            f"kiosk: the QA control port {port} cannot be opened: {exc.strerror}"
        ) from None
    print(f"QA control: {qa.url}", flush=True)
    return qa


def _mock_scanner(controller: Controller) -> Any:
    """The dev dock's and the QA port's scanner (``--mock``): typed codes and image files."""
    from scanners.mock import MockScanner

    scanner = MockScanner()
    scanner.scanned.connect(controller.scanned)
    return scanner


def _start_scanners(
    config: KioskConfig, qapp: QApplication, controller: Controller, *, wedge_only: bool
) -> list[Any]:
    """The configured scanners, wired to the controller and started: the keyboard wedge at once
    (``wedge_only``), the device scanners (evdev, serial, camera) after the first paint."""
    from scanners.factory import ScannerSettings, create_scanners

    s = config.scanners
    if wedge_only:
        settings = ScannerSettings(
            wedge=s.wedge, wedge_max_gap_ms=s.wedge_max_gap_ms, wedge_min_length=s.wedge_min_length
        )
    else:
        settings = ScannerSettings(
            wedge=False,
            evdev_device=str(s.evdev_device) if s.evdev_device else None,
            serial_port=s.serial_port or None,
            serial_baudrate=s.serial_baudrate,
            camera_index=s.camera_index,
        )
    scanners = create_scanners(settings, app=qapp)
    for scanner in scanners:
        scanner.scanned.connect(controller.scanned)
        scanner.start()
    return scanners


def _show_camera_previews(scanners: list[Any], window: Any) -> None:
    """A camera's live picture on the tracking screen (hidden while no frames come)."""
    preview = window.tracking.camera_preview
    for scanner in scanners:
        if hasattr(scanner, "preview"):
            scanner.preview.connect(preview.show_frame)
            scanner.running_changed.connect(preview.set_live)


def _decode_image_bytes(data: bytes) -> list[str]:
    from scanners.decode import decode_image_bytes

    return decode_image_bytes(data)
