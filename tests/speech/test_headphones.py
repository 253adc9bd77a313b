"""Headphones plugged in switch speech on: the jack watcher against a fake input device (the
sound card's SW_HEADPHONE_INSERT switch), and through the app's wiring to the controller."""

from __future__ import annotations

import threading

import pytest
from fake_jack import Event, FakeJack

from voices.headphones import EV_SW, SW_HEADPHONE_INSERT, HeadphoneJack

EV_KEY = 1


def test_a_plug_in_is_told_and_nothing_else_is():
    jack = FakeJack()
    plugged = threading.Event()
    calls: list[str] = []

    def on_plugged() -> None:
        calls.append("plugged")
        plugged.set()

    watcher = HeadphoneJack("/dev/input/jack", on_plugged, open_device=lambda path: jack)
    watcher.start()
    try:
        jack.push(
            Event(EV_KEY, 30, 1),  # not a switch
            Event(EV_SW, SW_HEADPHONE_INSERT, 0),  # pulled out
            Event(EV_SW, 4, 1),  # another switch (the microphone)
        )
        jack.push(Event(EV_SW, SW_HEADPHONE_INSERT, 1))
        assert plugged.wait(5)
    finally:
        watcher.stop()
    assert calls == ["plugged"]
    assert jack.closed.is_set()


@pytest.mark.expected_log("kiosk.speech", "headphone jack /dev/input/none not readable")
def test_a_missing_device_is_said_once_and_the_watcher_still_stops():
    tried = threading.Event()

    def missing(path: str):
        tried.set()
        raise FileNotFoundError(2, "No such file or directory", path)

    watcher = HeadphoneJack("/dev/input/none", lambda: None, open_device=missing)
    watcher.start()
    assert tried.wait(5)
    watcher.stop()
