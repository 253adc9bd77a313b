"""What the controller asks the window to show: a screen name plus the data that screen needs.

Screens are dumb views; every decision is made in the feature packages (``receive/``, ``send/``,
``maintenance/``) and the controller. Screen names (`Screen`) are stable: the QA control port, the
README and the tests use them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

from kiosk.identifiers import PhoneProblem, S10Problem
from kiosk.maintenance.names import Action, Notice, Panel, ParkedResult, SelfTestStep
from kiosk.models import Parcel

if TYPE_CHECKING:
    from kiosk.maintenance.status import DashboardStatus
    from kiosk.outbox.parked import ParkedEntry
    from kiosk.stations.views import StationView  # named only: a customer terminal never loads it


class Screen(enum.StrEnum):
    """Every screen the window can show, by the name the QA port and the tests use."""

    HOME = "home"
    RECEIVE_TRACKING = "receive_tracking"
    RECEIVE_RESULT = "receive_result"
    RECEIVE_DONE = "receive_done"
    RECEIVE_NOT_FOUND = "receive_not_found"
    RECEIVE_NOT_ARRIVED = "receive_not_arrived"
    RECEIVE_DELIVERED = "receive_delivered"
    RECEIVE_RETURNED = "receive_returned"
    RECEIVE_PHONE = "receive_phone"
    RECEIVE_OTP = "receive_otp"
    RECEIVE_ITEMS = "receive_items"
    RECEIVE_COOLDOWN = "receive_cooldown"
    ERROR = "error"
    OUT_OF_SERVICE = "out_of_service"
    SEND_SCAN = "send_scan"
    SEND_CONFIRM = "send_confirm"
    SEND_DONE = "send_done"
    MAINTENANCE_PIN = "maintenance_pin"
    MAINTENANCE = "maintenance"
    RECEIVE_PICKUP_CODE = "receive_pickup_code"
    STATION_SIGN_IN = "station_sign_in"
    CHECKOUT_SCAN = "checkout_scan"
    CHECKOUT_PARCELS = "checkout_parcels"
    STOCKING_MENU = "stocking_menu"
    STOCKING_SHELVE = "stocking_shelve"
    STOCKING_LABELS = "stocking_labels"
    STOCKING_RETURNS = "stocking_returns"
    STOCKING_COLLECTION = "stocking_collection"


# The screens by their short names (``views.HOME``), as the screens and tests spell them.
HOME = Screen.HOME
RECEIVE_TRACKING = Screen.RECEIVE_TRACKING
RECEIVE_RESULT = Screen.RECEIVE_RESULT
RECEIVE_DONE = Screen.RECEIVE_DONE
RECEIVE_NOT_FOUND = Screen.RECEIVE_NOT_FOUND
RECEIVE_NOT_ARRIVED = Screen.RECEIVE_NOT_ARRIVED
RECEIVE_DELIVERED = Screen.RECEIVE_DELIVERED
RECEIVE_RETURNED = Screen.RECEIVE_RETURNED
RECEIVE_PHONE = Screen.RECEIVE_PHONE
RECEIVE_OTP = Screen.RECEIVE_OTP
RECEIVE_ITEMS = Screen.RECEIVE_ITEMS
RECEIVE_COOLDOWN = Screen.RECEIVE_COOLDOWN
ERROR = Screen.ERROR
OUT_OF_SERVICE = Screen.OUT_OF_SERVICE
SEND_SCAN = Screen.SEND_SCAN
SEND_CONFIRM = Screen.SEND_CONFIRM
SEND_DONE = Screen.SEND_DONE
MAINTENANCE_PIN = Screen.MAINTENANCE_PIN
MAINTENANCE = Screen.MAINTENANCE
RECEIVE_PICKUP_CODE = Screen.RECEIVE_PICKUP_CODE
STATION_SIGN_IN = Screen.STATION_SIGN_IN
CHECKOUT_SCAN = Screen.CHECKOUT_SCAN
CHECKOUT_PARCELS = Screen.CHECKOUT_PARCELS
STOCKING_MENU = Screen.STOCKING_MENU
STOCKING_SHELVE = Screen.STOCKING_SHELVE
STOCKING_LABELS = Screen.STOCKING_LABELS
STOCKING_RETURNS = Screen.STOCKING_RETURNS
STOCKING_COLLECTION = Screen.STOCKING_COLLECTION
STATION_SCREENS = frozenset(
    {
        STATION_SIGN_IN,
        CHECKOUT_SCAN,
        CHECKOUT_PARCELS,
        STOCKING_MENU,
        STOCKING_SHELVE,
        STOCKING_LABELS,
        STOCKING_RETURNS,
        STOCKING_COLLECTION,
    }
)


@dataclass(frozen=True)
class HomeView:
    languages: tuple[str, ...]
    send_enabled: bool = False


@dataclass(frozen=True)
class TrackingEntryView:
    """The tracking-number screen. ``problem`` explains a rejected entry; ``busy`` while working,
    ``printing`` when that work is printing the ticket (else it is looking the parcel up)."""

    text: str = ""
    problem: S10Problem | None = None
    busy: bool = False
    printing: bool = False


@dataclass(frozen=True)
class ResultView:
    """Where the parcel is. ``printed`` is False when the ticket could not be printed."""

    parcel: Parcel
    printed: bool
    help_requested: bool = False  # "I need help": staff will bring the parcel


@dataclass(frozen=True)
class ParcelStatusView:
    """Not found / not yet arrived / already delivered / returned to sender."""

    tracking_number: str
    parcel: Parcel | None = None


@dataclass(frozen=True)
class ErrorView:
    """The central system cannot be reached or answered nonsense; the customer may retry."""

    can_retry: bool = True


@dataclass(frozen=True)
class DoneView:
    """The closing screen; ``printed`` is False when the customer got no ticket."""

    printed: bool = True


@dataclass(frozen=True)
class OutOfServiceView:
    """New customers are turned away: a required part of the terminal (``reason``) is down.
    The screen goes by itself when the part recovers."""

    reason: str = "printer"
    message: str = ""  # from staff or the central system, shown as it is


@dataclass(frozen=True)
class SendScanView:
    """Scan (or type) the box barcode. ``problem`` explains a malformed entry; ``refusal`` why a
    well-formed box was not accepted: "unknown", "already_dispatched" or "unavailable"."""

    text: str = ""
    problem: S10Problem | None = None
    refusal: str | None = None
    busy: bool = False


@dataclass(frozen=True)
class SendConfirmView:
    """The box is good: press Send. ``offline`` when it could not be checked and will be
    registered later; ``failed`` when the last Send could not be saved (try again)."""

    barcode: str
    size: str = ""
    offline: bool = False
    busy: bool = False
    printing: bool = False
    failed: bool = False


@dataclass(frozen=True)
class SendDoneView:
    """Handed in: put the parcel on the dispatch shelf. ``printed`` False when no receipt came."""

    barcode: str
    printed: bool = True
    offline: bool = False


# ---- receiving by phone number ---------------------------------------------------------------


@dataclass(frozen=True)
class PhoneEntryView:
    """The phone screen: ``digits`` typed after the fixed +7, a ``problem`` found before any
    request, ``busy`` while the code is being requested."""

    digits: str = ""
    problem: PhoneProblem | None = None
    busy: bool = False


@dataclass(frozen=True)
class OtpEntryView:
    """The code screen. ``resend_at`` is a time on the controller's monotonic clock;
    ``wrong`` after a rejected code (wrong or expired: one message for both); ``dead`` when the
    code can no longer be used (no attempts left) and only a new code helps."""

    masked_phone: str
    resend_at: float
    attempts_left: int | None = None
    wrong: bool = False
    dead: bool = False
    incomplete: bool = False
    busy: bool = False
    printing: bool = False


@dataclass(frozen=True)
class ItemsView:
    """After the code: the items the ticket lists (``ready``), the others with their status.
    ``printed`` is None when there was nothing to print."""

    ready: tuple[Parcel, ...] = ()
    others: tuple[Parcel, ...] = ()
    printed: bool | None = None
    help_requested: bool = False  # "I need help": staff will bring the parcels


@dataclass(frozen=True)
class PickupCodeView:
    """The pickup code from the shelving SMS, typed (``text``); ``wrong`` after an unknown or
    expired code (one message for both) or one that cannot be a code."""

    text: str = ""
    wrong: bool = False
    busy: bool = False
    printing: bool = False


@dataclass(frozen=True)
class CooldownView:
    """Too many attempts (the server's limit or the kiosk's own): wait until ``until`` (the
    controller's monotonic clock)."""

    until: float


# ---- maintenance -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MaintenancePinView:
    """The staff PIN pad. ``staff_id`` when a badge named the staff member; ``locked_until``
    on the controller's monotonic clock (0: not locked); ``busy`` while the PIN is checked;
    ``refused``: the PIN was right but its staff member has no maintenance right."""

    staff_id: str | None = None
    wrong: bool = False
    refused: bool = False
    attempts_left: int = 5
    locked_until: float = 0.0
    busy: bool = False


@dataclass(frozen=True)
class HelpRequestView:
    """A customer waiting for staff to bring their parcels: when, and where the parcels lie."""

    ref: int
    at: str  # HH:MM:SS, Almaty time
    places: tuple[tuple[str, str], ...]  # (row, compartment)


@dataclass(frozen=True)
class MaintenanceView:
    """The staff dashboard. ``panel`` is the page on its left; ``notice`` the outcome of the last
    action with ``notice_detail``; ``confirm`` the action (restart or quit) waiting for its
    second tap."""

    staff_id: str
    status: DashboardStatus
    audit: tuple[AuditLineView, ...] = ()  # newest first
    panel: Panel = Panel.DASHBOARD
    log_lines: tuple[str, ...] = ()
    notice: Notice | None = None
    notice_detail: str = ""
    confirm: Action | None = None
    out_of_service: bool = False
    out_of_service_message: str = ""
    reason: str = ""  # why customers are turned away ("" while they are served)
    can_reprint: bool = False
    can_sync: bool = False
    can_restart: bool = False
    can_quit: bool = False
    busy: bool = False
    selftest: SelfTestView | None = None
    # the "parked" panel: entries the central system refused, the outcome of the last
    # "try again" and the entry being put back
    parked: tuple[ParkedEntry, ...] = ()
    parked_loading: bool = False
    parked_result: ParkedResult | None = None
    parked_result_detail: str = ""
    requeuing: str = ""
    can_requeue: bool = False
    help_requests: tuple[HelpRequestView, ...] = ()  # oldest first


@dataclass(frozen=True)
class AuditLineView:
    """One maintenance action: ``at`` already in local time ("02.12.2026 19:26:40"); ``action``
    and ``detail`` as recorded (codes the screen translates; an out-of-service message as typed)."""

    at: str
    staff_id: str
    action: str
    detail: str = ""


@dataclass(frozen=True)
class SelfTestView:
    """The self-test wizard: ``step`` under way, ``results`` as (step, ok, detail),
    ``waiting_for_code`` once the slip printed."""

    step: SelfTestStep
    results: tuple[tuple[SelfTestStep, bool, str], ...] = ()
    waiting_for_code: bool = False
    passed: bool = False


# Union, not "|": StationView is named as a string (a customer terminal never imports it)
View = Union[
    HomeView,
    TrackingEntryView,
    ResultView,
    ParcelStatusView,
    ErrorView,
    DoneView,
    OutOfServiceView,
    SendScanView,
    SendConfirmView,
    SendDoneView,
    PhoneEntryView,
    OtpEntryView,
    ItemsView,
    CooldownView,
    MaintenancePinView,
    MaintenanceView,
    PickupCodeView,
    "StationView",
]
