"""What the outbox knows of its own disk, kept in memory so that the heartbeat, the dashboard and
the terminal's availability can read it without touching the disk.

A failed read or write is classified by the error SQLite (or the OS) gave: the disk is full, the
data directory is read-only, an I/O error, or the file is damaged; the fault lasts until a write
succeeds again. Beside it: what was salvaged at start (:mod:`kiosk.outbox.salvage`) and the free
space the disk watch last measured (:mod:`kiosk.outbox.disk_space`).

Alerts are the heartbeat's strings: a stable code, ``:``, a detail.
"""

from __future__ import annotations

import enum
import errno
import sqlite3
import threading
from dataclasses import dataclass


class Fault(enum.StrEnum):
    """Why the outbox cannot keep what it is given (the alerts' codes)."""

    DISK_FULL = "disk_full"
    READ_ONLY = "data_dir_read_only"
    IO_ERROR = "disk_io_error"
    UNREADABLE = "outbox_unreadable"


class DiskLevel(enum.StrEnum):
    OK = "ok"
    LOW = "disk_low"  # a warning: writes still work
    FULL = "disk_full"  # below the reserve: no new customers


class StorageError(Exception):
    """A read or write of the outbox failed; ``fault`` says why, the message is SQLite's."""

    def __init__(self, fault: Fault, detail: str) -> None:
        super().__init__(f"{fault}: {detail}")
        self.fault = fault
        self.detail = detail


_SQLITE_FAULTS = {
    "SQLITE_FULL": Fault.DISK_FULL,
    "SQLITE_READONLY": Fault.READ_ONLY,
    "SQLITE_CANTOPEN": Fault.READ_ONLY,
    "SQLITE_IOERR": Fault.IO_ERROR,
    "SQLITE_CORRUPT": Fault.UNREADABLE,
    "SQLITE_NOTADB": Fault.UNREADABLE,
}
_OS_FAULTS = {
    errno.ENOSPC: Fault.DISK_FULL,
    errno.EDQUOT: Fault.DISK_FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.READ_ONLY,
    errno.EPERM: Fault.READ_ONLY,
    errno.EIO: Fault.IO_ERROR,
}


def classify(error: BaseException) -> Fault | None:
    """The fault behind an error of SQLite or the OS; None for anything else (a bug, a busy
    file, a constraint)."""
    if isinstance(error, StorageError):
        return error.fault
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        for prefix, fault in _SQLITE_FAULTS.items():
            if name == prefix or name.startswith(prefix + "_"):
                return fault
        text = str(error).lower()  # errors raised before a code is known (connect)
        if "malformed" in text or "not a database" in text:
            return Fault.UNREADABLE
        if "readonly" in text or "unable to open" in text:
            return Fault.READ_ONLY
        return None
    if isinstance(error, OSError) and error.errno is not None:
        return _OS_FAULTS.get(error.errno)
    return None


@dataclass(frozen=True)
class SalvageReport:
    """What the start found wrong with the outbox file and what it kept."""

    reason: str  # why the file was not opened as it was (SQLite's words)
    kept_as: str  # the file's name, moved aside (never deleted); "" when it was not moved
    rows_saved: int
    rows_lost: int  # ids the table had that could not be read

    def alert(self) -> str:
        kept = f", old file kept as {self.kept_as}" if self.kept_as else ""
        return (
            f"outbox_salvaged:{self.rows_saved} entries saved, {self.rows_lost} lost"
            f"{kept} ({self.reason})"
        )


class StoreHealth:
    """Thread-safe; memory only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault: tuple[Fault, str] | None = None
        self._pinned = False  # a fault that no write can clear (the directory is read-only)
        self.salvaged: SalvageReport | None = None
        self._disk: tuple[DiskLevel, int | None] = (DiskLevel.OK, None)  # level, free bytes
        self.failures = 0  # failed reads and writes since the start

    def failed(self, fault: Fault, detail: str) -> None:
        with self._lock:
            self.failures += 1
            if not self._pinned:
                self._fault = (fault, detail[:200])

    def pin(self, fault: Fault, detail: str) -> None:
        """A fault for the whole run (the data directory could not be written at start)."""
        with self._lock:
            self._fault, self._pinned = (fault, detail[:200]), True

    def wrote(self) -> None:
        """A write was committed: the disk takes writes again (a damaged file stays damaged:
        that fault lasts until the file is salvaged)."""
        with self._lock:
            fault = self._fault
            if fault is not None and not self._pinned and fault[0] is not Fault.UNREADABLE:
                self._fault = None

    def salvaged_now(self, report: SalvageReport) -> None:
        """The file was salvaged: what it held is readable again."""
        with self._lock:
            self.salvaged = report
            if self._fault is not None and self._fault[0] is Fault.UNREADABLE:
                self._fault = None

    def measured(self, level: DiskLevel, free_bytes: int | None) -> None:
        with self._lock:
            self._disk = (level, free_bytes)

    @property
    def fault(self) -> tuple[Fault, str] | None:
        with self._lock:
            return self._fault

    @property
    def disk(self) -> tuple[DiskLevel, int | None]:
        with self._lock:
            return self._disk

    def blocking(self) -> str | None:
        """Why no new customer may be served (a ticket's record or a dispatch could not be
        kept), or None."""
        with self._lock:
            fault, (level, free) = self._fault, self._disk
        if fault is not None and fault[0] is not Fault.UNREADABLE:
            return f"{fault[0]}: {fault[1]}"
        if level is DiskLevel.FULL:
            return f"{DiskLevel.FULL}: {_mb(free)} free"
        return None

    def alerts(self) -> list[str]:
        """The heartbeat's alerts for the outbox's disk."""
        with self._lock:
            fault, (level, free), salvaged = self._fault, self._disk, self.salvaged
        found = [] if salvaged is None else [salvaged.alert()]
        if fault is not None:
            found.append(f"{fault[0]}:{fault[1]}")
        if level is not DiskLevel.OK and (fault is None or fault[0] is not Fault.DISK_FULL):
            found.append(f"{level}:{_mb(free)} free")
        return found


def _mb(free: int | None) -> str:
    return "unknown" if free is None else f"{free / 1e6:.1f} MB"
