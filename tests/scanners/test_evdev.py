"""The evdev scanner against a fake input device: the key-code mapping, the exclusive grab, the
read loop, and the device unplugged and back."""

from __future__ import annotations

import errno
import logging
import os
import threading
from dataclasses import dataclass

import pytest

from scanners.evdev import EV_KEY, EvdevScanner, EvdevUnavailableError, KeyCodeDecoder
from scanners.keymap import KEY_ENTER, KEY_LEFTSHIFT, KEY_TAB, codes_for

EV_SYN = 0


@dataclass
class Event:
    type: int
    code: int
    value: int


def key_events(text: str, terminator: int = KEY_ENTER) -> list[Event]:
    """What a scanner's input device reports for ``text``: Shift held around capitals."""
    events = []
    for code, shift in codes_for(text):
        if shift:
            events.append(Event(EV_KEY, KEY_LEFTSHIFT, 1))
        events += [Event(EV_KEY, code, 1), Event(EV_SYN, 0, 0), Event(EV_KEY, code, 0)]
        if shift:
            events.append(Event(EV_KEY, KEY_LEFTSHIFT, 0))
    return [*events, Event(EV_KEY, terminator, 1), Event(EV_KEY, terminator, 0)]


class FakeDevice:
    """python-evdev's InputDevice as the reader uses it: fd (readable when events wait), grab,
    read, ungrab, close."""

    def __init__(self) -> None:
        self._read_fd, self._write_fd = os.pipe()
        self.fd = self._read_fd
        self._events: list[Event] = []
        self._lock = threading.Lock()
        self.grabbed = False
        self.closed = False
        self.unplugged = False

    def grab(self) -> None:
        self.grabbed = True

    def ungrab(self) -> None:
        if self.unplugged:
            raise OSError(errno.ENODEV, "No such device")
        self.grabbed = False

    def push(self, events: list[Event]) -> None:
        with self._lock:
            self._events += events
        os.write(self._write_fd, b"x")

    def unplug(self) -> None:
        self.unplugged = True
        os.write(self._write_fd, b"x")

    def read(self):
        os.read(self._read_fd, 4096)
        if self.unplugged:
            raise OSError(errno.ENODEV, "No such device")
        with self._lock:
            events, self._events = self._events, []
        yield from events

    def close(self) -> None:
        self.closed = True
        os.close(self._read_fd)
        os.close(self._write_fd)


class FakeInput:
    """Opens FakeDevices at one path; ``present`` says whether the device is plugged in."""

    def __init__(self) -> None:
        self.present = True
        self.attempts = 0
        self.devices: list[FakeDevice] = []

    def __call__(self, path: str) -> FakeDevice:
        self.attempts += 1
        if not self.present:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", path)
        self.devices.append(FakeDevice())
        return self.devices[-1]


@pytest.fixture
def fake_input():
    return FakeInput()


@pytest.fixture
def scanner(fake_input):
    reader = EvdevScanner("/dev/input/by-id/scanner", reconnect_s=0.05, open_device=fake_input)
    yield reader
    reader.stop()
    assert not reader.running


def test_key_codes_map_to_the_code_whatever_the_layout():
    decoder = KeyCodeDecoder()
    lines = [decoder.feed(e.code, e.value) for e in key_events("RR123456785KZ") if e.type == EV_KEY]
    assert [line for line in lines if line is not None] == ["RR123456785KZ"]
    decoder = KeyCodeDecoder()
    lines = [decoder.feed(e.code, e.value) for e in key_events("a-b/9", KEY_TAB) if e.type]
    assert [line for line in lines if line is not None] == ["a-b/9"]


def test_the_device_is_grabbed_and_its_scans_arrive(qtbot, fake_input, scanner):
    with qtbot.waitSignal(scanner.connected, timeout=5000):
        scanner.start()
    device = fake_input.devices[0]
    assert device.grabbed
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
        device.push(key_events("RR123456785KZ"))
    assert blocker.args == ["RR123456785KZ", "evdev"]
    scanner.stop()
    assert device.closed
    assert not device.grabbed


def test_the_device_unplugged_and_back_is_grabbed_again(qtbot, fake_input, scanner, caplog):
    with qtbot.waitSignal(scanner.connected, timeout=5000):
        scanner.start()
    with caplog.at_level(logging.WARNING, "kiosk.scanner"):
        with qtbot.waitSignal(scanner.connected, timeout=5000) as lost:
            fake_input.present = False
            fake_input.devices[0].unplug()
        assert lost.args == [False]
        opened = len(fake_input.devices)
        qtbot.waitUntil(lambda: fake_input.attempts > opened + 2, timeout=5000)
    assert "lost ([Errno 19]" in caplog.text
    assert len(caplog.records) == 1  # one line for the unplug, none per retry
    with qtbot.waitSignal(scanner.connected, timeout=5000):
        fake_input.present = True
    device = fake_input.devices[-1]
    assert device.grabbed
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
        device.push(key_events("4006381333931"))
    assert blocker.args == ["4006381333931", "evdev"]


def test_without_python_evdev_it_says_so_and_stops(qtbot, caplog):
    def missing(path: str):
        raise EvdevUnavailableError("python-evdev is not available")

    reader = EvdevScanner("/dev/input/event7", open_device=missing)
    with caplog.at_level(logging.ERROR, "kiosk.scanner"):
        reader.start()
        qtbot.waitUntil(lambda: not reader.running, timeout=5000)
    assert "python-evdev is not available" in caplog.text
    reader.stop()
