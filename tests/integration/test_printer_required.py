"""A required printer that fails turns new customers away and lets them back by itself; a customer
already in a flow finishes it; a ticket is recorded only when it printed, and printed once."""

from __future__ import annotations

import pytest
import requests
from test_receive_e2e import DEMO_PARCEL, tap, type_on_keyboard, visible_texts, wait_for_screen

from kiosk import views
from kiosk.ports.printer import PrinterState
from kiosk.send.driver import SendOptions


def set_printer(kiosk, state: PrinterState) -> None:
    kiosk.printer.set_state(state)
    kiosk.printer_worker.poll_soon()


def wait_for_fault(qtbot, kiosk, fault: str) -> None:
    def known() -> None:
        assert kiosk.controller.printer_fault == fault

    qtbot.waitUntil(known, timeout=10_000)


def recorded(central) -> list:
    return requests.get(central.url + "/dev/tickets", timeout=5).json()


@pytest.mark.expected_log("kiosk.flow", "out of service: printer")
def test_required_printer_down_shows_out_of_service_until_it_recovers(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url, printer_required=True)
    wait_for_screen(qtbot, kiosk, views.HOME)

    set_printer(kiosk, PrinterState.PAPER_OUT)
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    assert "Бұл терминал уақытша жұмыс істемейді." in visible_texts(kiosk.window)  # kk default
    kiosk.controller.scanned(DEMO_PARCEL, "test")  # a scan does not start a flow
    kiosk.controller.start_receive()
    assert kiosk.controller.screen == views.OUT_OF_SERVICE
    assert kiosk.api.calls == []

    set_printer(kiosk, PrinterState.OK)  # paper replaced
    wait_for_screen(qtbot, kiosk, views.HOME)
    tap(qtbot, kiosk.window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)


@pytest.mark.expected_log("kiosk.flow", "out of service: printer")
@pytest.mark.expected_log("kiosk.flow", "ticket not printed: cover_open")
def test_a_customer_in_a_flow_finishes_it_then_meets_out_of_service(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url, printer_required=True)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    set_printer(kiosk, PrinterState.COVER_OPEN)
    wait_for_fault(qtbot, kiosk, "cover_open")
    assert kiosk.controller.screen == views.RECEIVE_TRACKING  # not cut off

    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert kiosk.controller.view.printed is False
    assert "12" in visible_texts(kiosk.window)  # the compartment stays on the screen
    assert recorded(central) == []

    tap(qtbot, kiosk.window, "home")  # "Done"
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)
    kiosk.controller.reset_session()  # the done screen's timeout or tap
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)


def test_a_printer_that_is_not_required_leaves_the_terminal_open(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url, printer_required=False)
    set_printer(kiosk, PrinterState.PAPER_OUT)
    wait_for_fault(qtbot, kiosk, "paper_out")
    assert kiosk.controller.screen == views.HOME
    set_printer(kiosk, PrinterState.PAPER_NEAR_END)  # not a fault: printing goes on
    wait_for_fault(qtbot, kiosk, "")


@pytest.mark.expected_log("kiosk.flow", "ticket not printed")
@pytest.mark.expected_log("kiosk.printer", "failed mid-way")
def test_cover_opened_during_the_ticket_records_nothing_and_prints_nothing_complete(
    qtbot, central, build_kiosk
):
    kiosk = build_kiosk(central.url, printer_required=True)
    kiosk.printer.fail_next_job_midway(PrinterState.COVER_OPEN)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert kiosk.controller.view.printed is False
    assert kiosk.printer.jobs == []
    assert recorded(central) == []
    assert "record_ticket" not in kiosk.api.calls
    wait_for_fault(qtbot, kiosk, "cover_open")  # the failed job told the kiosk at once


def test_a_ticket_is_recorded_once_when_it_printed_through_the_worker(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url, printer_required=True)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=10_000):
        tap(qtbot, kiosk.window, "submit")
    assert len(kiosk.printer.jobs) == 1
    assert len(recorded(central)) == 1


@pytest.mark.expected_log("kiosk.flow", "out of service: printer")
def test_out_of_service_also_turns_senders_away(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url, printer_required=True, send=SendOptions())
    wait_for_screen(qtbot, kiosk, views.HOME)
    set_printer(kiosk, PrinterState.PAPER_OUT)
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    kiosk.controller.start_send()
    assert kiosk.controller.screen == views.OUT_OF_SERVICE
    set_printer(kiosk, PrinterState.OK)
    wait_for_screen(qtbot, kiosk, views.HOME)
    kiosk.controller.start_send()
    wait_for_screen(qtbot, kiosk, views.SEND_SCAN)
