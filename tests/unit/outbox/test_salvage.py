"""The outbox opens whatever its file looks like, with real damaged files: garbage, a truncated
file, a damaged page in each table, a read-only data directory. What can be read is kept, with its
key and state, and delivered once; the damaged file is kept aside."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from clocks import FakeClock
from disk_faults import (
    damage_page,
    is_root,
    remount,
    rowids_on,
    small_filesystem,
    table_pages,
    truncate,
    write_garbage,
)

from kiosk.models import DispatchRecord, TicketRecord
from kiosk.outbox import FILE_NAME, Outbox
from kiosk.outbox.health import Fault, StorageError

AT = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
ROWS = 400  # enough for several leaf pages per table

pytestmark = [  # every fault here is logged
    pytest.mark.expected_log("kiosk.outbox", "unusable"),
    pytest.mark.expected_log("kiosk.outbox", "cannot be written"),
    pytest.mark.expected_log("kiosk.outbox", "free space"),
    pytest.mark.expected_log("kiosk.outbox", "queue failed"),
]


class Server:
    """What the central server keeps: one record per idempotency key."""

    def __init__(self) -> None:
        self.dispatches: dict[str, str] = {}
        self.tickets: dict[str, list[str]] = {}
        self.calls = 0

    def create_dispatch(self, box_barcode, accepted_at, sender_phone, idempotency_key):
        self.calls += 1
        self.dispatches.setdefault(idempotency_key, box_barcode)
        return DispatchRecord(
            dispatch_id=f"DS-{idempotency_key}", tracking_number=box_barcode, registered_at=AT
        )

    def record_ticket(self, tracking_numbers, printed_at, language, idempotency_key):
        self.calls += 1
        self.tickets.setdefault(idempotency_key, list(tracking_numbers))
        return TicketRecord(ticket_id=f"TK-{idempotency_key}", issued_at=AT)

    def close(self) -> None:
        pass


def box(n: int) -> str:
    return f"CB{n:09d}KZ"


def written_outbox(data_dir: Path, clock: FakeClock, rows: int = ROWS) -> Path:
    """An outbox with ``rows`` pending dispatches and ticket records, closed (checkpointed)."""
    outbox = reopen(data_dir / FILE_NAME, clock)
    outbox.store.execute("PRAGMA synchronous=OFF")  # the test's writing only: faster
    for n in range(1, rows + 1):
        outbox.dispatches.add(box(n), AT, f"d-{n}")
        outbox.ticket_records.add([box(n)], AT, "kk", f"t-{n}")
    outbox.store.close()
    return data_dir / FILE_NAME


def reopen(path: Path, clock: FakeClock, server: Server | None = None) -> Outbox:
    return Outbox.open(
        path, server or Server(), clock=clock, disk_low_bytes=0, disk_reserve_bytes=0
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_764_800_000.0)


def delivered_once(outbox: Outbox, server: Server) -> None:
    """Deliver what is pending; every key reaches the server once."""
    outbox.delivery.deliver_due()
    assert outbox.stats().depth == 0
    assert server.calls == len(server.dispatches) + len(server.tickets)


def kept_aside(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if ".broken-" in p.name)


def test_a_garbage_file_is_kept_aside_and_a_fresh_outbox_takes_new_entries(tmp_path, clock):
    path = tmp_path / FILE_NAME
    write_garbage(path)
    garbage = path.read_bytes()
    outbox = reopen(path, clock)
    try:
        [aside] = kept_aside(tmp_path)
        assert aside.read_bytes() == garbage  # kept, never deleted
        [alert] = outbox.alerts()
        assert alert.startswith("outbox_salvaged:0 entries saved, 0 lost")
        assert aside.name in alert
        assert outbox.blocking() is None  # the terminal serves customers
        outbox.dispatches.add(box(1), AT, "new")
        assert [e.idempotency_key for e in outbox.dispatches.pending()] == ["new"]
    finally:
        outbox.close()


def test_a_truncated_file_gives_back_every_row_on_the_pages_left(tmp_path, clock):
    path = written_outbox(tmp_path, clock)
    truncate(path, 0.5)
    server = Server()
    outbox = reopen(path, clock, server)
    try:
        report = outbox.store.health.salvaged
        assert report is not None
        assert 0 < report.rows_saved < 2 * ROWS
        assert report.rows_saved + report.rows_lost == 2 * ROWS
        delivered_once(outbox, server)
        assert len(server.dispatches) + len(server.tickets) == report.rows_saved
    finally:
        outbox.close()


@pytest.mark.parametrize("table", ["dispatches", "ticket_records"])
def test_a_damaged_page_loses_only_its_own_rows_and_the_other_table_is_whole(
    tmp_path, clock, table
):
    path = written_outbox(tmp_path, clock)
    _root, leaves = table_pages(path, table)
    assert len(leaves) >= 3
    victim = leaves[len(leaves) // 2]
    lost_ids = set(rowids_on(path, table, victim))
    damage_page(path, victim)
    with closing(sqlite3.connect(path)) as db, pytest.raises(sqlite3.DatabaseError):
        db.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - really damaged

    server = Server()
    outbox = reopen(path, clock, server)
    try:
        report = outbox.store.health.salvaged
        assert report is not None
        assert report.rows_lost == len(lost_ids)
        assert report.rows_saved == 2 * ROWS - len(lost_ids)
        delivered_once(outbox, server)
        prefix, got = ("d-", server.dispatches) if table == "dispatches" else ("t-", server.tickets)
        other = server.tickets if table == "dispatches" else server.dispatches
        assert set(got) == {f"{prefix}{n}" for n in range(1, ROWS + 1) if n not in lost_ids}
        assert len(other) == ROWS  # the other table: every row
        assert kept_aside(tmp_path)
        assert outbox.store.execute("PRAGMA quick_check")[0][0] == "ok"
    finally:
        outbox.close()


def test_delivered_rows_are_salvaged_as_delivered_and_never_sent_again(tmp_path, clock):
    server = Server()
    outbox = reopen(tmp_path / FILE_NAME, clock, server)
    outbox.dispatches.add(box(1), AT, "d-1")
    outbox.delivery.deliver_due()
    outbox.dispatches.add(box(2), AT, "d-2")
    for n in range(1, ROWS + 1):
        outbox.ticket_records.add([box(n)], AT, "kk", f"t-{n}")
    outbox.store.close()
    root, _leaves = table_pages(tmp_path / FILE_NAME, "ticket_records")
    damage_page(tmp_path / FILE_NAME, root)  # every ticket record lost, the dispatches not
    again = Server()
    outbox = reopen(tmp_path / FILE_NAME, clock, again)
    try:
        states = {e.idempotency_key: e.state for e in outbox.dispatches.all()}
        assert states == {"d-1": "delivered", "d-2": "pending"}
        report = outbox.store.health.salvaged
        assert report is not None
        assert (report.rows_saved, report.rows_lost) == (2, ROWS)
        outbox.delivery.deliver_due()
        assert list(again.dispatches) == ["d-2"]
    finally:
        outbox.close()


def read_only(directory: Path) -> None:
    if is_root():
        remount(directory, read_only=True)
    else:
        directory.chmod(0o555)


def test_a_read_only_data_directory_keeps_the_outbox_in_memory_and_refuses_new_entries(
    tmp_path, clock
):
    with small_filesystem_or_dir(tmp_path / "data") as data_dir:
        path = written_outbox(data_dir, clock, rows=20)
        read_only(data_dir)
        server = Server()
        outbox = reopen(path, clock, server)
        try:
            assert outbox.store.in_memory
            blocking = outbox.blocking()
            assert blocking is not None
            assert blocking.startswith("data_dir_read_only")
            assert any(a.startswith("data_dir_read_only:") for a in outbox.alerts())
            with pytest.raises(StorageError) as refused:
                outbox.dispatches.add(box(99), AT, "new")
            assert refused.value.fault is Fault.READ_ONLY
            delivered_once(outbox, server)  # what the file held, from memory
            assert len(server.dispatches) == len(server.tickets) == 20
        finally:
            outbox.close()
            if not is_root():
                data_dir.chmod(0o755)


def small_filesystem_or_dir(path: Path):
    """A tmpfs as root (a read-only mount stops root), a plain directory otherwise."""
    if is_root():
        return small_filesystem(path, 4096)
    path.mkdir()
    from contextlib import nullcontext

    return nullcontext(path)


def test_a_full_disk_in_the_middle_of_a_write_reports_the_full_disk_and_keeps_the_file(
    tmp_path, clock
):
    with small_filesystem(tmp_path / "small", 1024) as data_dir:
        filler = data_dir / "filler.bin"
        filler.write_bytes(b"\0" * 200_000)  # freed once the disk is full
        outbox = reopen(data_dir / FILE_NAME, clock)
        try:
            written: list[int] = []
            with pytest.raises(StorageError) as full:
                write_until_full(outbox, written)
            written = len(written)
            assert written > 10
            assert full.value.fault is Fault.DISK_FULL
            assert "SQLITE_FULL" in str(full.value)
            assert "rollback" not in str(full.value)
            assert outbox.blocking() is not None
            assert any(a.startswith("disk_full:") for a in outbox.alerts())
            assert outbox.ticket_records.stats().depth == written  # every committed row
            outbox.keep_house()  # still full: the probe cannot write
            assert outbox.blocking() is not None
            filler.unlink()  # space comes back
            outbox.keep_house()
            assert outbox.blocking() is None
            outbox.ticket_records.add([box(1)], AT, "ru", "after")
            assert outbox.ticket_records.stats().depth == written + 1
        finally:
            outbox.close()
        with closing(sqlite3.connect(data_dir / FILE_NAME)) as db:
            assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def write_until_full(outbox: Outbox, written: list[int]) -> None:
    """Ticket records until SQLite meets the end of the disk (each counted once committed)."""
    for n in range(1, 100_000):
        outbox.ticket_records.add([box(n)] * 20, AT, "ru", f"t-{n}-" + "k" * 200)
        written.append(n)


def test_the_reserve_refuses_a_new_entry_before_sqlite_would_fail_and_space_lifts_it(
    tmp_path, clock
):
    with small_filesystem(tmp_path / "small", 2048) as data_dir:
        outbox = Outbox.open(
            data_dir / FILE_NAME,
            Server(),
            clock=clock,
            disk_low_bytes=1_500_000,
            disk_reserve_bytes=1_000_000,
        )
        try:
            outbox.keep_house()
            assert outbox.alerts() == []
            filler = data_dir / "filler.bin"
            filler.write_bytes(b"\0" * 700_000)
            outbox.keep_house()
            assert [a.split(":")[0] for a in outbox.alerts()] == ["disk_low"]
            assert outbox.blocking() is None
            with filler.open("ab") as fh:
                fh.write(b"\0" * 700_000)
            with pytest.raises(StorageError) as refused:
                outbox.dispatches.add(box(1), AT, "d-1")
            assert refused.value.fault is Fault.DISK_FULL
            assert outbox.blocking() is not None
            os.remove(filler)
            outbox.keep_house()  # the watch measures, the probe writes: back
            assert outbox.blocking() is None
            assert outbox.alerts() == []
            outbox.dispatches.add(box(1), AT, "d-1")
        finally:
            outbox.close()
