"""What the QA port's ``GET /qa/outbox`` answers: the outbox's figures and every entry of both
queues (no personal data: no phone number)."""

from __future__ import annotations

from typing import Any

from kiosk.outbox.dispatches import DispatchQueue
from kiosk.outbox.ticket_records import TicketRecordQueue


def outbox_report(dispatches: DispatchQueue, ticket_records: TicketRecordQueue) -> dict[str, Any]:
    """The dispatches' figures and entries, and the records of printed tickets."""
    stats = dispatches.stats()
    entries = [
        {
            "id": e.id,
            "box_barcode": e.box_barcode,
            "idempotency_key": e.idempotency_key,
            "accepted_at": e.accepted_at.isoformat(),
            "offline": e.offline,
            "state": e.state.value,
            "attempts": e.attempts,
            "last_error": e.last_error,
            "dispatch_id": e.dispatch_id,
        }
        for e in dispatches.all()
    ]
    records = [
        {
            "id": r.id,
            "tracking_numbers": list(r.tracking_numbers),
            "idempotency_key": r.idempotency_key,
            "printed_at": r.printed_at.isoformat(),
            "state": r.state.value,
            "attempts": r.attempts,
            "last_error": r.last_error,
            "ticket_id": r.ticket_id,
        }
        for r in ticket_records.all()
    ]
    return {
        "depth": stats.depth,
        "oldest_age_s": stats.oldest_age_s,
        "parked": stats.parked,
        "entries": entries,
        "ticket_records": records,
    }
