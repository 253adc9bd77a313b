"""What a staff station's screens show (the screen names are in kiosk.views.Screen). Qt-free
dataclasses like kiosk.views; ``problem`` fields hold the server's codes (``already_shelved``,
``not_on_manifest``...) or the station's own (``unavailable``: not saved, try again), which the
screens translate."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.models import Parcel
from kiosk.stations.models import CheckoutList

Place = tuple[str, str]  # (row, compartment)


@dataclass(frozen=True)
class SignInView:
    """Badge or id, then PIN. ``staff_id``: the id a badge (or the typed id) named;
    ``locked_until`` on the station's monotonic clock (0: not locked)."""

    role: str
    staff_id: str = ""
    wrong: bool = False
    attempts_left: int = 5
    locked_until: float = 0.0
    busy: bool = False


@dataclass(frozen=True)
class CheckoutScanView:
    """Scan the customer's ticket or a parcel. ``notice``: the last handover's outcome
    ("handed_over" | "not_handed_over") for ``notice_count`` items."""

    staff_id: str
    text: str = ""
    busy: bool = False
    problem: str | None = None
    notice: str | None = None
    notice_count: int = 0


@dataclass(frozen=True)
class CheckoutParcelsView:
    """What the scan covers: hand over, or record why not (``choosing_reason``)."""

    staff_id: str
    listing: CheckoutList
    choosing_reason: bool = False
    busy: bool = False
    problem: str | None = None
    problem_detail: str = ""


@dataclass(frozen=True)
class StockingMenuView:
    staff_id: str
    notice: str | None = None
    notice_detail: str = ""
    problem: str | None = None  # no_maintenance_right: Maintenance was refused


@dataclass(frozen=True)
class ShelveView:
    """Shelving (``mode`` "shelve") or moving ("move"): the parcel first, then its place (a shelf
    label scanned, or row and compartment typed). ``last``: the last parcel placed and where."""

    staff_id: str
    mode: str = "shelve"
    tracking_number: str = ""
    busy: bool = False
    problem: str | None = None
    problem_detail: str = ""
    last: tuple[str, str, str] | None = None  # (tracking number, row, compartment)


@dataclass(frozen=True)
class LabelsView:
    staff_id: str
    busy: bool = False
    problem: str | None = None
    printed: int = 0  # labels on the last slip printed


@dataclass(frozen=True)
class ReturnsView:
    """The parcels past their last day, in walking order; each scanned off the shelf is done."""

    staff_id: str
    due: tuple[Parcel, ...] = ()
    returned: tuple[str, ...] = ()
    loading: bool = False
    busy: bool = False
    problem: str | None = None
    problem_detail: str = ""


@dataclass(frozen=True)
class CollectionView:
    """The courier's collection: boxes scanned and collected, boxes to keep back."""

    staff_id: str
    collected: tuple[str, ...] = ()
    kept_back: tuple[str, ...] = ()
    busy: bool = False
    problem: str | None = None
    problem_detail: str = ""
    printed: bool | None = None


StationView = (
    SignInView
    | CheckoutScanView
    | CheckoutParcelsView
    | StockingMenuView
    | ShelveView
    | LabelsView
    | ReturnsView
    | CollectionView
)
