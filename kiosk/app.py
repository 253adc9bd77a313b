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
from kiosk.controller import Controller, GuiDelivery, translate_printed
from kiosk.drivers import build_drivers
from kiosk.lifecycle import (
    EXIT_ALREADY_RUNNING,
    EXIT_OK,
    EXIT_STAFF_QUIT,
    ShutdownSequence,
    install_crash_hooks,
)
from kiosk.log import setup_logging
from kiosk.maintenance.audit import FILE_NAME as AUDIT_FILE
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.log_ring import LogRing
from kiosk.maintenance.parked import parked_entries, requeue
from kiosk.maintenance.service import MaintenancePorts
from kiosk.maintenance.setup import settings_from_config
from kiosk.maintenance.slips import RememberingPrinter
from kiosk.outbox import Outbox, OutboxStats
from kiosk.outbox_sync import DeliveryWorker
from kiosk.qa import QaHooks, QaPort
from kiosk.runtime import route_qt_messages, start_watchdog
from kiosk.send.driver import SendOptions
from kiosk.single_instance import AlreadyRunningError, InstanceLock, lock_path
from kiosk.systemd import Notifier
from kiosk.terminal import TerminalInfo
from kiosk.ticket_records import TicketRecords, combined

log = logging.getLogger("kiosk.app")

EXIT_CONFIG = 2
MOCK_TERMINAL_ID = "T-ALA-01"
MOCK_TOKEN = "dev-" + MOCK_TERMINAL_ID  # the reference server's demo token for that terminal
MOCK_LOCATION = "Алматы, Абылай хан даңғылы"  # the demo hall, printed on mock tickets


