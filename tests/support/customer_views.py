"""A view of every customer screen in its variants (problems, busy, printed or not), for the
speech tests and the speech benchmark."""

from __future__ import annotations

import datetime as dt

from kiosk import views
from kiosk.identifiers import PhoneProblem, S10Problem
from kiosk.models import Location, Parcel


def parcel(**changes: object) -> Parcel:
    fields: dict[str, object] = {
        "tracking_number": "RR123456785KZ",
        "kind": "parcel",
        "status": "awaiting_pickup",
        "location": Location(row="3", compartment="12"),
        "arrived_at": dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC),
        "free_until": dt.date(2026, 12, 15),
        "storage_until": dt.date(2026, 12, 31),
        "storage_fee_kzt": 0,
        "cod_amount_kzt": 15900,
    }
    fields.update(changes)
    return Parcel.model_validate(fields)


IN_TRANSIT = parcel(tracking_number="CC016695190KZ", status="in_transit", location=None)
VARIANTS: dict[str, list[object]] = {
    views.HOME: [views.HomeView(("kk", "ru", "en")), views.HomeView(("kk",), send_enabled=True)],
    views.RECEIVE_TRACKING: [
        views.TrackingEntryView(),
        views.TrackingEntryView(text="RR1234", busy=True),
        views.TrackingEntryView(text="RR123456785KZ", busy=True, printing=True),
        *[views.TrackingEntryView(text="RR12345", problem=problem) for problem in S10Problem],
    ],
    views.RECEIVE_RESULT: [
        views.ResultView(parcel(), printed=True),
        views.ResultView(parcel(storage_fee_kzt=500, kind="small_package"), printed=False),
        views.ResultView(parcel(), printed=True, help_requested=True),
    ],
    views.RECEIVE_DONE: [views.DoneView(), views.DoneView(printed=False)],
    views.RECEIVE_NOT_FOUND: [views.ParcelStatusView("RR123456785KZ")],
    views.RECEIVE_NOT_ARRIVED: [views.ParcelStatusView("RR123456785KZ", IN_TRANSIT)],
    views.RECEIVE_DELIVERED: [views.ParcelStatusView("RR123456785KZ")],
    views.RECEIVE_RETURNED: [views.ParcelStatusView("RR123456785KZ")],
    views.ERROR: [views.ErrorView(), views.ErrorView(can_retry=False)],
    views.OUT_OF_SERVICE: [views.OutOfServiceView()],
    views.SEND_SCAN: [
        views.SendScanView(),
        views.SendScanView(text="AB", problem=S10Problem.WRONG_LENGTH),
        views.SendScanView(text="", problem=S10Problem.EMPTY),
        views.SendScanView(text="RR123456784KZ", problem=S10Problem.CHECK_DIGIT),
        views.SendScanView(text="EE123456785KZ", busy=True),
        *[
            views.SendScanView(text="EE123456785KZ", refusal=refusal)
            for refusal in ("unknown", "already_dispatched", "unavailable")
        ],
    ],
    views.SEND_CONFIRM: [
        views.SendConfirmView("EE123456785KZ", size="M"),
        views.SendConfirmView("EE123456785KZ", size="L", offline=True, failed=True),
        views.SendConfirmView("EE123456785KZ", busy=True, printing=True),
        views.SendConfirmView("EE123456785KZ", busy=True),
    ],
    views.SEND_DONE: [
        views.SendDoneView("EE123456785KZ"),
        views.SendDoneView("EE123456785KZ", printed=False, offline=True),
    ],
    views.RECEIVE_PHONE: [
        views.PhoneEntryView(),
        views.PhoneEntryView(digits="70112", busy=True),
        *[views.PhoneEntryView(digits="9161234567", problem=problem) for problem in PhoneProblem],
    ],
    views.RECEIVE_OTP: [
        views.OtpEntryView("+7 701 *** ** 67", resend_at=100.0),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, wrong=True, attempts_left=2),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, wrong=True, attempts_left=1),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, dead=True),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, incomplete=True),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, busy=True, printing=True),
    ],
    views.RECEIVE_ITEMS: [
        views.ItemsView(ready=(parcel(),), others=(IN_TRANSIT,), printed=True),
        views.ItemsView(ready=(parcel(),), printed=True, help_requested=True),
        views.ItemsView(
            ready=(parcel(), parcel(tracking_number="CC016695190KZ", cod_amount_kzt=0)),
            printed=False,
        ),
        views.ItemsView(others=(parcel(status="delivered"), parcel(status="returned_to_sender"))),
        views.ItemsView(),
    ],
    views.RECEIVE_COOLDOWN: [views.CooldownView(until=299.0), views.CooldownView(until=0.0)],
    views.RECEIVE_PICKUP_CODE: [
        views.PickupCodeView(),
        views.PickupCodeView(text="K7M", wrong=True),
        views.PickupCodeView(text="K7M4QX", busy=True),
        views.PickupCodeView(text="K7M4QX", busy=True, printing=True),
    ],
}
