"""The core's wiring: the one function that builds the kiosk's parts (the API clients, the printer
worker, the outbox and its delivery, maintenance, the controller) from the configuration and
injected factories, and closes them in order. The app (kiosk/app/gui.py) and the tests' kiosk
builders both call :func:`wire`; the window, the scanners and the dev tools are put around it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.accessibility.narrator import Narrator
from kiosk.api import CentralApi
from kiosk.app.speech import narrate, open_engine
from kiosk.config import KioskConfig
from kiosk.controller import Controller, GuiDelivery, translate_printed
from kiosk.drivers import build_drivers
from kiosk.lifecycle import ShutdownSequence
from kiosk.maintenance.audit import FILE_NAME as AUDIT_FILE
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.log_ring import LogRing
from kiosk.maintenance.ports import MaintenancePorts
from kiosk.maintenance.printing import RememberingPrinter
from kiosk.maintenance.settings import MaintenanceSettings, settings_from_config
from kiosk.memory import release_free_memory
from kiosk.outbox import Outbox, open_outbox
from kiosk.ports.printer import Printer
from kiosk.ports.speech import SpeechEngine
from kiosk.send.driver import SendOptions
from kiosk.terminal import TerminalInfo
from printers.worker import PrinterWorker


@dataclass(frozen=True)
class Endpoint:
    """Where the central API is, and who this terminal is to it."""

    url: str
    token: str
    terminal_id: str
    location: str = ""

    @classmethod
    def from_config(cls, config: KioskConfig) -> Endpoint:
        token = config.api.token.get_secret_value() if config.api.token else ""
        return cls(config.api.url, token, config.terminal.id, config.terminal.location)


ApiFactory = Callable[[Endpoint, int], Any]
"""(endpoint, retries) → a central API client (kiosk.api.CentralApi in the app)."""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Clocks:
    monotonic: Callable[[], float] = time.monotonic  # countdowns, lockouts, the reprint window
    wall: Callable[[], float] = time.time  # epoch seconds: the outbox's ages and backoff
    now: Callable[[], dt.datetime] = _utc_now  # the controller's: the times printed and shown


@dataclass(frozen=True)
class Factories:
    """What the core is made with; ``None``: as the configuration says."""

    open_printer: Callable[[], Printer] | None = None  # called on the printer worker's thread
    api: ApiFactory | None = None
    clocks: Clocks = field(default_factory=Clocks)
    speech: Callable[[], SpeechEngine | None] | None = None  # the voice (None: none is used)


def _no_scanners() -> list[tuple[str, str]]:
    return []


@dataclass(frozen=True)
class AppActions:
    """What maintenance asks of the app around the core (restart, quit, the scanners' states)."""

    restart_app: Callable[[], None] | None = None
    quit_app: Callable[[], None] | None = None
    scanners: Callable[[], list[tuple[str, str]]] = _no_scanners  # (kind, state)


class PrinterRelay(QObject):
    """Carries the printer worker's news to the GUI thread: a job printed (for the dev dock),
    the status changed (state, is it a fault; for the controller)."""

    printed = Signal(str, str)
    status = Signal(str, bool)


@dataclass
class CoreParts:
    """The kiosk's core as :func:`wire` built it; :meth:`close` ends it in order."""

    controller: Controller
    api: Any  # the controller's and maintenance's client
    printer: PrinterWorker
    relay: PrinterRelay
    outbox: Outbox  # the dispatches, the records of printed tickets, their delivery worker
    log_ring: LogRing
    printer_out_dir: Path | None = None  # the mock printer's folder, when it is the mock
    speech: SpeechEngine | None = None  # the voice, unless speech.engine is "off"
    narrator: Narrator | None = None  # says the screens while the customer's speech is on
    shutdown_hooks: list[tuple[str, Callable[[], object]]] = field(default_factory=list)

    def add_shutdown_hook(self, name: str, hook: Callable[[], object]) -> None:
        """``hook`` runs at shutdown (SIGTERM too), after the print in progress has finished and
        before the outbox, printer and API client close."""
        self.shutdown_hooks.append((name, hook))

    def shutdown_steps(self) -> list[tuple[str, Callable[[], object]]]:
        """In order: the print in progress, the hooks, the outbox, the printer, the API client."""
        return [
            ("print in progress", self.controller.shutdown),  # the printer lane finishes
            ("speech", self._close_speech),
            *self.shutdown_hooks,
            ("outbox", self._close_outbox),
            ("printer", self.printer.close),
            ("API client", self.api.close),
        ]

    def close(self) -> None:
        steps = ShutdownSequence()
        for name, step in self.shutdown_steps():
            steps.add(name, step)
        steps.run()

    def _close_speech(self) -> None:
        if self.speech is not None:
            self.speech.close()

    def _close_outbox(self) -> None:
        """One last try at what is pending; the rest waits on disk for the next start. A worker
        still in a request keeps the outbox open (it is a daemon thread: the exit ends it)."""
        self.outbox.close()


def wire(
    config: KioskConfig,
    factories: Factories | None = None,
    *,
    endpoint: Endpoint | None = None,
    actions: AppActions | None = None,
    maintenance: MaintenanceSettings | None = None,
    outbox_path: Path | None = None,
) -> CoreParts:
    """Build the core. ``endpoint``: the configured one unless given (the embedded demo server);
    ``maintenance``: the settings from the configuration unless given; ``outbox_path``: the
    outbox file, by default in the data directory."""
    factories = factories or Factories()
    endpoint = endpoint or Endpoint.from_config(config)
    actions = actions or AppActions()
    clocks = factories.clocks
    make_api = factories.api or central_api(config)
    api = make_api(endpoint, config.api.retries)
    relay = PrinterRelay()
    out_dir = None
    open_printer = factories.open_printer
    if open_printer is None:
        settings = printer_settings(config)
        out_dir = settings.get("out_dir")
        open_printer = _configured_printer(settings, relay)
    printer = PrinterWorker(
        open_printer,
        poll_interval_s=config.printer.poll_interval_s,
        job_timeout_s=config.printer.job_timeout_s,
        on_status=lambda status: relay.status.emit(status.state.value, status.is_fault),
        after_job=release_free_memory,  # a ticket's images, freed: back to the system
    )
    log_ring = LogRing(secrets=[endpoint.token] if endpoint.token else []).install()
    # the delivery worker's client is one of its own: the worker's own backoff retries
    outbox = open_outbox(config, make_api(endpoint, 0), path=outbox_path, clock=clocks.wall)
    remembering = RememberingPrinter(printer, clocks.monotonic)
    ports = _maintenance_ports(config, api, printer, remembering, log_ring, outbox, actions)
    delivery_to_gui = GuiDelivery()
    drivers = build_drivers(
        api=api,
        printer=remembering,
        terminal=TerminalInfo(
            terminal_id=endpoint.terminal_id,
            location=endpoint.location or endpoint.terminal_id,
            languages=tuple(config.ui.languages),
            default_language=config.ui.default_language,
            printer_required=config.printer.required,
        ),
        tickets=outbox.ticket_records,
        deliver=delivery_to_gui,
        tr=translate_printed,
        clock=clocks.now,
        monotonic=clocks.monotonic,
        outbox=outbox.dispatches if "send" in config.terminal.flows else None,
        send_options=SendOptions(
            offline_accept=config.send.offline_accept, tracking_url=config.send.tracking_url
        ),
        maintenance_settings=maintenance or settings_from_config(config),
        maintenance_ports=ports,
        prepare_api=api.prepare,
        start_printer=printer.start,
        role=config.terminal.role,
        station_api=api if config.terminal.role != "customer" else None,
    )
    controller = Controller(drivers, delivery_to_gui)
    relay.setParent(controller)
    relay.status.connect(controller.printer_status)
    outbox.delivery.on_ticket_recorded = controller.ticket_recorded.emit  # to the GUI thread
    core = CoreParts(controller, api, printer, relay, outbox, log_ring, out_dir)
    core.speech = factories.speech() if factories.speech else open_engine(config)
    if core.speech is not None:
        core.narrator = narrate(controller, core.speech, clocks.monotonic)
    core.add_shutdown_hook("log ring", log_ring.uninstall)
    return core


def central_api(config: KioskConfig) -> ApiFactory:
    """The app's API clients: the configured timeouts and CA bundle; a staff station's has the
    staff endpoints too (a station's client is a customer terminal's and more)."""
    client = CentralApi
    if config.terminal.role != "customer":
        from kiosk.stations.client import StationApi

        client = StationApi

    def make(endpoint: Endpoint, retries: int) -> CentralApi:
        return client(
            endpoint.url,
            endpoint.token,
            endpoint.terminal_id,
            connect_timeout=config.api.connect_timeout_s,
            read_timeout=config.api.read_timeout_s,
            retries=retries,
            ca_bundle=config.api.ca_bundle,
        )

    return make


def _maintenance_ports(
    config: KioskConfig,
    api: Any,
    printer: PrinterWorker,
    remembering: RememberingPrinter,
    log_ring: LogRing,
    outbox: Outbox,
    actions: AppActions,
) -> MaintenancePorts:
    """What the maintenance dashboard and the heartbeat read and do."""

    return MaintenancePorts(
        printer_status=lambda: printer.last_status,  # memory only: the worker's last poll
        last_ticket=remembering.last_ticket,
        outbox_stats=outbox.stats,  # both queues; SQLite: on the io lane
        sync_outbox=outbox.delivery.sync_now,  # the worker tries everything pending at once
        parked=outbox.parked,
        requeue=outbox.requeue,  # wakes the delivery worker
        scanners=actions.scanners,
        health=api.health,
        heartbeat=api.heartbeat,
        paper_replaced=printer.poll_soon,
        log_lines=log_ring.lines,
        restart_app=actions.restart_app,
        quit_app=actions.quit_app,
        data_dir=config.data.data_dir,
        audit=AuditLog(config.data.data_dir / AUDIT_FILE),
        storage_blocking=outbox.blocking,  # memory only
        storage_alerts=outbox.alerts,  # memory only
    )


def printer_settings(config: KioskConfig) -> dict[str, Any]:
    p = config.printer
    settings: dict[str, Any] = {
        "backend": p.backend,
        "profile": p.profile,
        "paper_width_mm": p.paper_width_mm,
        "device": p.device,
        "host": p.host,
        "port": p.port,
        "baudrate": p.baudrate,
        "encoding": p.encoding,
        "timeout_s": p.timeout_s,
        "status_timeout_s": p.status_timeout_s,
    }
    if p.backend == "usb":
        settings |= {"usb_vendor_id": p.usb_vendor_id, "usb_product_id": p.usb_product_id}
    if p.backend == "mock":
        settings["out_dir"] = _mock_out_dir(config)
    return settings


def _mock_out_dir(config: KioskConfig) -> Path:
    if config.printer.out_dir is not None:
        return config.printer.out_dir
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return config.data.data_dir / "mock-printer" / stamp


def _configured_printer(settings: dict[str, Any], relay: PrinterRelay) -> Callable[[], Printer]:
    def open_printer() -> Printer:
        """Make the configured printer (on the printer worker's thread: see printers.worker)."""
        from printers.factory import create_printer

        printer = create_printer(settings)
        if hasattr(printer, "set_job_listener"):
            printer.set_job_listener(
                lambda job: relay.printed.emit(str(job.png_path), f"#{job.n} {job.document.kind}")
            )
        return printer

    return open_printer
