"""The refused entries staff see: both tables, no phone number shown, "try again" by kind."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.outbox import (
    DispatchQueue,
    OutboxStore,
    TicketRecordQueue,
    parked_entries,
    parse_ref,
    requeue,
)

AT = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def tables(tmp_path):
    store = OutboxStore.in_dir(tmp_path, clock=lambda: 1_000.0)
    yield DispatchQueue(store), TicketRecordQueue(store)
    store.close()


def test_both_tables_parked_entries_with_phones_masked_and_requeued_by_kind(tables):
    outbox, tickets = tables
    dispatch = outbox.add("CB200000010KZ", AT, "key-d", sender_phone="+77011234567")
    outbox.park(dispatch.id, "invalid_identifier 422: sender_phone +77011234567 is not mobile")
    ticket = tickets.add(["CC016695190KZ"], AT, "kk", "key-t")
    tickets.park(ticket.id, "unauthorized 401: bad token")
    found = parked_entries(outbox, tickets)
    assert [(e.ref, e.what, e.at) for e in found] == [
        (f"dispatch:{dispatch.id}", ("CB200000010KZ",), AT),
        (f"ticket:{ticket.id}", ("CC016695190KZ",), AT),
    ]
    assert "7011234567" not in found[0].reason
    assert found[0].reason.startswith("invalid_identifier 422")
    assert parse_ref(found[1].ref) == ("ticket", ticket.id)
    assert parse_ref("printer:1") is None
    assert parse_ref("ticket:x") is None

    requeue(outbox, tickets, "ticket", ticket.id)
    assert [e.ref for e in parked_entries(outbox, tickets)] == [f"dispatch:{dispatch.id}"]
    assert tickets.pending()[0].id == ticket.id
    requeue(outbox, tickets, "dispatch", dispatch.id)
    assert parked_entries(outbox, tickets) == []
    with pytest.raises(KeyError):
        requeue(outbox, tickets, "dispatch", dispatch.id)
