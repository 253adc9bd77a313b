"""The suite's strict habits that need no Qt, used by the root conftest's autouse fixtures.

- ``KIOSK_*`` environment variables are cleared for every test (a developer's settings never
  leak into a test; a test sets what it needs with ``monkeypatch.setenv``).
- A WARNING-or-above log record a test did not declare fails it. A test that expects one says
  so with ``@pytest.mark.expected_log("kiosk.outbox", "parked")`` (a logger or its parent, and a
  substring of the message), or takes ``caplog`` and checks the records itself.
- A thread started by a test and still running after its teardown fails it.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

KIOSK_PREFIX = "KIOSK_"
ANYIO_WORKER = "AnyIO worker thread"
THREAD_GRACE_S = 5.0  # a thread told to stop may still be on its way out when teardown ends


def clear_kiosk_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith(KIOSK_PREFIX)]:
        monkeypatch.delenv(name)


class WarningRecords(logging.Handler):
    """Collects WARNING-or-above records from the root logger while installed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _declared(record: logging.LogRecord, expected: list[tuple[str, str]]) -> bool:
    message = record.getMessage()
    return any(
        (record.name == area or record.name.startswith(area + ".")) and text in message
        for area, text in expected
    )


def expected_logs(item: pytest.Item) -> list[tuple[str, str]]:
    expected = []
    for mark in item.iter_markers("expected_log"):
        area, text = mark.args
        expected.append((area, text))
    return expected


@contextmanager
def no_unexpected_warnings(item: pytest.Item) -> Iterator[None]:
    """Fails the test if a WARNING-or-above record that it did not declare was logged."""
    handler = WarningRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if "caplog" in getattr(item, "fixturenames", ()):
        return  # the test reads its log records itself
    expected = expected_logs(item)
    unexpected = [r for r in handler.records if not _declared(r, expected)]
    if unexpected:
        lines = [f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected]
        pytest.fail(
            "unexpected log records (declare them with @pytest.mark.expected_log(logger, "
            "text) or check them with caplog):\n" + "\n".join(lines),
            pytrace=False,
        )


def _belongs_to_the_session(thread: threading.Thread) -> bool:
    """Threads no test owns: the session's central server runs its handlers on AnyIO's worker
    pool (started on demand, idle ones end after 10 s); threads Qt or C code started show up
    as dummies that cannot be joined."""
    return thread.name == ANYIO_WORKER or isinstance(thread, threading._DummyThread)


def _describe(thread: threading.Thread) -> str:
    target = getattr(thread, "_target", None)
    where = getattr(target, "__qualname__", None) or type(thread).__qualname__
    kind = "daemon" if thread.daemon else "non-daemon"
    return f"{thread.name!r} ({where}, {kind})"


@contextmanager
def no_leaked_threads() -> Iterator[None]:
    """Fails the test if a thread it started is still alive once its fixtures are torn down."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    leaked = []
    for thread in threading.enumerate():
        if thread in before or _belongs_to_the_session(thread):
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            leaked.append(thread)
    if leaked:
        names = ", ".join(_describe(t) for t in leaked)
        pytest.fail(f"the test left {len(leaked)} thread(s) running: {names}", pytrace=False)
