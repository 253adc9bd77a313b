"""The central system as each feature of the kiosk sees it: one small protocol per consumer.

`kiosk.api.CentralApi` implements them all (and the delivery's, kiosk.ports.delivery); the
features know only their own. Every call blocks on the network: run it on the task runner's io
lane, never on the GUI thread. Failures raise `kiosk.errors.ApiError` subclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from kiosk.models import Box, Health, HeartbeatReply, OtpChallenge, Parcel


@runtime_checkable
class ReceiveApi(Protocol):
    """The receive feature: a parcel by its tracking number, or a phone's parcels by SMS code."""

    def get_parcel(self, tracking_number: str) -> Parcel: ...

    def start_otp(self, phone: str) -> OtpChallenge: ...

    def verify_otp(self, challenge_id: str, code: str) -> list[Parcel]: ...


@runtime_checkable
class SendApi(Protocol):
    """The send feature: is this prepaid box known and unused?"""

    def get_box(self, barcode: str) -> Box: ...


@runtime_checkable
class TerminalApi(Protocol):
    """Maintenance: is the central system reachable, and the terminal's heartbeat."""

    def health(self) -> Health: ...

    def heartbeat(self, body: Mapping[str, Any]) -> HeartbeatReply: ...
