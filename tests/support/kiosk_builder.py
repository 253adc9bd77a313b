"""The real kiosk for tests: controller, window, mock printer and API clients against a URL.

``KioskBuilder(qtbot, tmp_path).build(url)`` wires one kiosk (several per test if asked) and
``close()`` takes them all down; the ``build_kiosk`` fixtures of tests/qt and tests/integration
hand out ``build``. ``make_api`` is the test terminal's client of the central server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.api import CentralApi
from kiosk.app import PrinterRelay
from kiosk.controller import Controller, TerminalInfo
from kiosk.outbox import Outbox
from kiosk.outbox_sync import DeliveryWorker
from kiosk.ticket_records import TicketRecords
from printers.mock import MockPrinter
from printers.worker import PrinterWorker
from ui.main_window import MainWindow

TERMINAL = "T-ALA-01"
TOKEN = "dev-T-ALA-01"


def make_api(url: str) -> CentralApi:
    return CentralApi(url, TOKEN, TERMINAL, connect_timeout=2, read_timeout=5, retries=1)


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

    def close(self) -> None:
        self._api.close()


@dataclass
class KioskUnderTest:
    controller: Controller
    window: MainWindow
    printer: MockPrinter
    api: CountingApi  # its calls also count the delivery worker's (the ticket records)
    tickets: TicketRecords
    delivery: DeliveryWorker
    printer_worker: PrinterWorker | None = None


@dataclass
class _Resources:
    """What a built kiosk owns besides its parts, closed with it."""

    records: Outbox
    clients: tuple[CountingApi, ...]


class KioskBuilder:
    def __init__(self, qtbot, tmp_path: Path) -> None:
        self._qtbot = qtbot
        self._tmp_path = tmp_path
        self._built: list[tuple[KioskUnderTest, _Resources]] = []

    def build(self, url: str, *, printer_required: bool | None = None, **send) -> KioskUnderTest:
        """``printer_required`` given: the printer sits behind its worker thread, whose status
        reaches the controller as in the app; else the controller prints on the mock directly.
        ``send``: the controller's ``outbox`` and ``send_options`` (the send flow)."""
        index = len(self._built)
        api = CountingApi(make_api(url))
        printer = MockPrinter(self._tmp_path / f"tickets-{index}")
        # the records of printed tickets, in an outbox file of their own, delivered by a
        # worker with a client of its own (as in the app) whose calls count with the kiosk's
        records = Outbox(self._tmp_path / f"ticket-records-{index}.sqlite3")
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
        controller = Controller(
            api=api, printer=worker or printer, terminal=terminal, tickets=tickets, **send
        )
        delivery.on_ticket_recorded = controller.ticket_recorded.emit
        delivery.start()
        if worker is not None:
            relay.setParent(controller)
            relay.status.connect(controller.printer_status)
            controller.warm_up()
        window = MainWindow(controller, fullscreen=False)
        self._qtbot.addWidget(window)
        window.show()
        kiosk = KioskUnderTest(controller, window, printer, api, tickets, delivery, worker)
        self._built.append((kiosk, _Resources(records, (api, delivery_api))))
        return kiosk

    def close(self) -> None:
        for kiosk, owned in self._built:
            kiosk.controller.shutdown()
            if kiosk.printer_worker is not None:
                kiosk.printer_worker.close(timeout_s=10)
            kiosk.delivery.stop(flush_timeout_s=5)
            owned.records.close()
            for client in reversed(owned.clients):
                client.close()
        self._built.clear()
