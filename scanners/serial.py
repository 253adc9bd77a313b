"""A serial (or USB CDC-ACM) scanner: lines ended by CR or LF, read by pyserial on a worker thread.

When the scanner is unplugged the read fails; the reader closes the port, says so once in the log
and opens it again every ``reconnect_s`` until the scanner is back (a udev symlink such as
/dev/kiosk-scanner, deploy/udev/61-kiosk-scanner.rules, keeps the path the same).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.log import LogArea
from scanners.port import ThreadedScanner

log = logging.getLogger(LogArea.SCANNER.logger_name)

_LINE_END = re.compile(rb"[\r\n]")
_MAX_PENDING = 4096  # bytes without a line end: not a scanner talking, dropped


def _open_serial(port: str, baudrate: int) -> Any:
    import serial

    return serial.Serial(port, baudrate, timeout=0.2)


class SerialScanner(ThreadedScanner):
    connected = Signal(bool)  # the port is open (True) or lost (False)

    def __init__(
        self,
        port: str,
        baudrate: int = 9600,
        *,
        reconnect_s: float = 1.0,
        open_port: Callable[[str, int], Any] = _open_serial,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("serial", parent)
        self.port = port
        self._baudrate = baudrate
        self._reconnect_s = reconnect_s
        self._open_port = open_port
        self.online = False  # the port is open now

    def _run(self) -> None:
        said_missing = False
        while not self._stop.is_set():
            try:
                connection = self._open_port(self.port, self._baudrate)
            except (OSError, ValueError) as exc:  # SerialException is an OSError
                if not said_missing:
                    log.warning("serial scanner %s is not there (%s): retrying", self.port, exc)
                    said_missing = True
                self._stop.wait(self._reconnect_s)
                continue
            log.info("serial scanner %s connected", self.port)
            said_missing = False
            self.online = True
            self.connected.emit(True)
            try:
                self._read_lines(connection)
            except OSError as exc:
                log.warning("serial scanner %s lost (%s): waiting for it to return", self.port, exc)
                said_missing = True
            finally:
                connection.close()
                self.online = False
                self.connected.emit(False)
            self._stop.wait(self._reconnect_s)

    def _read_lines(self, connection: Any) -> None:
        pending = b""
        while not self._stop.is_set():
            chunk = connection.read(max(1, connection.in_waiting))
            if not chunk:
                continue
            *lines, pending = _LINE_END.split(pending + chunk)
            for line in lines:
                if line:
                    self.deliver(line)
            if len(pending) > _MAX_PENDING:
                log.warning(
                    "serial scanner %s: %d bytes without a line end dropped",
                    self.port,
                    len(pending),
                )
                pending = b""
