"""The central client of a staff station: the customer terminal's client (kiosk.api.CentralApi)
plus the staff endpoints (``/api/v1/staff/...``). Reads are retried like every GET; writes carry
the ``Idempotency-Key`` of their outbox entry, so they are retried with it too (the server answers
a repeat with the first answer) and never done twice. The outbox's delivery worker sends the
writes the station could not (:meth:`StationApi.send_staff_write`), with the same bodies
(kiosk.stations.writes builds them, with the moment each was done)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from kiosk.api import CentralApi, _q
from kiosk.stations.models import (
    CheckoutList,
    Collection,
    DueReturns,
    Handover,
    ItemAnswer,
    Shelving,
)
from kiosk.stations.writes import (
    collection_body,
    handover_body,
    place_body,
    return_body,
    server_ref,
    stamped,
)

STAFF = "/staff"
# Each staff write's endpoint and answer, by its kind in the outbox (kiosk.outbox.staff_writes).
WRITES: dict[str, tuple[str, type[BaseModel]]] = {
    "shelve": (f"{STAFF}/shelvings", Shelving),
    "move": (f"{STAFF}/moves", ItemAnswer),
    "return": (f"{STAFF}/returns", ItemAnswer),
    "collection": (f"{STAFF}/collections", Collection),
    "handover": (f"{STAFF}/handovers", Handover),
}

Key = str | uuid.UUID


class StationApi(CentralApi):
    """Blocking, like its base: call it on the io lane."""

    # ---- checkout ------------------------------------------------------------------------------

    def checkout_ticket(self, ticket_ref: str) -> CheckoutList:
        path = f"{STAFF}/checkout/tickets/{_q(ticket_ref)}"
        return self._call("GET", path, CheckoutList, retry=True)

    def checkout_parcel(self, tracking_number: str) -> CheckoutList:
        path = f"{STAFF}/checkout/parcels/{_q(tracking_number)}"
        return self._call("GET", path, CheckoutList, retry=True)

    def hand_over(
        self,
        tracking_numbers: Sequence[str],
        *,
        ticket_id: str | None,
        outcome: str,
        reason: str | None,
        staff_id: str,
        key: Key,
        done_at: dt.datetime | None = None,
    ) -> Handover:
        body = handover_body(
            tracking_numbers, ticket_id=ticket_id, outcome=outcome, reason=reason, staff_id=staff_id
        )
        body = stamped(body, done_at)
        return self._call("POST", f"{STAFF}/handovers", Handover, body=body, key=key, retry=True)

    # ---- stocking ------------------------------------------------------------------------------

    def shelve(
        self,
        tracking_number: str,
        row: str,
        compartment: str,
        *,
        staff_id: str,
        key: Key,
        done_at: dt.datetime | None = None,
    ) -> Shelving:
        body = stamped(place_body(tracking_number, row, compartment, staff_id), done_at)
        return self._call("POST", f"{STAFF}/shelvings", Shelving, body=body, key=key, retry=True)

    def move(
        self,
        tracking_number: str,
        row: str,
        compartment: str,
        *,
        staff_id: str,
        key: Key,
        done_at: dt.datetime | None = None,
    ) -> ItemAnswer:
        body = stamped(place_body(tracking_number, row, compartment, staff_id), done_at)
        return self._call("POST", f"{STAFF}/moves", ItemAnswer, body=body, key=key, retry=True)

    def due_returns(self) -> DueReturns:
        return self._call("GET", f"{STAFF}/returns/due", DueReturns, retry=True)

    def return_parcel(
        self, tracking_number: str, *, staff_id: str, key: Key, done_at: dt.datetime | None = None
    ) -> ItemAnswer:
        body = stamped(return_body(tracking_number, staff_id), done_at)
        return self._call("POST", f"{STAFF}/returns", ItemAnswer, body=body, key=key, retry=True)

    def collect_box(
        self, box_barcode: str, *, staff_id: str, key: Key, done_at: dt.datetime | None = None
    ) -> Collection:
        body = stamped(collection_body(box_barcode, staff_id), done_at)
        return self._call(
            "POST", f"{STAFF}/collections", Collection, body=body, key=key, retry=True
        )

    # ---- the outbox's delivery worker ------------------------------------------------------------

    def send_staff_write(self, kind: str, body: Mapping[str, Any], idempotency_key: str) -> str:
        """A staff write the station could not send, as it was kept; the server's id of it."""
        path, model = WRITES[kind]
        answer = self._call("POST", path, model, body=dict(body), key=idempotency_key, retry=True)
        return server_ref(answer)
