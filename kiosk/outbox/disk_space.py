"""The free space under the outbox's file, watched so that staff and the fleet are warned well
before writes start failing, and no new customer is served once it is under the reserve kept for
the records already promised (a held ticket's release, a delivery's mark).

``low_bytes``: a warning (``disk_low``); ``reserve_bytes``: no new entry (``disk_full``). Measuring
is one ``statvfs``: cheap enough to do before every new entry.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kiosk.log import LogArea
from kiosk.outbox.health import DiskLevel

log = logging.getLogger(LogArea.OUTBOX.logger_name)

DEFAULT_LOW_BYTES = 200_000_000
DEFAULT_RESERVE_BYTES = 20_000_000


class _Usage(Protocol):
    @property
    def free(self) -> int: ...


class DiskWatch:
    def __init__(
        self,
        path: Path,
        *,
        low_bytes: int = DEFAULT_LOW_BYTES,
        reserve_bytes: int = DEFAULT_RESERVE_BYTES,
        usage: Callable[[Path], _Usage] | None = None,  # shutil.disk_usage
    ) -> None:
        if reserve_bytes > low_bytes:
            raise ValueError("the reserve must not be above the warning level")
        self.path = path
        self.low_bytes = low_bytes
        self.reserve_bytes = reserve_bytes
        self._usage: Callable[[Path], _Usage] = usage or shutil.disk_usage
        self._last: DiskLevel | None = None

    def measure(self) -> tuple[DiskLevel, int | None]:
        """The level and the free bytes now (None when they cannot be measured: then the level
        is OK and SQLite's own errors tell)."""
        try:
            free = int(self._usage(self.path).free)
        except OSError as exc:
            log.warning("free space under %s unknown: %s", self.path, exc.strerror)
            return DiskLevel.OK, None
        if self.below_reserve(free):
            level = DiskLevel.FULL
        elif free < self.low_bytes:
            level = DiskLevel.LOW
        else:
            level = DiskLevel.OK
        if level is not self._last:
            self._log_change(level, free)
            self._last = level
        return level, free

    def below_reserve(self, free: int | None) -> bool:
        return free is not None and free < self.reserve_bytes

    def _log_change(self, level: DiskLevel, free: int) -> None:
        mb = free / 1e6
        if level is DiskLevel.OK:
            if self._last is not None:
                log.info("free space under the outbox back to %.1f MB", mb)
        elif level is DiskLevel.LOW:
            log.warning("free space under the outbox low: %.1f MB", mb)
        else:
            log.error("free space under the outbox under the reserve: %.1f MB", mb)
