"""The network (raw TCP 9100) backend against a fake printer on loopback: the bytes it gets, the
status it reports, and every failure point of a job. A ticket counts as printed when the printer
received the whole job; a retry must never give the customer a second one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_printer import FakeNetworkPrinter

from kiosk.documents import Barcode128, Document, Text
from kiosk.ports.printer import PrinterState
from printers.escpos import CLEAR_BUFFERS, EscposPrinter, encode
from printers.factory import create_printer


@pytest.fixture
def fake() -> Iterator[FakeNetworkPrinter]:
    printer = FakeNetworkPrinter().start()
    yield printer
    printer.power_off()


# How long the kiosk waits for a status answer. The fake answers at once, but its thread may get the
# CPU late on a loaded machine: a printer that answers gets the long wait (it costs nothing, the
# answer ends it); only the tests of a silent printer, which must wait it out, get the short one.
ANSWERS_WITHIN_S = 5.0
SILENCE_AFTER_S = 0.3


def network_printer(fake: FakeNetworkPrinter) -> EscposPrinter:
    silent = fake.state == "silent"
    printer = create_printer(
        {
            "backend": "network",
            "host": "127.0.0.1",
            "port": fake.port,
            "timeout_s": 5.0,
            "status_timeout_s": SILENCE_AFTER_S if silent else ANSWERS_WITHIN_S,
        }
    )
    assert isinstance(printer, EscposPrinter)
    return printer


def ticket(job_id: str = "job-1") -> Document:
    return Document(
        "receive_ticket",
        "kk",
        job_id,
        (Text("Қатар 3, ұяшық 12", size="huge", bold=True), Barcode128("CC016695190KZ")),
    )


def complete_tickets(fake: FakeNetworkPrinter, document: Document) -> int:
    """How many whole copies of the job the printer received (after any buffer clearing)."""
    job = encode(document)
    return sum(data.removeprefix(CLEAR_BUFFERS) == job for data in fake.printed())


def test_a_ready_printer_gets_exactly_the_encoded_job(fake: FakeNetworkPrinter) -> None:
    printer = network_printer(fake)
    result = printer.print(ticket())
    assert result.ok, result.detail
    assert fake.printed() == [encode(ticket())]
    assert fake.queries == 6  # DLE EOT 1, 2, 4 before the job and again after it


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("ok", PrinterState.OK),
        ("paper_near_end", PrinterState.PAPER_NEAR_END),
        ("paper_out", PrinterState.PAPER_OUT),
        ("cover_open", PrinterState.COVER_OPEN),
        ("error", PrinterState.ERROR),
        ("silent", PrinterState.OFFLINE),
    ],
)
def test_status_is_read_with_dle_eot(fake: FakeNetworkPrinter, state: str, expected) -> None:
    fake.set_state(state)
    assert network_printer(fake).status().state == expected


@pytest.mark.expected_log("kiosk.printer", "refused: printer")
@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("paper_out", PrinterState.PAPER_OUT),
        ("cover_open", PrinterState.COVER_OPEN),
        ("silent", PrinterState.OFFLINE),
    ],
)
def test_a_fault_before_the_job_prints_nothing(fake: FakeNetworkPrinter, state, expected) -> None:
    fake.set_state(state)
    result = network_printer(fake).print(ticket())
    assert not result.ok
    assert result.error == expected
    assert fake.printed() == []


def test_paper_near_end_still_prints(fake: FakeNetworkPrinter) -> None:
    fake.set_state("paper_near_end")
    assert network_printer(fake).print(ticket()).ok
    assert complete_tickets(fake, ticket()) == 1


@pytest.mark.expected_log("kiosk.printer", "cut short: printer cover_open")
@pytest.mark.expected_log("kiosk.printer", "refused: printer cover_open")
def test_cover_opened_mid_job_fails_it_and_the_retry_clears_the_old_job_first(
    fake: FakeNetworkPrinter,
) -> None:
    printer = network_printer(fake)
    fake.fail_after(2000, "cover_open")
    first = printer.print(ticket())
    assert not first.ok
    assert first.error == PrinterState.COVER_OPEN

    refused = printer.print(ticket())  # the cover is still open: refused before any byte
    assert not refused.ok
    assert refused.error == PrinterState.COVER_OPEN

    fake.set_state("ok")  # staff closed the cover
    retry = printer.print(ticket())
    assert retry.ok, retry.detail
    last = fake.printed()[-1]
    assert last.startswith(CLEAR_BUFFERS)  # the half ticket in the buffer is dropped, not finished
    assert complete_tickets(fake, ticket()) == 1


@pytest.mark.expected_log("kiosk.printer", "cut short: printer paper_out")
def test_paper_running_out_mid_job_fails_it(fake: FakeNetworkPrinter) -> None:
    printer = network_printer(fake)
    fake.fail_after(2000, "paper_out")
    result = printer.print(ticket())
    assert not result.ok
    assert result.error == PrinterState.PAPER_OUT
    assert complete_tickets(fake, ticket()) == 0


@pytest.mark.expected_log("kiosk.printer", "cut short: printer offline")
@pytest.mark.expected_log("kiosk.printer", "job job-1 failed: ")  # the drop seen mid-send
def test_connection_lost_mid_job_fails_it_and_a_retry_prints_one_ticket(
    fake: FakeNetworkPrinter,
) -> None:
    printer = network_printer(fake)
    fake.fail_after(2000, drop=True)
    result = printer.print(ticket())
    assert not result.ok
    assert result.error == PrinterState.OFFLINE
    assert complete_tickets(fake, ticket()) == 0

    retry = printer.print(ticket())
    assert retry.ok, retry.detail
    assert complete_tickets(fake, ticket()) == 1


@pytest.mark.expected_log("kiosk.printer", "job during-outage failed: Device not found")
def test_printer_found_again_after_a_power_cycle(fake: FakeNetworkPrinter) -> None:
    printer = network_printer(fake)
    assert printer.status().state == PrinterState.OK
    fake.power_off()
    assert printer.status().state == PrinterState.OFFLINE
    off = printer.print(ticket("during-outage"))
    assert not off.ok
    assert off.error == PrinterState.OFFLINE

    fake.power_on()  # same address, new process: nothing to restart on the kiosk
    assert printer.status().state == PrinterState.OK
    assert printer.print(ticket("during-outage")).ok
    assert complete_tickets(fake, ticket("during-outage")) == 1


def test_a_printed_job_retried_is_not_printed_again(fake: FakeNetworkPrinter) -> None:
    printer = network_printer(fake)
    first = printer.print(ticket())
    again = printer.print(ticket())
    assert first.ok
    assert again == first
    assert complete_tickets(fake, ticket()) == 1


def test_a_closed_printer_sends_nothing(fake: FakeNetworkPrinter) -> None:
    printer = network_printer(fake)
    printer.close()
    assert not printer.print(ticket()).ok
    assert fake.printed() == []
