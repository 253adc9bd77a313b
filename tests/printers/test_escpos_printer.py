"""EscposPrinter over a scripted connection, and reading DLE EOT status conservatively."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from escpos.printer import Dummy

from kiosk.documents import Document, Text
from kiosk.ports.printer import PrinterState, PrinterStatus
from printers.escpos import EscposPrinter, encode
from printers.status import parse_realtime_status, write_only

READY = b"\x12"  # fixed bits only: online, no fault
OFFLINE = b"\x1a"
COVER_OPEN = b"\x16"
PAPER_END_STOP = b"\x32"
ERROR = b"\x52"
PAPER_NEAR_END = b"\x1e"
PAPER_END = b"\x72"


class ScriptedConnection(Dummy):
    """A python-escpos connection answering DLE EOT queries from a table; records what it got."""

    def __init__(self, replies: dict[int, bytes] | None = None, fail_write: bool = False) -> None:
        super().__init__()
        self.replies = replies if replies is not None else {1: READY, 2: READY, 4: READY}
        self.fail_write = fail_write
        self.opened = 0
        self.closed = 0
        self.jobs: list[bytes] = []
        self._pending = b""

    def open(self) -> None:
        self.opened += 1

    def close(self) -> None:
        self.closed += 1

    def _raw(self, msg: bytes) -> None:
        if msg.startswith(b"\x10\x04"):
            self._pending = self.replies.get(msg[2], b"")
            return
        if self.fail_write:
            raise OSError("broken pipe")
        self.jobs.append(msg)

    def _read(self) -> bytes:
        reply, self._pending = self._pending, b""
        return reply


def slip(job_id: str = "job-1") -> Document:
    return Document("test_slip", "ru", job_id, (Text("Талон"),))


def states(cases: Iterable[tuple[bytes, bytes, bytes]]) -> list[PrinterState]:
    return [parse_realtime_status(*case).state for case in cases]


def test_silence_is_offline_never_paper_ok() -> None:
    assert parse_realtime_status(b"", b"", b"").state is PrinterState.OFFLINE
    assert parse_realtime_status(READY, b"", b"").state is PrinterState.UNKNOWN


def test_replies_without_the_fixed_bits_are_unknown() -> None:
    assert (
        states([(b"\x00", b"", b""), (b"\xff", READY, READY), (READY, READY, b"\x00")])
        == [PrinterState.UNKNOWN] * 3
    )


def test_status_bits_map_to_states() -> None:
    assert states(
        [
            (READY, READY, READY),
            (READY, READY, PAPER_NEAR_END),
            (READY, READY, PAPER_END),
            (OFFLINE, COVER_OPEN, READY),
            (OFFLINE, PAPER_END_STOP, READY),
            (OFFLINE, ERROR, READY),
            (OFFLINE, READY, READY),
            (OFFLINE, b"", b""),
        ]
    ) == [
        PrinterState.OK,
        PrinterState.PAPER_NEAR_END,
        PrinterState.PAPER_OUT,
        PrinterState.COVER_OPEN,
        PrinterState.PAPER_OUT,
        PrinterState.ERROR,
        PrinterState.OFFLINE,
        PrinterState.OFFLINE,
    ]


def test_the_newest_reply_byte_counts() -> None:
    assert parse_realtime_status(READY, READY, READY + PAPER_END).state is PrinterState.PAPER_OUT


def test_ready_printer_gets_the_encoded_job_and_is_closed_after() -> None:
    connection = ScriptedConnection()
    printer = EscposPrinter(connection)

    result = printer.print(slip())

    assert result.ok
    assert connection.jobs == [encode(slip())]
    assert connection.opened == connection.closed == 1


@pytest.mark.expected_log("kiosk.printer", "refused: printer offline")
def test_silent_printer_is_offline_and_gets_nothing() -> None:
    connection = ScriptedConnection(replies={})
    printer = EscposPrinter(connection)

    assert printer.status() == PrinterStatus(PrinterState.OFFLINE, "the printer does not answer")
    result = printer.print(slip())

    assert not result.ok
    assert result.error is PrinterState.OFFLINE
    assert connection.jobs == []


@pytest.mark.expected_log("kiosk.printer", "refused: printer cover_open")
@pytest.mark.expected_log("kiosk.printer", "refused: printer paper_out")
@pytest.mark.parametrize(
    ("replies", "state"),
    [
        ({1: READY, 2: READY, 4: PAPER_END}, PrinterState.PAPER_OUT),
        ({1: OFFLINE, 2: COVER_OPEN, 4: READY}, PrinterState.COVER_OPEN),
    ],
)
def test_known_faults_refuse_the_job(replies: dict[int, bytes], state: PrinterState) -> None:
    connection = ScriptedConnection(replies)

    result = EscposPrinter(connection).print(slip())

    assert (result.ok, result.error) == (False, state)
    assert connection.jobs == []


def test_near_end_and_unknown_status_still_print() -> None:
    near_end = ScriptedConnection({1: READY, 2: READY, 4: PAPER_NEAR_END})
    write_only_link = ScriptedConnection(replies={})

    assert EscposPrinter(near_end).print(slip()).ok
    blind = EscposPrinter(write_only_link, status_probe=write_only)
    assert blind.status().state is PrinterState.UNKNOWN
    assert blind.print(slip()).ok
    assert write_only_link.jobs == [encode(slip())]


@pytest.mark.expected_log("kiosk.printer", "failed: broken pipe")
def test_write_failure_is_a_failed_result_not_an_exception() -> None:
    connection = ScriptedConnection(fail_write=True)

    result = EscposPrinter(connection).print(slip())

    assert (result.ok, result.error) == (False, PrinterState.OFFLINE)
    assert "broken pipe" in result.detail
    assert connection.closed == 1


@pytest.mark.expected_log("kiosk.printer", "failed: No such device")
def test_unopenable_connection_is_offline() -> None:
    class Unplugged(ScriptedConnection):
        def open(self) -> None:
            raise OSError("No such device")

    printer = EscposPrinter(Unplugged())

    assert printer.status().state is PrinterState.OFFLINE
    assert printer.print(slip()).error is PrinterState.OFFLINE


def test_a_retried_job_prints_once() -> None:
    connection = ScriptedConnection()
    printer = EscposPrinter(connection)

    first = printer.print(slip("lookup-3"))
    again = printer.print(slip("lookup-3"))

    assert again == first
    assert len(connection.jobs) == 1


def test_closed_printer_refuses() -> None:
    connection = ScriptedConnection()
    printer = EscposPrinter(connection)
    printer.close()

    assert printer.print(slip()).error is PrinterState.OFFLINE
    assert connection.jobs == []
