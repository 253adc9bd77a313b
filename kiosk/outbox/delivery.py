"""The delivery worker: sends the outbox's queues (the records of printed tickets, the
dispatches, a staff station's writes) to the central system, in the background.

Its own thread (the customer never waits for it), woken when an entry is added, sleeping until the
next entry is due otherwise. Each try sends the entry with its own idempotency key, so a try whose
answer was lost and is repeated registers nothing twice. What happens after a try (the states:
:mod:`kiosk.outbox.queue`):

- ``201``: delivered.
- no answer, ``5xx``, ``408``, ``429``, an answer outside the contract: tried again after an
  exponential backoff with jitter (``retry_min_s`` doubling up to ``retry_max_s``, each delay drawn
  between half and all of that), as long as it takes: the network may be down for a day.
- any other ``4xx`` (``409 box_already_dispatched`` by another action, ``404 box_unknown``,
  ``401``/``403``, ``422``): parked for staff with the reason, never retried by itself.

The queues are delivered independently: an error in one (its table unreadable, the disk
refusing a write) is logged, counted and retried with a backoff of that queue's own, while the
others go on. No exception ends the thread. Each pass also runs the outbox's housekeeping (the
disk watch, the records owed), at least every ``HOUSEKEEPING_S``.

``stop()`` asks the thread to finish cooperatively: it ends the try in flight, makes one last
attempt at what is pending (bounded by ``flush_timeout_s``), and returns; whatever is left stays on
disk and goes out on the next start.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic

from kiosk.errors import ApiError, RateLimited, ServiceUnavailable
from kiosk.log import LogArea
from kiosk.outbox.dispatches import DispatchEntry, DispatchQueue
from kiosk.outbox.health import StorageError
from kiosk.outbox.queue import DeliveryQueue, EntryT
from kiosk.outbox.staff_writes import StaffWriteEntry, StaffWriteQueue
from kiosk.outbox.ticket_records import TicketRecordEntry, TicketRecordQueue
from kiosk.ports.delivery import DeliveryApi, StaffWriteApi

log = logging.getLogger(LogArea.OUTBOX.logger_name)

RETRYABLE_STATUSES = frozenset({408, 429})
IDLE_WAKE_S = 60.0  # a sleeping worker looks again at least this often
HOUSEKEEPING_S = 15.0  # the disk watch and the records owed, at least this often


def is_permanent(error: BaseException) -> bool:
    """A refusal that will not change by trying again (a 4xx but 408 and 429)."""
    if not isinstance(error, ApiError) or isinstance(error, ServiceUnavailable | RateLimited):
        return False
    status = error.status
    return status is not None and 400 <= status < 500 and status not in RETRYABLE_STATUSES


def _nobody(entry: Any, detail: str) -> None:
    """No one to tell."""


@dataclass
class _Lane(Generic[EntryT]):
    """A queue and how its entries go to the server; when the queue itself fails (its table, the
    disk), its own backoff."""

    queue: DeliveryQueue[EntryT]
    send: Callable[[EntryT], str]  # one try; the server's id for the entry
    delivered: Callable[[EntryT, str], None]  # with the server's id
    parked: Callable[[EntryT, str], None]  # with the server's reason
    failures: int = 0  # the queue's failures in a row
    resume_at: float = 0.0  # not tried before (after a failure)
    error: str = field(default="")


class DeliveryWorker:
    """Delivers the queues through ``api`` (a client of its own, closed by :meth:`close`)."""

    def __init__(
        self,
        api: DeliveryApi,
        *,
        dispatches: DispatchQueue | None = None,
        ticket_records: TicketRecordQueue | None = None,
        staff_writes: StaffWriteQueue | None = None,
        retry_min_s: float = 2.0,
        retry_max_s: float = 300.0,
        clock: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
        on_delivered: Callable[[DispatchEntry, str], None] | None = None,
        on_parked: Callable[[DispatchEntry, str], None] | None = None,
        on_ticket_recorded: Callable[[str], None] | None = None,
        housekeeping: Callable[[], None] | None = None,
    ) -> None:
        self.on_ticket_recorded = on_ticket_recorded  # ticket id; called on the worker's thread
        self.housekeeping = housekeeping  # on the worker's thread, each pass
        self.lane_failures = 0  # a queue failed (its table, the disk); since the start
        self._api = api
        self._retry_min_s = retry_min_s
        self._retry_max_s = retry_max_s
        self._clock = clock
        self._jitter = jitter
        self._lanes: list[_Lane[Any]] = []
        if ticket_records is not None:  # first: each is a ticket the hall's checkout looks for
            self._lanes.append(
                _Lane(ticket_records, self._record_ticket, self._ticket_recorded, _nobody)
            )
        if dispatches is not None:
            self._lanes.append(
                _Lane(
                    dispatches,
                    self._create_dispatch,
                    on_delivered or _nobody,
                    on_parked or _nobody,
                )
            )
        if staff_writes is not None and isinstance(api, StaffWriteApi):
            self._lanes.append(_Lane(staff_writes, self._send_staff_write, _nobody, _nobody))
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._passes = threading.Condition()
        self._passes_started = 0
        self._passes_done = 0
        self._try_everything = False  # staff asked: the next pass ignores the backoff
        self._thread: threading.Thread | None = None
        stores = {id(lane.queue.store): lane.queue.store for lane in self._lanes}
        for store in stores.values():
            store.on_added(self.wake)

    # ---- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Start delivering, beginning with whatever an earlier run left pending."""
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="outbox-delivery", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def sync_now(self, timeout_s: float = 30.0) -> int:
        """Staff's "send now": try everything pending at once, backoff or not, and wait (at most
        ``timeout_s``) for that pass to end. Blocking: not for the GUI thread. What is still
        pending afterwards."""
        if not self.running:
            self._keep_house()
            self._flush()
        else:
            with self._passes:
                target = self._passes_started + 1
                self._try_everything = True
                self._wake.set()
                self._passes.wait_for(lambda: self._passes_done >= target, timeout_s)
        return self.pending_count()

    def pending_count(self) -> int:
        """What waits, in the queues that can be read."""
        total = 0
        for lane in self._lanes:
            try:
                total += lane.queue.stats().depth
            except Exception as error:
                log.debug("%s queue unreadable: %s", lane.queue.NAME, error)
        return total

    def stop(self, flush_timeout_s: float = 3.0) -> bool:
        """Ask the worker to stop after one last attempt at what is pending; wait at most
        ``flush_timeout_s``. True when the thread has ended."""
        thread = self._thread
        if thread is None:  # never started (or stopped before): the last attempt here
            try:
                self._flush()
            except Exception:
                log.exception("outbox flush at shutdown failed")
            return True
        self._stopping.set()
        self._wake.set()
        thread.join(flush_timeout_s)
        ended = not thread.is_alive()
        if ended:
            self._thread = None
        else:
            log.warning("outbox delivery still busy at shutdown; the rest goes out on next start")
        return ended

    def close(self, flush_timeout_s: float = 3.0) -> bool:
        """Stop (see :meth:`stop`), then close the API client. False when the thread is still in
        a request: then the client and the outbox must stay open."""
        if not self.stop(flush_timeout_s):
            return False
        self._api.close()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ---- the loop ----------------------------------------------------------------------------

    def _run(self) -> None:
        log.info("outbox delivery started (%d pending)", self.pending_count())
        while not self._stopping.is_set():
            self._wake.clear()
            with self._passes:
                self._passes_started += 1
                this_pass = self._passes_started
                everything, self._try_everything = self._try_everything, False
            try:
                self._keep_house()
                self._flush() if everything else self.deliver_due()
                wait = self._seconds_to_next()
            except Exception:  # a bug: keep the thread alive, look again later
                log.exception("outbox delivery pass failed")
                wait = self._retry_min_s
            with self._passes:
                self._passes_done = this_pass
                self._passes.notify_all()
            if wait > 0:
                self._wake.wait(wait)
        try:
            self._flush()
        except Exception:
            log.exception("outbox flush at shutdown failed")
        log.info("outbox delivery stopped")

    def deliver_due(self) -> int:
        """Try every entry that is due now, ticket records first (each is a customer's ticket
        the hall's checkout will look for); the number delivered."""
        delivered = 0
        for lane in self._lanes:
            if self._clock() < lane.resume_at:
                continue
            try:
                delivered += self._deliver_lane(lane)
            except Exception as error:
                self._lane_failed(lane, error)
            else:
                self._lane_ok(lane)
        return delivered

    def _deliver_lane(self, lane: _Lane[EntryT]) -> int:
        delivered = 0
        while not self._stopping.is_set():
            batch = lane.queue.due(self._clock())
            if not batch:
                break
            for entry in batch:
                if self._stopping.is_set():
                    break
                delivered += self._deliver(lane, entry)
        return delivered

    def _flush(self) -> None:
        """One try at everything pending, backoff or not; a queue stops at its first failure
        (the server is not taking them: no use keeping a shutdown or staff waiting)."""
        for lane in self._lanes:
            try:
                for entry in lane.queue.pending():
                    if not self._deliver(lane, entry):
                        break
            except Exception as error:
                self._lane_failed(lane, error)
            else:
                self._lane_ok(lane)

    def _lane_failed(self, lane: _Lane[Any], error: Exception) -> None:
        """The queue itself failed (not a try at an entry): reported, retried after a backoff of
        its own; the other queue goes on."""
        self.lane_failures += 1
        lane.failures += 1
        delay = self.backoff(lane.failures)
        lane.resume_at = self._clock() + delay
        text = f"{type(error).__name__}: {error}"
        if text != lane.error:
            log.error(
                "outbox %s queue failed, tried again in %.1f s: %s", lane.queue.NAME, delay, text
            )
            if not isinstance(error, StorageError):
                log.debug("the failure", exc_info=error)
        lane.error = text

    def _lane_ok(self, lane: _Lane[Any]) -> None:
        if lane.failures:
            log.info("outbox %s queue works again", lane.queue.NAME)
        lane.failures, lane.resume_at, lane.error = 0, 0.0, ""

    def _keep_house(self) -> None:
        if self.housekeeping is None:
            return
        try:
            self.housekeeping()
        except Exception:
            log.exception("outbox housekeeping failed")

    def _seconds_to_next(self) -> float:
        due: list[float] = []
        for lane in self._lanes:
            if lane.resume_at > self._clock():
                due.append(lane.resume_at)
                continue
            try:
                at = lane.queue.next_attempt_at()
            except Exception as error:
                self._lane_failed(lane, error)
                due.append(lane.resume_at)
                continue
            if at is not None:
                due.append(at)
        ceiling = IDLE_WAKE_S if self.housekeeping is None else HOUSEKEEPING_S
        if not due:
            return ceiling
        return min(ceiling, max(0.0, min(due) - self._clock()))

    # ---- one try ---------------------------------------------------------------------------------

    def _deliver(self, lane: _Lane[EntryT], entry: EntryT) -> bool:
        """One try at one entry; True when the server has it."""
        queue = lane.queue
        try:
            server_id = lane.send(entry)
        except Exception as error:
            self._failed(lane, entry, error)
            return False
        queue.mark_delivered(entry.id, server_id)
        log.info(
            "%s delivered as %s", queue.describe(entry, f"try {entry.attempts + 1}"), server_id
        )
        lane.delivered(entry, server_id)
        return True

    def _failed(self, lane: _Lane[EntryT], entry: EntryT, error: Exception) -> None:
        """A failed try: parked for staff when the refusal is for good, else tried again later."""
        queue, tries = lane.queue, entry.attempts + 1
        reason = str(error) if isinstance(error, ApiError) else f"{type(error).__name__}: {error}"
        if is_permanent(error):
            queue.park(entry.id, reason, getattr(error, "problem", ""))
            log.error("%s refused, kept for staff: %s", queue.describe(entry), reason)
            lane.parked(entry, reason)
            return
        delay = self.backoff(tries)
        if isinstance(error, RateLimited) and error.retry_after_s:
            delay = max(delay, float(error.retry_after_s))
        what = queue.describe(entry, f"try {tries}")
        if not isinstance(error, ApiError):
            log.exception("%s: unexpected failure", what, exc_info=error)
        else:
            log.warning("%s not delivered, next in %.1f s: %s", what, delay, reason)
        queue.mark_failed(entry.id, reason, self._clock() + delay)

    def backoff(self, attempts: int) -> float:
        """The delay after ``attempts`` failed tries: exponential, capped, with equal jitter."""
        ceiling = min(self._retry_max_s, self._retry_min_s * 2.0 ** max(0, attempts - 1))
        return ceiling / 2 + ceiling / 2 * self._jitter()

    # ---- what each queue's entry is to the server --------------------------------------------

    def _create_dispatch(self, entry: DispatchEntry) -> str:
        record = self._api.create_dispatch(
            entry.box_barcode, entry.accepted_at, entry.sender_phone, entry.idempotency_key
        )
        return record.dispatch_id

    def _record_ticket(self, entry: TicketRecordEntry) -> str:
        record = self._api.record_ticket(
            list(entry.tracking_numbers), entry.printed_at, entry.language, entry.idempotency_key
        )
        return record.ticket_id

    def _send_staff_write(self, entry: StaffWriteEntry) -> str:
        assert isinstance(self._api, StaffWriteApi)  # the lane is made only then
        return self._api.send_staff_write(entry.kind, entry.body, entry.idempotency_key)

    def _ticket_recorded(self, entry: TicketRecordEntry, ticket_id: str) -> None:
        if self.on_ticket_recorded is not None:
            self.on_ticket_recorded(ticket_id)
