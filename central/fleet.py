"""The fleet as operators and the dev endpoints see it: terminals, heartbeats, maintenance."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Terminal
from central.problems import ProblemError
from central.schemas import FleetTerminal, storable


def terminal_view(terminal: Terminal, tz: ZoneInfo) -> FleetTerminal:
    heartbeat = terminal.last_heartbeat
    alerts = heartbeat.get("alerts", []) if isinstance(heartbeat, dict) else []
    seen = terminal.last_heartbeat_at
    return FleetTerminal(
        terminal_id=terminal.id,
        name=terminal.name,
        active=terminal.revoked_at is None,
        maintenance_requested=terminal.maintenance_requested,
        message=terminal.maintenance_message,
        last_heartbeat=heartbeat,
        last_heartbeat_at=seen.astimezone(tz) if seen else None,
        alerts=[str(alert) for alert in alerts] if isinstance(alerts, list) else [],
    )


def all_terminals(session: Session, tz: ZoneInfo) -> list[FleetTerminal]:
    terminals = session.scalars(select(Terminal).order_by(Terminal.id))
    return [terminal_view(terminal, tz) for terminal in terminals]


def find_terminal(session: Session, terminal_id: str) -> Terminal:
    """The terminal, or 404 (also for an id no terminal can have, such as one with NUL in it)."""
    terminal = session.get(Terminal, terminal_id) if storable(terminal_id) else None
    if terminal is None:
        raise ProblemError(404, "not_found", "There is no terminal with this id.")
    return terminal


def set_maintenance(
    session: Session, terminal_id: str, *, on: bool, message: str | None = None
) -> Terminal:
    """Ask a terminal to go to maintenance (with a message for the staff), or let it come back."""
    terminal = find_terminal(session, terminal_id)
    terminal.maintenance_requested = on
    terminal.maintenance_message = message if on else None
    return terminal
