"""The phone flow as a plain state machine: no Qt, no server."""

from __future__ import annotations

from clocks import FakeClock

from kiosk import views
from kiosk.identifiers import PhoneProblem, format_phone_entry
from kiosk.models import Location, OtpChallenge, Parcel
from kiosk.receive.flow import PrintTicket
from kiosk.receive.phone import PhoneFlow, PhoneStep, StartOtp, VerifyOtp

CHALLENGE = OtpChallenge(
    challenge_id="c1", masked_phone="+7 701 *** ** 67", expires_in_s=300, resend_after_s=60
)


def parcel(number: str, status: str = "awaiting_pickup") -> Parcel:
    location = Location(row="3", compartment="12") if status == "awaiting_pickup" else None
    return Parcel(tracking_number=number, kind="parcel", status=status, location=location)


def at_code() -> tuple[PhoneFlow, FakeClock]:
    clock = FakeClock(0.0)
    flow = PhoneFlow(clock)
    assert flow.submit_phone("7011234567") == [StartOtp("+77011234567")]
    assert flow.view()[0] == views.RECEIVE_PHONE
    flow.code_sent(CHALLENGE)
    return flow, clock


def test_entry_is_shown_through_the_mask():
    assert format_phone_entry("") == "+7 (___) ___-__-__"
    assert format_phone_entry("701") == "+7 (701) ___-__-__"
    assert format_phone_entry("7011234567") == "+7 (701) 123-45-67"


def test_russian_numbers_landlines_and_short_ones_send_nothing():
    for digits, problem in (
        ("9161234567", PhoneProblem.NOT_KAZAKHSTAN),
        ("7272584444", PhoneProblem.NOT_MOBILE),
        ("70112", PhoneProblem.NOT_A_NUMBER),
        ("", PhoneProblem.EMPTY),
    ):
        flow = PhoneFlow()
        assert flow.submit_phone(digits) == []
        assert flow.problem is problem
        screen, view = flow.view()
        assert screen == views.RECEIVE_PHONE
        assert view.problem is problem


def test_the_code_screen_carries_only_the_masked_phone():
    flow, _ = at_code()
    screen, view = flow.view()
    assert screen == views.RECEIVE_OTP
    assert view.masked_phone == "+7 701 *** ** 67"
    assert "7011234567" not in repr(view)


def test_wrong_codes_count_down_and_the_last_kills_the_code():
    flow, _ = at_code()
    for left in (2, 1, 0):
        assert flow.submit_code("000000") == [VerifyOtp("c1", "000000")]
        flow.code_rejected(left)
    assert flow.dead
    assert flow.submit_code("123456") == []


def test_a_short_code_is_not_sent():
    flow, _ = at_code()
    assert flow.submit_code("123") == []
    assert flow.view()[1].incomplete


def test_resend_waits_for_the_countdown():
    flow, clock = at_code()
    assert flow.resend() == []
    clock.now = 60
    assert flow.resend() == [StartOtp("+77011234567")]
    assert flow.view()[0] == views.RECEIVE_OTP  # resending stays on the code screen


def test_items_awaiting_pickup_go_on_one_ticket_and_the_rest_are_listed():
    flow, _ = at_code()
    flow.submit_code("123456")
    effects = flow.code_verified(
        [parcel("CC016695190KZ"), parcel("RR123456785KZ"), parcel("CC100000122KZ", "in_transit")]
    )
    [ticket] = effects
    assert isinstance(ticket, PrintTicket)
    assert [p.tracking_number for p in ticket.parcels] == ["CC016695190KZ", "RR123456785KZ"]
    flow.print_finished(True)
    screen, view = flow.view()
    assert screen == views.RECEIVE_ITEMS
    assert [p.tracking_number for p in view.others] == ["CC100000122KZ"]
    assert view.printed is True


def test_no_items_prints_nothing():
    flow, _ = at_code()
    flow.submit_code("123456")
    assert flow.code_verified([]) == []
    assert flow.step is PhoneStep.NOTHING_TO_PRINT
    assert flow.view()[1].printed is None


def test_a_rate_limit_cools_down_and_unavailable_can_be_retried():
    flow, _ = at_code()
    flow.submit_code("123456")
    flow.unavailable()
    assert flow.view()[0] == views.ERROR
    assert flow.retry() == [VerifyOtp("c1", "123456")]
    flow.cool_down(500.0)
    screen, view = flow.view()
    assert screen == views.RECEIVE_COOLDOWN
    assert view.until == 500.0
