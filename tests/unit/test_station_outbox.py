"""The staff stations' writes through the outbox, without Qt or a network: each write is kept
before it is sent; no answer leaves it to the delivery worker and the station says "saved on this
station"; an answer or a refusal is shown as before; the same write scanned again while it waits
makes no second entry and no call; a disk that cannot keep it falls back to "not saved — try
again". Real outbox file; the recording stand-in for the staff endpoints of test_station_core."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_station_core import NOW, PARCEL, sign_in, station

from kiosk import views
from kiosk.errors import ApiError, ServiceUnavailable
from kiosk.outbox import EntryState, OutboxStore, StaffWriteQueue
from kiosk.stations.names import StationAction

EXPECTED = "CC300000012KZ"


@pytest.fixture
def queue(tmp_path: Path):
    store = OutboxStore.in_dir(tmp_path, clock=lambda: 1_000.0)
    yield StaffWriteQueue(store)
    store.close()


def shelving_station(queue: StaffWriteQueue):
    driver, api, display, _clock, _printer = station("stocking", queue)
    sign_in(driver)
    driver.action(StationAction.OPEN, "shelve")
    return driver, api, display


@pytest.mark.expected_log("kiosk.flow", "saved on this station")
def test_no_answer_keeps_the_shelving_for_the_worker_and_the_staff_member_carries_on(queue):
    driver, api, display = shelving_station(queue)
    api.fail = [ServiceUnavailable("POST /staff/shelvings failed: connection refused")]
    driver.scanned(EXPECTED)
    driver.scanned("SHELF:04-07")
    view = display.view
    assert (view.last, view.queued, view.problem, view.busy) == (  # type: ignore[union-attr]
        (EXPECTED, "4", "7"),
        True,
        None,
        False,
    )
    [entry] = queue.all()
    assert (entry.kind, entry.state, entry.held, entry.staff_id) == (
        "shelve",
        EntryState.PENDING,
        False,
        "S001",
    )
    assert entry.done_at == NOW
    assert dict(entry.body) == {
        "tracking_number": EXPECTED,
        "row": "4",
        "compartment": "7",
        "staff_id": "S001",
        "done_at": NOW.isoformat(),  # the worker sends the moment it was done
    }
    [call] = [c for c in api.calls if c[0] == "shelve"]
    assert call[2]["key"] == entry.idempotency_key  # the station's try used the entry's key
    assert call[2]["done_at"] == NOW  # and its moment
    assert "connection refused" in entry.last_error

    driver.scanned(PARCEL)  # the next parcel: the station goes on
    assert display.view.tracking_number == PARCEL  # type: ignore[union-attr]


@pytest.mark.expected_log("kiosk.flow", "saved on this station")
def test_the_same_write_scanned_again_while_it_waits_makes_no_entry_and_no_call(queue):
    driver, api, display = shelving_station(queue)
    api.fail = [ServiceUnavailable("down")]
    for _ in range(3):
        driver.scanned(EXPECTED)
        driver.scanned("SHELF:04-07")
        assert display.view.queued  # type: ignore[union-attr]
    assert len(queue.all()) == 1
    assert len([c for c in api.calls if c[0] == "shelve"]) == 1


def test_an_answer_is_delivered_in_the_outbox_and_shown(queue):
    driver, _api, display = shelving_station(queue)
    driver.scanned(EXPECTED)
    driver.scanned("SHELF:04-07")
    assert display.view.last == (EXPECTED, "4", "7")  # type: ignore[union-attr]
    assert not display.view.queued  # type: ignore[union-attr]
    [entry] = queue.all()
    assert (entry.state, entry.server_ref) == (EntryState.DELIVERED, EXPECTED)
    assert queue.stats().depth == 0


def test_a_refusal_is_shown_and_nothing_is_kept(queue):
    driver, api, display = shelving_station(queue)
    api.fail = [ApiError("already on a shelf", status=409, code="already_shelved")]
    driver.scanned(EXPECTED)
    driver.scanned("SHELF:04-07")
    assert display.view.problem == "already_shelved"  # type: ignore[union-attr]
    assert queue.all() == []


@pytest.mark.expected_log("kiosk.flow", "saved on this station")
def test_a_handover_without_an_answer_is_recorded_as_saved_here(queue):
    driver, api, display, _clock, _printer = station("checkout", queue)
    sign_in(driver)
    driver.scanned(PARCEL)
    assert display.screen == views.CHECKOUT_PARCELS
    api.fail = [ServiceUnavailable("down")]
    driver.action(StationAction.HAND_OVER)
    assert display.screen == views.CHECKOUT_SCAN
    view = display.view
    assert (view.notice, view.notice_count, view.queued) == ("handed_over", 1, True)  # type: ignore[union-attr]
    [entry] = queue.pending()
    assert entry.kind == "handover"
    assert entry.body["tracking_numbers"] == [PARCEL]
    assert entry.body["outcome"] == "handed_over"


@pytest.mark.expected_log("kiosk.flow", "saved on this station")
def test_returns_and_collections_without_an_answer_are_marked_as_waiting(queue):
    driver, api, display, _clock, _printer = station("stocking", queue)
    sign_in(driver)
    driver.action(StationAction.OPEN, "collection")
    api.fail = [ServiceUnavailable("down")]
    driver.scanned("CB200000010KZ")
    view = display.view
    assert (view.collected, view.queued) == (("CB200000010KZ",), ("CB200000010KZ",))  # type: ignore[union-attr]
    driver.scanned("CB200000023KZ")  # answered: not marked
    assert display.view.queued == ("CB200000010KZ",)  # type: ignore[union-attr]
    assert [e.kind for e in queue.pending()] == ["collection"]


@pytest.mark.expected_log("kiosk.flow", "returns due: central unreachable")
def test_a_lookup_without_the_central_system_says_it_is_unreachable(queue):
    driver, api, display, _clock, _printer = station("stocking", queue)
    sign_in(driver)

    def down() -> object:
        raise ServiceUnavailable("GET /staff/returns/due failed")

    api.due_returns = down  # type: ignore[method-assign]
    driver.action(StationAction.OPEN, "returns")
    assert display.view.problem == "unreachable"  # type: ignore[union-attr]
    assert queue.all() == []


@pytest.mark.expected_log("kiosk.flow", "not kept on this station")
@pytest.mark.expected_log("kiosk.flow", "not saved, central unreachable")
def test_a_write_the_outbox_cannot_keep_is_sent_online_and_not_saved_without_an_answer(tmp_path):
    store = OutboxStore(tmp_path / "outbox.sqlite3", clock=lambda: 1_000.0, in_memory=True)
    try:
        driver, api, display = shelving_station(StaffWriteQueue(store))
        api.fail = [ServiceUnavailable("down")]
        driver.scanned(EXPECTED)
        driver.scanned("SHELF:04-07")
        assert display.view.problem == "unavailable"  # type: ignore[union-attr]
        driver.scanned("SHELF:04-07")  # try again: the same key, and now an answer
        first, second = (c for c in api.calls if c[0] == "shelve")
        assert first[2]["key"] == second[2]["key"]
        assert display.view.last == (EXPECTED, "4", "7")  # type: ignore[union-attr]
    finally:
        store.close()
