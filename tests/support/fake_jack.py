"""A sound card's headphone jack as python-evdev's InputDevice shows it to the watcher
(voices/headphones.py): fd (readable when events wait), read, close."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from voices.headphones import EV_SW, SW_HEADPHONE_INSERT


@dataclass
class Event:
    type: int
    code: int
    value: int


class FakeJack:
    def __init__(self) -> None:
        self.fd, self._write_fd = os.pipe()
        self._events: list[Event] = []
        self._lock = threading.Lock()
        self.closed = threading.Event()

    def push(self, *events: Event) -> None:
        with self._lock:
            self._events += events
        os.write(self._write_fd, b"x")

    def plug_in(self) -> None:
        self.push(Event(EV_SW, SW_HEADPHONE_INSERT, 1))

    def read(self):
        os.read(self.fd, 4096)
        with self._lock:
            events, self._events = self._events, []
        yield from events

    def close(self) -> None:
        os.close(self.fd)
        os.close(self._write_fd)
        self.closed.set()
