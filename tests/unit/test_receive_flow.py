import datetime as dt

import pytest

from kiosk import views
from kiosk.identifiers import S10Problem
from kiosk.models import Parcel
from kiosk.receive.flow import (
    LookupFailure,
    LookupParcel,
    PrintTicket,
    ReceiveFlow,
    Step,
)

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def parcel(status="awaiting_pickup", **extra):
    location = {"row": "3", "compartment": "12"} if status == "awaiting_pickup" else None
    return Parcel(
        tracking_number="CC016695190KZ", kind="parcel", status=status, location=location, **extra
    )


def test_invalid_number_asks_for_nothing_and_says_why():
    flow = ReceiveFlow()
    assert flow.submit("CC016695191KZ") == []
    screen, view = flow.view()
    assert screen == views.RECEIVE_TRACKING
    assert view.problem is S10Problem.CHECK_DIGIT
    assert view.text == "CC016695191KZ"


def test_happy_path_prints_the_ticket_with_its_job_key():
    flow = ReceiveFlow()
    assert flow.submit("cc 0166 9519 0 kz") == [LookupParcel("CC016695190KZ")]
    assert flow.view()[1].busy
    assert not flow.view()[1].printing
    [job] = flow.lookup_succeeded(parcel())
    assert isinstance(job, PrintTicket)
    assert flow.step is Step.PRINTING
    assert flow.view()[1].printing  # "Printing your ticket…", and Back is off
    assert job.parcels == (parcel(),)
    assert job.job_id
    flow.print_finished(True)
    screen, view = flow.view()
    assert screen == views.RECEIVE_RESULT
    assert view.printed
    flow.finish()
    assert flow.view() == (views.RECEIVE_DONE, views.DoneView(printed=True))


def test_failed_print_records_nothing_and_keeps_the_location_on_screen():
    flow = ReceiveFlow()
    flow.submit("CC016695190KZ")
    flow.lookup_succeeded(parcel())
    flow.print_finished(False)
    assert flow.step is Step.PRINT_FAILED
    screen, view = flow.view()
    assert screen == views.RECEIVE_RESULT
    assert not view.printed
    assert view.parcel.location.row == "3"
    flow.finish()
    assert flow.view() == (views.RECEIVE_DONE, views.DoneView(printed=False))  # no "your ticket"


@pytest.mark.parametrize(
    ("status", "screen"),
    [
        ("in_transit", views.RECEIVE_NOT_ARRIVED),
        ("delivered", views.RECEIVE_DELIVERED),
        ("returned_to_sender", views.RECEIVE_RETURNED),
    ],
)
def test_statuses_that_print_nothing(status, screen):
    flow = ReceiveFlow()
    flow.submit("CC016695190KZ")
    assert flow.lookup_succeeded(parcel(status)) == []
    assert flow.view()[0] == screen


def test_not_found_and_back_to_editing():
    flow = ReceiveFlow()
    flow.submit("CC016695190KZ")
    flow.lookup_failed(LookupFailure.NOT_FOUND)
    assert flow.view()[0] == views.RECEIVE_NOT_FOUND
    flow.edit()
    assert flow.view() == (views.RECEIVE_TRACKING, views.TrackingEntryView(text="CC016695190KZ"))


def test_unavailable_then_retry_looks_up_again():
    flow = ReceiveFlow()
    flow.submit("CC016695190KZ")
    flow.lookup_failed(LookupFailure.UNAVAILABLE)
    assert flow.view()[0] == views.ERROR
    assert flow.retry() == [LookupParcel("CC016695190KZ")]


def test_events_out_of_order_are_ignored():
    flow = ReceiveFlow()
    assert flow.lookup_succeeded(parcel()) == []
    flow.print_finished(True)  # no print was asked for
    assert flow.step is Step.ENTERING
    assert flow.retry() == []
    flow.submit("CC016695190KZ")
    assert flow.submit("CC016695190KZ") == []  # a double tap while looking up
    flow.lookup_succeeded(parcel())
    flow.print_finished(True)
    flow.print_finished(False)  # a late second report changes nothing
    assert flow.step is Step.PRINTED


def test_a_scanned_code_that_is_no_tracking_number_is_named_so_and_not_typed_in():
    flow = ReceiveFlow()
    assert flow.submit("https://post.kz/track/CC016695190KZ", scanned=True) == []
    assert flow.problem is S10Problem.NOT_A_TRACKING_CODE
    assert flow.text == ""
    # a tracking number scanned with its printed grouping is one
    assert flow.submit("CC 0166 9519 0 KZ", scanned=True) == [LookupParcel("CC016695190KZ")]
    # typed, the same characters are a mistyped number, told as such
    typed = ReceiveFlow()
    typed.submit("CC01669519OKZ")
    assert typed.problem is S10Problem.BAD_SERIAL
