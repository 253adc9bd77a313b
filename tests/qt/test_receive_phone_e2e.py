"""Receive by phone number end to end: keypad → real central server (its fake SMS gateway read
through the dev endpoint, as QA would) → code keypad → one ticket for every item → the record.

Countdowns run on a fake monotonic clock the test moves, so nothing sleeps."""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest
import requests
from clocks import FakeClock
from dev_sms import add_parcel, latest_code, sent_sms, set_server_clock
from escpos_stream import code128_text, parse
from kiosk_driver import WAIT_MS, tap, text_of, type_keys, visible_texts, wait_for_screen

from kiosk import views
from kiosk.app.qa_port import QaHooks, QaPort
from kiosk.app.wiring import Clocks
from kiosk.identifiers import s10_check_digit

PHONE = "+77069988776"  # a fresh Kazakh mobile, given items by each test that needs them
PHONE_DIGITS = PHONE[2:]  # what the customer types after the fixed +7
MASKED = "+7 706 *** ** 76"
PHONE_WITH_ITEMS = "+77011234567"  # demo data: five items
PHONE_WITHOUT_ITEMS = "+77027654321"  # demo data: none


def s10(serial: int, prefix: str = "CC") -> str:
    digits = f"{serial:08d}"
    return f"{prefix}{digits}{s10_check_digit(digits)}KZ"


def give_items(url: str) -> list[str]:
    """Three items awaiting pickup and one on its way, for PHONE."""
    numbers = [s10(70000001), s10(70000002), s10(70000003, "RR")]
    for index, number in enumerate(numbers):
        add_parcel(
            url,
            tracking_number=number,
            kind="small_package" if number.startswith("RR") else "parcel",
            recipient_phone=PHONE,
            location={"row": str(index + 4), "compartment": str(20 + index)},
            cod_amount_kzt=5000 if index == 0 else 0,
        )
    add_parcel(url, tracking_number=s10(70000004), recipient_phone=PHONE, status="in_transit")
    return numbers


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(build_kiosk, central, clock):
    return build_kiosk(central.url, clocks=Clocks(monotonic=clock))


def ask_for_code(qtbot, kiosk, digits: str = PHONE_DIGITS) -> None:
    tap(qtbot, kiosk.window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    tap(qtbot, kiosk.window, "use_phone")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_PHONE)
    type_keys(qtbot, kiosk.window, digits)
    tap(qtbot, kiosk.window, "submit")
    wait_for_otp_ready(qtbot, kiosk)


def wait_for_otp_ready(qtbot, kiosk) -> None:
    def ready() -> None:
        assert kiosk.controller.screen == views.RECEIVE_OTP
        assert not kiosk.window.otp.busy

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def enter_code(qtbot, kiosk, code: str) -> None:
    type_keys(qtbot, kiosk.window, code)
    tap(qtbot, kiosk.window, "submit")


def wrong_code(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_three_items_print_one_ticket_with_a_block_each(qtbot, kiosk, central):
    numbers = give_items(central.url)
    ask_for_code(qtbot, kiosk)
    assert kiosk.window.phone.field.text() == "+7 (706) 998-87-76"
    assert MASKED in text_of(kiosk.window, "sent_to")

    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=WAIT_MS) as recorded:
        enter_code(qtbot, kiosk, latest_code(central.url, PHONE))
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)

    [job] = kiosk.printer.jobs
    barcodes = [
        code128_text(c.payload) for c in parse(job.bin_path.read_bytes()) if c.name == "GS k"
    ]
    # one block each, in walking order (rows 4, 5, 6 here), then the ticket's reference
    assert barcodes == [*numbers, job.document.job_id[:8].upper()]
    texts = job.document.texts()
    for row, compartment in (("4", "20"), ("5", "21"), ("6", "22")):
        assert row in texts
        assert compartment in texts
    assert not any(PHONE_DIGITS in t for t in texts)

    shown = {
        (text_of(kiosk.window, f"item_{n}_row"), text_of(kiosk.window, f"item_{n}_compartment"))
        for n in (1, 2, 3)
    }
    assert shown == {("4", "20"), ("5", "21"), ("6", "22")}
    assert "****" in text_of(kiosk.window, "other_1")  # the one on its way, with its status
    records = requests.get(
        central.url + "/dev/tickets", params={"terminal_id": "T-ALA-01"}, timeout=5
    ).json()
    assert [sorted(r["tracking_numbers"]) for r in records] == [sorted(numbers)]
    assert records[0]["ticket_id"] == recorded.args[0]

    tap(qtbot, kiosk.window, "home")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)


def test_a_wrong_code_three_times_kills_the_code_and_prints_nothing(qtbot, kiosk, central):
    give_items(central.url)
    ask_for_code(qtbot, kiosk)
    code = latest_code(central.url, PHONE)
    messages = []
    for _ in range(3):
        enter_code(qtbot, kiosk, wrong_code(code))
        wait_for_otp_ready(qtbot, kiosk)
        messages.append(text_of(kiosk.window, "otp_error"))
    assert [re.findall(r"\d+", m) for m in messages[:2]] == [["2"], ["1"]]
    otp = kiosk.window.otp
    assert otp.otp_view is not None
    assert otp.otp_view.dead
    assert not otp.keypad.isEnabled()
    assert not otp.submit.isEnabled()
    assert kiosk.printer.jobs == []
    assert kiosk.api.calls.count("verify_otp") == 3


