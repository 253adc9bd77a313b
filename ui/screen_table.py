"""Every screen the window can show, as one table: its name, the class that draws it, its intents
wired to the controller's slots, and the terminals that show it (``terminal.role``).

A screen's module is imported when the screen is first built (``build``), so a terminal imports
the screens it shows and no other: a customer terminal never loads the staff stations' screens,
a station never the customer flows'. Each row's intents are ``(signal, slot)`` pairs: the
screen's signal, connected to the controller's slot of that name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, cast

from kiosk import views

if TYPE_CHECKING:
    from kiosk.controller import Controller
    from ui.screens.base import Screen

CUSTOMER = frozenset({"customer"})
CHECKOUT = frozenset({"checkout"})
STOCKING = frozenset({"stocking"})
STATIONS = CHECKOUT | STOCKING

Intents = tuple[tuple[str, str], ...]
BACK_HOME: Intents = (("home_requested", "reset_session"),)  # the next customer's start
STATION: Intents = (("action_requested", "station_action"), ("touched", "station_touched"))


@dataclass(frozen=True)
class ScreenKind:
    name: str
    cls: str  # "module:Class", the module under ui.screens
    intents: Intents = ()
    roles: frozenset[str] = CUSTOMER
    given: Literal["", "clock", "auto_home_ms"] = ""  # what its constructor needs besides
    staff_corner: bool = False  # five taps in its top left corner open the staff PIN pad


SCREENS: tuple[ScreenKind, ...] = (
    ScreenKind(
        views.HOME,
        "home:HomeScreen",
        (("receive_requested", "start_receive"), ("send_requested", "start_send")),
        staff_corner=True,
    ),
    ScreenKind(views.OUT_OF_SERVICE, "out_of_service:OutOfServiceScreen", staff_corner=True),
    ScreenKind(
        views.RECEIVE_TRACKING,
        "tracking:TrackingScreen",
        (
            ("submitted", "submit_tracking"),
            ("back_requested", "go_home"),  # the same customer going back
            ("use_phone_requested", "start_phone"),
            ("use_pickup_code_requested", "start_pickup_code"),
        ),
    ),
    ScreenKind(
        views.RECEIVE_RESULT,
        "result:ResultScreen",
        (("done_requested", "finish"), ("help_wanted", "need_help")),
    ),
    ScreenKind(views.RECEIVE_DONE, "done:DoneScreen", BACK_HOME, given="auto_home_ms"),
    ScreenKind(
        views.RECEIVE_NOT_FOUND,
        "status:NotFoundScreen",
        (("retry_requested", "edit_tracking"), *BACK_HOME),
    ),
    ScreenKind(views.RECEIVE_NOT_ARRIVED, "status:NotArrivedScreen", BACK_HOME),
    ScreenKind(views.RECEIVE_DELIVERED, "status:DeliveredScreen", BACK_HOME),
    ScreenKind(views.RECEIVE_RETURNED, "status:ReturnedScreen", BACK_HOME),
    ScreenKind(views.ERROR, "error:ErrorScreen", (("retry_requested", "retry"), *BACK_HOME)),
    ScreenKind(
        views.RECEIVE_PICKUP_CODE,
        "pickup_code:PickupCodeScreen",
        (("submitted", "submit_pickup_code"), ("back_requested", "start_receive")),
    ),
    ScreenKind(
        views.RECEIVE_PHONE,
        "phone:PhoneScreen",
        (("submitted", "submit_phone"), ("back_requested", "start_receive")),
    ),
    ScreenKind(
        views.RECEIVE_OTP,
        "otp:OtpScreen",
        (
            ("submitted", "submit_code"),
            ("resend_requested", "resend_code"),
            ("back_requested", "edit_phone"),
        ),
        given="clock",
    ),
    ScreenKind(
        views.RECEIVE_ITEMS,
        "items:ItemsScreen",
        (("done_requested", "finish"), ("help_wanted", "need_help"), *BACK_HOME),
    ),
    ScreenKind(views.RECEIVE_COOLDOWN, "cooldown:CooldownScreen", BACK_HOME, given="clock"),
    ScreenKind(
        views.SEND_SCAN,
        "send:SendScanScreen",
        (("submitted", "submit_box"), ("back_requested", "go_home")),
    ),
    ScreenKind(
        views.SEND_CONFIRM,
        "send:SendConfirmScreen",
        (("confirmed", "confirm_send"), ("back_requested", "send_back")),
    ),
    ScreenKind(views.SEND_DONE, "send:SendDoneScreen", BACK_HOME, given="auto_home_ms"),
    ScreenKind(
        views.MAINTENANCE_PIN,
        "maintenance.pin:MaintenancePinScreen",
        (
            ("submitted", "submit_staff_pin"),
            ("back_requested", "close_maintenance"),
            ("touched", "maintenance_touched"),
        ),
        given="clock",
    ),
    ScreenKind(
        views.MAINTENANCE,
        "maintenance.screen:MaintenanceScreen",  # ~20 modules, staff only
        (
            ("action_requested", "maintenance_action"),
            ("close_requested", "close_maintenance"),
            ("touched", "maintenance_touched"),
        ),
        CUSTOMER | STATIONS,  # a station opens it for its signed-in staff (no PIN pad)
    ),
    ScreenKind(views.STATION_SIGN_IN, "stations.sign_in:SignInScreen", STATION, STATIONS),
    ScreenKind(views.CHECKOUT_SCAN, "stations.checkout:CheckoutScanScreen", STATION, CHECKOUT),
    ScreenKind(
        views.CHECKOUT_PARCELS, "stations.checkout:CheckoutParcelsScreen", STATION, CHECKOUT
    ),
    ScreenKind(views.STOCKING_MENU, "stations.stocking:StockingMenuScreen", STATION, STOCKING),
    ScreenKind(views.STOCKING_SHELVE, "stations.stocking:ShelveScreen", STATION, STOCKING),
    ScreenKind(views.STOCKING_LABELS, "stations.stocking:LabelsScreen", STATION, STOCKING),
    ScreenKind(views.STOCKING_RETURNS, "stations.rounds:ReturnsScreen", STATION, STOCKING),
    ScreenKind(views.STOCKING_COLLECTION, "stations.rounds:CollectionScreen", STATION, STOCKING),
)
KINDS = {kind.name: kind for kind in SCREENS}


def screens_of(role: str) -> list[str]:
    """The names of the screens a terminal of ``role`` shows, in the table's order."""
    return [kind.name for kind in SCREENS if role in kind.roles]


def build(kind: ScreenKind, controller: Controller, *, auto_home_ms: int) -> Screen:
    """A new screen of ``kind``, its intents connected to ``controller``."""
    module, _, class_name = kind.cls.partition(":")
    screen_class = cast(
        "Callable[..., Screen]",
        getattr(importlib.import_module(f"ui.screens.{module}"), class_name),
    )
    if kind.given == "clock":  # the countdowns use the controller's clock
        screen = screen_class(clock=lambda: controller.monotonic())
    elif kind.given == "auto_home_ms":
        screen = screen_class(auto_home_ms=auto_home_ms)
    else:
        screen = screen_class()
    if screen.objectName() != kind.name:
        raise TypeError(f"{kind.cls} draws {screen.objectName()!r}, not {kind.name!r}")
    for signal, slot in kind.intents:
        getattr(screen, signal).connect(getattr(controller, slot))
    return screen
