"""The outbox as the app holds it: its file (opened whatever it looks like, see
:mod:`kiosk.outbox.salvage`), its three queues, their delivery worker, and the watch on its disk,
opened from the configuration."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.config import KioskConfig
from kiosk.log import LogArea
from kiosk.outbox.delivery import DeliveryWorker
from kiosk.outbox.disk_space import DEFAULT_LOW_BYTES, DEFAULT_RESERVE_BYTES, DiskWatch
from kiosk.outbox.dispatches import DispatchQueue
from kiosk.outbox.health import Fault
from kiosk.outbox.parked import KINDS, ParkedEntry, parked_entries, requeue
from kiosk.outbox.queue import OutboxStats
from kiosk.outbox.report import outbox_report
from kiosk.outbox.salvage import open_store, salvage_in_place
from kiosk.outbox.staff_writes import StaffWriteQueue
from kiosk.outbox.store import FILE_NAME, OutboxStore
from kiosk.outbox.ticket_records import TicketRecordQueue
from kiosk.ports.delivery import DeliveryApi

ROOM_AFTER_FULL = 64 * 1024  # free bytes before a full disk is probed again


@dataclass(frozen=True)
class Outbox:
    """One file, three queues, one worker delivering them. Every method but :meth:`close` reads
    or writes the file: on the io lane, not on the GUI thread."""

    store: OutboxStore
    dispatches: DispatchQueue
    ticket_records: TicketRecordQueue
    delivery: DeliveryWorker  # not started: the app starts it once the first screen is up
    staff_writes: StaffWriteQueue  # a staff station's (delivered when its client can send them)

    @classmethod
    def open(
        cls,
        path: Path,
        api: DeliveryApi,
        *,
        retry_min_s: float = 2.0,
        retry_max_s: float = 300.0,
        clock: Callable[[], float] = time.time,
        disk_low_bytes: int = DEFAULT_LOW_BYTES,
        disk_reserve_bytes: int = DEFAULT_RESERVE_BYTES,
    ) -> Outbox:
        """The outbox in ``path``, delivered through ``api`` (a client of its own); whatever the
        file looks like, or an outbox in memory when its directory cannot be written."""
        disk = DiskWatch(path.parent, low_bytes=disk_low_bytes, reserve_bytes=disk_reserve_bytes)
        store = open_store(path, clock=clock, disk=disk)
        dispatches, ticket_records = DispatchQueue(store), TicketRecordQueue(store)
        staff_writes = StaffWriteQueue(store)
        for queue in (ticket_records, staff_writes):
            try:
                queue.release_held()
            except Exception as error:  # the file's faults are in its health; delivery retries
                logging.getLogger(LogArea.OUTBOX.logger_name).error(
                    "held %s entries not released: %s", queue.NAME, error
                )
        delivery = DeliveryWorker(
            api,
            dispatches=dispatches,
            ticket_records=ticket_records,
            staff_writes=staff_writes,
            retry_min_s=retry_min_s,
            retry_max_s=retry_max_s,
            clock=clock,
        )
        outbox = cls(store, dispatches, ticket_records, delivery, staff_writes)
        delivery.housekeeping = outbox.keep_house
        return outbox

    def keep_house(self) -> None:
        """On the delivery worker's thread, each pass: measure the free space; a file gone bad is
        salvaged; after a fault, learn whether the disk takes writes again (after a full disk,
        once there is room again: a small write may still fit in the space the journal kept);
        write the ticket records owed."""
        store = self.store
        if store.disk is not None and not store.in_memory:
            store.health.measured(*store.disk.measure())
        fault = store.health.fault
        if fault is not None and fault[0] is Fault.UNREADABLE and not store.in_memory:
            salvage_in_place(store, f"while running: {fault[1]}")
            fault = store.health.fault
        if fault is not None and fault[0] in (Fault.DISK_FULL, Fault.IO_ERROR):
            free = store.health.disk[1]
            if fault[0] is not Fault.DISK_FULL or free is None or free >= ROOM_AFTER_FULL:
                store.probe_write()
        if self.ticket_records.owed():
            self.ticket_records.settle()

    def alerts(self) -> list[str]:
        """The disk's alerts for the heartbeat and the dashboard (memory only)."""
        return self.store.health.alerts()

    def blocking(self) -> str | None:
        """Why no new customer can be served (nothing they are given could be kept), or None;
        memory only."""
        return self.store.health.blocking()

    def stats(self) -> OutboxStats:
        """What waits in the queues, for the heartbeat and the dashboard."""
        return self.dispatches.stats() + self.ticket_records.stats() + self.staff_writes.stats()

    def parked(self) -> list[ParkedEntry]:
        return parked_entries(self.dispatches, self.ticket_records, self.staff_writes)

    def requeue(self, kind: str, entry_id: int) -> None:
        """Staff's "try again" (see :func:`kiosk.outbox.parked.requeue`); wakes the worker.
        ``KeyError`` for a kind of entry the outbox does not hold."""
        if kind not in KINDS:
            raise KeyError(f"no {kind} entries in the outbox")
        requeue(self.dispatches, self.ticket_records, kind, entry_id, self.staff_writes)

    def report(self) -> dict[str, Any]:
        return outbox_report(self.dispatches, self.ticket_records, self.staff_writes)

    def close(self, flush_timeout_s: float = 3.0) -> bool:
        """Stop the worker after a last try at what is pending, close its client and the file.
        False when the worker is still in a request: then both stay open (its thread is a
        daemon: the process's exit ends it)."""
        if not self.delivery.close(flush_timeout_s):
            return False
        self.store.close()
        return True


def open_outbox(
    config: KioskConfig,
    api: DeliveryApi,
    *,
    path: Path | None = None,
    clock: Callable[[], float] = time.time,
) -> Outbox:
    """The durable outbox, by default in the data directory, with the configured backoff,
    delivered through ``api`` (a client of its own: the worker's backoff is its retries)."""
    return Outbox.open(
        path or config.data.data_dir / FILE_NAME,
        api,
        retry_min_s=config.send.retry_min_s,
        retry_max_s=config.send.retry_max_s,
        clock=clock,
        disk_low_bytes=int(config.data.disk_low_mb * 1e6),
        disk_reserve_bytes=int(config.data.disk_reserve_mb * 1e6),
    )