def test_an_expired_code_gets_the_same_message_as_a_wrong_one(qtbot, kiosk, central):
    give_items(central.url)
    ask_for_code(qtbot, kiosk)
    code = latest_code(central.url, PHONE)
    set_server_clock(central.url, dt.datetime.now(dt.UTC) + dt.timedelta(minutes=6))
    enter_code(qtbot, kiosk, code)
    wait_for_otp_ready(qtbot, kiosk)
    expired = text_of(kiosk.window, "otp_error")
    assert kiosk.printer.jobs == []
    assert kiosk.window.otp.otp_view.wrong

    set_server_clock(central.url, None)
    tap(qtbot, kiosk.window, "back")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_PHONE)
    tap(qtbot, kiosk.window, "submit")  # the same phone again: a fresh code
    wait_for_otp_ready(qtbot, kiosk)
    fresh = latest_code(central.url, PHONE)
    for _ in range(3):
        enter_code(qtbot, kiosk, wrong_code(fresh))
        wait_for_otp_ready(qtbot, kiosk)
    assert text_of(kiosk.window, "otp_error") == expired  # wrong and expired look alike


def test_resend_unlocks_after_the_servers_countdown(qtbot, kiosk, central, clock):
    give_items(central.url)
    ask_for_code(qtbot, kiosk)
    resend = kiosk.window.otp.resend
    assert not resend.isEnabled()
    assert "1:00" in resend.text()

    clock.advance(45)
    qtbot.waitUntil(lambda: "0:15" in resend.text(), timeout=3000)  # the live countdown ticks
    assert not resend.isEnabled()
    clock.advance(15)
    qtbot.waitUntil(resend.isEnabled, timeout=3000)
    first = latest_code(central.url, PHONE)
    tap(qtbot, kiosk.window, "resend")
    wait_for_otp_ready(qtbot, kiosk)
    assert len(sent_sms(central.url, PHONE)) == 2
    assert not resend.isEnabled()  # a new countdown
    second = latest_code(central.url, PHONE)

    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=WAIT_MS):
        enter_code(qtbot, kiosk, second)
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)
    assert first  # the first code was sent too, and the new challenge is the one checked


def test_the_per_phone_limit_shows_a_calm_cool_down(qtbot, kiosk, central, clock):
    ask_for_code(qtbot, kiosk)
    for _ in range(2):  # codes 2 and 3 of the hour
        clock.advance(60)
        kiosk.window.otp.refresh_countdown()
        tap(qtbot, kiosk.window, "resend")
        wait_for_otp_ready(qtbot, kiosk)
    clock.advance(60)
    kiosk.window.otp.refresh_countdown()
    tap(qtbot, kiosk.window, "resend")  # the fourth: 429 with Retry-After
    wait_for_screen(qtbot, kiosk, views.RECEIVE_COOLDOWN)
    assert len(sent_sms(central.url, PHONE)) == 3
    countdown = text_of(kiosk.window, "countdown")
    minutes = int(re.search(r"(\d+):\d\d", countdown).group(1))
    assert 55 <= minutes <= 60  # about an hour: the server's Retry-After
    clock.advance(3600)
    kiosk.window.cooldown.refresh_countdown()
    assert not re.search(r"\d+:\d\d", text_of(kiosk.window, "countdown"))
    tap(qtbot, kiosk.window, "home")
    wait_for_screen(qtbot, kiosk, views.HOME)


def qa_state(kiosk) -> dict:
    hooks = QaHooks(
        screen=lambda: kiosk.controller.screen,
        language=lambda: kiosk.controller.language,
        busy=lambda: kiosk.window.is_busy(),
        scan=lambda code, source: None,
        decode_image=lambda data: [],
        set_printer_state=lambda state: None,
        tickets=lambda: [],
    )
    return QaPort(kiosk.window, hooks).state()


def anonymised(state: dict, phone: str) -> str:
    """The state as text with the phone's own digits (typed and masked) blanked."""
    text = repr(state)
    digits = phone[2:]
    shown = f"({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}"
    return (
        text.replace(shown, "(PHONE)")
        .replace(f"+7 {digits[:3]} *** ** {digits[-2:]}", "MASKED")
        .replace(digits, "DIGITS")
    )


