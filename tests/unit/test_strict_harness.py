"""The suite's own strict habits (tests/support/strict_harness.py) catch what they promise to."""

from __future__ import annotations

import logging
import os
import threading

import pytest
import strict_harness
from strict_harness import clear_kiosk_environment, no_leaked_threads, no_unexpected_warnings


class FakeItem:
    """The two things the log check reads from a test item."""

    def __init__(self, *expected: tuple[str, str], fixturenames: tuple[str, ...] = ()) -> None:
        self.fixturenames = fixturenames
        self._marks = [pytest.mark.expected_log(*pair).mark for pair in expected]

    def iter_markers(self, name: str):
        return iter([mark for mark in self._marks if mark.name == name])


def test_no_kiosk_setting_reaches_a_test(monkeypatch):
    assert not [name for name in os.environ if name.startswith("KIOSK_")]
    monkeypatch.setenv("KIOSK_API_URL", "http://developer")
    clear_kiosk_environment(monkeypatch)
    assert "KIOSK_API_URL" not in os.environ


# The records these tests log on purpose reach the real check around them too: declared here.
ON_PURPOSE = pytest.mark.expected_log("kiosk", "is full")


@ON_PURPOSE
def test_an_undeclared_warning_fails_the_test_and_names_the_record():
    with (
        pytest.raises(pytest.fail.Exception, match=r"WARNING kiosk\.outbox: queue is full"),
        no_unexpected_warnings(FakeItem()),
    ):
        logging.getLogger("kiosk.outbox").warning("queue is full")


@ON_PURPOSE
@pytest.mark.expected_log("kioskette", "is full")
def test_a_declared_warning_of_the_logger_or_its_child_passes():
    item = FakeItem(("kiosk", "is full"))
    with no_unexpected_warnings(item):
        logging.getLogger("kiosk.outbox").warning("queue is full")
        logging.getLogger("kiosk").error("disk is full")
        logging.getLogger("kiosk.outbox").info("anything below WARNING is not checked")
    with pytest.raises(pytest.fail.Exception, match="kioskette"), no_unexpected_warnings(item):
        logging.getLogger("kioskette").warning("queue is full")  # not a child of "kiosk"


@ON_PURPOSE
def test_a_test_with_caplog_checks_its_records_itself():
    with no_unexpected_warnings(FakeItem(fixturenames=("caplog",))):
        logging.getLogger("kiosk.outbox").warning("queue is full")


def test_a_thread_left_running_fails_the_test_and_names_it(monkeypatch):
    monkeypatch.setattr(strict_harness, "THREAD_GRACE_S", 0.05)
    stop = threading.Event()
    left = threading.Thread(target=stop.wait, name="left-behind", daemon=True)
    try:
        with (
            pytest.raises(pytest.fail.Exception, match=r"'left-behind' \(Event.wait, daemon\)"),
            no_leaked_threads(),
        ):
            left.start()
    finally:
        stop.set()
        left.join()


def test_a_thread_on_its_way_out_is_waited_for():
    stop = threading.Event()
    with no_leaked_threads():
        threading.Thread(target=stop.wait, args=(0.2,), name="ending").start()
