"""The delivery port: what the outbox's delivery worker asks of the central system.

Each call carries the entry's idempotency key, so a try whose answer was lost and is repeated
registers nothing twice. A failure is raised as :class:`kiosk.errors.ApiError` (its status says
whether trying again may help) or any other exception (a bug, a broken answer: tried again).
The central API client (:class:`kiosk.api.CentralApi`) implements it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from kiosk.models import DispatchRecord, TicketRecord


class DeliveryApi(Protocol):
    def create_dispatch(
        self,
        box_barcode: str,
        accepted_at: dt.datetime,
        sender_phone: str | None,
        idempotency_key: str,
    ) -> DispatchRecord:
        """Register a dispatch the customer handed in at ``accepted_at``."""
        ...

    def record_ticket(
        self,
        tracking_numbers: list[str],
        printed_at: dt.datetime,
        language: str,
        idempotency_key: str,
    ) -> TicketRecord:
        """Record a ticket printed at ``printed_at``."""
        ...

    def close(self) -> None:
        """Let go of the connections; called once the worker has stopped."""
        ...


@runtime_checkable
class StaffWriteApi(Protocol):
    """A staff station's client (kiosk.stations.client.StationApi) also delivers its writes."""

    def send_staff_write(self, kind: str, body: Mapping[str, Any], idempotency_key: str) -> str:
        """Send a staff write of ``kind`` with its request body; the server's id of the record."""
        ...
