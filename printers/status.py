"""ESC/POS real-time status (``DLE EOT``) read conservatively.

python-escpos's ``paper_status()`` answers "adequate" when the printer says nothing; here silence
is never paper. A reply must carry the fixed bits the ESC/POS manual prescribes (bit 1 and 4 set,
bit 0 and 7 clear) to count; anything else is unknown.
"""

from __future__ import annotations

from collections.abc import Callable

from escpos.escpos import Escpos

from kiosk.ports.printer import PrinterState, PrinterStatus

PRINTER_STATUS = b"\x10\x04\x01"
OFFLINE_CAUSE = b"\x10\x04\x02"
PAPER_SENSOR = b"\x10\x04\x04"

_FIXED_MASK = 0x93
_FIXED_BITS = 0x12
_OFFLINE = 0x08
_COVER_OPEN = 0x04
_STOPPED_PAPER_END = 0x20
_ERROR = 0x40
_PAPER_NEAR_END = 0x0C
_PAPER_END = 0x60

StatusProbe = Callable[[Escpos], PrinterStatus]


def status_byte(reply: bytes) -> int | None:
    """The last byte of ``reply`` if it is a well-formed status byte (the newest answer wins)."""
    if not reply:
        return None
    value = reply[-1]
    return value if value & _FIXED_MASK == _FIXED_BITS else None


def parse_realtime_status(printer: bytes, offline_cause: bytes, paper: bytes) -> PrinterStatus:
    """Replies to ``DLE EOT 1``, ``2`` and ``4`` → a status; empty replies mean silence."""
    if not printer:
        return PrinterStatus(PrinterState.OFFLINE, "the printer does not answer")
    state = status_byte(printer)
    if state is None:
        return PrinterStatus(PrinterState.UNKNOWN, f"unexpected status reply {printer.hex()}")
    if state & _OFFLINE:
        return _offline_status(status_byte(offline_cause))
    sensor = status_byte(paper)
    if sensor is None:
        return PrinterStatus(PrinterState.UNKNOWN, "the paper sensor does not answer")
    if sensor & _PAPER_END:
        return PrinterStatus(PrinterState.PAPER_OUT, "paper roll end")
    if sensor & _PAPER_NEAR_END:
        return PrinterStatus(PrinterState.PAPER_NEAR_END, "paper roll near its end")
    return PrinterStatus(PrinterState.OK)


def _offline_status(cause: int | None) -> PrinterStatus:
    if cause is None:
        return PrinterStatus(PrinterState.OFFLINE, "offline, cause unknown")
    if cause & _COVER_OPEN:
        return PrinterStatus(PrinterState.COVER_OPEN, "cover open")
    if cause & _STOPPED_PAPER_END:
        return PrinterStatus(PrinterState.PAPER_OUT, "stopped: paper end")
    if cause & _ERROR:
        return PrinterStatus(PrinterState.ERROR, "printer error")
    return PrinterStatus(PrinterState.OFFLINE, "offline")


def query_realtime_status(connection: Escpos) -> PrinterStatus:
    """Ask an open two-way connection (USB, serial, network) with ``DLE EOT``."""
    printer = bytes(connection.query_status(PRINTER_STATUS))
    if not printer:
        return parse_realtime_status(b"", b"", b"")
    cause = bytes(connection.query_status(OFFLINE_CAUSE))
    paper = bytes(connection.query_status(PAPER_SENSOR))
    return parse_realtime_status(printer, cause, paper)


def write_only(connection: Escpos) -> PrinterStatus:
    """For links that cannot answer (device file, CUPS queue): reachable, state unknown."""
    return PrinterStatus(PrinterState.UNKNOWN, "this printer connection cannot report status")
