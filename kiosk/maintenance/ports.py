"""What maintenance is handed: the other components as the composition root passes them in
(:class:`MaintenancePorts`), the task runner's lanes, and what it needs from the controller."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kiosk.documents import Document
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.status import OutboxStats
from kiosk.models import Health, HeartbeatReply
from kiosk.outbox.parked import Kind, ParkedEntry
from kiosk.ports.printer import PrinterState, PrinterStatus
from kiosk.tasks import Outcome

T = TypeVar("T")
NOT_ASKED = PrinterStatus(PrinterState.UNKNOWN)


def _unknown_printer() -> PrinterStatus:
    return NOT_ASKED


def _no_scanners() -> list[tuple[str, str]]:
    return []


def _no_log_lines(_count: int) -> list[str]:
    return []


def _no_ticket(_within_s: float) -> Document | None:
    return None


def _nothing_blocks() -> str | None:
    return None


@dataclass
class MaintenancePorts:
    """The other components (None: not available)."""

    printer_status: Callable[[], PrinterStatus] = _unknown_printer  # memory only, no I/O
    last_ticket: Callable[[float], Document | None] = _no_ticket  # printed within s; memory only
    health: Callable[[], Health] | None = None  # blocking: API reachability
    heartbeat: Callable[[Mapping[str, Any]], HeartbeatReply] | None = None  # blocking
    outbox_stats: Callable[[], OutboxStats] | None = None  # blocking (disk)
    sync_outbox: Callable[[], int] | None = None  # blocking; what is still waiting after it
    parked: Callable[[], list[ParkedEntry]] | None = None  # blocking (disk): refused entries
    requeue: Callable[[Kind, int], None] | None = None  # blocking (disk): (kind, id) pending again
    scanners: Callable[[], list[tuple[str, str]]] = _no_scanners  # (kind, state), memory only
    log_lines: Callable[[int], list[str]] = _no_log_lines  # already masked, memory only
    paper_replaced: Callable[[], None] | None = None  # ask the printer for its status again
    restart_app: Callable[[], None] | None = None
    quit_app: Callable[[], None] | None = None
    data_dir: Path | None = None  # free disk space is measured here
    storage_blocking: Callable[[], str | None] = _nothing_blocks  # memory only: why no customer
    storage_alerts: Callable[[], list[str]] = list  # memory only: the outbox's disk alerts
    audit: AuditLog = field(default_factory=lambda: AuditLog(None))


class Runner(Protocol):
    """The task runner's lanes: ``fn`` runs there, ``then`` back on the GUI thread."""

    def run_io(self, fn: Callable[[], T], then: Callable[[Outcome[T]], None]) -> object: ...

    def run_printer(self, fn: Callable[[], T], then: Callable[[Outcome[T]], None]) -> object: ...


@dataclass
class Host:
    """What maintenance needs from the controller."""

    show: Callable[[str, Any], None]
    show_home: Callable[[], None]
    current_screen: Callable[[], str]
    availability_changed: Callable[[], None]


def ignore_outcome(_outcome: Outcome[Any]) -> None:
    """For work whose outcome nobody waits for (its failure is logged where it happens)."""
