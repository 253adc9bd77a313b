"""The heartbeat body of API.md and its alerts (paper near end, printer down, the kiosk's own
lookup limit reached, an outbox entry older than ten minutes, outbox entries the server refused
and that wait for staff, the outbox's disk: salvaged at start, unreadable, low, full, read-only,
failing; customers waiting for staff to bring their parcel). Alerts are short strings:
a stable code, then ``:`` and a detail, e.g. ``printer_down:cover_open``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.maintenance.names import TerminalState
from kiosk.ports.printer import PrinterState, PrinterStatus

# the printer states API.md's heartbeat knows: all but "unknown"
HEARTBEAT_PRINTER_STATES = frozenset(PrinterState) - {PrinterState.UNKNOWN}
DEFAULT_OUTBOX_ALERT_AGE_S = 600.0


@dataclass(frozen=True)
class TerminalSnapshot:
    """What the heartbeat reports, read on the GUI thread (no I/O)."""

    app_version: str
    state: TerminalState
    printer: PrinterStatus
    scanners: tuple[tuple[str, str], ...]
    outbox_depth: int
    outbox_oldest_s: float | None
    uptime_s: float
    outbox_parked: int = 0  # refused by the server for good, kept for staff
    storage_alerts: tuple[str, ...] = ()  # the outbox's disk (kiosk.outbox.health), in full
    help_alerts: tuple[str, ...] = ()  # kiosk.accessibility.help_requests: one per open request


def alerts(
    snapshot: TerminalSnapshot,
    lookup_alerts: Iterable[Mapping[str, object]] = (),
    *,
    outbox_alert_age_s: float = DEFAULT_OUTBOX_ALERT_AGE_S,
) -> list[str]:
    found: list[str] = []
    printer = snapshot.printer.state
    if printer is PrinterState.PAPER_NEAR_END:
        found.append("paper_near_end")
    elif printer is not PrinterState.OK:  # a fault, or a state the contract does not know
        found.append(f"printer_down:{printer}")
    for alert in lookup_alerts:
        window = float(str(alert.get("window_s", 0)))
        cool = float(str(alert.get("cooldown_s", 0)))
        found.append(
            f"lookup_rate_limit:{alert.get('failures')} failures in {window:.0f} s,"
            f" cool-down {cool:.0f} s"
        )
    oldest = snapshot.outbox_oldest_s
    if oldest is not None and oldest > outbox_alert_age_s:
        found.append(f"outbox_stale:oldest entry {oldest:.0f} s")
    if snapshot.outbox_parked > 0:
        found.append(f"outbox_parked:{snapshot.outbox_parked} refused, kept for staff")
    found += snapshot.storage_alerts
    found.extend(snapshot.help_alerts)
    return found


def heartbeat_body(snapshot: TerminalSnapshot, alert_list: Sequence[str]) -> dict[str, Any]:
    """API.md's body. A printer state the contract does not know (``unknown``) is sent as
    ``offline`` with the real state in the detail."""
    state, detail = snapshot.printer.state, snapshot.printer.detail
    if state not in HEARTBEAT_PRINTER_STATES:
        detail = f"{state}: {detail}" if detail else str(state)
        state = PrinterState.OFFLINE
    return {
        "app_version": snapshot.app_version,
        "state": str(snapshot.state),
        "printer": {"state": str(state), "detail": detail[:500] or None},
        "scanners": [{"kind": k[:50], "state": s[:50]} for k, s in snapshot.scanners[:20]],
        "outbox_depth": snapshot.outbox_depth,
        "uptime_s": round(snapshot.uptime_s, 1),
        "alerts": [a[:500] for a in alert_list[:50]],
    }
