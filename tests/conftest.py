"""Fixtures shared by every test suite: the real central server on loopback and the real kiosk.

``central_server``: one in-memory server with the demo data for the whole session (``.url``).
``central``: the same server, reset before the test (real clock, no faults, fresh demo data).
``build_kiosk(url)``: the real controller, window, mock printer and API client against ``url``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from central.server import EmbeddedServer, start_embedded
from kiosk.api import CentralApi
from kiosk.app import PrinterRelay
from kiosk.controller import Controller, GuiDelivery, translate_printed
from kiosk.drivers import build_drivers
from kiosk.outbox import Outbox
from kiosk.outbox_sync import DeliveryWorker
from kiosk.terminal import TerminalInfo
from kiosk.ticket_records import TicketRecords
from printers.mock import MockPrinter
from printers.worker import PrinterWorker
from ui.main_window import MainWindow


@pytest.fixture(scope="session")
def central_server() -> Iterator[EmbeddedServer]:
    server = start_embedded("sqlite:///:memory:", dev=True, host="127.0.0.1", port=0)
    yield server
    server.stop()


@pytest.fixture
def central(central_server: EmbeddedServer) -> EmbeddedServer:
    with requests.Session() as http:
        for path, body in (("/dev/clock", {"now": None}), ("/dev/faults", {}), ("/dev/reset", {})):
            http.post(central_server.url + path, json=body, timeout=10).raise_for_status()
    return central_server


TERMINAL = "T-ALA-01"
TOKEN = "dev-T-ALA-01"


class CountingApi:
    """The real client, counting the calls that reach it (to prove that none were made)."""

    def __init__(self, api: CentralApi) -> None:
        self._api = api
        self.calls: list[str] = []

    def get_parcel(self, tracking_number):
        self.calls.append("get_parcel")
        return self._api.get_parcel(tracking_number)

    def record_ticket(self, *args, **kwargs):
        self.calls.append("record_ticket")
        return self._api.record_ticket(*args, **kwargs)

    def start_otp(self, phone):
        self.calls.append("start_otp")
        return self._api.start_otp(phone)

    def verify_otp(self, challenge_id, code):
        self.calls.append("verify_otp")
        return self._api.verify_otp(challenge_id, code)

    def get_box(self, barcode):
        self.calls.append("get_box")
        return self._api.get_box(barcode)


@dataclass
class KioskUnderTest:
    controller: Controller
    window: MainWindow
    printer: MockPrinter
    api: CountingApi  # its calls also count the delivery worker's (the ticket records)
    tickets: TicketRecords
    delivery: DeliveryWorker
    printer_worker: PrinterWorker | None = None


def make_api(url: str) -> CentralApi:
    return CentralApi(url, TOKEN, TERMINAL, connect_timeout=2, read_timeout=5, retries=1)


@pytest.fixture
def build_kiosk(qtbot, tmp_path: Path) -> Iterator:
    built: list[tuple[KioskUnderTest, CentralApi]] = []

    def build(url: str, *, printer_required: bool | None = None, **drivers) -> KioskUnderTest:
        """``printer_required`` given: the printer sits behind its worker thread, whose status
        reaches the controller as in the app; else the controller prints on the mock directly.
        ``drivers``: more of build_drivers' arguments (``outbox`` and ``send_options`` for the
        send flow, ``monotonic``, ``lookup_guard``)."""
        client = make_api(url)
        api = CountingApi(client)
        printer = MockPrinter(tmp_path / f"tickets-{len(built)}")
        # the records of printed tickets, in an outbox file of their own, delivered by a
        # worker with a client of its own (as in the app) whose calls count with the kiosk's
        records = Outbox(tmp_path / f"ticket-records-{len(built)}.sqlite3")
        tickets = TicketRecords(records)
        delivery_api = CountingApi(make_api(url))
        delivery_api.calls = api.calls
        delivery = DeliveryWorker(
            records, delivery_api, retry_min_s=0.1, retry_max_s=0.5, tickets=tickets
        )
        worker = None
        if printer_required is not None:
            relay = PrinterRelay()
            worker = PrinterWorker(
                lambda: printer,
                poll_interval_s=60,
                on_status=lambda status: relay.status.emit(status.state.value, status.is_fault),
            )
        terminal = TerminalInfo(TERMINAL, "Almaty, Abay 1", printer_required=bool(printer_required))
        gui = GuiDelivery()
        controller = Controller(
            build_drivers(
                api=api,
                printer=worker or printer,
                terminal=terminal,
                tickets=tickets,
                deliver=gui,
                tr=translate_printed,
                **({"start_printer": worker.start} if worker is not None else {}) | drivers,
            ),
            gui,
        )
        delivery.on_ticket_recorded = controller.ticket_recorded.emit
        delivery.start()
        if worker is not None:
            relay.setParent(controller)
            relay.status.connect(controller.printer_status)
            controller.warm_up()
        window = MainWindow(controller, fullscreen=False)
        qtbot.addWidget(window)
        window.show()
        kiosk = KioskUnderTest(controller, window, printer, api, tickets, delivery, worker)
        built.append((kiosk, client, records, delivery_api))
        return kiosk

    yield build
    for kiosk, client, records, delivery_api in built:
        kiosk.controller.shutdown()
        if kiosk.printer_worker is not None:
            kiosk.printer_worker.close(timeout_s=10)
        kiosk.delivery.stop(flush_timeout_s=5)
        records.close()
        delivery_api._api.close()
        client.close()
