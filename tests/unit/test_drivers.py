"""The drivers without Qt: built by build_drivers, their outcomes delivered on the task runner's
own threads (no GUI thread here), showing their screens on the display; and the central client
implements the ports the features declare."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest

from kiosk import views
from kiosk.api import CentralApi
from kiosk.documents import Document
from kiosk.drivers import build_drivers
from kiosk.errors import NotFound
from kiosk.models import Box, Parcel
from kiosk.ports.central import ReceiveApi, SendApi, TerminalApi
from kiosk.ports.printer import Printer, PrinterState, PrinterStatus, PrintResult
from kiosk.receive.lookup_guard import LookupGuard
from kiosk.tasks import Outcome
from kiosk.terminal import TerminalInfo

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
TRACKING = "CC016695190KZ"


class Api:
    def __init__(self) -> None:
        self.parcels = {
            TRACKING: Parcel(
                tracking_number=TRACKING,
                kind="parcel",
                status="awaiting_pickup",
                location={"row": "3", "compartment": "12"},
            )
        }

    def get_parcel(self, tracking_number: str) -> Parcel:
        if tracking_number not in self.parcels:
            raise NotFound("no such item")
        return self.parcels[tracking_number]

    def start_otp(self, phone: str) -> Any:
        raise AssertionError("not asked here")

    def verify_otp(self, challenge_id: str, code: str) -> list[Parcel]:
        raise AssertionError("not asked here")

    def get_box(self, barcode: str) -> Box:
        raise AssertionError("not asked here")


class ListPrinter:
    def __init__(self) -> None:
        self.documents: list[Document] = []

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.OK)

    def print(self, document: Document) -> PrintResult:
        self.documents.append(document)
        return PrintResult.succeeded(document.job_id, NOW)

    def close(self) -> None:
        pass


class Records:
    """The ticket records: held before the print, released after it (as the outbox does)."""

    def __init__(self) -> None:
        self.held: dict[str, tuple[list[str] | tuple[str, ...], str]] = {}
        self.added: list[tuple[list[str] | tuple[str, ...], dt.datetime, str, str]] = []

    def hold(self, tracking_numbers, printing_at, language, idempotency_key) -> object:
        self.held[idempotency_key] = (tracking_numbers, language)
        return None

    def release(self, idempotency_key, printed_at) -> None:
        numbers, language = self.held.pop(idempotency_key)
        self.added.append((numbers, printed_at, language, idempotency_key))

    def void(self, idempotency_key) -> None:
        self.held.pop(idempotency_key)


def inline(callback: Callable[[Outcome[Any]], None], outcome: Outcome[Any]) -> None:
    callback(outcome)


class Screens:
    """The screens shown, and a wait for one of them."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self._changed = threading.Condition()

    def __call__(self, screen: str, _view: object) -> None:
        with self._changed:
            self.shown.append(screen)
            self._changed.notify_all()

    def wait_for(self, screen: str) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: screen in self.shown, timeout=10), self.shown


TERMINAL = TerminalInfo("T-TEST-01", "Test hall")


def drivers(terminal: TerminalInfo = TERMINAL, **changes: Any):
    printer, records = ListPrinter(), Records()
    built = build_drivers(
        api=Api(),
        printer=printer,
        terminal=terminal,
        tickets=records,
        deliver=inline,
        tr=str.upper,  # a "translation" that shows on the ticket
        clock=lambda: NOW,
        monotonic=lambda: 1000.0,
        **changes,
    )
    return built, printer, records


def test_a_receive_travels_from_lookup_to_ticket_and_record_without_qt() -> None:
    built, printer, records = drivers()
    screens = Screens()
    built.display.on_show = screens
    built.display.language = "ru"
    built.display.show_home()

    built.receive.start()
    built.receive.submit_tracking(TRACKING)
    screens.wait_for(views.RECEIVE_RESULT)
    built.runner.shutdown(wait=True)

    assert screens.shown[:2] == [views.HOME, views.RECEIVE_TRACKING]
    assert set(screens.shown[2:]) == {views.RECEIVE_TRACKING, views.RECEIVE_RESULT}
    [document] = printer.documents
    assert (document.kind, document.language) == ("receive_ticket", "ru")
    assert "PICKUP TICKET" in document.texts()  # through the ``tr`` handed in
    assert "T-TEST-01" in " ".join(document.texts())
    [(numbers, printed_at, language, key)] = records.added
    assert (numbers, printed_at, language, key) == ([TRACKING], NOW, "ru", document.job_id)


@pytest.mark.expected_log("kiosk.flow", "cooling down")
def test_the_lookup_guard_is_the_one_maintenance_reports() -> None:
    guard = LookupGuard(limit=1, clock=lambda: 1000.0)
    built, printer, _records = drivers(lookup_guard=guard)
    screens = Screens()
    built.display.on_show = screens
    built.receive.start()
    built.receive.submit_tracking("RR000000080KZ")  # valid, but no such item
    screens.wait_for(views.RECEIVE_COOLDOWN)
    built.runner.shutdown(wait=True)
    assert built.receive.guard is guard
    assert [alert["code"] for alert in guard.alerts()] == ["lookup_failures"]
    assert printer.documents == []


def test_without_an_outbox_the_send_flow_is_not_offered() -> None:
    built, _printer, _records = drivers()
    built.display.show_home()
    assert built.send is None
    assert built.display.view == views.HomeView(
        languages=TerminalInfo("x", "y").languages, send_enabled=False
    )


@pytest.mark.expected_log("kiosk.flow", "out of service: printer")
def test_out_of_service_shows_instead_of_home_and_goes_by_itself() -> None:
    built, _printer, _records = drivers(TerminalInfo("T-TEST-01", "Hall", printer_required=True))
    built.display.show_home()
    built.availability.report("printer", False, "paper_out")
    built.display.availability_changed()
    assert built.display.screen == views.OUT_OF_SERVICE
    built.availability.report("printer", True, "ok")
    built.display.availability_changed()
    assert built.display.screen == views.HOME


def test_the_central_client_implements_every_port_the_features_declare() -> None:
    client = CentralApi("http://127.0.0.1:9", "token", "T-TEST-01")
    for port in (ReceiveApi, SendApi, TerminalApi):
        assert isinstance(client, port), port.__name__
    assert isinstance(ListPrinter(), Printer)
