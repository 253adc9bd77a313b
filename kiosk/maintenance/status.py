"""The dashboard's figures. ``probe`` runs on the io lane (it calls the API and the disk);
the rest is read on the GUI thread from memory."""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.log import LogArea
from kiosk.models import Health
from kiosk.outbox.queue import OutboxStats
from kiosk.ports.printer import PrinterStatus

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

__all__ = ["DashboardStatus", "OutboxStats", "Probe", "probe"]


@dataclass(frozen=True)
class Probe:
    """Measured off the GUI thread."""

    api_ok: bool
    api_latency_ms: float | None
    api_detail: str
    disk_free_bytes: int | None
    outbox: OutboxStats | None  # both tables: dispatches and ticket records


def probe(
    health: Callable[[], Health] | None,
    disk_path: Path | None,
    outbox_stats: Callable[[], OutboxStats] | None,
    clock: Callable[[], float] = time.perf_counter,
) -> Probe:
    api_ok, latency, detail = False, None, "not configured"
    if health is not None:
        started = clock()
        try:
            answer = health()
            api_ok, detail = True, f"version {answer.version or '?'}"
        except Exception as exc:  # any failure means "not reachable": shown, not raised
            detail = str(exc)[:200] or type(exc).__name__
        latency = (clock() - started) * 1000
    free = None
    if disk_path is not None:
        try:
            target = disk_path if disk_path.exists() else _existing_parent(disk_path)
            free = shutil.disk_usage(target).free
        except OSError as exc:
            log.warning("free disk space unknown: %s", exc.strerror)
    stats = None
    if outbox_stats is not None:
        try:
            stats = outbox_stats()
        except Exception as exc:  # the outbox is another component; its failure is shown
            log.warning("outbox figures unavailable: %s", exc)
    return Probe(api_ok, latency, detail, free, stats)


def _existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return Path("/")


@dataclass(frozen=True)
class DashboardStatus:
    terminal_id: str
    version: str
    uptime_s: float
    printer: PrinterStatus  # the printer worker's last poll
    scanners: tuple[tuple[str, str], ...] = ()
    last_scan: str = ""
    probe: Probe | None = None  # None until the first probe is back
    storage_alerts: tuple[str, ...] = ()  # the outbox's disk: "code:detail" (memory only)
