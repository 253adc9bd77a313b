"""The staff audit: one row per staff write (who, at which terminal, what, on which parcel or box),
written in the write's own transaction, read by operators (``GET /api/v1/operator/audit``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import AuditEntry


def record(
    session: Session,
    at: datetime,
    terminal_id: str,
    staff_id: str,
    action: str,
    subject: str | None,
    **details: Any,
) -> None:
    """Add an audit row to ``session``'s transaction (no phone numbers or codes in ``details``)."""
    session.add(
        AuditEntry(
            at=at,
            terminal_id=terminal_id,
            staff_id=staff_id,
            action=action,
            subject=subject,
            details=details,
        )
    )


def entries_since(session: Session, since: datetime, limit: int) -> Sequence[AuditEntry]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.at >= since)
        .order_by(AuditEntry.at, AuditEntry.id)
        .limit(limit)
    )
    return session.scalars(query).all()
