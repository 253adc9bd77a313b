"""The central client of a staff station: the customer terminal's client (kiosk.api.CentralApi)
plus the staff endpoints (``/api/v1/staff/...``). Reads are retried like every GET; writes carry
an ``Idempotency-Key`` the caller keeps until the write succeeds, so they are retried with it too
(the server answers a repeat with the first answer) and never done twice."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from kiosk.api import CentralApi, _q
from kiosk.stations.models import (
    CheckoutList,
    Collection,
    DueReturns,
    Handover,
    ItemAnswer,
    Shelving,
)

STAFF = "/staff"

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
    ) -> Handover:
        body = {
            "tracking_numbers": list(tracking_numbers),
            "ticket_id": ticket_id,
            "outcome": outcome,
            "reason": reason,
            "staff_id": staff_id,
        }
        return self._call("POST", f"{STAFF}/handovers", Handover, body=body, key=key, retry=True)

    # ---- stocking ------------------------------------------------------------------------------

    def shelve(
        self, tracking_number: str, row: str, compartment: str, *, staff_id: str, key: Key
    ) -> Shelving:
        body = _place(tracking_number, row, compartment, staff_id)
        return self._call("POST", f"{STAFF}/shelvings", Shelving, body=body, key=key, retry=True)

    def move(
        self, tracking_number: str, row: str, compartment: str, *, staff_id: str, key: Key
    ) -> ItemAnswer:
        body = _place(tracking_number, row, compartment, staff_id)
        return self._call("POST", f"{STAFF}/moves", ItemAnswer, body=body, key=key, retry=True)

    def due_returns(self) -> DueReturns:
        return self._call("GET", f"{STAFF}/returns/due", DueReturns, retry=True)

    def return_parcel(self, tracking_number: str, *, staff_id: str, key: Key) -> ItemAnswer:
        body = {"tracking_number": tracking_number, "staff_id": staff_id}
        return self._call("POST", f"{STAFF}/returns", ItemAnswer, body=body, key=key, retry=True)

    def collect_box(self, box_barcode: str, *, staff_id: str, key: Key) -> Collection:
        body = {"box_barcode": box_barcode, "staff_id": staff_id}
        return self._call(
            "POST", f"{STAFF}/collections", Collection, body=body, key=key, retry=True
        )


def _place(tracking_number: str, row: str, compartment: str, staff_id: str) -> dict[str, str]:
    return {
        "tracking_number": tracking_number,
        "row": row,
        "compartment": compartment,
        "staff_id": staff_id,
    }
