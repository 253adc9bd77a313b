"""The printer worker: one thread does all the printer's I/O, jobs come back in time whatever the
printer does, status changes are reported once, and the thread ends when closed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.documents import Document, Text
from kiosk.ports.printer import PrinterState, PrinterStatus, PrintResult
from printers.mock import MockPrinter
from printers.worker import PrinterWorker

WAIT = 10.0


def slip(job_id: str = "job-1") -> Document:
    return Document("test_slip", "en", job_id, (Text("slip"),))


class StatusLog:
    """Collects what the worker reports; ``wait_for(state)`` blocks until it has been reported."""

    def __init__(self) -> None:
        self.states: list[PrinterState] = []
        self._changed = threading.Condition()

    def __call__(self, status: PrinterStatus) -> None:
        with self._changed:
            self.states.append(status.state)
            self._changed.notify_all()

    def wait_for(self, state: PrinterState) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: state in self.states, WAIT)


class ThreadRecordingPrinter(MockPrinter):
    """A mock printer that notes which thread each call came from."""

    def __init__(self, out_dir: Path) -> None:
        super().__init__(out_dir)
        self.threads: set[str] = set()

    def status(self) -> PrinterStatus:
        self.threads.add(threading.current_thread().name)
        return super().status()

    def print(self, document: Document) -> PrintResult:
        self.threads.add(threading.current_thread().name)
        return super().print(document)


@pytest.fixture
def workers():
    made: list[PrinterWorker] = []

    def make(open_printer, **kwargs) -> PrinterWorker:
        worker = PrinterWorker(open_printer, **kwargs)
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.close(timeout_s=WAIT)


def test_all_printer_io_happens_on_the_worker_thread(tmp_path: Path, workers) -> None:
    opened_on: list[str] = []
    printer = ThreadRecordingPrinter(tmp_path)

    def open_printer() -> MockPrinter:
        opened_on.append(threading.current_thread().name)
        return printer

    worker = workers(open_printer)
    assert worker.print(slip()).ok
    assert worker.status().state == PrinterState.OK
    assert opened_on == ["printer-worker"]
    assert printer.threads == {"printer-worker"}


def test_jobs_print_in_the_order_they_came(tmp_path: Path, workers) -> None:
    printer = MockPrinter(tmp_path)
    worker = workers(lambda: printer)
    results: list[PrintResult] = []
    threads = [
        threading.Thread(target=lambda n=n: results.append(worker.print(slip(f"job-{n}"))))
        for n in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert all(result.ok for result in results)
    assert sorted(job.document.job_id for job in printer.jobs) == [f"job-{n}" for n in range(5)]
    assert [job.n for job in printer.jobs] == [1, 2, 3, 4, 5]


@pytest.mark.expected_log("kiosk.printer", "the printer cannot be opened")
def test_a_printer_that_cannot_be_opened_is_offline_and_tried_again(tmp_path: Path, workers):
    attempts: list[int] = []
    printer = MockPrinter(tmp_path)

    def open_printer() -> MockPrinter:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("no such device")
        return printer

    log = StatusLog()
    worker = workers(open_printer, on_status=log, poll_interval_s=60)
    worker.start()
    assert log.wait_for(PrinterState.OFFLINE)
    assert "no such device" in worker.last_status.detail
    assert worker.print(slip()).ok  # plugged in meanwhile: the job opens it
    assert len(printer.jobs) == 1


def test_status_changes_are_polled_and_reported_once_each(tmp_path: Path, workers) -> None:
    printer = MockPrinter(tmp_path)
    log = StatusLog()
    worker = workers(lambda: printer, on_status=log, poll_interval_s=0.02)
    worker.start()
    assert log.wait_for(PrinterState.OK)
    printer.set_state(PrinterState.PAPER_OUT)  # no poll_soon: the periodic poll must find it
    assert log.wait_for(PrinterState.PAPER_OUT)
    printer.set_state(PrinterState.OK)
    worker.poll_soon()
    with log._changed:
        assert log._changed.wait_for(lambda: log.states.count(PrinterState.OK) == 2, WAIT)
    assert log.states == [PrinterState.OK, PrinterState.PAPER_OUT, PrinterState.OK]
    assert worker.last_status.state == PrinterState.OK


@pytest.mark.expected_log("kiosk.printer", "failed mid-way")
def test_a_failed_job_reports_the_fault_at_once(tmp_path: Path, workers) -> None:
    printer = MockPrinter(tmp_path)
    log = StatusLog()
    worker = workers(lambda: printer, on_status=log, poll_interval_s=60)
    printer.fail_next_job_midway(PrinterState.COVER_OPEN)
    result = worker.print(slip())
    assert result.error == PrinterState.COVER_OPEN
    assert log.wait_for(PrinterState.COVER_OPEN)


class StuckPrinter(MockPrinter):
    """A printer whose next job hangs until released (a USB write that never returns)."""

    def __init__(self, out_dir: Path) -> None:
        super().__init__(out_dir)
        self.release = threading.Event()

    def print(self, document: Document) -> PrintResult:
        self.release.wait(WAIT)
        return super().print(document)


@pytest.mark.expected_log("kiosk.printer", "no answer in")
def test_a_hung_job_fails_in_time_and_a_retry_does_not_print_it_twice(tmp_path, workers):
    printer = StuckPrinter(tmp_path)
    worker = workers(lambda: printer, job_timeout_s=0.2, poll_interval_s=60)
    late = worker.print(slip())
    assert not late.ok
    assert late.error == PrinterState.OFFLINE
    assert "in time" in late.detail

    printer.release.set()  # the printer finishes the job after all
    retry = worker.print(slip())
    assert retry.ok
    assert len(printer.jobs) == 1  # the retry was recognised, not printed again


def test_close_finishes_the_queued_jobs_and_ends_the_thread(tmp_path: Path, workers) -> None:
    printer = StuckPrinter(tmp_path)
    worker = workers(lambda: printer, poll_interval_s=60)
    results: list[PrintResult] = []
    job = threading.Thread(target=lambda: results.append(worker.print(slip())))
    job.start()
    closer = threading.Thread(target=worker.close, kwargs={"timeout_s": WAIT})
    closer.start()
    printer.release.set()
    job.join(WAIT)
    closer.join(WAIT)
    assert [r.ok for r in results] == [True]
    assert not any(t.name == "printer-worker" for t in threading.enumerate())
    after = worker.print(slip("job-2"))
    assert not after.ok
    assert after.detail == "printer stopped"


def test_mock_controls_reach_the_printer_through_the_worker(tmp_path: Path, workers) -> None:
    worker = workers(lambda: MockPrinter(tmp_path))
    mock = worker.wait_for_printer()
    assert isinstance(mock, MockPrinter)
    mock.set_state(PrinterState.PAPER_OUT)
    assert worker.status().state == PrinterState.PAPER_OUT
    assert mock.jobs == []


def test_the_worker_has_no_hidden_pass_through(tmp_path: Path, workers) -> None:
    worker = workers(lambda: MockPrinter(tmp_path))
    assert not hasattr(worker, "set_state")  # asked of the printer itself, explicitly
    assert not hasattr(worker, "jobs")


@pytest.mark.expected_log("kiosk.printer", "the printer cannot be opened")
def test_a_printer_that_cannot_be_opened_is_none(workers) -> None:
    def broken() -> MockPrinter:
        raise OSError("no such device")

    worker = workers(broken)
    assert worker.wait_for_printer(timeout_s=WAIT) is None


@pytest.mark.expected_log("kiosk.printer", "the after-job step failed")
def test_the_after_job_step_runs_on_the_worker_thread_after_each_answer(tmp_path, workers):
    printer = MockPrinter(tmp_path)
    ran: list[tuple[str, int]] = []

    def after_job() -> None:
        ran.append((threading.current_thread().name, len(printer.jobs)))
        if len(ran) == 2:
            raise RuntimeError("a broken step")  # logged; the worker goes on

    worker = workers(lambda: printer, after_job=after_job)
    for n in range(3):
        assert worker.print(slip(f"job-{n}")).ok
    assert worker.status().state == PrinterState.OK  # queued behind the third step: it ran
    assert ran == [("printer-worker", 1), ("printer-worker", 2), ("printer-worker", 3)]
