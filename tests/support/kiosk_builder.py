"""The real kiosk for tests, as the app wires it (kiosk.app.wiring.wire) against a URL, with a
mock printer and counted API calls.

``KioskBuilder(qtbot, tmp_path).build(url)`` wires one kiosk (several per test if asked) and
``close()`` takes them all down; the ``build_kiosk`` fixtures of tests/qt and tests/integration
hand out ``build``. ``kiosk_config`` is a test terminal's configuration, ``make_api`` its client
of the central server.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.api import CentralApi
from kiosk.app.speech import connect_window
from kiosk.app.wiring import Clocks, CoreParts, Endpoint, Factories, central_api, wire
from kiosk.config import KioskConfig
from kiosk.controller import Controller
from kiosk.maintenance.pins import hash_pin
from kiosk.outbox import DeliveryWorker, DispatchQueue, TicketRecordQueue
from kiosk.send.driver import SendOptions
from printers.mock import MockPrinter
from printers.worker import PrinterWorker
from ui.main_window import MainWindow

TERMINAL = "T-ALA-01"
TOKEN = "dev-T-ALA-01"
# The demo hall's staff stations (central/demo.py) and the staff member who signs in at them.
STATION_TERMINALS = {"checkout": "T-ALA-CHECKOUT", "stocking": "T-ALA-STOCKING"}
STAFF_ID, STAFF_PIN, BADGE_PREFIX = "S001", "2468", "STAFF-"
CLERK_ID, CLERK_PIN = "S002", "1357"  # signs in at the stations; no maintenance right


def make_api(url: str) -> CentralApi:
    return CentralApi(url, TOKEN, TERMINAL, connect_timeout=2, read_timeout=5, retries=1)


def kiosk_config(data_dir: Path, url: str, **sections: dict[str, Any]) -> KioskConfig:
    """A test kiosk's configuration: terminal T-ALA-01 at ``url``, short timeouts and delivery
    retries, the mock printer, no grace time before a required part counts as down; ``sections``
    change or add keys, section by section."""
    data: dict[str, dict[str, Any]] = {
        "terminal": {"id": TERMINAL, "location": "Almaty, Abay 1", "flows": ["receive"]},
        "api": {
            "url": url,
            "token": TOKEN,
            "connect_timeout_s": 2,
            "read_timeout_s": 5,
            "retries": 1,
        },
        "printer": {
            "backend": "mock",
            "out_dir": str(data_dir / "tickets"),
            "required": False,
            "poll_interval_s": 60,
        },
        "data": {"data_dir": str(data_dir)},
        "send": {"retry_min_s": 0.1, "retry_max_s": 0.5},
        "fleet": {"down_after_s": 0},
        "speech": {"engine": "wav", "wav_dir": str(data_dir / "speech")},
    }
    for section, values in sections.items():
        data[section] = data.get(section, {}) | values
    return KioskConfig.model_validate(data)


@functools.cache
def _staff_hash(pin: str = STAFF_PIN) -> str:
    return hash_pin(pin, iterations=2_000)


class CountingApi:
    """The real client, counting the calls that reach it (to prove that none were made); the
    calls it does not count (health, heartbeat, close...) go to the client as they are."""

    def __init__(self, api: CentralApi, calls: list[str] | None = None) -> None:
        self._api = api
        self.calls: list[str] = [] if calls is None else calls

    def __getattr__(self, name: str) -> Any:
        return getattr(self._api, name)

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
    tickets: TicketRecordQueue
    delivery: DeliveryWorker
    printer_worker: PrinterWorker
    outbox: DispatchQueue  # the send flow's dispatches
    core: CoreParts


class KioskBuilder:
    def __init__(self, qtbot, tmp_path: Path) -> None:
        self._qtbot = qtbot
        self._tmp_path = tmp_path
        self._built: list[KioskUnderTest] = []

    def build(
        self,
        url: str,
        *,
        printer_required: bool | None = None,
        send: SendOptions | None = None,
        clocks: Clocks | None = None,
        data: dict[str, Any] | None = None,
        role: str = "customer",
    ) -> KioskUnderTest:
        """``printer_required`` given: the kiosk is warmed up as after the app's first paint (the
        printer worker polls, and its status reaches the controller). ``send``: the send flow is
        offered, with these options. ``clocks``: the kiosk's clocks (countdowns on a test's).
        ``data``: the ``[data]`` section's keys (the data directory: :meth:`data_dir`).
        ``role`` checkout or stocking: the demo hall's staff station, staff S001 (PIN 2468) and
        S002 (PIN 1357, no maintenance right)."""
        n = len(self._built)
        printer = MockPrinter(self._tmp_path / f"tickets-{n}")
        sections: dict[str, dict[str, Any]] = {"printer": {"required": bool(printer_required)}}
        if data is not None:
            sections["data"] = data
        if role != "customer":
            terminal = STATION_TERMINALS[role]
            sections["terminal"] = {"id": terminal, "role": role}
            sections["api"] = {"token": "dev-" + terminal}
            sections["maintenance"] = {
                "staff": [
                    {"id": STAFF_ID, "pin_hash": _staff_hash()},
                    {"id": CLERK_ID, "pin_hash": _staff_hash(CLERK_PIN), "maintenance": False},
                ],
                "badge_prefix": BADGE_PREFIX,
            }
        if send is not None:
            sections["terminal"] = {"flows": ["receive", "send"]}
            sections["send"] = {
                "offline_accept": send.offline_accept,
                "tracking_url": send.tracking_url,
            }
        config = kiosk_config(self._tmp_path / f"kiosk-{n}", url, **sections)
        calls: list[str] = []  # the delivery worker's calls count with the kiosk's

        def counted_api(endpoint: Endpoint, retries: int) -> CountingApi:
            return CountingApi(central_api(config)(endpoint, retries), calls)

        factories = Factories(
            open_printer=lambda: printer, api=counted_api, clocks=clocks or Clocks()
        )
        core = wire(config, factories)
        core.outbox.delivery.start()
        if printer_required is not None:
            core.controller.warm_up()
        window = MainWindow(core.controller, fullscreen=False)
        connect_window(core.controller, core.narrator, window)
        self._qtbot.addWidget(window)
        window.show()
        kiosk = KioskUnderTest(
            core.controller,
            window,
            printer,
            core.api,
            core.outbox.ticket_records,
            core.outbox.delivery,
            core.printer,
            core.outbox.dispatches,
            core,
        )
        self._built.append(kiosk)
        return kiosk

    def data_dir(self, n: int = 0) -> Path:
        """The data directory of the ``n``-th kiosk built (made before it, to put files in)."""
        return self._tmp_path / f"kiosk-{n}"

    def close(self) -> None:
        for kiosk in self._built:
            kiosk.core.close()
        self._built.clear()
