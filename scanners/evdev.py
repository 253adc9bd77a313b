"""A keyboard scanner read straight from its Linux input device (python-evdev), grabbed
exclusively so its keys never reach the desktop, and decoded from key codes with the wedge's map,
so no keyboard layout is involved. Without python-evdev the module still imports; starting the
scanner then logs a clear error and does nothing.

Unplugged, the device read fails; the reader waits for the device path to come back (use a
stable path: /dev/input/by-id/...-event-kbd) and grabs it again.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import select
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.log import LogArea
from scanners.keymap import SHIFTS, TERMINATORS, char_for
from scanners.port import MAX_CODE_LENGTH, ThreadedScanner

log = logging.getLogger(LogArea.SCANNER.logger_name)

EV_KEY = 1
KEY_UP, KEY_DOWN = 0, 1  # 2 is auto-repeat


class EvdevUnavailableError(RuntimeError):
    """python-evdev is not installed (it is Linux-only and compiles against linux/input.h)."""


def open_input_device(path: str) -> Any:
    try:
        import evdev
    except ImportError as exc:
        raise EvdevUnavailableError(
            f"python-evdev is not available ({exc}): `pip install evdev` on Linux, "
            "or use the keyboard wedge instead (scanners.evdev_device unset)"
        ) from None
    return evdev.InputDevice(path)


class KeyCodeDecoder:
    """Key events → scanned lines: tracks Shift, ends a line on Enter or Tab."""

    def __init__(self) -> None:
        self._shift_down: set[int] = set()
        self._chars: list[str] = []

    def feed(self, code: int, value: int) -> str | None:
        """One key event; returns the line it completed, if any."""
        if code in SHIFTS:
            if value == KEY_UP:
                self._shift_down.discard(code)
            else:
                self._shift_down.add(code)
            return None
        if value != KEY_DOWN:
            return None
        if code in TERMINATORS:
            line, self._chars = "".join(self._chars), []
            return line
        char = char_for(code, shift=bool(self._shift_down))
        if char is not None and len(self._chars) <= MAX_CODE_LENGTH:  # longer is dropped anyway
            self._chars.append(char)
        return None


class EvdevScanner(ThreadedScanner):
    connected = Signal(bool)

    def __init__(
        self,
        path: str,
        *,
        grab: bool = True,
        reconnect_s: float = 1.0,
        open_device: Callable[[str], Any] = open_input_device,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("evdev", parent)
        self.path = path
        self._grab = grab
        self._reconnect_s = reconnect_s
        self._open_device = open_device

    def _run(self) -> None:
        said_missing = False
        while not self._stop.is_set():
            try:
                device = self._open_device(self.path)
                if self._grab:
                    device.grab()
            except EvdevUnavailableError as exc:
                log.error("evdev scanner %s cannot run: %s", self.path, exc)
                return
            except OSError as exc:
                if not said_missing:
                    hint = (
                        " (is the kiosk user in the 'input' group?)"
                        if exc.errno
                        in (
                            errno.EACCES,
                            errno.EPERM,
                        )
                        else ""
                    )
                    log.warning("evdev scanner %s not available: %s%s", self.path, exc, hint)
                    said_missing = True
                self._stop.wait(self._reconnect_s)
                continue
            log.info("evdev scanner %s grabbed", self.path)
            said_missing = False
            self.connected.emit(True)
            try:
                self._read(device)
            except OSError as exc:
                log.warning("evdev scanner %s lost (%s): waiting for it to return", self.path, exc)
                said_missing = True
            finally:
                self._release(device)
                self.connected.emit(False)
            self._stop.wait(self._reconnect_s)

    def _read(self, device: Any) -> None:
        decoder = KeyCodeDecoder()
        while not self._stop.is_set():
            ready, _, _ = select.select([device.fd], [], [], 0.2)
            if not ready:
                continue
            try:
                events = list(device.read())
            except BlockingIOError:  # woken with nothing to read: not a lost device
                continue
            for event in events:
                if event.type != EV_KEY:
                    continue
                line = decoder.feed(event.code, event.value)
                if line:
                    self.deliver(line)

    def _release(self, device: Any) -> None:
        if self._grab:
            with contextlib.suppress(OSError):  # gone with the device
                device.ungrab()
        device.close()
