"""Writes that do not block for ever: a device file (a real FIFO stands in for /dev/usb/lp0) and a
CUPS queue that stop taking data fail the job within the write timeout, the printer goes offline
(so a required printer takes the terminal out of service), and the worker serves the next job."""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.documents import Document, Text
from kiosk.ports.printer import PrinterState, PrinterStatus
from printers.cupsqueue import RAW, CupsQueueConnection
from printers.devicefile import PROBE
from printers.escpos import EscposPrinter, encode
from printers.factory import create_printer
from printers.status import write_only
from printers.worker import PrinterWorker

WRITE_TIMEOUT_S = 0.3
WAIT = 10.0  # the worker's job timeout: far longer than any write may take
PIPE_SIZE = 4096


def ticket(job_id: str) -> Document:
    return Document("test_slip", "en", job_id, (Text("Row 3, compartment 12", size="huge"),))


class StatusLog:
    def __init__(self) -> None:
        self.states: list[PrinterState] = []

    def __call__(self, status: PrinterStatus) -> None:
        self.states.append(status.state)


class StalledDevice:
    """A FIFO with a reader that takes nothing until ``start_reading()``, like a printer that
    stopped taking data and came back. A spare writer keeps the reader from seeing end-of-file
    between the kiosk's jobs, which close the device file after each."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        fcntl.fcntl(self.reader, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
        self.spare_writer = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        self._fds = [self.reader, self.spare_writer]
        self.received = bytearray()
        self._thread: threading.Thread | None = None

    def start_reading(self) -> None:
        os.set_blocking(self.reader, True)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while chunk := os.read(self.reader, 65536):
            self.received += chunk

    def close(self) -> None:
        """Idempotent: a test may close it to see everything that was received."""
        fds, self._fds = self._fds, []
        if fds:
            os.close(self.spare_writer)
            if self._thread is not None:
                self._thread.join(WAIT)  # the kiosk's writer is closed too: end of file
            os.close(self.reader)


@pytest.fixture
def device(tmp_path: Path) -> Iterator[StalledDevice]:
    stalled = StalledDevice(tmp_path / "lp0")
    yield stalled
    stalled.close()


@pytest.fixture
def worker_for():
    made: list[PrinterWorker] = []

    def make(printer: EscposPrinter, log: StatusLog) -> PrinterWorker:
        worker = PrinterWorker(
            lambda: printer, poll_interval_s=60, job_timeout_s=WAIT, on_status=log
        )
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.close(timeout_s=WAIT)


def file_printer(path: Path) -> EscposPrinter:
    config = {
        "backend": "file",
        "device": str(path),
        "timeout_s": WRITE_TIMEOUT_S,
        "status_timeout_s": 0.1,
    }
    printer = create_printer(config)
    assert isinstance(printer, EscposPrinter)
    return printer


@pytest.mark.expected_log("kiosk.printer", "the printer took no data")
@pytest.mark.expected_log("kiosk.printer", "the printer still takes no data")
def test_a_device_that_stops_taking_data_fails_the_job_in_time_and_goes_offline(
    device: StalledDevice, worker_for
) -> None:
    assert len(encode(ticket("job-1"))) > PIPE_SIZE  # the job cannot fit: the write must stall
    log = StatusLog()
    worker = worker_for(file_printer(device.path), log)

    stalled = worker.print(ticket("job-1"))

    assert (stalled.ok, stalled.error) == (False, PrinterState.OFFLINE)
    assert "took no data for 0.3 s" in stalled.detail  # the write's deadline, not the worker's
    assert worker.status().state is PrinterState.OFFLINE  # the poll after it: still stuck
    assert log.states == [PrinterState.UNKNOWN, PrinterState.OFFLINE, PrinterState.OFFLINE]

    refused = worker.print(ticket("job-2"))  # the worker is free: the next job gets its answer
    assert (refused.ok, refused.error) == (False, PrinterState.OFFLINE)
    assert "takes no data" in refused.detail

    device.start_reading()  # the printer takes data again
    assert worker.status().state is PrinterState.UNKNOWN  # a device file cannot say more
    assert worker.print(ticket("job-3")).ok
    worker.close(timeout_s=WAIT)
    device.close()
    assert device.received.endswith(PROBE + encode(ticket("job-3")))


@pytest.mark.expected_log("kiosk.printer", "No such device or address")
def test_a_fifo_nobody_reads_is_offline_at_once(tmp_path: Path, worker_for) -> None:
    path = tmp_path / "lp0"
    os.mkfifo(path)  # python-escpos's File would block for ever opening it
    worker = worker_for(file_printer(path), StatusLog())

    result = worker.print(ticket("job-1"))

    assert (result.ok, result.error) == (False, PrinterState.OFFLINE)
    assert "cannot open" in result.detail
    assert worker.status().state is PrinterState.OFFLINE


class HungCups:
    """IPP connections to a cupsd that lists the queue but does not take jobs until released."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.jobs: list[tuple[str, bytes, dict[str, str]]] = []

    def __call__(self) -> HungCups:
        return self

    def getPrinters(self) -> dict[str, dict[str, Any]]:
        return {"kiosk": {"printer-state": 3}}

    def printFile(self, queue: str, path: str, title: str, options: dict[str, str]) -> int:
        data = Path(path).read_bytes()
        if not self.release.wait(WAIT):
            raise RuntimeError("never released")
        self.jobs.append((queue, data, options))
        return len(self.jobs)


@pytest.mark.expected_log("kiosk.printer", "CUPS: no answer")
def test_a_cups_queue_that_takes_no_job_fails_it_in_time(worker_for) -> None:
    cups = HungCups()
    connection = CupsQueueConnection(queue="kiosk", timeout=WRITE_TIMEOUT_S, connect=cups)
    log = StatusLog()
    worker = worker_for(EscposPrinter(connection, status_probe=write_only), log)

    hung = worker.print(ticket("job-1"))

    assert (hung.ok, hung.error) == (False, PrinterState.OFFLINE)
    assert "no answer in 0.3 s" in hung.detail
    assert PrinterState.OFFLINE in log.states

    cups.release.set()  # cupsd answers again
    assert worker.print(ticket("job-2")).ok
    assert ("kiosk", encode(ticket("job-2")), {"document-format": RAW}) in cups.jobs


def test_a_missing_cups_queue_is_offline() -> None:
    cups = HungCups()
    connection = CupsQueueConnection(queue="elsewhere", timeout=WRITE_TIMEOUT_S, connect=cups)

    status = EscposPrinter(connection, status_probe=write_only).status()

    assert status.state is PrinterState.OFFLINE
    assert "no such queue" in status.detail
