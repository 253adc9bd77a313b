"""The task runner's lanes, and what happens to work asked for while the app closes."""

from __future__ import annotations

import threading
from typing import Any

from kiosk.tasks import Outcome, TaskRunner


def _direct(then: Any, outcome: Outcome[Any]) -> None:
    then(outcome)


def test_a_task_runs_off_the_calling_thread_and_its_outcome_is_delivered() -> None:
    done = threading.Event()
    seen: list[Outcome[str]] = []

    def then(outcome: Outcome[str]) -> None:
        seen.append(outcome)
        done.set()

    runner = TaskRunner(_direct)
    runner.run_printer(lambda: threading.current_thread().name, then)
    assert done.wait(5)
    runner.shutdown()
    assert seen[0].ok
    assert str(seen[0].value).startswith("kiosk-printer")


def test_work_asked_for_after_shutdown_is_dropped_not_raised() -> None:
    runner = TaskRunner(_direct)
    runner.shutdown()
    ran: list[str] = []
    io = runner.run_io(lambda: ran.append("io"), lambda _: ran.append("io then"))
    printer = runner.run_printer(lambda: ran.append("printer"), lambda _: ran.append("then"))
    assert io.cancelled()
    assert printer.cancelled()
    assert ran == []
