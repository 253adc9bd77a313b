"""The central system as each feature of the kiosk sees it: one small protocol per consumer.

`kiosk.api.CentralApi` implements them all (and the delivery's, kiosk.ports.delivery); the
features know only their own. Every call blocks on the network: run it on the task runner's io
lane, never on the GUI thread. Failures raise `kiosk.errors.ApiError` subclasses.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from kiosk.models import Box, Health, HeartbeatReply, OtpChallenge, Parcel

if TYPE_CHECKING:
    from kiosk.stations.models import (
        CheckoutList,
        Collection,
        DueReturns,
        Handover,
        ItemAnswer,
        Shelving,
    )

Key = str | uuid.UUID


@runtime_checkable
class ReceiveApi(Protocol):
    """The receive feature: a parcel by its tracking number, a phone's parcels by SMS code, or
    a recipient's by the pickup code of the shelving SMS."""

    def get_parcel(self, tracking_number: str) -> Parcel: ...

    def start_otp(self, phone: str) -> OtpChallenge: ...

    def verify_otp(self, challenge_id: str, code: str) -> list[Parcel]: ...

    def verify_pickup_code(self, code: str) -> list[Parcel]: ...


@runtime_checkable
class SendApi(Protocol):
    """The send feature: is this prepaid box known and unused?"""

    def get_box(self, barcode: str) -> Box: ...


@runtime_checkable
class TerminalApi(Protocol):
    """Maintenance: is the central system reachable, and the terminal's heartbeat."""

    def health(self) -> Health: ...

    def heartbeat(self, body: Mapping[str, Any]) -> HeartbeatReply: ...


@runtime_checkable
class CheckoutApi(Protocol):
    """The checkout desk: what a ticket or a parcel covers, and the handover (idempotent)."""

    def checkout_ticket(self, ticket_ref: str) -> CheckoutList: ...

    def checkout_parcel(self, tracking_number: str) -> CheckoutList: ...

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
    ) -> Handover: ...


@runtime_checkable
class StockingApi(Protocol):
    """The stocking station: shelving, moves, returns and the courier's collection (each write
    with the moment it was done, ``done_at``)."""

    def shelve(
        self,
        tracking_number: str,
        row: str,
        compartment: str,
        *,
        staff_id: str,
        key: Key,
        done_at: dt.datetime | None = None,
    ) -> Shelving: ...

    def move(
        self,
        tracking_number: str,
        row: str,
        compartment: str,
        *,
        staff_id: str,
        key: Key,
        done_at: dt.datetime | None = None,
    ) -> ItemAnswer: ...

    def due_returns(self) -> DueReturns: ...

    def return_parcel(
        self, tracking_number: str, *, staff_id: str, key: Key, done_at: dt.datetime | None = None
    ) -> ItemAnswer: ...

    def collect_box(
        self, box_barcode: str, *, staff_id: str, key: Key, done_at: dt.datetime | None = None
    ) -> Collection: ...