class PrinterRelay(QObject):
    """Carries the printer worker's news to the GUI thread: a job printed (for the dev dock),
    the status changed (state, is it a fault; for the controller)."""

    printed = Signal(str, str)
    status = Signal(str, bool)


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
    restart_requested: bool = False  # staff chose "Restart the app" in maintenance
    shutdown_hooks: list[tuple[str, Callable[[], object]]] = field(default_factory=list)
    closed: bool = field(default=False, init=False)

    def add_shutdown_hook(self, name: str, hook: Callable[[], object]) -> None:
        """``hook`` runs at shutdown (SIGTERM too), after the print in progress has finished and
        before the printer, API client and embedded server close; e.g. flushing the outbox."""
        self.shutdown_hooks.append((name, hook))

    outbox: Outbox | None = None  # outbox.stats(): depth and oldest age, for heartbeat/maintenance
    delivery: DeliveryWorker | None = None
    scanners: list[Any] = field(default_factory=list)

    def close(self) -> None:
        """Once: the QA port, the print in progress, the hooks, the outbox, printer, API, server."""
        if self.closed:
            return
        self.closed = True
        steps = ShutdownSequence()
        if self.qa is not None:
            steps.add("QA port", self.qa.stop)
        steps.add("scanners", self._stop_scanners)
        steps.add("print in progress", self.controller.shutdown)  # the printer lane finishes
        for name, hook in self.shutdown_hooks:
            steps.add(name, hook)
        steps.add("outbox", self._close_outbox)
        steps.add("printer", self.printer.close)
        steps.add("API client", self.api.close)
        if self.central is not None:
            steps.add("embedded central server", self.central.stop)
        steps.run()

    def _stop_scanners(self) -> None:
        for scanner in self.scanners:
            scanner.stop()

    def _close_outbox(self) -> None:
        """One last try at what is pending; the rest waits on disk for the next start. A worker
        still in a request keeps the outbox open (it is a daemon thread: the exit ends it)."""
        delivered = self.delivery is None or self.delivery.close()
        if self.outbox is not None and delivered:
            self.outbox.close()


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    try:
        config = _load(options)
    except ConfigError as exc:
        print(f"kiosk: configuration error:\n{exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        instance = _instance_lock(config, options)
    except AlreadyRunningError as exc:
        print(f"kiosk: {exc}; not starting a second one.", file=sys.stderr)
        return EXIT_ALREADY_RUNNING
    token = config.api.token.get_secret_value() if config.api.token else ""
    setup_logging(
        config.log.level,
        json=config.log.json_lines,
        log_dir=_log_dir(config, options),
        secrets=[token] if token else [],
        levels=config.log.levels,
    )
    install_crash_hooks()
    route_qt_messages()
    notifier = Notifier()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    kiosk = build(config, options, qapp)
    kiosk.extras.append(_quit_on_signals(qapp))
    kiosk.extras += _stay_alive(kiosk, config, notifier)
    try:
        code = qapp.exec()
    finally:
        notifier.stopping()
        kiosk.close()
        instance.release()
    if kiosk.restart_requested:
        log.warning("restarting the kiosk")
        command = restart_command(argv or sys.argv[1:])
        os.execv(command[0], command)  # noqa: S606 - our own program and arguments
    return code


def restart_command(args: list[str]) -> list[str]:
    """How this kiosk starts again: the bundle's own executable (PyInstaller: it takes the kiosk's
    arguments, not ``-m``), else this interpreter with ``-m kiosk``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "kiosk", *args]


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
        qapp.exit(0)  # not quit(): that asks the windows, and the lockdown refuses

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
    """With mock hardware, a log file only where one was asked for (not the developer's own)."""
    explicit = "dir" in config.log.model_fields_set
    return config.log.dir if config.log.file and (explicit or not options.mock) else None


def _instance_lock(config: KioskConfig, options: Options) -> InstanceLock:
    """One kiosk per terminal; with mock hardware one per data directory (QA run several). A lock
    that cannot be made (an unwritable runtime dir) is reported and the kiosk runs without it."""
    lock = InstanceLock(lock_path(config.data.data_dir if options.mock else None))
    try:
        return lock.acquire()
    except OSError as exc:
        print(f"kiosk: no single-instance lock at {lock.path}: {exc.strerror}", file=sys.stderr)
        return lock


def _stay_alive(kiosk: Kiosk, config: KioskConfig, notifier: Notifier) -> list[QObject]:
    """The configured display; lockdown in kiosk mode; tell systemd when the home screen is up;
    feed its watchdog."""
    from ui.lockdown import Lockdown

    kept: list[QObject] = []
    if config.ui.display:
        from ui.display import move_to_display

        move_to_display(kiosk.window, config.ui.display, fullscreen=config.ui.fullscreen)
    if config.ui.fullscreen:
        kept.append(Lockdown(kiosk.window, hide_cursor=config.ui.hide_cursor))
    if notifier.enabled:
        first_screen = kiosk.window.stack.currentWidget() or kiosk.window
        kept.append(_AfterFirstPaint(first_screen, notifier.ready))
    watchdog = start_watchdog(notifier, kiosk.qapp)
    if watchdog is not None:
        kept.append(watchdog)
    return kept


def build(config: KioskConfig, options: Options, qapp: QApplication) -> Kiosk:
    """Build and show the kiosk (``qapp.exec()`` is the caller's)."""
    from printers.worker import PrinterWorker
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
    relay = PrinterRelay()
    printer_settings = _printer_settings(config)
    printer = PrinterWorker(
        lambda: _open_printer(printer_settings, relay),
        poll_interval_s=config.printer.poll_interval_s,
        job_timeout_s=config.printer.job_timeout_s,
        on_status=lambda status: relay.status.emit(status.state.value, status.is_fault),
    )
    if printer_settings["backend"] == "mock":
        print(f"Mock printer: tickets go to {printer_settings['out_dir']}", flush=True)
    terminal = TerminalInfo(
        terminal_id=terminal_id,
        location=location or terminal_id,
        languages=tuple(config.ui.languages),
        default_language=config.ui.default_language,
        printer_required=config.printer.required,
    )
    log_ring = LogRing(secrets=[token] if token else []).install()
    restart: list[Kiosk] = []  # the Kiosk, once built: restart_app marks it
    outbox, tickets, delivery = _outbox(config, central, api_url, token, terminal_id)
    ports = _maintenance_ports(
        config, api, printer, log_ring, qapp, restart, outbox, tickets, delivery
    )
    delivery_to_gui = GuiDelivery()
    drivers = build_drivers(
        api=api,
        printer=RememberingPrinter(printer),
        terminal=terminal,
        tickets=tickets,
        deliver=delivery_to_gui,
        tr=translate_printed,
        outbox=outbox if "send" in config.terminal.flows else None,
        send_options=SendOptions(
            offline_accept=config.send.offline_accept, tracking_url=config.send.tracking_url
        ),
        maintenance_settings=settings_from_config(config),
        maintenance_ports=ports,
        prepare_api=api.prepare,
        start_printer=printer.start,
    )
    controller = Controller(drivers, delivery_to_gui)
    relay.status.connect(controller.printer_status)
    delivery.on_ticket_recorded = controller.ticket_recorded.emit  # queued to the GUI thread
    window = MainWindow(
        controller,
        fullscreen=config.ui.fullscreen,
        idle_timeout_ms=int(config.ui.idle_timeout_s * 1000),
        idle_countdown_ms=int(config.ui.idle_countdown_s * 1000),
        done_timeout_ms=int(config.ui.done_timeout_s * 1000),
        hide_cursor=config.ui.hide_cursor,
    )
    kiosk = Kiosk(qapp, controller, window, api, printer, central, extras=[relay])
    kiosk.add_shutdown_hook("log ring", log_ring.uninstall)
    restart.append(kiosk)
    kiosk.outbox, kiosk.delivery = outbox, delivery
    mock_scanner = _mock_scanner(controller) if options.mock else None
    kiosk.scanners += [mock_scanner] if mock_scanner else []
    kiosk.scanners += _start_scanners(config, qapp, controller, wedge_only=True)
    if options.qa_port is not None:
        kiosk.qa = _qa_port(
            window, controller, printer, options.qa_port, (outbox, tickets), mock_scanner
        )

    def after_first_paint() -> None:
        controller.warm_up()  # the HTTP stack and the printer, off the GUI thread
        delivery.start()  # what an earlier run left in the outbox goes out first
        kiosk.scanners.extend(_start_scanners(config, qapp, controller, wedge_only=False))
        _show_camera_previews(kiosk.scanners, window)
        if options.mock:
            dock = _dev_dock(relay, printer, controller, window, mock_scanner)
            kiosk.extras.append(dock)
            kiosk.extras.append(_show_sent_sms(dock, controller, api_url))

    first_screen = window.stack.currentWidget() or window  # the home screen
    kiosk.extras.append(_AfterFirstPaint(first_screen, after_first_paint))
    window.present()
    log.info("kiosk %s started, terminal %s, api %s", __version__, terminal_id, api_url)
    return kiosk


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, when ``screen``'s first paint is done: what the first screen does not
    need waits until the customer can see it (loading it earlier would slow that paint). The
    screen, not the window: the window gets a paint event of its own before its screens are up.
    A screen that is never painted (the display off or blanked at boot, an offscreen full-screen
    window) must not keep the outbox and the scanners from starting: after ``fallback_ms``
    ``then`` runs all the same."""

    def __init__(self, screen: QWidget, then: Callable[[], None], fallback_ms: int = 3000) -> None:
        super().__init__(screen)
        self._then = then
        self._done = False
        screen.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # runs once this paint is finished
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._then()


def _outbox(
    config: KioskConfig,
    central: Any,
    api_url: str,
    token: str,
    terminal_id: str,
) -> tuple[Outbox, TicketRecords, DeliveryWorker]:
    """The durable outbox under the data directory (dispatches, and the records of printed
    tickets), and its delivery worker with an API client of its own. With the embedded demo
    server (fresh demo data each start) the outbox is a fresh one beside it: an old run's
    dispatches would register boxes of the new demo data."""
    path = config.data.data_dir / "outbox.sqlite3"
    if central is not None:
        path = config.data.data_dir / "embedded-demo" / "outbox.sqlite3"
        for leftover in path.parent.glob("outbox.sqlite3*"):
            leftover.unlink()
    outbox = Outbox(path)
    client = CentralApi(
        api_url,
        token,
        terminal_id,
        connect_timeout=config.api.connect_timeout_s,
        read_timeout=config.api.read_timeout_s,
        retries=0,  # the worker's own backoff retries
        ca_bundle=config.api.ca_bundle,
    )
    tickets = TicketRecords(outbox)
    delivery = DeliveryWorker(
        outbox,
        client,
        retry_min_s=config.send.retry_min_s,
        retry_max_s=config.send.retry_max_s,
        tickets=tickets,
    )
    return outbox, tickets, delivery


def _outbox_report(outbox: Outbox, tickets: TicketRecords) -> dict[str, Any]:
    """``GET /qa/outbox``: the dispatches' figures and every entry, and the records of printed
    tickets (no personal data)."""
    stats = outbox.stats()
    entries = [
        {
            "id": e.id,
            "box_barcode": e.box_barcode,
            "idempotency_key": e.idempotency_key,
            "accepted_at": e.accepted_at.isoformat(),
            "offline": e.offline,
            "state": e.state,
            "attempts": e.attempts,
            "last_error": e.last_error,
            "dispatch_id": e.dispatch_id,
        }
        for e in outbox.all()
    ]
    records = [
        {
            "id": r.id,
            "tracking_numbers": list(r.tracking_numbers),
            "idempotency_key": r.idempotency_key,
            "printed_at": r.printed_at.isoformat(),
            "state": r.state,
            "attempts": r.attempts,
            "last_error": r.last_error,
            "ticket_id": r.ticket_id,
        }
        for r in tickets.all()
    ]
    return {
        "depth": stats.depth,
        "oldest_age_s": stats.oldest_age_s,
        "parked": stats.parked,
        "entries": entries,
        "ticket_records": records,
    }


def _open_printer(settings: dict[str, Any], relay: PrinterRelay) -> Any:
    """Make the configured printer (on the printer worker's thread: see printers.worker)."""
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
        "baudrate": p.baudrate,
        "timeout_s": p.timeout_s,
        "status_timeout_s": p.status_timeout_s,
    }
    if p.backend == "usb":
        settings |= {"usb_vendor_id": p.usb_vendor_id, "usb_product_id": p.usb_product_id}
    if p.backend == "mock":
        settings["out_dir"] = _mock_out_dir(config)
    return settings


def _mock_printer(worker: Any) -> Any:
    """The mock printer behind the printer worker (its controls: state, jobs)."""
    printer = worker.wait_for_printer()
    if printer is None:
        raise RuntimeError("the printer is not open")
    return printer


def _set_printer_state(worker: Any, state: str, midway: bool = False) -> None:
    """The mock printer's state now, or (``midway``) the state it fails into during the next job."""
    from kiosk.ports.printer import PrinterState

    if midway:
        _mock_printer(worker).fail_next_job_midway(PrinterState(state))
    else:
        _mock_printer(worker).set_state(PrinterState(state))
        worker.poll_soon()  # the kiosk learns it now, not at the next poll


def _mock_out_dir(config: KioskConfig) -> Path:
    if config.printer.out_dir is not None:
        return config.printer.out_dir
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return config.data.data_dir / "mock-printer" / stamp


def _dev_dock(
    relay: PrinterRelay, printer: Any, controller: Controller, window: Any, mock_scanner: Any = None
) -> Any:
    from ui.devdock import DevDock

    dock = DevDock()
    relay.printed.connect(dock.add_ticket)
    dock.printer_state_requested.connect(
        lambda state, midway: _set_printer_state(printer, state, midway)
    )
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
    window: Any,
    controller: Controller,
    printer: Any,
    port: int,
    outbox: tuple[Outbox, TicketRecords] | None = None,
    mock_scanner: Any = None,
) -> QaPort:
    def tickets() -> list[dict[str, Any]]:
        return [
            {
                "n": job.n,
                "bin": str(job.bin_path),
                "png": str(job.png_path),
                "printed_at": job.printed_at.isoformat(),
            }
            for job in _mock_printer(printer).jobs
        ]

    def busy() -> bool:
        return bool(getattr(controller.view, "busy", False))

    hooks = QaHooks(
        screen=lambda: controller.screen,
        language=lambda: controller.language,
        busy=busy,
        scan=mock_scanner.inject if mock_scanner else controller.scanned,
        decode_image=mock_scanner.scan_image_bytes if mock_scanner else _decode_image_bytes,
        set_printer_state=lambda state, midway: _set_printer_state(printer, state, midway),
        tickets=tickets,
        outbox=(lambda: _outbox_report(*outbox)) if outbox is not None else None,
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


class _SmsRelay(QObject):
    """Carries an SMS text fetched on a worker thread to the dev dock on the GUI thread."""

    fetched = Signal(str)


def _show_sent_sms(dock: Any, controller: Controller, api_url: str) -> _SmsRelay:
    """Mock mode: after each code request, read the SMS from the server's dev endpoint (off the
    GUI thread) and show it in the dev dock, so QA can type the code."""
    import threading

    from kiosk.dev_sms import fetch_latest_sms

    relay = _SmsRelay()
    relay.fetched.connect(dock.add_sms)

    def fetch(phone: str) -> None:
        threading.Thread(
            target=lambda: relay.fetched.emit(fetch_latest_sms(api_url, phone)),
            name="dev-sms",
            daemon=True,
        ).start()

    controller.code_requested.connect(fetch)
    return relay


def _maintenance_ports(
    config: KioskConfig,
    api: CentralApi,
    printer: Any,
    log_ring: LogRing,
    qapp: QApplication,
    restart: list[Kiosk],
    outbox: Outbox,
    tickets: TicketRecords,
    delivery: DeliveryWorker,
) -> MaintenancePorts:
    """What the maintenance dashboard and the heartbeat read and do (``restart`` holds the Kiosk
    once it is built: its scanners, its lockdown)."""

    def printer_status() -> tuple[str, str]:
        status = printer.last_status  # memory only: the worker's last poll
        return status.state.value, status.detail

    def leave(exit_code: int, restart_after: bool) -> None:
        """Through the lockdown (it refuses a plain quit) when there is one."""
        for kiosk in restart:
            kiosk.restart_requested = restart_after
            for extra in kiosk.extras:
                if isinstance(extra, QObject) and callable(getattr(extra, "leave", None)):
                    extra.leave(exit_code)
                    return
        qapp.exit(exit_code)

    def outbox_stats() -> OutboxStats:
        return combined(outbox.stats(), tickets.stats())  # SQLite: on the io lane

    def scanners() -> list[tuple[str, str]]:
        return [
            (str(getattr(s, "source", type(s).__name__)), _scanner_state(s))
            for kiosk in restart
            for s in kiosk.scanners
        ]

    return MaintenancePorts(
        printer_status=printer_status,
        outbox_stats=outbox_stats,
        sync_outbox=delivery.sync_now,  # the delivery worker tries everything pending at once
        parked=lambda: parked_entries(outbox, tickets),
        requeue=lambda kind, entry_id: requeue(outbox, tickets, kind, entry_id),  # wakes delivery
        scanners=scanners,
        health=api.health,
        heartbeat=api.heartbeat,
        paper_replaced=printer.poll_soon,
        log_lines=log_ring.lines,
        restart_app=lambda: leave(EXIT_OK, True),
        quit_app=lambda: leave(EXIT_STAFF_QUIT, False),  # systemd does not restart it
        data_dir=config.data.data_dir,
        audit=AuditLog(config.data.data_dir / AUDIT_FILE),
    )


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
    """A camera's live picture on the tracking screen, the send flow's scan screen, the
    maintenance dashboard and its scanner test (hidden while no frames come)."""
    previews = (
        window.tracking.camera_preview,
        window.send_scan.camera_preview,
        window.maintenance.dashboard_preview,
        window.maintenance.camera_preview,
    )
    for preview in previews:
        for scanner in scanners:
            if hasattr(scanner, "preview"):
                scanner.preview.connect(preview.show_frame)
                scanner.running_changed.connect(preview.set_live)


def _decode_image_bytes(data: bytes) -> list[str]:
    from scanners.decode import decode_image_bytes

    return decode_image_bytes(data)


def _scanner_state(scanner: Any) -> str:
    running = getattr(scanner, "running", None)
    if callable(running):
        running = running()
    return "ok" if running is None or running else "stopped"
