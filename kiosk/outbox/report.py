"""What the QA port's ``GET /qa/outbox`` answers: the outbox's figures and every entry of its
queues (no personal data: no phone number)."""

from __future__ import annotations

from typing import Any

from kiosk.outbox.dispatches import DispatchQueue
from kiosk.outbox.staff_writes import StaffWriteQueue
from kiosk.outbox.ticket_records import TicketRecordQueue


def outbox_report(
    dispatches: DispatchQueue,
    ticket_records: TicketRecordQueue,
    staff_writes: StaffWriteQueue | None = None,
) -> dict[str, Any]:
    """The dispatches' figures and entries, the records of printed tickets, the staff writes
    (with their own figures: ``staff_depth``, ``staff_parked``)."""
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
    writes = [] if staff_writes is None else staff_writes.all()
    staff = [
        {
            "id": w.id,
            "kind": w.kind,
            "subject": list(w.subject),
            "staff_id": w.staff_id,
            "idempotency_key": w.idempotency_key,
            "done_at": w.done_at.isoformat(),
            "held": w.held,
            "state": w.state.value,
            "attempts": w.attempts,
            "problem": w.problem,
            "last_error": w.last_error,
            "server_ref": w.server_ref,
        }
        for w in writes
    ]
    staff_stats = None if staff_writes is None else staff_writes.stats()
    return {
        "depth": stats.depth,
        "oldest_age_s": stats.oldest_age_s,
        "parked": stats.parked,
        "entries": entries,
        "ticket_records": records,
        "staff_writes": staff,
        "staff_depth": 0 if staff_stats is None else staff_stats.depth,
        "staff_parked": 0 if staff_stats is None else staff_stats.parked,
    }
