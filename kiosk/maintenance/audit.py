"""The maintenance audit: every staff action with the staff id and the time, kept as JSON lines
in the data directory (``maintenance-audit.jsonl``). Disk calls run on the io lane; the
dashboard shows the newest entries from memory."""

from __future__ import annotations

import collections
import datetime as dt
import json
import logging
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.log import LogArea

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

FILE_NAME = "maintenance-audit.jsonl"
SHOWN = 20


@dataclass(frozen=True)
class AuditEntry:
    at: str  # RFC 3339 with the offset; shown in Almaty time (kiosk.formatting)
    staff_id: str
    action: str
    detail: str = ""


class AuditLog:
    """Appends to ``path`` (None: memory only). Thread-safe; a failing disk is logged."""

    def __init__(self, path: Path | None, *, keep: int = SHOWN) -> None:
        self.path = path
        self._recent: collections.deque[AuditEntry] = collections.deque(maxlen=keep)
        self._lock = threading.Lock()

    def entry(
        self, staff_id: str, action: str, detail: str = "", at: dt.datetime | None = None
    ) -> AuditEntry:
        moment = at or dt.datetime.now(dt.UTC).astimezone()
        entry = AuditEntry(moment.isoformat(timespec="seconds"), staff_id, action, detail)
        with self._lock:
            self._recent.append(entry)
        return entry

    def write(self, entry: AuditEntry) -> None:
        """Disk I/O: on the io lane."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock, self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        except OSError as exc:
            log.error("maintenance audit not written to %s: %s", self.path, exc.strerror)

    def load(self) -> None:
        """Disk I/O: read the newest entries of earlier runs (on the io lane, at start)."""
        if self.path is None or not self.path.exists():
            return
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            log.error("maintenance audit %s not readable: %s", self.path, exc.strerror)
            return
        loaded = []
        for text in lines[-(self._recent.maxlen or SHOWN) :]:
            try:
                loaded.append(AuditEntry(**json.loads(text)))
            except (ValueError, TypeError):
                log.warning("a malformed line in the maintenance audit was skipped")
        with self._lock:
            newer = list(self._recent)
            self._recent.clear()
            self._recent.extend(loaded + newer)

    def recent(self) -> list[AuditEntry]:
        """Newest first."""
        with self._lock:
            return list(reversed(self._recent))
