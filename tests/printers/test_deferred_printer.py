"""The printer opened on first use: once, from any thread, and again after a failed open."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from ticket_samples import ticket

from printers.deferred import DeferredPrinter
from printers.mock import MockPrinter


def test_opens_once_at_first_use_even_from_many_threads(tmp_path):
    opened: list[MockPrinter] = []

    def open_printer() -> MockPrinter:
        opened.append(MockPrinter(tmp_path))
        return opened[-1]

    printer = DeferredPrinter(open_printer)
    assert opened == []  # nothing loads until it is needed
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda n: printer.print(ticket(job_id=f"job-{n}")), range(8)))
    assert all(result.ok for result in results)
    assert len(opened) == 1
    assert len(printer.jobs) == 8  # the mock printer's own attributes pass through


def test_a_failed_open_is_raised_and_tried_again(tmp_path):
    attempts = []

    def open_printer() -> MockPrinter:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("no such device")
        return MockPrinter(tmp_path)

    printer = DeferredPrinter(open_printer)
    with pytest.raises(OSError, match="no such device"):
        printer.open()
    assert printer.print(ticket()).ok
    assert len(attempts) == 2


def test_close_before_open_opens_nothing(tmp_path):
    printer = DeferredPrinter(lambda: pytest.fail("must not open"))
    printer.close()
