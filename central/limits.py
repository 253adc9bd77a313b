"""Server-side request limits per terminal, counted where every worker of the server sees them.

A fixed window (a minute by default): each lookup adds one to the terminal's counter for the
current window; a lookup that finds nothing also adds one to a tighter "not found" counter. Over the
limit → 429 with ``Retry-After`` (the seconds until the window ends), which the kiosk honours.

On PostgreSQL the counters are rows that every worker process shares (one atomic upsert a
request). SQLite serves from one process only (``--workers`` is refused there), so there the
counters are kept in that process: the same counts, without a database write on every lookup
(which cost five times the lookup itself: tests/bench/bench_central.py).
"""

from __future__ import annotations

import threading
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import ReturningInsert

from central.db import Database, RequestCounter
from central.problems import ProblemError


class Counted(StrEnum):
    LOOKUP = "lookup"
    NOT_FOUND = "not_found"
    WRONG_PICKUP_CODE = "wrong_pickup_code"


_WHAT = {
    Counted.LOOKUP: "lookups",
    Counted.NOT_FOUND: "lookups of unknown numbers",
    Counted.WRONG_PICKUP_CODE: "wrong pickup codes",
}


def _upsert(dialect: str) -> ReturningInsert[int]:
    """Add one to a counter, creating it at 1, and return the new count: one atomic statement, so
    concurrent requests on any worker each get a count of their own."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(RequestCounter)
    return statement.on_conflict_do_update(
        index_elements=["terminal_id", "kind", "window_start"],
        set_={"count": RequestCounter.count + 1},
    ).returning(RequestCounter.count)


class RequestLimiter:
    def __init__(
        self,
        db: Database,
        window_s: int,
        kinds: tuple[Counted, ...] = (Counted.LOOKUP, Counted.NOT_FOUND),
    ) -> None:
        """Count ``kinds`` in windows of ``window_s``; the counters of other kinds (another
        limiter's, with windows of another length) are not this one's to sweep."""
        self._db = db
        self._window_s = window_s
        self._kinds = [str(kind) for kind in kinds]
        self._upsert = _upsert(db.dialect)
        self._swept_window = -1
        self._shared = db.dialect == "postgresql"
        self._in_process: dict[tuple[str, str, int], int] = {}
        self._lock = threading.Lock()

    def count(self, terminal_id: str, kind: Counted, limit: int, now: datetime) -> None:
        """Count one request; raise 429 when it is over ``limit`` in this window."""
        epoch = int(now.timestamp())
        window_start = epoch - epoch % self._window_s
        if self._shared:
            used = self._count_in_database(terminal_id, kind, window_start)
        else:
            used = self._count_in_process(terminal_id, kind, window_start)
        if used > limit:
            retry_after = max(1, window_start + self._window_s - epoch)
            what = _WHAT[kind]
            raise ProblemError(
                429,
                "rate_limited",
                f"Too many {what} from this terminal; try again in {retry_after} s.",
                headers={"Retry-After": str(retry_after)},
            )

    def refund(self, terminal_id: str, kind: Counted, now: datetime) -> None:
        """Take back one count of this window: a try counted before its outcome was known (a
        pickup code counts as wrong until it proves right, so concurrent tries cannot overrun
        the limit)."""
        epoch = int(now.timestamp())
        window_start = epoch - epoch % self._window_s
        if not self._shared:
            with self._lock:
                key = (terminal_id, str(kind), window_start)
                if self._in_process.get(key, 0) > 0:
                    self._in_process[key] -= 1
            return
        with self._db.write_connection() as connection:
            connection.execute(
                update(RequestCounter)
                .where(
                    RequestCounter.terminal_id == terminal_id,
                    RequestCounter.kind == str(kind),
                    RequestCounter.window_start == window_start,
                    RequestCounter.count > 0,
                )
                .values(count=RequestCounter.count - 1)
            )

    def forget(self) -> None:
        """Drop the counts kept in this process (the dev reset; the database's go with its rows)."""
        with self._lock:
            self._in_process.clear()

    def _count_in_process(self, terminal_id: str, kind: Counted, window_start: int) -> int:
        with self._lock:
            if self._swept_window != window_start:  # a new window: the old counts are done
                self._swept_window = window_start
                old = [key for key in self._in_process if key[2] < window_start]
                for key in old:
                    del self._in_process[key]
            key = (terminal_id, str(kind), window_start)
            used = self._in_process.get(key, 0) + 1
            self._in_process[key] = used
            return used

    def _count_in_database(self, terminal_id: str, kind: Counted, window_start: int) -> int:
        with self._db.write_connection() as connection:
            used = connection.execute(
                self._upsert.values(
                    terminal_id=terminal_id, kind=str(kind), window_start=window_start, count=1
                )
            ).scalar_one()
        if self._swept_window != window_start:  # once a window per process: drop old counters
            self._swept_window = window_start
            with self._db.write_connection() as connection:
                connection.execute(
                    delete(RequestCounter).where(
                        RequestCounter.window_start < window_start,
                        RequestCounter.kind.in_(self._kinds),
                    )
                )
        return int(used)
