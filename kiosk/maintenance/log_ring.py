"""The last log lines in memory, already masked, for the dashboard's log panel (no file reads on
the GUI thread): a handler on the root logger, behind the same redaction as every other."""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Iterable

from kiosk.log import RedactingFilter

DEFAULT_LINES = 200
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LogRing(logging.Handler):
    def __init__(self, capacity: int = DEFAULT_LINES, secrets: Iterable[str] = ()) -> None:
        super().__init__(logging.INFO)
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lines_lock = threading.Lock()
        self.addFilter(RedactingFilter(secrets))
        self.setFormatter(logging.Formatter(FORMAT, "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a broken record must not break logging
            self.handleError(record)
            return
        with self._lines_lock:
            self._lines.append(line)

    def lines(self, count: int = DEFAULT_LINES) -> list[str]:
        with self._lines_lock:
            return list(self._lines)[-count:]

    def install(self) -> LogRing:
        logging.getLogger().addHandler(self)
        return self

    def uninstall(self) -> None:
        logging.getLogger().removeHandler(self)
