"""Headphones plugged into the terminal: the sound card's jack switch, read from its Linux input
device (python-evdev). Intel HDA and most USB codecs report the jack as an input device ("HDA Intel
PCH Headphone", see ``/proc/bus/input/devices``) sending ``EV_SW`` / ``SW_HEADPHONE_INSERT``; a
plug-in (value 1) calls ``on_plugged`` from the watcher's own thread.

A card that does not report its jack has no such device: then nothing can be detected (the
configuration leaves ``speech.headphones_device`` empty). Unplugged device or no permission: the
watcher logs it once and keeps trying, as the evdev scanner does.
"""

from __future__ import annotations

import logging
import select
import threading
from collections.abc import Callable
from typing import Any

from kiosk.log import LogArea

log = logging.getLogger(LogArea.SPEECH.logger_name)

EV_SW = 5
SW_HEADPHONE_INSERT = 2
PLUGGED = 1
POLL_S = 0.2


def open_input_device(path: str) -> Any:
    import evdev  # Linux only; imported when a device is configured

    return evdev.InputDevice(path)


class HeadphoneJack:
    def __init__(
        self,
        path: str,
        on_plugged: Callable[[], None],
        *,
        open_device: Callable[[str], Any] = open_input_device,
        reconnect_s: float = 2.0,
    ) -> None:
        self.path = path
        self._on_plugged = on_plugged
        self._open_device = open_device
        self._reconnect_s = reconnect_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="headphones", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)

    def _run(self) -> None:
        said = False
        while not self._stop.is_set():
            try:
                device = self._open_device(self.path)
            except (OSError, ImportError) as exc:
                if not said:
                    log.warning("headphone jack %s not readable: %s", self.path, exc)
                    said = True
                self._stop.wait(self._reconnect_s)
                continue
            said = False
            try:
                self._read(device)
            except OSError as exc:
                log.warning("headphone jack %s lost: %s", self.path, exc)
                said = True
            finally:
                device.close()
            self._stop.wait(self._reconnect_s)

    def _read(self, device: Any) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([device.fd], [], [], POLL_S)
            if not ready:
                continue
            try:
                events = list(device.read())
            except BlockingIOError:
                continue
            for event in events:
                if (event.type, event.code, event.value) == (EV_SW, SW_HEADPHONE_INSERT, PLUGGED):
                    log.info("headphones plugged in")
                    self._on_plugged()
