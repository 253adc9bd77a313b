"""Sends the heartbeat (kiosk.maintenance.heartbeat's body) on the io lane and applies the
answer: the central system reachable or not, maintenance requested or lifted. GUI thread state;
``on_answer`` tells the maintenance service that availability may have changed."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.availability import AvailabilityTracker
from kiosk.log import LogArea
from kiosk.maintenance.heartbeat import TerminalSnapshot, alerts, heartbeat_body
from kiosk.models import HeartbeatReply
from kiosk.outbox.queue import OutboxStats
from kiosk.tasks import Outcome

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

Alerts = list[dict[str, object]]


def _with_outbox(
    snapshot: TerminalSnapshot, outbox_stats: Callable[[], OutboxStats]
) -> TerminalSnapshot:
    """The snapshot with the outbox's figures; when they cannot be read, the heartbeat goes all
    the same, saying so (never stopped by the outbox's file)."""
    try:
        stats = outbox_stats()
    except Exception as error:
        log.warning("heartbeat without the outbox's figures: %s", error)
        if any(a.startswith("outbox_unreadable:") for a in snapshot.storage_alerts):
            return snapshot
        alert = f"outbox_unreadable:{type(error).__name__}: {error}"
        return dataclasses.replace(snapshot, storage_alerts=(*snapshot.storage_alerts, alert))
    return dataclasses.replace(
        snapshot,
        outbox_depth=stats.depth,
        outbox_oldest_s=stats.oldest_age_s,
        outbox_parked=stats.parked,
    )


class HeartbeatSender:
    def __init__(
        self,
        *,
        send: Callable[[Mapping[str, Any]], HeartbeatReply] | None,
        run_io: Callable[[Callable[[], Any], Callable[[Outcome[Any]], None]], Any],
        availability: AvailabilityTracker,
        snapshot: Callable[[], TerminalSnapshot],
        outbox_stats: Callable[[], OutboxStats] | None,
        outbox_alert_age_s: float,
        lookup_alerts: Callable[[], Alerts],
        drain_lookup_alerts: Callable[[], Alerts],
        on_answer: Callable[[], None],
    ) -> None:
        self._send = send
        self._run_io = run_io
        self._availability = availability
        self._snapshot = snapshot
        self._outbox_stats = outbox_stats
        self._outbox_alert_age_s = outbox_alert_age_s
        self._lookup_alerts = lookup_alerts
        self._drain_lookup_alerts = drain_lookup_alerts
        self._on_answer = on_answer
        self._unsent_lookup_alerts: Alerts = []  # raised while a heartbeat was on its way
        self.in_flight = False
        self.done = 0  # answered or failed (tests wait on it)
        self.last_body: dict[str, Any] | None = None  # the body the server last accepted

    def send(self) -> None:
        """One heartbeat now, unless one is on its way (or there is no central system)."""
        send = self._send
        if send is None or self.in_flight:
            return
        snapshot = self._snapshot()
        in_guard = self._lookup_alerts()
        lookup = self._unsent_lookup_alerts + in_guard
        outbox_stats = self._outbox_stats
        age_limit = self._outbox_alert_age_s

        def beat() -> tuple[dict[str, Any], HeartbeatReply]:
            snap = snapshot
            if outbox_stats is not None:  # the outbox's SQLite file: read here, off the GUI
                snap = _with_outbox(snap, outbox_stats)
            body = heartbeat_body(snap, alerts(snap, lookup, outbox_alert_age_s=age_limit))
            return body, send(body)

        self.in_flight = True
        sent = len(in_guard)
        self._run_io(beat, lambda outcome: self._answered(outcome, sent))

    def _answered(self, outcome: Outcome[tuple[dict[str, Any], HeartbeatReply]], sent: int) -> None:
        self.in_flight = False
        self.done += 1
        availability = self._availability
        if not outcome.ok or outcome.value is None:
            log.warning("heartbeat failed: %s", outcome.error)
            availability.report("api", False, type(outcome.error).__name__)
            self._on_answer()
            return
        body, reply = outcome.value
        self.last_body = body
        # The guard's alerts are taken once the server has them; any raised while this heartbeat
        # was on its way go with the next one.
        self._unsent_lookup_alerts = list(self._drain_lookup_alerts())[sent:]
        availability.report("api", True)
        requested = reply.maintenance_requested
        was = availability.remote_requested
        availability.set_remote(requested, reply.message)
        if availability.remote_requested != was:
            log.warning("the central system %s maintenance", "requests" if requested else "lifted")
        self._on_answer()
