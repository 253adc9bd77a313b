"""Receiving by pickup code without Qt: the code read from what is typed or scanned (its QR link
too), and the flow from the code screen to the items and their ticket (the real server:
tests/qt/test_stations_hall.py)."""

from __future__ import annotations

import pytest

from kiosk import views
from kiosk.models import Location, Parcel
from kiosk.receive.flow import PrintTicket
from kiosk.receive.pickup import PickupFlow, VerifyPickupCode, pickup_code_of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("K7M4QX", "K7M4QX"),
        (" k7m4qx ", "K7M4QX"),
        ("https://hall.example.kz/p/K7M4QX", "K7M4QX"),
        ("https://hall.example.kz/p/K7M4QX/?utm=sms", "K7M4QX"),
        ("K7M4Q", None),  # too short
        ("K7M4Q0", None),  # 0 is not in the alphabet
        ("CC016695190KZ", None),  # a tracking number
        ("STAFF-S001", None),
    ],
)
def test_the_code_is_read_from_text_or_link(text: str, code: str | None) -> None:
    assert pickup_code_of(text) == code


def parcel(number: str, row: str, compartment: str, status: str = "awaiting_pickup") -> Parcel:
    return Parcel(
        tracking_number=number,
        kind="parcel",
        status=status,  # type: ignore[arg-type]
        location=Location(row=row, compartment=compartment),
    )


def test_a_code_lists_the_parcels_in_walking_order_and_prints_one_ticket() -> None:
    flow = PickupFlow(lambda: 0.0)
    assert flow.view()[0] == views.RECEIVE_PICKUP_CODE
    [effect] = flow.submit_pickup_code("k7m4qx")
    assert effect == VerifyPickupCode("K7M4QX")
    assert "K7M4QX" not in repr(effect)
    assert flow.busy
    far, near = parcel("CC016695190KZ", "10", "1"), parcel("RR123456785KZ", "2", "30")
    [ticket] = flow.code_verified([far, near])
    assert isinstance(ticket, PrintTicket)
    assert [p.tracking_number for p in ticket.parcels] == ["RR123456785KZ", "CC016695190KZ"]
    flow.print_finished(True)
    screen, view = flow.view()
    assert screen == views.RECEIVE_ITEMS
    assert isinstance(view, views.ItemsView)
    assert view.printed is True


def test_a_wrong_code_stays_on_the_code_screen_and_nothing_is_asked_for_a_malformed_one() -> None:
    flow = PickupFlow(lambda: 0.0)
    assert flow.submit_pickup_code("12") == []
    screen, view = flow.view()
    assert screen == views.RECEIVE_PICKUP_CODE
    assert isinstance(view, views.PickupCodeView)
    assert view.wrong
    flow.submit_pickup_code("K7M4QX")
    flow.pickup_code_rejected()
    screen, view = flow.view()
    assert isinstance(view, views.PickupCodeView)
    assert view.wrong
    assert not view.busy


def test_unreachable_then_retry_asks_again_with_the_same_code() -> None:
    flow = PickupFlow(lambda: 0.0)
    [first] = flow.submit_pickup_code("K7M4QX")
    flow.unavailable()
    assert flow.view()[0] == views.ERROR
    assert flow.retry() == [first]
