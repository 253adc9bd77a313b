"""The staff stations' writes in the outbox: written held before the station's own try, delivered
by the worker with the same key when that try had no answer, parked with the problem code when
the server refuses them later, never two entries for the same write, and kept through a restart,
a schema migration and a salvaged file. Real SQLite files; a fake server keeping one record per
key."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from clocks import FakeClock
from disk_faults import damage_page, table_pages

from kiosk.errors import ApiError, NotFound, ServiceUnavailable
from kiosk.models import DispatchRecord, TicketRecord
from kiosk.outbox import FILE_NAME, SCHEMA_VERSION, EntryState, Outbox, StaffWriteQueue
from kiosk.outbox.salvage import copy_rows
from kiosk.outbox.store import MIGRATIONS, OutboxStore

DONE = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
PARCEL = "CC300000012KZ"


def shelving(number: str = PARCEL, row: str = "4", compartment: str = "7", staff: str = "S001"):
    return {"tracking_number": number, "row": row, "compartment": compartment, "staff_id": staff}


class Server:
    """One record per (kind, key), as the central server's idempotency keeps; ``refuse`` and
    ``down`` say what the next calls meet."""

    def __init__(self) -> None:
        self.records: dict[str, tuple[str, dict]] = {}
        self.calls: list[tuple[str, str]] = []
        self.down = False
        self.refuse: ApiError | None = None

    def send_staff_write(self, kind, body, idempotency_key):
        self.calls.append((kind, idempotency_key))
        if self.down:
            raise ServiceUnavailable("POST /staff/shelvings failed: connection refused")
        if self.refuse is not None:
            raise self.refuse
        self.records.setdefault(idempotency_key, (kind, dict(body)))
        return f"ref-{idempotency_key}"

    def create_dispatch(self, box_barcode, accepted_at, sender_phone, idempotency_key):
        return DispatchRecord(dispatch_id="DS-1", tracking_number=box_barcode, registered_at=DONE)

    def record_ticket(self, tracking_numbers, printed_at, language, idempotency_key):
        return TicketRecord(ticket_id="TK-1", issued_at=DONE)

    def close(self) -> None:
        pass


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_764_800_000.0)


def opened(path: Path, server: Server, clock: FakeClock) -> Outbox:
    return Outbox.open(
        path, server, clock=clock, retry_min_s=1, disk_low_bytes=0, disk_reserve_bytes=0
    )


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def outbox(tmp_path: Path, server: Server, clock: FakeClock):
    box = opened(tmp_path / FILE_NAME, server, clock)
    yield box
    box.close()


def test_a_held_write_is_not_the_workers_until_released_then_it_goes_once_with_its_key(
    outbox, server, clock
):
    writes = outbox.staff_writes
    entry, fresh = writes.hold("shelve", shelving(), "S001", DONE, "key-1")
    assert fresh
    assert (entry.held, entry.state, entry.kind, entry.staff_id) == (
        True,
        EntryState.PENDING,
        "shelve",
        "S001",
    )
    assert entry.done_at == DONE
    assert entry.subject == (PARCEL,)
    assert outbox.delivery.deliver_due() == 0  # the station's try is in flight: not sent
    assert server.calls == []
    assert outbox.stats().depth == 1  # but it counts as waiting

    writes.release("key-1", "unavailable: connection refused")
    assert outbox.delivery.deliver_due() == 1
    assert outbox.delivery.deliver_due() == 0
    assert server.calls == [("shelve", "key-1")]
    assert server.records["key-1"] == ("shelve", shelving())
    [done] = writes.all()
    assert (done.state, done.server_ref, done.attempts) == (EntryState.DELIVERED, "ref-key-1", 2)
    assert outbox.stats().depth == 0


def test_an_answered_write_is_delivered_and_a_refused_one_taken_back(outbox, server):
    writes = outbox.staff_writes
    writes.hold("shelve", shelving(), "S001", DONE, "key-1")
    writes.answered("key-1", "CC300000012KZ")
    writes.hold("return", {"tracking_number": PARCEL, "staff_id": "S001"}, "S001", DONE, "key-2")
    writes.take_back("key-2")
    assert [(e.idempotency_key, e.state) for e in writes.all()] == [("key-1", EntryState.DELIVERED)]
    assert outbox.delivery.deliver_due() == 0
    assert server.calls == []


def test_the_same_write_twice_is_one_entry_whoever_does_it_and_whatever_its_key(outbox):
    writes = outbox.staff_writes
    first, fresh = writes.hold("shelve", shelving(), "S001", DONE, "key-1")
    writes.release("key-1", "unavailable")
    again, fresh_again = writes.hold("shelve", shelving(staff="S002"), "S002", DONE, "key-2")
    same_key, fresh_key = writes.hold("shelve", shelving(), "S001", DONE, "key-1")
    assert fresh
    assert not fresh_again
    assert not fresh_key
    assert again.id == same_key.id == first.id
    assert again.idempotency_key == "key-1"
    _elsewhere, fresh_elsewhere = writes.hold("shelve", shelving(row="5"), "S001", DONE, "key-3")
    assert fresh_elsewhere  # another place: another write
    assert len(writes.all()) == 2


def test_a_write_delivered_before_may_be_done_again_as_a_new_entry(outbox):
    writes = outbox.staff_writes
    writes.hold("move", shelving(), "S001", DONE, "key-1")
    writes.answered("key-1", PARCEL)
    _entry, fresh = writes.hold("move", shelving(), "S001", DONE, "key-2")
    assert fresh
    assert len(writes.all()) == 2


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_a_refusal_found_later_is_parked_with_its_problem_and_counted(outbox, server):
    writes = outbox.staff_writes
    writes.hold("shelve", shelving(), "S001", DONE, "key-1")
    writes.release("key-1", "unavailable")
    server.refuse = NotFound("This parcel is on no manifest.", status=404, code="not_on_manifest")
    outbox.delivery.deliver_due()
    [parked] = writes.parked()
    assert (parked.state, parked.problem) == (EntryState.PARKED, "not_on_manifest")
    assert "This parcel is on no manifest" in parked.last_error
    assert outbox.stats().parked == 1
    [shown] = outbox.parked()
    assert (shown.kind, shown.ref, shown.action, shown.problem) == (
        "staff",
        f"staff:{parked.id}",
        "shelve",
        "not_on_manifest",
    )
    assert (shown.what, shown.at, shown.staff_id) == ((PARCEL,), DONE, "S001")
    report = outbox.report()
    assert (report["staff_depth"], report["staff_parked"], report["parked"]) == (0, 1, 0)
    assert report["staff_writes"][0]["problem"] == "not_on_manifest"

    server.refuse = None  # the manifest was imported: staff try again
    outbox.requeue("staff", parked.id)
    assert outbox.delivery.deliver_due() == 1
    assert server.calls == [("shelve", "key-1"), ("shelve", "key-1")]
    assert writes.get(parked.id).state is EntryState.DELIVERED


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_no_answer_is_tried_again_after_a_backoff_of_its_own(outbox, server, clock):
    writes = outbox.staff_writes
    writes.hold(
        "collection", {"box_barcode": "CB200000010KZ", "staff_id": "S001"}, "S001", DONE, "k"
    )
    writes.release("k", "unavailable")
    server.down = True
    assert outbox.delivery.deliver_due() == 0
    [entry] = writes.pending()
    assert entry.next_attempt_at > clock.now
    assert outbox.delivery.deliver_due() == 0  # not due yet: no call
    assert len(server.calls) == 1
    server.down = False
    clock.advance(entry.next_attempt_at - clock.now)
    assert outbox.delivery.deliver_due() == 1
    assert [key for _kind, key in server.calls] == ["k", "k"]


@pytest.mark.expected_log("kiosk.outbox", "in flight when the kiosk stopped")
def test_a_write_held_when_the_process_ended_is_delivered_after_the_restart(
    tmp_path, server, clock
):
    first = opened(tmp_path / FILE_NAME, server, clock)
    first.staff_writes.hold("handover", handover(), "S001", DONE, "key-1")
    first.store.close()  # the process ends during the station's try (no release, no answer)
    again = opened(tmp_path / FILE_NAME, server, clock)
    try:
        [entry] = again.staff_writes.all()
        assert not entry.held
        assert again.delivery.deliver_due() == 1
        assert server.records == {"key-1": ("handover", handover())}
    finally:
        again.close()


def handover() -> dict:
    return {
        "tracking_numbers": [PARCEL, "CC016695190KZ"],
        "ticket_id": None,
        "outcome": "handed_over",
        "reason": None,
        "staff_id": "S001",
    }


def test_an_outbox_file_of_the_version_before_gets_the_table_and_keeps_its_entries(tmp_path, clock):
    path = tmp_path / FILE_NAME
    with closing(sqlite3.connect(path)) as db:
        for version, migration in enumerate(MIGRATIONS[:2]):
            db.executescript(migration + f";\nPRAGMA user_version = {version + 1};")
        db.execute(
            "INSERT INTO dispatches (box_barcode, idempotency_key, accepted_at, "
            "next_attempt_at, created_at) VALUES ('CB200000010KZ', 'd-1', ?, 0, 0)",
            (DONE.isoformat(),),
        )
        db.commit()
    store = OutboxStore(path, clock=clock)
    try:
        assert store.schema_version() == SCHEMA_VERSION == 3
        [row] = store.execute("SELECT idempotency_key, state FROM dispatches")
        assert tuple(row) == ("d-1", "pending")
        entry, _fresh = StaffWriteQueue(store).hold("shelve", shelving(), "S001", DONE, "s-1")
        assert entry.id == 1
    finally:
        store.close()


@pytest.mark.expected_log("kiosk.outbox", "unusable")
def test_a_salvaged_file_keeps_the_staff_writes_with_their_keys_and_states(tmp_path, server, clock):
    path = tmp_path / FILE_NAME
    outbox = opened(path, server, clock)
    writes = outbox.staff_writes
    for n in range(1, 301):  # several pages
        number = f"CC{n:09d}KZ"
        writes.hold(
            "return", {"tracking_number": number, "staff_id": "S001"}, "S001", DONE, f"r-{n}"
        )
        writes.release(f"r-{n}", "unavailable")
    writes.answered("r-1", "done")  # as if the station's try had its answer
    outbox.store.close()
    root, _leaves = table_pages(path, "dispatches")
    damage_page(path, root)  # another table's page: the file fails its check
    again = opened(path, server, clock)
    try:
        report = again.store.health.salvaged
        assert report is not None
        assert report.rows_saved == 300
        states = {e.idempotency_key: e.state for e in again.staff_writes.all()}
        assert states["r-1"] is EntryState.DELIVERED
        assert sum(s is EntryState.PENDING for s in states.values()) == 299
        again.delivery.deliver_due()
        assert len(server.records) == 299
        assert "r-1" not in server.records
    finally:
        again.close()


def test_the_rows_are_copied_from_another_file_as_they_are(tmp_path, server, clock):
    source = opened(tmp_path / "a" / FILE_NAME, server, clock)
    source.staff_writes.hold("move", shelving(), "S001", DONE, "m-1")
    source.store.close()
    target = OutboxStore(tmp_path / "b" / FILE_NAME, clock=clock)
    try:
        assert copy_rows(tmp_path / "a" / FILE_NAME, target, read_only=True) == (1, 0)
        [entry] = StaffWriteQueue(target).all()
        assert (entry.idempotency_key, entry.kind, entry.body) == ("m-1", "move", shelving())
    finally:
        target.close()


def test_a_kind_the_outbox_does_not_know_is_refused(outbox):
    with pytest.raises(ValueError, match="not a staff write"):
        outbox.staff_writes.hold("dance", {}, "S001", DONE, "k")
    with pytest.raises(ValueError, match="time zone"):
        outbox.staff_writes.hold("shelve", shelving(), "S001", DONE.replace(tzinfo=None), "k")
