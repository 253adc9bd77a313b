"""Opening the outbox whatever its file looks like: the terminal starts, and nothing that can be
read is lost.

- The file opens and passes SQLite's ``quick_check``: it is used as it is.
- It cannot be opened, or fails the check (not a database, truncated, a damaged page): it is moved
  aside (``outbox.sqlite3.broken-<time>``, with its journal; kept, never deleted), a fresh file is
  made, and every row that can still be read is copied into it with its idempotency key and state,
  so a pending entry is delivered once and a delivered one is not sent again. A whole scan of a
  table stops at a damaged page; the ids it could not reach are then read one by one, so only the
  rows on damaged pages are lost (counted).
- The data directory cannot be written: the outbox is kept in memory with the rows of the file as
  they can be read (delivered from there), and the fault is pinned: the terminal stays out of
  service for the run (no new entry can be kept) but keeps its heartbeat.

What happened is in the store's health (:class:`kiosk.outbox.health.SalvageReport`), for the
dashboard and the heartbeat's alerts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from kiosk.log import LogArea
from kiosk.outbox.disk_space import DiskWatch
from kiosk.outbox.dispatches import DispatchQueue
from kiosk.outbox.health import Fault, SalvageReport, StorageError, classify
from kiosk.outbox.queue import DeliveryQueue
from kiosk.outbox.staff_writes import StaffWriteQueue
from kiosk.outbox.store import OutboxStore
from kiosk.outbox.ticket_records import TicketRecordQueue

log = logging.getLogger(LogArea.OUTBOX.logger_name)

BROKEN = ".broken-"
JOURNALS = ("-wal", "-shm")
MAX_IDS = 1_000_000  # ids read one by one at most per table (a damaged counter could say more)
_PROBE = ".outbox-write-probe"
SQLITE_HEADER = b"SQLite format 3\x00"


def open_store(
    path: Path, *, clock: Callable[[], float], disk: DiskWatch | None = None
) -> OutboxStore:
    """The outbox's store at ``path``, whatever its file looks like (see the module's words).
    Never raises: when even the salvage fails, the outbox is kept in memory, the fault pinned."""
    try:
        return _open_store(path, clock=clock, disk=disk)
    except Exception as error:
        log.exception("outbox %s could not be opened nor salvaged", path)
        return _in_memory(path, f"{type(error).__name__}: {error}", clock, Fault.IO_ERROR)


def _open_store(path: Path, *, clock: Callable[[], float], disk: DiskWatch | None) -> OutboxStore:
    unwritable = _cannot_write(path.parent)
    if unwritable is not None:
        return _in_memory(path, unwritable, clock)
    try:
        store = OutboxStore(path, clock=clock, disk=disk)
    except (sqlite3.Error, StorageError) as error:
        fault = classify(error)
        if fault in (Fault.READ_ONLY, Fault.DISK_FULL):  # not the file's fault: kept as it is
            return _in_memory(path, f"{type(error).__name__}: {error}", clock, fault)
        return salvage(path, f"cannot be opened: {error}", clock=clock, disk=disk)
    problem = integrity_problem(store)
    if problem is None:
        return store
    store.close()
    return salvage(path, f"integrity check: {problem}", clock=clock, disk=disk)


def integrity_problem(store: OutboxStore) -> str | None:
    """SQLite's ``quick_check`` of the file (every page of every table and index): None when it
    is sound, else its first complaint."""
    try:
        rows = store.execute("PRAGMA quick_check")
    except (sqlite3.Error, StorageError) as error:
        return str(error)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def salvage(
    path: Path, reason: str, *, clock: Callable[[], float], disk: DiskWatch | None = None
) -> OutboxStore:
    """Move the file aside, make a fresh one, copy into it every row that can be read."""
    aside = _aside(path, clock())
    for suffix in ("", *JOURNALS):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, f"{aside}{suffix}")
    store = OutboxStore(path, clock=clock, disk=disk)
    saved, lost = copy_rows(aside, store, read_only=False)
    _salvaged(store, SalvageReport(reason[:200], aside.name, saved, lost))
    return store


def salvage_in_place(store: OutboxStore, reason: str) -> SalvageReport:
    """The file went bad while the kiosk runs: the same as at start, under the store's lock (the
    other threads wait for it), on the store they already hold."""
    aside = _aside(store.path, store.clock())
    with store.rebuilding(aside):
        saved, lost = copy_rows(aside, store, read_only=False)
    report = SalvageReport(reason[:200], aside.name, saved, lost)
    _salvaged(store, report)
    return report


def _aside(path: Path, now: float) -> Path:
    stamp = dt.datetime.fromtimestamp(now, dt.UTC).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}{BROKEN}{stamp}")
    n = 1
    while aside.exists():  # twice in a second
        aside = path.with_name(f"{path.name}{BROKEN}{stamp}-{n}")
        n += 1
    return aside


def _salvaged(store: OutboxStore, report: SalvageReport) -> None:
    store.health.salvaged_now(report)
    log.error(
        "outbox %s unusable (%s): moved aside as %s; %d entries saved, %d lost",
        store.path,
        report.reason,
        report.kept_as,
        report.rows_saved,
        report.rows_lost,
    )


def copy_rows(source: Path, store: OutboxStore, *, read_only: bool) -> tuple[int, int]:
    """Copy every readable, sound row of every queue from ``source`` into ``store`` (a file from
    before a queue existed has no table for it: nothing to copy); the rows saved and the rows
    lost."""
    saved = lost = 0
    queues: tuple[DeliveryQueue[Any], ...] = (
        DispatchQueue(store),
        TicketRecordQueue(store),
        StaffWriteQueue(store),
    )
    with _source(source, read_only) as db:
        if db is None:
            return 0, 0
        for queue in queues:
            rows, unreadable = read_table(db, queue.TABLE)
            good = _insert(store, queue, rows)
            saved += good
            lost += unreadable + len(rows) - good
    return saved, lost


@contextlib.contextmanager
def _source(path: Path, read_only: bool) -> Iterator[sqlite3.Connection | None]:
    """A connection to the file to read rows from (None when not even that): a copy of it made
    readable if it can be made (the file itself is kept as it is), else the file."""
    with tempfile.TemporaryDirectory(prefix="outbox-salvage-") as scratch:
        copy = _readable_copy(path, Path(scratch))
        if copy is not None:
            with _connection([str(copy)], copy) as db:
                if db is not None:
                    yield db
                    return
        uris = [f"file:{path}?mode=ro", f"file:{path}?immutable=1"] if read_only else [str(path)]
        if not read_only:
            uris.append(f"file:{path}?immutable=1")
        with _connection(uris, path) as db:
            yield db


def _readable_copy(path: Path, scratch: Path) -> Path | None:
    """A copy of the file and its journal, its header's page count set to the pages the file
    has (a truncated file's header promises more, and SQLite then reads nothing)."""
    copy = scratch / path.name
    try:
        data = bytearray(path.read_bytes())
        if data.startswith(SQLITE_HEADER) and len(data) >= 100:
            size = int.from_bytes(data[16:18], "big")
            page_size = 65536 if size == 1 else size
            if page_size >= 512:
                data[28:32] = (len(data) // page_size).to_bytes(4, "big")
        copy.write_bytes(bytes(data))
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, f"{copy}-wal")
    except OSError as error:
        log.debug("outbox salvage: no copy of %s: %s", path, error)
        return None
    return copy


@contextlib.contextmanager
def _connection(uris: list[str], path: Path) -> Iterator[sqlite3.Connection | None]:
    """The first of ``uris`` that opens and reads its schema, or None."""
    for uri in uris:
        try:
            db = sqlite3.connect(uri, uri=uri.startswith("file:"), check_same_thread=False)
        except sqlite3.Error:
            continue
        db.row_factory = sqlite3.Row
        with closing(db):
            try:  # a table whose root page is gone must not hide the others
                db.execute("PRAGMA writable_schema=ON")
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as error:
                log.debug("outbox rows: %s unreadable through %s: %s", path, uri, error)
                continue
            yield db
            return
    yield None


def read_table(db: sqlite3.Connection, table: str) -> tuple[list[sqlite3.Row], int]:
    """The rows of ``table`` that can be read, and how many ids could not be."""
    rows: dict[int, sqlite3.Row] = {}
    try:
        for row in db.execute(f"SELECT * FROM {table} ORDER BY id"):  # noqa: S608 - ours
            rows[int(row["id"])] = row
        return list(rows.values()), 0
    except (sqlite3.Error, ValueError, TypeError) as error:
        log.debug("outbox salvage: %s scan stopped: %s", table, error)
    top = min(MAX_IDS, max([*rows, _highest_id(db, table)]))
    unreadable = 0
    for row_id in range(1, top + 1):
        if row_id in rows:
            continue
        try:
            found = db.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()  # noqa: S608
        except sqlite3.Error:
            unreadable += 1
            continue
        if found is not None:
            rows[row_id] = found
    return [rows[k] for k in sorted(rows)], unreadable


def _highest_id(db: sqlite3.Connection, table: str) -> int:
    """The highest id the table ever gave (AUTOINCREMENT keeps it), or its largest one."""
    for sql in (
        "SELECT seq FROM sqlite_sequence WHERE name = ?",
        f"SELECT max(id) FROM {table} WHERE ? IS NOT NULL",  # noqa: S608 - ours
    ):
        try:
            found = db.execute(sql, (table,)).fetchone()
        except sqlite3.Error:
            continue
        if found is not None and isinstance(found[0], int):
            return found[0]
    return 0


def _insert(store: OutboxStore, queue: DeliveryQueue[Any], rows: list[sqlite3.Row]) -> int:
    """Insert the sound rows (their entry can be built, the table's constraints hold); how
    many."""
    columns = [str(r["name"]) for r in store.execute(f"PRAGMA table_info({queue.TABLE})")]
    saved = 0
    for row in rows:
        try:
            queue.entry_from_row(row)
        except (ValueError, KeyError, TypeError, IndexError) as error:
            log.debug("outbox salvage: %s #%s unsound: %s", queue.TABLE, row["id"], error)
            continue
        names = [c for c in columns if c in row.keys()]  # noqa: SIM118 - a Row's `in` is its values
        try:
            store.execute(
                f"INSERT INTO {queue.TABLE} ({', '.join(names)}) "  # noqa: S608 - ours
                f"VALUES ({', '.join('?' for _ in names)})",
                [row[c] for c in names],
            )
        except sqlite3.IntegrityError as error:
            log.debug("outbox salvage: %s #%s refused: %s", queue.TABLE, row["id"], error)
            continue
        saved += 1
    return saved


def _cannot_write(directory: Path) -> str | None:
    """Why nothing can be written in ``directory`` (made if missing), or None: a file is made,
    written, synced and removed (as root, permissions do not tell)."""
    probe = directory / _PROBE
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with probe.open("wb") as fh:
            fh.write(b"1")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            probe.unlink()
        if classify(error) is Fault.DISK_FULL:
            return None  # the file may still open: its writes report the full disk
        return f"{directory}: {error.strerror or error}"
    return None


def _in_memory(
    path: Path, why: str, clock: Callable[[], float], fault: Fault = Fault.READ_ONLY
) -> OutboxStore:
    """The data directory cannot be written: an outbox in memory, with what the file holds."""
    store = OutboxStore(path, clock=clock, in_memory=True)
    store.health.pin(fault, why)
    saved = lost = 0
    try:
        if path.exists():
            saved, lost = copy_rows(path, store, read_only=True)
    except Exception as error:  # not even read: the file stays as it is for the next start
        log.error("outbox %s not read: %s", path, error)
    log.error(
        "outbox %s cannot be written (%s): out of service; %d entries read into memory, %d lost",
        path,
        why,
        saved,
        lost,
    )
    return store