def test_a_phone_without_items_looks_like_one_with_items_until_the_code(
    qtbot, build_kiosk, central
):
    states: dict[str, list[str]] = {}
    kiosks = {}
    for phone in (PHONE_WITH_ITEMS, PHONE_WITHOUT_ITEMS):
        kiosk = build_kiosk(central.url)
        kiosks[phone] = kiosk
        tap(qtbot, kiosk.window, "receive")
        tap(qtbot, kiosk.window, "use_phone")
        type_keys(qtbot, kiosk.window, phone[2:])
        seen = [anonymised(qa_state(kiosk), phone)]
        tap(qtbot, kiosk.window, "submit")
        wait_for_otp_ready(qtbot, kiosk)
        seen.append(anonymised(qa_state(kiosk), phone))
        enter_code(qtbot, kiosk, wrong_code(latest_code(central.url, phone)))
        wait_for_otp_ready(qtbot, kiosk)
        seen.append(anonymised(qa_state(kiosk), phone))
        states[phone] = seen
    assert states[PHONE_WITH_ITEMS] == states[PHONE_WITHOUT_ITEMS]
    assert "MASKED" in states[PHONE_WITHOUT_ITEMS][1]

    kiosk = kiosks[PHONE_WITHOUT_ITEMS]
    enter_code(qtbot, kiosk, latest_code(central.url, PHONE_WITHOUT_ITEMS))
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)
    assert text_of(kiosk.window, "message")  # the kind message
    assert kiosk.printer.jobs == []
    tap(qtbot, kiosk.window, "home")
    wait_for_screen(qtbot, kiosk, views.HOME)


@pytest.mark.parametrize(
    ("digits", "problem"),
    [("9161234567", "Russian"), ("7272584444", "landline"), ("70112", "short")],
)
def test_numbers_that_cannot_get_a_code_are_refused_before_any_request(
    qtbot, kiosk, digits, problem
):
    tap(qtbot, kiosk.window, "receive")
    tap(qtbot, kiosk.window, "use_phone")
    type_keys(qtbot, kiosk.window, digits)
    tap(qtbot, kiosk.window, "submit")
    assert kiosk.controller.screen == views.RECEIVE_PHONE
    assert text_of(kiosk.window, "phone_error"), problem
    assert kiosk.api.calls == []


def test_no_log_record_holds_the_phone_or_a_code(qtbot, kiosk, central, caplog):
    caplog.set_level(logging.DEBUG)  # the root: every logger, the kiosk's, central's, libraries'
    for name in ("central", "uvicorn", "uvicorn.error", "urllib3", "kiosk"):
        caplog.set_level(logging.DEBUG, logger=name)
    give_items(central.url)
    ask_for_code(qtbot, kiosk)
    codes = [latest_code(central.url, PHONE)]
    enter_code(qtbot, kiosk, wrong_code(codes[0]))
    wait_for_otp_ready(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=WAIT_MS):
        enter_code(qtbot, kiosk, codes[0])
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)
    codes.append(wrong_code(codes[0]))

    tap(qtbot, kiosk.window, "home")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)
    tap(qtbot, kiosk.window, "home")
    ask_for_code(qtbot, kiosk, PHONE_WITHOUT_ITEMS[2:])
    codes.append(latest_code(central.url, PHONE_WITHOUT_ITEMS))
    enter_code(qtbot, kiosk, codes[-1])
    wait_for_screen(qtbot, kiosk, views.RECEIVE_ITEMS)

    assert len(caplog.records) > 10  # the flows did log
    phones = (PHONE_DIGITS, PHONE_WITHOUT_ITEMS[2:])
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        for digits in phones:
            assert digits not in re.sub(r"\D", "", text) or not _has_run(text, digits), text
        for code in codes:
            assert not re.search(rf"(?<!\d){code}(?!\d)", text), text
    assert not any(d in t for t in visible_texts(kiosk.window) for d in phones)


def _has_run(text: str, digits: str) -> bool:
    """The phone's digits in one run, whatever separates them (spaces, dashes, brackets)."""
    pattern = r"[\s()\-+]*".join(digits)
    return re.search(pattern, text) is not None


@pytest.mark.expected_log("kiosk.flow", "cooling down")
def test_the_kiosks_own_limit_of_failed_lookups_cools_down_and_alerts(qtbot, kiosk, central, clock):
    guard = kiosk.controller.lookup_guard  # the kiosk's own (maintenance reports its alerts)
    guard.limit, guard.window_s, guard.cooldown_s = 2, 600, 300
    tap(qtbot, kiosk.window, "receive")
    for number in ("RR000000080KZ", "RR000000155KZ"):  # valid, but no such items
        type_keys(qtbot, kiosk.window, number)
        tap(qtbot, kiosk.window, "submit")
        if number == "RR000000080KZ":
            wait_for_screen(qtbot, kiosk, views.RECEIVE_NOT_FOUND)
            tap(qtbot, kiosk.window, "retry")
            tap(qtbot, kiosk.window, "key_clear")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_COOLDOWN)
    assert "5:00" in text_of(kiosk.window, "countdown")
    assert kiosk.controller.lookup_guard.alerts()[0]["code"] == "lookup_failures"

    tap(qtbot, kiosk.window, "home")
    tap(qtbot, kiosk.window, "receive")
    tap(qtbot, kiosk.window, "use_phone")  # still cooling down: no phone lookup either
    assert kiosk.controller.screen == views.RECEIVE_COOLDOWN
    assert "start_otp" not in kiosk.api.calls
    clock.advance(300)
    tap(qtbot, kiosk.window, "home")
    tap(qtbot, kiosk.window, "receive")
    tap(qtbot, kiosk.window, "use_phone")
    assert kiosk.controller.screen == views.RECEIVE_PHONE
