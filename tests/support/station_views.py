"""The staff stations' screens with their fullest views (every line a screen can show at once,
the longest texts), for tests/qt/test_station_layout.py (see docs/stations.md, Screens)."""

from __future__ import annotations

from kiosk import views
from kiosk.models import Location, Parcel
from kiosk.stations.models import CheckoutItem, CheckoutList
from kiosk.stations.views import (
    CheckoutParcelsView,
    CheckoutScanView,
    CollectionView,
    LabelsView,
    ReturnsView,
    ShelveView,
    SignInView,
    StockingMenuView,
)

STAFF = "S001"


def _item(number: str, row: str, compartment: str, **changes: object) -> CheckoutItem:
    fields: dict[str, object] = {
        "tracking_number": number,
        "kind": "parcel_locker_item",  # the longest kind in every language
        "status": "awaiting_pickup",
        "location": Location(row=row, compartment=compartment),
        "recipient_hint": "Aigerim N.",
        "can_hand_over": True,
    }
    fields.update(changes)
    return CheckoutItem.model_validate(fields)


LISTING = CheckoutList(
    ticket_id="TK-1",
    parcels=(
        _item("CC016695190KZ", "3", "12"),
        _item("CC300000012KZ", "4", "7"),
        _item("RR123456785KZ", "12", "148"),
        _item("CC100000079KZ", "12", "149", can_hand_over=False, reason="already_collected"),
    ),
    storage_fee_total_kzt=12_400,
    cod_total_kzt=1_250_000,
    total_kzt=1_262_400,
)
DUE = tuple(
    Parcel(
        tracking_number=f"CC1000000{n}KZ",
        kind="parcel",
        status="awaiting_pickup",
        location=Location(row=str(n // 10), compartment=str(100 + n)),
    )
    for n in range(10, 19)
)
BOXES = tuple(f"CB2000000{n}KZ" for n in range(10, 16))

# name: (role, screen, view)
STATION_SCREENS: dict[str, tuple[str, str, object]] = {
    "sign_in": (
        "stocking",
        views.STATION_SIGN_IN,
        SignInView(role="stocking", locked_until=1e12),
    ),
    "sign_in_pin": (
        "checkout",
        views.STATION_SIGN_IN,
        SignInView(role="checkout", staff_id="S0001234", wrong=True, attempts_left=2),
    ),
    "checkout_scan": (
        "checkout",
        views.CHECKOUT_SCAN,
        CheckoutScanView(
            staff_id=STAFF, notice="handed_over", notice_count=4, problem="ticket_not_found"
        ),
    ),
    "checkout_scan_busy": ("checkout", views.CHECKOUT_SCAN, CheckoutScanView(STAFF, busy=True)),
    "checkout_parcels": (
        "checkout",
        views.CHECKOUT_PARCELS,
        CheckoutParcelsView(staff_id=STAFF, listing=LISTING, problem="unavailable"),
    ),
    "checkout_reasons": (
        "checkout",
        views.CHECKOUT_PARCELS,
        CheckoutParcelsView(staff_id=STAFF, listing=LISTING, choosing_reason=True),
    ),
    "stocking_menu": (
        "stocking",
        views.STOCKING_MENU,
        StockingMenuView(staff_id=STAFF, problem="no_maintenance_right"),
    ),
    "shelve": (
        "stocking",
        views.STOCKING_SHELVE,
        ShelveView(
            staff_id=STAFF,
            tracking_number="CC300000012KZ",
            last=("CC016695190KZ", "12", "148"),
            problem="not_a_place",
        ),
    ),
    "move": (
        "stocking",
        views.STOCKING_SHELVE,
        ShelveView(staff_id=STAFF, mode="move", problem="not_shelved"),
    ),
    "labels": (
        "stocking",
        views.STOCKING_LABELS,
        LabelsView(staff_id=STAFF, printed=200, problem="too_many"),
    ),
    "returns": (
        "stocking",
        views.STOCKING_RETURNS,
        ReturnsView(staff_id=STAFF, due=DUE, returned=DUE[:2], problem="not_due"),
    ),
    "collection": (
        "stocking",
        views.STOCKING_COLLECTION,
        CollectionView(
            staff_id=STAFF,
            collected=BOXES[:4],
            kept_back=BOXES[4:],
            printed=False,
            problem="already_scanned",
        ),
    ),
}
