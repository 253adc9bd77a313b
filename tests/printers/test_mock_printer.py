"""The mock printer: files per job, fault injection, no duplicates, many threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from ticket_samples import TRACKING, ticket

from kiosk.documents import Document, Text
from kiosk.ports.printer import Printer, PrinterState
from printers import mock
from printers.escpos import encode
from printers.mock import MockPrinter, PrintedJob


def slip(job_id: str) -> Document:
    return Document("test_slip", "en", job_id, (Text(f"job {job_id}"),))


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_mock_is_a_printer(tmp_path: Path) -> None:
    assert isinstance(MockPrinter(tmp_path), Printer)


def test_job_writes_the_escpos_bytes_and_a_scannable_preview(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    document = ticket()

    result = printer.print(document)

    assert result.ok
    assert result.job_id == document.job_id
    assert result.error is None
    assert result.printed_at is not None
    assert files(tmp_path) == ["0001-receive_ticket.bin", "0001-receive_ticket.png"]
    assert (tmp_path / "0001-receive_ticket.bin").read_bytes() == encode(document)
    with Image.open(tmp_path / "0001-receive_ticket.png") as preview:
        assert preview.width == 576
        texts = [b.text for b in zxingcpp.read_barcodes(preview)]
        assert texts == [TRACKING, "T-2026-000123"]  # the item, then the ticket
    (job,) = printer.jobs
    assert (job.n, job.document, job.printed_at) == (1, document, result.printed_at)
    assert job.bin_path == tmp_path / "0001-receive_ticket.bin"


def test_jobs_are_numbered_and_numbering_survives_a_restart(tmp_path: Path) -> None:
    first = MockPrinter(tmp_path)
    first.print(slip("a"))
    first.print(slip("b"))

    again = MockPrinter(tmp_path)
    again.print(slip("c"))

    assert [j.n for j in first.jobs] == [1, 2]
    assert [j.n for j in again.jobs] == [3]
    assert files(tmp_path)[-2:] == ["0003-test_slip.bin", "0003-test_slip.png"]


def test_paper_out_fails_the_job_and_writes_nothing(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    printer.set_state(PrinterState.PAPER_OUT)

    result = printer.print(ticket())

    assert not result.ok
    assert result.error is PrinterState.PAPER_OUT
    assert result.printed_at is None
    assert printer.status().state is PrinterState.PAPER_OUT
    assert not printer.status().can_print
    assert files(tmp_path) == []
    assert printer.jobs == []


def test_paper_near_end_still_prints(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    printer.set_state(PrinterState.PAPER_NEAR_END)

    assert printer.status().can_print
    assert printer.print(slip("a")).ok


@pytest.mark.expected_log("kiosk.printer", "failed mid-way")
def test_failure_mid_job_leaves_no_file_and_the_printer_in_error(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    printer.fail_next_job_midway()

    result = printer.print(ticket())

    assert not result.ok
    assert result.error is PrinterState.ERROR
    assert files(tmp_path) == []  # not even a temporary file
    assert printer.jobs == []
    assert printer.status().state is PrinterState.ERROR


@pytest.mark.expected_log("kiosk.printer", "failed mid-way")
def test_retry_after_a_mid_job_failure_prints_once(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    printer.fail_next_job_midway(PrinterState.PAPER_OUT)
    assert not printer.print(ticket(job_id="lookup-7")).ok

    printer.set_state(PrinterState.OK)  # staff loaded paper
    retried = printer.print(ticket(job_id="lookup-7"))

    assert retried.ok
    assert [j.n for j in printer.jobs] == [1]


def test_the_same_job_id_prints_one_ticket(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)

    first = printer.print(ticket(job_id="lookup-9"))
    second = printer.print(ticket(job_id="lookup-9"))

    assert second == first
    assert len(printer.jobs) == 1
    assert len(files(tmp_path)) == 2


def test_duplicate_is_recognised_even_when_the_printer_broke_since(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    first = printer.print(slip("x"))
    printer.set_state(PrinterState.OFFLINE)

    assert printer.print(slip("x")) == first


@pytest.mark.expected_log("kiosk.printer", "the print job listener failed")
def test_listener_hears_each_printed_job_and_cannot_break_printing(tmp_path: Path) -> None:
    heard: list[PrintedJob] = []
    printer = MockPrinter(tmp_path, on_job=heard.append)
    printer.print(slip("a"))
    printer.set_state(PrinterState.COVER_OPEN)
    printer.print(slip("b"))
    printer.set_state(PrinterState.OK)

    def broken(job: PrintedJob) -> None:
        raise RuntimeError("dock crashed")

    printer.set_job_listener(broken)
    assert printer.print(slip("c")).ok

    assert [j.document.job_id for j in heard] == ["a"]
    assert heard[0].png_path.exists()  # the files are in place when the listener hears


def test_threads_printing_at_once_get_distinct_complete_jobs(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path, width_px=384)
    start = threading.Barrier(8)

    def worker(k: int) -> list[bool]:
        start.wait(timeout=10)
        return [printer.print(slip(f"{k}-{i}")).ok for i in range(3)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = [ok for oks in pool.map(worker, range(8)) for ok in oks]

    assert all(outcomes)
    jobs = printer.jobs
    assert sorted(j.n for j in jobs) == list(range(1, 25))
    assert len({j.document.job_id for j in jobs}) == 24
    assert len(files(tmp_path)) == 48
    for job in jobs:
        assert job.bin_path.read_bytes() == encode(job.document, width_px=384)


def test_threads_retrying_one_job_print_it_once(tmp_path: Path) -> None:
    printer = MockPrinter(tmp_path)
    start = threading.Barrier(6)

    def worker(_: int) -> bool:
        start.wait(timeout=10)
        return printer.print(slip("same")).ok

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert all(pool.map(worker, range(6)))

    assert len(printer.jobs) == 1


def test_only_the_latest_jobs_stay_in_memory_but_every_file_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(mock, "JOBS_KEPT", 3)
    printer = MockPrinter(tmp_path)
    for n in range(5):
        assert printer.print(ticket(job_id=f"lookup-{n}")).ok
    assert [job.n for job in printer.jobs] == [3, 4, 5]
    assert len(list(tmp_path.glob("*.bin"))) == 5


def test_state_stays_readable_while_a_job_prints(tmp_path, monkeypatch):
    """The GUI thread (dev dock, QA port) reads and sets the state: it must not wait for a job."""
    started, release = threading.Event(), threading.Event()
    real_encode = mock.escpos.encode

    def slow_encode(*args, **kwargs):
        started.set()
        release.wait(10)
        return real_encode(*args, **kwargs)

    monkeypatch.setattr(mock.escpos, "encode", slow_encode)
    printer = MockPrinter(tmp_path)
    with ThreadPoolExecutor(1) as pool:
        job = pool.submit(printer.print, ticket())
        assert started.wait(10)
        assert printer.status().state is PrinterState.OK  # answered while the job is held
        printer.set_state(PrinterState.PAPER_NEAR_END)
        assert printer.jobs == []
        assert not job.done()
        release.set()
        assert job.result(10).ok
    assert len(printer.jobs) == 1
