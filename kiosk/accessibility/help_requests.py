"""Customers who asked for help with their parcel ("I can't reach it / I need help"): staff bring
it. Open requests show on the maintenance dashboard until staff close them, and every heartbeat
carries one alert per open request (``help_requested:row 3, compartment 12 since 16:40``).

Kept in memory on the GUI thread: a request is for the customer standing at the terminal now,
and a restart is the staff's own doing. No personal data: where the parcels lie, and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.formatting import format_time

ALERT = "help_requested"
MAX_OPEN = 20  # the oldest go first: a heartbeat carries at most 50 alerts


@dataclass(frozen=True)
class Place:
    row: str
    compartment: str

    def __str__(self) -> str:
        return f"row {self.row}, compartment {self.compartment}"


@dataclass(frozen=True)
class HelpRequest:
    ref: int
    places: tuple[Place, ...]  # empty: a parcel without a known place
    opened_at: dt.datetime

    def alert(self) -> str:
        where = "; ".join(str(place) for place in self.places) or "no place known"
        return f"{ALERT}:{where} since {format_time(self.opened_at)}"


class HelpRequests:
    def __init__(self, wall_clock: Callable[[], dt.datetime]) -> None:
        self._wall_clock = wall_clock
        self._open: dict[int, HelpRequest] = {}
        self._next_ref = 1

    def open(self, places: Iterable[Place]) -> HelpRequest:
        request = HelpRequest(self._next_ref, tuple(places), self._wall_clock())
        self._next_ref += 1
        self._open[request.ref] = request
        while len(self._open) > MAX_OPEN:
            del self._open[min(self._open)]
        return request

    def close(self, ref: int) -> bool:
        """Staff brought the parcel; False when there is no such open request."""
        return self._open.pop(ref, None) is not None

    @property
    def open_requests(self) -> tuple[HelpRequest, ...]:
        """Oldest first."""
        return tuple(self._open[ref] for ref in sorted(self._open))

    def alerts(self) -> list[str]:
        return [request.alert() for request in self.open_requests]
