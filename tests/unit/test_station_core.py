"""The staff stations' core without Qt or a network: the sign-in, the checkout desk and the stocking
station over an inline runner and a recording stand-in for the staff endpoints (the stations
against the real central server: tests/qt/test_station_roles.py and test_stations_hall.py)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

import pytest

from kiosk import views
from kiosk.availability import AvailabilityTracker
from kiosk.display import Display
from kiosk.documents import Barcode128, Document
from kiosk.errors import ApiError, NotFound, ServiceUnavailable
from kiosk.maintenance.pins import hash_pin
from kiosk.maintenance.staff import StaffMember
from kiosk.models import Location, Parcel
from kiosk.outbox.staff_writes import StaffWriteQueue
from kiosk.ports.printer import PrintResult
from kiosk.stations.checkout import CheckoutDesk, ticket_ref
from kiosk.stations.documents import build_shelf_labels, label_places, parse_place, shelf_code
from kiosk.stations.models import CheckoutItem, CheckoutList, Collection, Handover, ItemAnswer
from kiosk.stations.names import StationAction
from kiosk.stations.signin import StaffSignIn
from kiosk.stations.station import StationDriver
from kiosk.stations.stocking import StockingStation
from kiosk.stations.writes import StaffWriter, WriteKeys
from kiosk.tasks import Outcome
from kiosk.terminal import TerminalInfo

NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
PARCEL = "CC016695190KZ"
BOX = "CB200000010KZ"
PIN = "2468"
STAFF = (StaffMember("S001", hash_pin(PIN, iterations=2_000)),)


class InlineRunner:
    def run_io(self, fn: Callable[[], Any], then: Callable[[Outcome[Any]], None]) -> None:
        try:
            outcome: Outcome[Any] = Outcome(value=fn())
        except Exception as exc:  # as the task runner does
            outcome = Outcome(error=exc)
        then(outcome)

    run_printer = run_io


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def item(number: str = PARCEL, *, can: bool = True, reason: str | None = None) -> CheckoutItem:
    return CheckoutItem(
        tracking_number=number,
        kind="parcel",
        status="awaiting_pickup" if can else "delivered",
        location=Location(row="3", compartment="12"),
        can_hand_over=can,
        reason=reason,
    )


class StaffEndpoints:
    """Records each call; ``fail`` holds the errors the next calls raise, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.fail: list[Exception] = []

    def _called(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.calls.append((name, args, kwargs))
        if self.fail:
            raise self.fail.pop(0)

    def checkout_ticket(self, ref: str) -> CheckoutList:
        self._called("checkout_ticket", ref)
        return CheckoutList(ticket_id="TK-1", parcels=(item(),), total_kzt=500, cod_total_kzt=500)

    def checkout_parcel(self, number: str) -> CheckoutList:
        self._called("checkout_parcel", number)
        return CheckoutList(parcels=(item(number),))

    def hand_over(self, numbers: Any, **kwargs: Any) -> Handover:
        self._called("hand_over", tuple(numbers), **kwargs)
        return Handover(handover_id="H-1")

    def _placed(self, number: str, row: str, compartment: str) -> ItemAnswer:
        where = Location(row=row, compartment=compartment)
        parcel = Parcel(tracking_number=number, kind="parcel", status="awaiting_pickup")
        return ItemAnswer(item=parcel.model_copy(update={"location": where}))

    def shelve(self, number: str, row: str, compartment: str, **kwargs: Any) -> ItemAnswer:
        self._called("shelve", number, row, compartment, **kwargs)
        return self._placed(number, row, compartment)

    def move(self, number: str, row: str, compartment: str, **kwargs: Any) -> ItemAnswer:
        self._called("move", number, row, compartment, **kwargs)
        return self._placed(number, row, compartment)

    def due_returns(self) -> Any:
        raise AssertionError("not asked here")

    def return_parcel(self, number: str, **kwargs: Any) -> ItemAnswer:
        self._called("return_parcel", number, **kwargs)
        return self._placed(number, "3", "12")

    def collect_box(self, barcode: str, **kwargs: Any) -> Collection:
        self._called("collect_box", barcode, **kwargs)
        return Collection(box_barcode=barcode, dispatch_id="D-1", collected_at=NOW)


class Printed:
    def __init__(self) -> None:
        self.documents: list[Document] = []

    def print(self, document: Document) -> PrintResult:
        self.documents.append(document)
        return PrintResult.succeeded(document.job_id, NOW)


def station(
    role: str, queue: StaffWriteQueue | None = None
) -> tuple[StationDriver, StaffEndpoints, Display, Clock, Printed]:
    """``queue``: the outbox's staff writes (None: the writes go online only)."""
    clock, api, printer = Clock(), StaffEndpoints(), Printed()
    display = Display(AvailabilityTracker(), languages=("kk", "ru", "en"), send_enabled=False)
    runner = InlineRunner()
    ticks = itertools.count()  # a second later at each write: a retry must keep its first moment
    writer = StaffWriter(
        runner=runner, queue=queue, clock=lambda: NOW + dt.timedelta(seconds=next(ticks))
    )
    signin = StaffSignIn(
        role=role, staff=STAFF, badge_prefix="STAFF-", runner=runner, monotonic=clock, idle_s=60
    )

    def staff_id() -> str:
        return signin.staff_id or ""

    if role == "checkout":
        desk = CheckoutDesk(
            runner=runner, api=api, display=display, staff_id=staff_id, writer=writer
        )
        driver = StationDriver(signin=signin, display=display, checkout=desk)
    else:
        stocking = StockingStation(
            runner=runner,
            api=api,
            printer=printer,  # type: ignore[arg-type]
            display=display,
            terminal=TerminalInfo("T-STOCK", "Hall"),
            staff_id=staff_id,
            tr=str.upper,
            clock=lambda: NOW,
            writer=writer,
        )
        driver = StationDriver(signin=signin, display=display, stocking=stocking)
    display.station_home = driver.show_home
    display.show_home()
    return driver, api, display, clock, printer


def sign_in(driver: StationDriver) -> None:
    assert driver.scanned("STAFF-S001")
    driver.action(StationAction.SUBMIT_PIN, PIN)
    assert driver.signin.staff_id == "S001"


@pytest.mark.expected_log("kiosk.flow", "wrong staff sign-in PIN (1 of 5)")
def test_a_badge_and_the_pin_sign_in_and_idle_signs_out(caplog) -> None:
    driver, _api, display, clock, _printer = station("checkout")
    assert display.screen == views.STATION_SIGN_IN
    driver.scanned("STAFF-S001")
    driver.action(StationAction.SUBMIT_PIN, "1111")
    assert display.view.wrong
    assert "maintenance" not in caplog.text  # the sign-in's lines are its own
    assert "1111" not in caplog.text
    assert display.view.staff_id == "S001"
    driver.action(StationAction.SUBMIT_PIN, PIN)
    assert display.screen == views.CHECKOUT_SCAN
    clock.now += 59
    driver.tick()
    assert driver.signin.signed_in
    clock.now += 2
    driver.tick()
    assert not driver.signin.signed_in
    assert display.screen == views.STATION_SIGN_IN


def test_a_typed_staff_id_and_pin_sign_in_and_the_button_signs_out() -> None:
    driver, _api, display, _clock, _printer = station("stocking")
    driver.action(StationAction.NAME_STAFF, "S001")
    driver.action(StationAction.SUBMIT_PIN, PIN)
    assert display.screen == views.STOCKING_MENU
    driver.action(StationAction.SIGN_OUT)
    assert display.screen == views.STATION_SIGN_IN
    assert not driver.signin.signed_in


@pytest.mark.parametrize("role", ["checkout", "stocking"])
def test_maintenance_opens_for_the_signed_in_staff_member_or_the_home_says_no(role) -> None:
    driver, _api, display, _clock, _printer = station(role)
    asked: list[str] = []
    rights = {"S001": True}

    def open_maintenance(staff_id: str) -> bool:
        asked.append(staff_id)
        return rights[staff_id]

    driver.open_maintenance = open_maintenance
    driver.action(StationAction.MAINTENANCE)  # nobody signed in: nothing to open
    assert (asked, display.screen) == ([], views.STATION_SIGN_IN)
    sign_in(driver)
    driver.action(StationAction.MAINTENANCE)
    assert asked == ["S001"]
    home = display.screen
    rights["S001"] = False
    driver.action(StationAction.MAINTENANCE)
    assert display.screen == home
    assert display.view.problem == "no_maintenance_right"  # type: ignore[union-attr]


def test_scans_before_sign_in_do_nothing() -> None:
    driver, api, display, _clock, _printer = station("checkout")
    assert driver.scanned(PARCEL)
    assert api.calls == []
    assert display.screen == views.STATION_SIGN_IN


@pytest.mark.expected_log("kiosk.flow", "handover: not saved, central unreachable")
def test_checkout_hands_over_with_the_staff_id_and_one_key_across_retries() -> None:
    driver, api, display, _clock, _printer = station("checkout")
    sign_in(driver)
    driver.scanned("1a2b3c4d")
    assert api.calls[-1] == ("checkout_ticket", ("1A2B3C4D",), {})
    assert display.screen == views.CHECKOUT_PARCELS
    api.fail = [ServiceUnavailable("down")]
    driver.action(StationAction.HAND_OVER)
    assert display.view.problem == "unavailable"  # type: ignore[union-attr]
    assert display.screen == views.CHECKOUT_PARCELS
    driver.action(StationAction.HAND_OVER)
    first, second = (c for c in api.calls if c[0] == "hand_over")
    assert first == second  # the same write, with the same idempotency key and moment
    assert first[2]["done_at"] == NOW
    assert first[1] == ((PARCEL,),)
    assert first[2]["staff_id"] == "S001"
    assert first[2]["outcome"] == "handed_over"
    assert first[2]["ticket_id"] == "TK-1"
    assert display.screen == views.CHECKOUT_SCAN
    assert display.view.notice == "handed_over"
    assert display.view.notice_count == 1


def test_checkout_records_a_reason_and_a_refusal_is_shown() -> None:
    driver, api, display, _clock, _printer = station("checkout")
    sign_in(driver)
    driver.scanned(PARCEL)
    assert api.calls[-1] == ("checkout_parcel", (PARCEL,), {})
    driver.action(StationAction.NOT_HANDED_OVER)
    assert display.view.choosing_reason  # type: ignore[union-attr]
    api.fail = [ApiError("CC016695190KZ was collected", status=409, code="already_collected")]
    driver.action(StationAction.REASON, "no_id")
    assert display.view.problem == "already_collected"  # type: ignore[union-attr]
    driver.action(StationAction.REASON, "no_id")
    keys = [c[2]["key"] for c in api.calls if c[0] == "hand_over"]
    assert keys[0] != keys[1]  # a refusal is an answer: the next try is a new write


def test_an_unknown_ticket_says_so() -> None:
    driver, api, display, _clock, _printer = station("checkout")
    sign_in(driver)
    error = NotFound("no ticket")
    error.problem = "ticket_not_found"
    api.fail = [error]
    driver.scanned("TICKET:0000AAAA")
    assert display.screen == views.CHECKOUT_SCAN
    assert display.view.problem == "ticket_not_found"  # type: ignore[union-attr]


def test_shelving_takes_the_parcel_then_the_shelf_label() -> None:
    driver, api, display, _clock, _printer = station("stocking")
    sign_in(driver)
    driver.action(StationAction.OPEN, "shelve")
    driver.scanned("SHELF:03-12")
    assert display.view.problem == "not_a_parcel"  # type: ignore[union-attr]
    driver.scanned(PARCEL)
    driver.scanned("SHELF:03-12")
    [(name, args, kwargs)] = api.calls
    assert (name, args, kwargs["staff_id"]) == ("shelve", (PARCEL, "3", "12"), "S001")
    assert display.view.last == (PARCEL, "3", "12")  # type: ignore[union-attr]
    assert display.view.tracking_number == ""  # type: ignore[union-attr]


def test_moving_takes_a_typed_place_and_shows_a_conflict() -> None:
    driver, api, display, _clock, _printer = station("stocking")
    sign_in(driver)
    driver.action(StationAction.OPEN, "move")
    driver.scanned(PARCEL)
    api.fail = [ApiError("not on a shelf", status=409, code="not_shelved")]
    driver.action(StationAction.PLACE, "4 7")
    assert api.calls[-1][:2] == ("move", (PARCEL, "4", "7"))
    assert display.view.problem == "not_shelved"  # type: ignore[union-attr]
    assert display.view.tracking_number == PARCEL  # type: ignore[union-attr]


def test_a_box_not_registered_yet_is_kept_back_and_the_slip_lists_the_collected() -> None:
    driver, api, display, _clock, printer = station("stocking")
    sign_in(driver)
    driver.action(StationAction.OPEN, "collection")
    error = NotFound("no dispatch")
    error.problem = "dispatch_not_registered"
    api.fail = [error]
    driver.scanned("CB200000023KZ")
    driver.scanned(BOX)
    view = display.view
    assert view.kept_back == ("CB200000023KZ",)
    assert view.collected == (BOX,)
    driver.action(StationAction.PRINT_SLIP)
    [slip] = printer.documents
    assert slip.kind == "collection_slip"
    assert [b.data for b in slip.blocks if isinstance(b, Barcode128)] == [BOX]
    assert "1" in slip.texts()


def test_shelf_labels_print_a_code_per_compartment() -> None:
    driver, _api, display, _clock, printer = station("stocking")
    sign_in(driver)
    driver.action(StationAction.OPEN, "labels")
    driver.action(StationAction.PRINT_LABELS, "3 4 1 2")
    [labels] = printer.documents
    codes = [b.data for b in labels.blocks if isinstance(b, Barcode128)]
    assert codes == ["SHELF:03-01", "SHELF:03-02", "SHELF:04-01", "SHELF:04-02"]
    assert display.view.printed == 4  # type: ignore[union-attr]
    driver.action(StationAction.PRINT_LABELS, "1 100 1 100")
    assert display.view.problem == "too_many"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "place"),
    [
        ("SHELF:03-12", ("3", "12")),
        ("shelf:A-07", ("A", "7")),
        ("3 12", ("3", "12")),
        ("03-12", ("3", "12")),
        ("SHELF:03", None),
        ("", None),
        ("1 2 3", None),
    ],
)
def test_places_from_labels_and_typing(code: str, place: tuple[str, str] | None) -> None:
    assert parse_place(code) == place


def test_a_label_reads_back_as_its_place() -> None:
    for row, compartment in label_places((1, 2), (9, 11)):
        assert parse_place(shelf_code(row, compartment)) == (row, compartment)
    doc = build_shelf_labels([("1", "1")], language="en", tr=str, job_id="j")
    assert doc.kind == "shelf_labels"


def test_ticket_references_are_read_as_printed() -> None:
    assert ticket_ref(" ticket:1a2b3c4d ") == "1A2B3C4D"
    assert ticket_ref("TK-0A1B2C3D4E5F") == "TK-0A1B2C3D4E5F"


def test_write_keys_and_times_are_kept_until_answered() -> None:
    keys = WriteKeys()
    later = NOW + dt.timedelta(minutes=5)
    first = keys.key(("a", 1), NOW)
    assert first[1] == NOW
    assert keys.key(("a", 1), later) == first  # "try again": the same key and moment
    assert keys.key(("b", 1), later)[0] != first[0]
    keys.answered(("a", 1))
    assert keys.key(("a", 1), later)[0] != first[0]
    assert keys.key(("a", 1), NOW)[1] == later
