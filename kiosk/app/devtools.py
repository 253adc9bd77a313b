"""Mock hardware's dev tools (``--mock``): the embedded demo central server (started after the first
paint), the dev dock (printed tickets, scans, printer faults) and the SMS relay that shows the demo
server's codes in it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.app.wiring import CoreParts, Endpoint
from kiosk.config import KioskConfig
from kiosk.controller import Controller
from kiosk.log import LogArea
from kiosk.outbox import FILE_NAME as OUTBOX_FILE

log = logging.getLogger(LogArea.APP.logger_name)

MOCK_TERMINAL_ID = "T-ALA-01"
MOCK_TOKEN = "dev-" + MOCK_TERMINAL_ID  # the reference server's demo token for that terminal
# The demo hall's terminal of each role (central/demo.py registers them with their roles).
MOCK_TERMINALS = {
    "customer": MOCK_TERMINAL_ID,
    "checkout": "T-ALA-CHECKOUT",
    "stocking": "T-ALA-STOCKING",
}
MOCK_LOCATION = "Алматы, Абылай хан даңғылы"  # the demo hall, printed on mock tickets


class EmbeddedCentral:
    """The reference central server inside the kiosk, with fresh demo data (``--mock`` without
    ``--api-url``). Its socket listens from the start, so the URL is known and the kiosk's first
    requests wait in the socket's backlog; the server itself (FastAPI, SQLAlchemy, the demo data:
    most of a second) starts in a thread after the first paint (:meth:`start`): the window does not
    wait for it, and the first requests are answered once it serves."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        from central.sockets import bind_socket, url_of

        self._sock = bind_socket(host, 0)
        self.url = url_of(self._sock)
        self.server: Any = None  # central.server.EmbeddedServer, once it serves
        self._starter: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def start(self) -> None:
        """Start the server in the background (once); returns at once."""
        with self._lock:
            if self._starter is not None or self._stopped:
                return
            self._starter = threading.Thread(
                target=self._serve, name="central-server-start", daemon=True
            )
            self._starter.start()

    def _serve(self) -> None:
        from central.server import start_embedded

        try:
            server = start_embedded(dev=True, sock=self._sock)
        except Exception:
            log.exception("the embedded central server did not start")
            return
        with self._lock:
            self.server = server
            stopped = self._stopped
        if stopped:  # closed while it was starting
            server.stop()

    def wait_until_serving(self, timeout_s: float = 30.0) -> bool:
        """Start it if need be and wait until it serves (tools and tests that call it at once)."""
        self.start()
        starter = self._starter
        if starter is not None:
            starter.join(timeout_s)
        return self.server is not None

    def stop(self) -> None:
        """Stop the server (or keep it from starting) and close its socket. Safe to call twice."""
        with self._lock:
            self._stopped = True
            server, starter = self.server, self._starter
        if server is not None:
            server.stop()
        elif starter is not None:
            starter.join(10.0)  # it stops itself when it finds the kiosk closed
            with self._lock:
                server = self.server
            if server is None:
                self._sock.close()
        else:
            self._sock.close()


def embedded_central(config: KioskConfig) -> tuple[EmbeddedCentral, Endpoint]:
    """The embedded demo server, listening but not started yet, and how to reach it as the demo
    terminal of the configured role (its public dev token)."""
    central = EmbeddedCentral()
    print(f"Central API (embedded, demo data): {central.url}", flush=True)
    location = config.terminal.location or MOCK_LOCATION
    terminal = MOCK_TERMINALS[config.terminal.role]
    return central, Endpoint(central.url, "dev-" + terminal, terminal, location)


def fresh_demo_outbox(config: KioskConfig) -> Path:
    """With the embedded demo server (fresh demo data each start) the outbox is a fresh one of
    its own: an old run's dispatches would register boxes of the new demo data."""
    path = config.data.data_dir / "embedded-demo" / OUTBOX_FILE
    for leftover in path.parent.glob(f"{OUTBOX_FILE}*"):
        leftover.unlink()
    return path


def mock_printer(worker: Any) -> Any:
    """The mock printer behind the printer worker (printers.worker; its controls: state, jobs)."""
    printer = worker.wait_for_printer()
    if printer is None:
        raise RuntimeError("the printer is not open")
    return printer


def set_printer_state(worker: Any, state: str, midway: bool = False) -> None:
    """The mock printer's state now, or (``midway``) the state it fails into during the next job."""
    from kiosk.ports.printer import PrinterState

    if midway:
        mock_printer(worker).fail_next_job_midway(PrinterState(state))
    else:
        mock_printer(worker).set_state(PrinterState(state))
        worker.poll_soon()  # the kiosk learns it now, not at the next poll


def open_dev_dock(core: CoreParts, window: Any, mock_scanner: Any, api_url: str) -> list[QObject]:
    """The dev dock beside the kiosk, and the SMS relay that feeds it (both kept by the caller)."""
    dock = _dev_dock(core, window, mock_scanner)
    return [dock, show_sent_sms(dock, core.controller, api_url)]


def _dev_dock(core: CoreParts, window: Any, mock_scanner: Any = None) -> Any:
    from ui.devdock import DevDock

    dock = DevDock()
    core.relay.printed.connect(dock.add_ticket)
    dock.printer_state_requested.connect(
        lambda state, midway: set_printer_state(core.printer, state, midway)
    )
    if mock_scanner is not None:  # through the scanners' garbage filter, as a real scan
        dock.scan_requested.connect(lambda code: mock_scanner.inject(code, "dev-dock"))
        dock.image_requested.connect(mock_scanner.scan_image_file)
        mock_scanner.image_scanned.connect(dock.show_image_result)
    else:
        dock.scan_requested.connect(lambda code: core.controller.scanned(code, "dev-dock"))
    if window.isFullScreen():
        dock.show()
        window.raise_()  # without a window manager the newest window would cover the kiosk
    else:
        dock.move(window.frameGeometry().topRight())
        dock.show()
    return dock


class SmsRelay(QObject):
    """Carries an SMS text fetched on a worker thread to the dev dock on the GUI thread."""

    fetched = Signal(str)


def show_sent_sms(dock: Any, controller: Controller, api_url: str) -> SmsRelay:
    """Mock mode: after each code request, read the SMS from the server's dev endpoint (off the
    GUI thread) and show it in the dev dock, so QA can type the code."""
    from kiosk.dev_sms import fetch_latest_sms

    relay = SmsRelay()
    relay.fetched.connect(dock.add_sms)

    def fetch(phone: str) -> None:
        threading.Thread(
            target=lambda: relay.fetched.emit(fetch_latest_sms(api_url, phone)),
            name="dev-sms",
            daemon=True,
        ).start()

    controller.code_requested.connect(fetch)
    return relay
