"""The delivery worker: sends the outbox's dispatches and the records of printed tickets
(:mod:`kiosk.ticket_records`) to the central system, in the background.

Its own thread (the customer never waits for it), woken when an entry is added, sleeping until the
next entry is due otherwise. Each try sends the entry with its own idempotency key, so a try whose
answer was lost and is repeated registers nothing twice. What happens after a try:

- ``201``: delivered.
- no answer, ``5xx``, ``408``, ``429``, an answer outside the contract: tried again after an
  exponential backoff with jitter (``retry_min_s`` doubling up to ``retry_max_s``, each delay drawn
  between half and all of that), as long as it takes: the network may be down for a day.
- any other ``4xx`` (``409 box_already_dispatched`` by another action, ``404 box_unknown``,
  ``401``/``403``, ``422``): parked for staff with the reason, never retried by itself.

``stop()`` asks the thread to finish cooperatively: it ends the try in flight, makes one last
attempt at what is pending (bounded by ``flush_timeout_s``), and returns; whatever is left stays on
disk and goes out on the next start.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from kiosk.errors import ApiError, RateLimited, ServiceUnavailable
from kiosk.log import LogArea
from kiosk.models import DispatchRecord, TicketRecord
from kiosk.outbox import Outbox, OutboxEntry
from kiosk.ticket_records import TicketRecordEntry, TicketRecords

log = logging.getLogger(LogArea.OUTBOX.logger_name)

RETRYABLE_STATUSES = frozenset({408, 429})
IDLE_WAKE_S = 60.0  # a sleeping worker looks again at least this often


class DispatchApi(Protocol):
    def create_dispatch(
        self,
        box_barcode: str,
        accepted_at: dt.datetime,
        sender_phone: str | None,
        idempotency_key: str,
    ) -> DispatchRecord: ...

    def record_ticket(
        self,
        tracking_numbers: list[str],
        printed_at: dt.datetime,
        language: str,
        idempotency_key: str,
    ) -> TicketRecord: ...


def is_permanent(error: BaseException) -> bool:
    """A refusal that will not change by trying again (a 4xx but 408 and 429)."""
    if not isinstance(error, ApiError) or isinstance(error, ServiceUnavailable | RateLimited):
        return False
    status = error.status
    return status is not None and 400 <= status < 500 and status not in RETRYABLE_STATUSES


class DeliveryWorker:
    """Delivers ``outbox`` through ``api`` (a client of its own: CentralApi is not thread-safe)."""

    def __init__(
        self,
        outbox: Outbox,
        api: DispatchApi,
        *,
        retry_min_s: float = 2.0,
        retry_max_s: float = 300.0,
        clock: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
        on_delivered: Callable[[OutboxEntry, str], None] | None = None,
        on_parked: Callable[[OutboxEntry, str], None] | None = None,
        tickets: TicketRecords | None = None,
        on_ticket_recorded: Callable[[str], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._tickets = tickets
        self.on_ticket_recorded = on_ticket_recorded  # ticket id; called on the worker's thread
        self._api = api
        self._retry_min_s = retry_min_s
        self._retry_max_s = retry_max_s
        self._clock = clock
        self._jitter = jitter
        self._on_delivered = on_delivered
        self._on_parked = on_parked
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._passes = threading.Condition()
        self._passes_started = 0
        self._passes_done = 0
        self._try_everything = False  # staff asked: the next pass ignores the backoff
        self._thread: threading.Thread | None = None
        outbox.on_added(self.wake)

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
            self._flush()
        else:
            with self._passes:
                target = self._passes_started + 1
                self._try_everything = True
                self._wake.set()
                self._passes.wait_for(lambda: self._passes_done >= target, timeout_s)
        return self.pending_count()

    def pending_count(self) -> int:
        count = self._outbox.stats().depth
        return count + (self._tickets.stats().depth if self._tickets is not None else 0)

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
        """Stop (see :meth:`stop`), then close the API client if it has a ``close``. False when
        the thread is still in a request: then the client and the outbox must stay open."""
        if not self.stop(flush_timeout_s):
            return False
        close = getattr(self._api, "close", None)
        if callable(close):
            close()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ---- the loop ----------------------------------------------------------------------------

    def _run(self) -> None:
        log.info("outbox delivery started (%d pending)", self._outbox.stats().depth)
        while not self._stopping.is_set():
            self._wake.clear()
            with self._passes:
                self._passes_started += 1
                this_pass = self._passes_started
                everything, self._try_everything = self._try_everything, False
            try:
                self._flush() if everything else self.deliver_due()
                wait = self._seconds_to_next()
            except Exception:  # the disk or a bug: keep the thread alive, look again later
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
        for due, deliver in self._queues():
            while not self._stopping.is_set():
                batch = due(self._clock())
                if not batch:
                    break
                for entry in batch:
                    if self._stopping.is_set():
                        break
                    delivered += deliver(entry)
        return delivered

    def _queues(self) -> list[tuple[Callable[[float], list[Any]], Callable[[Any], bool]]]:
        queues: list[tuple[Callable[[float], list[Any]], Callable[[Any], bool]]] = []
        if self._tickets is not None:
            queues.append((self._tickets.due, self.deliver_ticket))
        queues.append((self._outbox.due, self.deliver))
        return queues

    def _flush(self) -> None:
        pending: list[tuple[Any, Callable[[Any], bool]]] = []
        if self._tickets is not None:
            pending += [(entry, self.deliver_ticket) for entry in self._tickets.pending()]
        pending += [(entry, self.deliver) for entry in self._outbox.pending()]
        for entry, deliver in pending:
            if not deliver(entry):
                break  # the server is not taking them: no use keeping the shutdown waiting

    def _seconds_to_next(self) -> float:
        times = [self._outbox.next_attempt_at()]
        if self._tickets is not None:
            times.append(self._tickets.next_attempt_at())
        due = [t for t in times if t is not None]
        if not due:
            return IDLE_WAKE_S
        return min(IDLE_WAKE_S, max(0.0, min(due) - self._clock()))

    def deliver_ticket(self, entry: TicketRecordEntry) -> bool:
        """One try at one ticket record; True when the server has it."""
        tickets = self._tickets
        assert tickets is not None
        try:
            record = self._api.record_ticket(
                list(entry.tracking_numbers),
                entry.printed_at,
                entry.language,
                entry.idempotency_key,
            )
        except Exception as error:
            self._retry_or_park(
                f"ticket record #{entry.id}",
                entry.attempts,
                error,
                lambda reason: tickets.park(entry.id, reason),
                lambda reason, at: tickets.mark_failed(entry.id, reason, at),
            )
            return False
        tickets.mark_delivered(entry.id, record.ticket_id)
        log.info("ticket recorded: %s (try %d)", record.ticket_id, entry.attempts + 1)
        if self.on_ticket_recorded is not None:
            self.on_ticket_recorded(record.ticket_id)
        return True

    def deliver(self, entry: OutboxEntry) -> bool:
        """One try at one entry; True when the server has it."""
        try:
            record = self._api.create_dispatch(
                entry.box_barcode, entry.accepted_at, entry.sender_phone, entry.idempotency_key
            )
        except Exception as error:
            self._failed(entry, error)
            return False
        self._outbox.mark_delivered(entry.id, record.dispatch_id)
        log.info(
            "dispatch #%d for box %s delivered: %s (try %d)",
            entry.id,
            entry.box_barcode,
            record.dispatch_id,
            entry.attempts + 1,
        )
        if self._on_delivered is not None:
            self._on_delivered(entry, record.dispatch_id)
        return True

    def _failed(self, entry: OutboxEntry, error: Exception) -> None:
        def park(reason: str) -> None:
            self._outbox.park(entry.id, reason)
            if self._on_parked is not None:
                self._on_parked(entry, reason)

        self._retry_or_park(
            f"dispatch #{entry.id} for box {entry.box_barcode}",
            entry.attempts,
            error,
            park,
            lambda reason, at: self._outbox.mark_failed(entry.id, reason, at),
        )

    def _retry_or_park(
        self,
        what: str,
        attempts: int,
        error: Exception,
        park: Callable[[str], None],
        retry_at: Callable[[str, float], None],
    ) -> None:
        """A failed try: parked for staff when the refusal is for good, else tried again later."""
        reason = str(error) if isinstance(error, ApiError) else f"{type(error).__name__}: {error}"
        if is_permanent(error):
            park(reason)
            log.error("%s refused, kept for staff: %s", what, reason)
            return
        delay = self.backoff(attempts + 1)
        if isinstance(error, RateLimited) and error.retry_after_s:
            delay = max(delay, float(error.retry_after_s))
        if not isinstance(error, ApiError):
            log.exception("%s: unexpected failure", what, exc_info=error)
        else:
            log.warning(
                "%s not delivered (try %d), next in %.1f s: %s", what, attempts + 1, delay, reason
            )
        retry_at(reason, self._clock() + delay)

    def backoff(self, attempts: int) -> float:
        """The delay after ``attempts`` failed tries: exponential, capped, with equal jitter."""
        ceiling = min(self._retry_max_s, self._retry_min_s * 2 ** max(0, attempts - 1))
        delay: float = ceiling / 2 + ceiling / 2 * self._jitter()
        return delay
