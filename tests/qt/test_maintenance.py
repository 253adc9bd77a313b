"""Staff maintenance on the real window and controller, against the real central server: entry by
the hidden corner and by badge, the PIN lockout and its expiry, the dashboard's figures from the
real components, its actions, the audit, and maintenance closing itself."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid

import pytest
import zxingcpp
from barcode_frames import frame
from fake_camera import FakeSource
from kiosk_builder import TERMINAL
from kiosk_driver import (
    WAIT_MS,
    button,
    cut_off_texts,
    expected,
    messages,
    tap,
    text_of,
    type_keys,
    visible_texts,
    wait_for_screen,
)
from maintenance_kiosk import BADGE_PREFIX, PINS, beat, build, close, dev
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk import __version__, views
from kiosk.app.scanners import show_camera_previews
from kiosk.maintenance.slips import COPY_MARK
from kiosk.ports.printer import PrinterState
from scanners.camera import CameraScanner

DEMO_PARCEL = "CC016695190KZ"


@pytest.fixture
def make(qtbot, tmp_path, central):
    built = []

    def make_kiosk(**changes):
        kiosk = build(qtbot, tmp_path / f"k{len(built)}", central.url, **changes)
        built.append(kiosk)
        wait_for_screen(qtbot, kiosk, views.HOME)
        return kiosk

    yield make_kiosk
    for kiosk in built:
        close(kiosk)


def tap_corner(qtbot, kiosk, times: int) -> None:
    corner = next(c for c in kiosk.window.staff_corners if c.isVisible())
    for _ in range(times):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)


def enter_pin(qtbot, kiosk, pin: str) -> None:
    type_keys(qtbot, kiosk.window, pin)
    tap(qtbot, kiosk.window, "submit")


def open_dashboard(qtbot, kiosk, staff_id: str = "S001") -> None:
    tap_corner(qtbot, kiosk, 5)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    enter_pin(qtbot, kiosk, PINS[staff_id])
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)


def says(source: str, page: str = "DashboardPage") -> str:
    """The dashboard's text in Kazakh (the default language); up to its first placeholder."""
    return expected("kk", page, source).split("{")[0]


def figure(kiosk, key: str) -> str:
    return text_of(kiosk.window, f"figure_{key}")


def audit_lines(kiosk) -> list[dict]:
    if not kiosk.audit_path.exists():
        return []
    text = kiosk.audit_path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def audited(qtbot, kiosk, action: str) -> list[dict]:
    """The audit file once ``action`` is in it (it is written on the io lane)."""
    qtbot.waitUntil(lambda: action in [e["action"] for e in audit_lines(kiosk)], timeout=WAIT_MS)
    return audit_lines(kiosk)


def test_five_taps_on_the_hidden_corner_open_the_pin_pad_and_a_pin_opens_maintenance(qtbot, make):
    kiosk = make()
    tap_corner(qtbot, kiosk, 4)
    assert kiosk.controller.screen == views.HOME
    tap_corner(qtbot, kiosk, 1)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    type_keys(qtbot, kiosk.window, "2468")
    assert "2468" not in kiosk.window.maintenance_pin.field.text()  # dots only
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)
    assert kiosk.controller.maintenance.staff_id == "S001"
    assert "S001" in text_of(kiosk.window, "title")


def test_taps_spread_over_more_than_three_seconds_do_not_open_it(qtbot, make):
    kiosk = make()
    for _ in range(5):
        tap_corner(qtbot, kiosk, 1)
        kiosk.clock.advance(0.8)  # the fifth tap is 3.2 s after the first
    assert kiosk.controller.screen == views.HOME


@pytest.mark.expected_log("kiosk.maintenance", "wrong maintenance PIN")
def test_a_staff_badge_opens_that_staff_members_pin_pad(qtbot, make):
    kiosk = make()
    kiosk.controller.scanned(BADGE_PREFIX + "S002", "wedge")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    assert "S002" in text_of(kiosk.window, "staff_hint")
    enter_pin(qtbot, kiosk, PINS["S001"])  # another staff member's PIN does not open S002's pad
    qtbot.waitUntil(lambda: kiosk.window.maintenance_pin.error.isVisible(), timeout=WAIT_MS)
    assert kiosk.controller.screen == views.MAINTENANCE_PIN
    enter_pin(qtbot, kiosk, PINS["S002"])
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)
    assert kiosk.controller.maintenance.staff_id == "S002"


@pytest.mark.expected_log("kiosk.maintenance", "wrong maintenance PIN")
@pytest.mark.expected_log("kiosk.maintenance", "maintenance PIN entry locked")
def test_five_wrong_pins_lock_entry_for_five_minutes(qtbot, make):
    kiosk = make()
    tap_corner(qtbot, kiosk, 5)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    screen = kiosk.window.maintenance_pin
    for attempt in range(1, 6):
        enter_pin(qtbot, kiosk, "0000")
        qtbot.waitUntil(lambda: not screen.busy and screen.error.isVisible(), timeout=WAIT_MS)
        if attempt < 5:
            assert str(5 - attempt) in screen.error.text()
    assert not button(kiosk.window, "submit").isEnabled()
    assert not screen.keypad.isEnabled()
    assert "5:00" in screen.error.text()
    kiosk.controller.submit_staff_pin(PINS["S001"])  # the right PIN is refused while locked
    assert kiosk.controller.screen == views.MAINTENANCE_PIN
    kiosk.clock.advance(299)
    screen._refresh_lock()
    assert not screen.keypad.isEnabled()
    assert "0:01" in screen.error.text()
    kiosk.clock.advance(2)
    screen._refresh_lock()
    assert screen.keypad.isEnabled()
    enter_pin(qtbot, kiosk, PINS["S001"])
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)


def test_no_pin_reaches_the_log(qtbot, make, caplog):
    kiosk = make()
    tap_corner(qtbot, kiosk, 5)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    enter_pin(qtbot, kiosk, "9753")
    qtbot.waitUntil(lambda: kiosk.window.maintenance_pin.error.isVisible(), timeout=WAIT_MS)
    enter_pin(qtbot, kiosk, PINS["S001"])
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)
    logged = caplog.text + "\n".join(kiosk.log_ring.lines())
    assert "wrong maintenance PIN" in logged
    for secret in ("9753", PINS["S001"], "pbkdf2"):
        assert secret not in logged


def test_maintenance_closes_itself_after_two_minutes_without_a_touch(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    kiosk.clock.advance(100)
    qtbot.waitUntil(lambda: button(kiosk.window, "refresh").isEnabled(), timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "refresh")  # a touch
    kiosk.clock.advance(100)
    kiosk.controller.tick()
    assert kiosk.controller.screen == views.MAINTENANCE
    kiosk.clock.advance(21)
    kiosk.controller.tick()
    wait_for_screen(qtbot, kiosk, views.HOME)
    assert kiosk.controller.maintenance.staff_id is None
    assert audited(qtbot, kiosk, "close")[-1] | {"at": ""} == {
        "at": "",
        "staff_id": "S001",
        "action": "close",
        "detail": "idle",
    }


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.maintenance", "heartbeat failed: service_unavailable")
def test_dashboard_figures_come_from_the_components(qtbot, make, central):
    kiosk = make()
    kiosk.printer.set_state(PrinterState.PAPER_NEAR_END, "roll almost empty")
    kiosk.worker.poll_soon()
    qtbot.waitUntil(lambda: kiosk.worker.last_status.state == PrinterState.PAPER_NEAR_END)
    kiosk.queue(30)
    kiosk.queue(125)
    open_dashboard(qtbot, kiosk)
    reachable = says("reachable, {ms} ms")
    qtbot.waitUntil(lambda: figure(kiosk, "api").startswith(reachable), timeout=WAIT_MS)
    assert figure(kiosk, "printer") == says("paper near its end") + " · roll almost empty"
    assert figure(kiosk, "terminal") == TERMINAL
    assert figure(kiosk, "version") == __version__
    assert "0:02:05" in figure(kiosk, "outbox")
    assert "GB" in figure(kiosk, "disk")
    # the printer's state changes while the dashboard is open: it follows
    kiosk.printer.set_state(PrinterState.COVER_OPEN)
    kiosk.worker.poll_soon()
    cover_open = says("cover open")
    qtbot.waitUntil(lambda: figure(kiosk, "printer") == cover_open, timeout=WAIT_MS)
    # the central system goes down: Refresh says so
    dev(central.url, "POST", "/dev/faults", json={"down": True})
    qtbot.waitUntil(lambda: button(kiosk.window, "refresh").isEnabled(), timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "refresh")
    unreachable = says("not reachable: {detail}")
    qtbot.waitUntil(lambda: figure(kiosk, "api").startswith(unreachable), timeout=WAIT_MS)
    dev(central.url, "POST", "/dev/faults", json={})


def test_test_slip_and_a_copy_of_the_last_ticket(qtbot, make):
    kiosk = make()
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    # remembered for a copy once the print is back (the mock printer's job shows before that);
    # the ticket's record is queued right after: by then it is
    qtbot.waitUntil(lambda: len(kiosk.core.outbox.ticket_records.all()) == 1, timeout=WAIT_MS)
    kiosk.controller.go_home()
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "test_slip")
    qtbot.waitUntil(lambda: len(kiosk.printer.jobs) == 2, timeout=WAIT_MS)
    assert kiosk.printer.jobs[-1].document.kind == "test_slip"
    assert button(kiosk.window, "reprint").isEnabled()
    tap(qtbot, kiosk.window, "reprint")
    qtbot.waitUntil(lambda: len(kiosk.printer.jobs) == 3, timeout=WAIT_MS)
    copy = kiosk.printer.jobs[-1].document
    assert copy.texts()[0] == COPY_MARK
    assert copy.texts()[1:-1] == kiosk.printer.jobs[0].document.texts()
    printed = says("The copy was printed.", "MaintenanceScreen")
    qtbot.waitUntil(lambda: text_of(kiosk.window, "maintenance_notice") == printed)
    lines = audited(qtbot, kiosk, "reprint_copy")
    assert [e["action"] for e in lines] == ["open", "test_slip", "reprint_copy"]
    assert all(e["staff_id"] == "S001" for e in audit_lines(kiosk))


def test_no_copy_once_the_reprint_time_is_over(qtbot, make):
    kiosk = make(reprint_window_s=60)
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    qtbot.waitUntil(lambda: len(kiosk.printer.jobs) == 1, timeout=WAIT_MS)
    # the print is back on the GUI thread: its time is taken by then (the mock printer's job and
    # the held record both exist before it, so the clock could move before the time was taken)
    qtbot.waitUntil(lambda: getattr(kiosk.controller.view, "printed", False), timeout=WAIT_MS)
    kiosk.controller.go_home()
    kiosk.clock.advance(61)
    open_dashboard(qtbot, kiosk)
    assert not button(kiosk.window, "reprint").isEnabled()


@pytest.mark.expected_log("kiosk.flow", "out of service: staff")
def test_taking_the_terminal_out_of_service_with_a_message_and_back(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "service_toggle")
    qtbot.waitUntil(lambda: button(kiosk.window, "take_out_of_service").isVisible())
    kiosk.window.maintenance.message.setText("Back at 14:00")
    tap(qtbot, kiosk.window, "take_out_of_service")
    qtbot.waitUntil(lambda: "Back at 14:00" in figure(kiosk, "availability"), timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "close_maintenance")
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    assert text_of(kiosk.window, "staff_message") == "Back at 14:00"
    open_dashboard(qtbot, kiosk)  # the corner works on the out-of-service screen too
    tap(qtbot, kiosk.window, "service_toggle")
    tap(qtbot, kiosk.window, "close_maintenance")
    wait_for_screen(qtbot, kiosk, views.HOME)
    actions = [(e["action"], e["detail"]) for e in audited(qtbot, kiosk, "back_in_service")]
    assert ("out_of_service", "Back at 14:00") in actions
    assert ("back_in_service", "") in actions


@pytest.mark.expected_log("kiosk.flow", "out of service: staff")
@pytest.mark.parametrize(
    ("language", "message"), [("kk", "ҮЗІЛІС 15:00-ГЕ ДЕЙІН!"), ("ru", "ПЕРЕРЫВ ДО 15:00, ЖДИТЕ.")]
)
def test_a_cyrillic_message_typed_on_the_keys_reaches_the_out_of_service_screen(
    qtbot, make, language, message
):
    kiosk = make()
    kiosk.controller.set_language(language)
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "service_toggle")
    qtbot.waitUntil(lambda: button(kiosk.window, "take_out_of_service").isVisible())
    assert not kiosk.window.maintenance.action_panel.isVisible()  # the keyboard has the full width
    with pytest.raises(AssertionError, match="key_X"):
        button(kiosk.window, "key_X")  # Cyrillic letters, not the tracking keyboard's Latin
    type_keys(qtbot, kiosk.window, "Ж")  # a typo, taken back
    tap(qtbot, kiosk.window, "key_backspace")
    for char in message:
        tap(qtbot, kiosk.window, "key_space" if char == " " else f"key_{char}")
    assert kiosk.window.maintenance.message.text() == message
    tap(qtbot, kiosk.window, "take_out_of_service")
    tap(qtbot, kiosk.window, "close_maintenance")
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    assert text_of(kiosk.window, "staff_message") == message


@pytest.mark.expected_log("kiosk.maintenance", "restart_app by staff")
@pytest.mark.expected_log("kiosk.maintenance", "quit_app by staff")
def test_restart_and_quit_need_a_second_confirmation(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "quit_app")
    assert kiosk.calls.quits == 0
    tap(qtbot, kiosk.window, "cancel")
    assert not kiosk.window.maintenance.confirm.isVisible()
    tap(qtbot, kiosk.window, "restart_app")
    tap(qtbot, kiosk.window, "confirm")
    assert (kiosk.calls.restarts, kiosk.calls.quits) == (1, 0)
    tap(qtbot, kiosk.window, "quit_app")
    tap(qtbot, kiosk.window, "confirm")
    assert kiosk.calls.quits == 1


def test_scanner_test_shows_the_code_and_looks_nothing_up(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "scanner_test")
    kiosk.controller.scanned(DEMO_PARCEL, "wedge")
    qtbot.waitUntil(lambda: DEMO_PARCEL in text_of(kiosk.window, "scan_result"))
    assert kiosk.controller.screen == views.MAINTENANCE
    tap(qtbot, kiosk.window, "dashboard")
    assert DEMO_PARCEL in figure(kiosk, "last_scan")


def test_sync_outbox_and_the_log_panel(qtbot, make, central, caplog):
    caplog.set_level(logging.INFO)  # the app's level; the ring sees what the loggers pass on
    kiosk = make()
    kiosk.queue(700)
    open_dashboard(qtbot, kiosk)
    qtbot.waitUntil(lambda: "0:11:40" in figure(kiosk, "outbox"), timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "sync_outbox")  # the delivery worker is not started: only this sends
    qtbot.waitUntil(lambda: figure(kiosk, "outbox").startswith("0"), timeout=WAIT_MS)
    dispatches = dev(central.url, "GET", f"/dev/dispatches?terminal_id={TERMINAL}")
    assert [d["box_barcode"] for d in dispatches] == ["CB200000010KZ"]
    logging.getLogger("kiosk.flow").info("customer phone +77011234567 typed")
    tap(qtbot, kiosk.window, "show_logs")
    text = kiosk.window.maintenance.logs.toPlainText()
    assert "maintenance: S001 sync_outbox" in text
    assert "+77011234567" not in text
    assert "customer phone" in text


def test_the_last_actions_notice_goes_when_another_panel_or_action_starts(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    notice = kiosk.window.maintenance.notice
    sent = says("The outbox was sent.", "MaintenanceScreen")
    tap(qtbot, kiosk.window, "sync_outbox")
    qtbot.waitUntil(lambda: notice.isVisible() and notice.text() == sent, timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "scanner_test")
    assert not notice.isVisible()
    tap(qtbot, kiosk.window, "dashboard")
    tap(qtbot, kiosk.window, "paper_replaced")
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "self_test")
    assert not notice.isVisible()


def test_dashboard_times_are_almaty_time_and_the_audit_file_keeps_the_offset(qtbot, make):
    utc = dt.datetime(2026, 12, 2, 9, 5, 7, tzinfo=dt.UTC)  # 14:05:07 in Almaty (UTC+5)
    kiosk = make(now=lambda: utc)
    open_dashboard(qtbot, kiosk)
    # the figures measured first: the scan alone must show on the open dashboard
    qtbot.waitUntil(lambda: button(kiosk.window, "refresh").isEnabled(), timeout=WAIT_MS)
    kiosk.controller.scanned(DEMO_PARCEL, "wedge")
    assert DEMO_PARCEL in figure(kiosk, "last_scan")
    assert "14:05:07" in figure(kiosk, "last_scan")
    assert text_of(kiosk.window, "audit").startswith("02.12.2026 14:05:07  S001")
    assert "09:05" not in text_of(kiosk.window, "audit")
    [opened] = [e for e in audited(qtbot, kiosk, "open") if e["action"] == "open"]
    stored = dt.datetime.fromisoformat(opened["at"])
    assert stored.utcoffset() is not None  # unambiguous, whatever the host's zone
    assert stored == utc


def test_the_kazakh_dashboard_shows_actions_in_words_not_codes(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "paper_replaced")
    tap(qtbot, kiosk.window, "test_slip")
    audited(qtbot, kiosk, "test_slip")
    tap(qtbot, kiosk.window, "service_toggle")
    tap(qtbot, kiosk.window, "take_out_of_service")
    qtbot.waitUntil(
        lambda: says("turned away ({reason})") in figure(kiosk, "availability"), timeout=WAIT_MS
    )
    assert "staff" not in figure(kiosk, "availability")
    assert says("by staff") in figure(kiosk, "availability")
    tap(qtbot, kiosk.window, "service_toggle")  # back in service
    tap(qtbot, kiosk.window, "close_maintenance")
    open_dashboard(qtbot, kiosk)
    text = text_of(kiosk.window, "audit")
    codes = ["open", "gesture", "close", "staff", "paper_replaced", "test_slip", "printed"]
    codes += ["out_of_service", "back_in_service"]
    assert [code for code in codes if code in text] == []
    for words in ("opened maintenance", "put back in service", "test slip", "by staff"):
        assert says(words) in text


def self_test_results(kiosk) -> str:
    return text_of(kiosk.window, "selftest_results")


def test_the_self_test_wizard_passes_and_saves_its_summary(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    tap(qtbot, kiosk.window, "self_test")
    test = kiosk.controller.maintenance.self_test.current
    qtbot.waitUntil(lambda: test.waiting_for_code, timeout=WAIT_MS)  # printer found, slip printed
    slip = kiosk.printer.jobs[-1].document
    assert slip.kind == "test_slip"
    assert test.code in slip.texts()
    type_keys(qtbot, kiosk.window, test.code)
    tap(qtbot, kiosk.window, "selftest_submit")
    assert test.step == "scan"
    kiosk.controller.scanned("RR123456785KZ", "wedge")
    qtbot.waitUntil(lambda: test.done, timeout=WAIT_MS)
    assert test.passed
    assert text_of(kiosk.window, "selftest_step") == says("Self-test passed.", "SelfTestPage")
    assert self_test_results(kiosk).count("✔") == 4
    saved = kiosk.audit_path.parent / "self-test.jsonl"
    qtbot.waitUntil(saved.exists, timeout=WAIT_MS)
    summary = json.loads(saved.read_text(encoding="utf-8").splitlines()[-1])
    assert (summary["staff_id"], summary["passed"]) == ("S001", True)
    assert [s["step"] for s in summary["steps"]] == ["printer", "slip", "scan", "api"]
    assert summary["at"].startswith(str(__import__("datetime").date.today().year))
    assert audited(qtbot, kiosk, "self_test")[-1]["detail"] == "passed"


def test_the_self_test_fails_on_a_wrong_code_a_skipped_scan_and_a_printer_fault(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    kiosk.printer.set_state(PrinterState.COVER_OPEN)
    tap(qtbot, kiosk.window, "self_test")
    test = kiosk.controller.maintenance.self_test.current
    qtbot.waitUntil(lambda: test.step == "scan", timeout=WAIT_MS)  # no printer: no slip
    tap(qtbot, kiosk.window, "selftest_skip")
    qtbot.waitUntil(lambda: test.done, timeout=WAIT_MS)
    assert [(r.step, r.ok) for r in test.results] == [
        ("printer", False),
        ("slip", False),
        ("scan", False),
        ("api", True),
    ]
    assert text_of(kiosk.window, "selftest_step") == says("Self-test failed.", "SelfTestPage")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_dashboard_text_is_cut_off(qtbot, make, language):
    kiosk = make()
    kiosk.controller.set_language(language)
    open_dashboard(qtbot, kiosk)
    qtbot.waitUntil(lambda: button(kiosk.window, "refresh").isEnabled(), timeout=WAIT_MS)
    assert cut_off_texts(kiosk.window) == []
    tap(qtbot, kiosk.window, "close_maintenance")
    wait_for_screen(qtbot, kiosk, views.HOME)
    tap_corner(qtbot, kiosk, 5)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    assert cut_off_texts(kiosk.window) == []


def test_the_scanner_test_shows_the_camera_picture_and_what_it_reads(qtbot, make):
    kiosk = make()
    open_dashboard(qtbot, kiosk)
    box = frame((640, 480), [(zxingcpp.BarcodeFormat.Code128, DEMO_PARCEL)])
    camera = CameraScanner(lambda: FakeSource([box] * 3), preview_interval_s=0)
    camera.scanned.connect(kiosk.controller.scanned)
    show_camera_previews([camera], kiosk.window)
    at_a_glance = kiosk.window.maintenance.dashboard_preview
    preview = kiosk.window.maintenance.camera_preview
    camera.start()
    try:
        qtbot.waitUntil(lambda: at_a_glance.live and at_a_glance.isVisible(), timeout=5000)
        tap(qtbot, kiosk.window, "scanner_test")
        qtbot.waitUntil(lambda: preview.live and preview.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: DEMO_PARCEL in text_of(kiosk.window, "scan_result"), timeout=10000)
    finally:
        camera.stop()
    assert kiosk.controller.screen == views.MAINTENANCE
    assert len(kiosk.printer.jobs) == 0  # read, not looked up


DISPATCHED_BOX = "CB200099990KZ"  # the demo data's: registered at a post office → 409
UNSOLD_BOX = "CB300000012KZ"  # a well-formed barcode the central system does not know → 404
SENDER_PHONE = "+77011234567"


def refused_figure(count: int) -> str:
    [form, *_] = messages("kk")[("DashboardPage", "%n refused, see the list")]
    return form.replace("%n", str(count))


def stored_alerts(central) -> list[str]:
    return dev(central.url, "GET", f"/dev/terminals/{TERMINAL}")["last_heartbeat"]["alerts"]


def visible(kiosk, button_id: str) -> bool:
    return any(b.isVisible() for b in kiosk.window.findChildren(QAbstractButton, button_id))


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_refused_entries_are_listed_alerted_and_sent_again_by_staff(qtbot, make, central):
    kiosk = make()
    accepted = dt.datetime.fromtimestamp(kiosk.wall.now, dt.UTC)
    taken = kiosk.outbox.add(DISPATCHED_BOX, accepted, str(uuid.uuid4()), sender_phone=SENDER_PHONE)
    unsold = kiosk.outbox.add(UNSOLD_BOX, accepted, str(uuid.uuid4()))
    assert kiosk.delivery.deliver_due() == 0  # the real server refuses both for good
    assert [e.state for e in kiosk.outbox.all()] == ["parked", "parked"]
    beat(qtbot, kiosk)
    assert "outbox_parked:2 refused, kept for staff" in stored_alerts(central)

    open_dashboard(qtbot, kiosk)
    qtbot.waitUntil(lambda: refused_figure(2) in figure(kiosk, "outbox"), timeout=WAIT_MS)
    tap(qtbot, kiosk.window, "show_parked")
    again = f"requeue_dispatch_{unsold.id}"
    qtbot.waitUntil(lambda: visible(kiosk, again), timeout=WAIT_MS)
    row = text_of(kiosk.window, f"parked_dispatch_{taken.id}")
    assert DISPATCHED_BOX in row
    assert "box_already_dispatched 409" in row
    assert UNSOLD_BOX in text_of(kiosk.window, f"parked_dispatch_{unsold.id}")
    assert "box_unknown 404" in text_of(kiosk.window, f"parked_dispatch_{unsold.id}")
    assert cut_off_texts(kiosk.window) == []
    shown = " ".join(visible_texts(kiosk.window))
    assert SENDER_PHONE not in shown
    assert "7011234567" not in shown

    # the cause is fixed at the central system (the box is sold now); staff try that one again
    dev(central.url, "POST", "/dev/boxes", json={"barcode": UNSOLD_BOX, "size": "M"})
    kiosk.delivery.start()
    tap(qtbot, kiosk.window, again)
    qtbot.waitUntil(lambda: kiosk.outbox.get(unsold.id).state == "delivered", timeout=WAIT_MS)
    sent = dev(central.url, "GET", f"/dev/dispatches?terminal_id={TERMINAL}")
    assert [(d["box_barcode"], d["idempotency_key"]) for d in sent] == [
        (UNSOLD_BOX, unsold.idempotency_key)
    ]
    assert kiosk.outbox.get(taken.id).state == "parked"  # the other one stays for staff
    qtbot.waitUntil(lambda: not visible(kiosk, again), timeout=WAIT_MS)
    assert visible(kiosk, f"requeue_dispatch_{taken.id}")
    requeued = [e for e in audited(qtbot, kiosk, "requeue") if e["action"] == "requeue"]
    assert [(e["staff_id"], e["detail"]) for e in requeued] == [
        ("S001", f"dispatch:{unsold.id} {UNSOLD_BOX}")
    ]
    assert "view_parked" in [e["action"] for e in audit_lines(kiosk)]

    beat(qtbot, kiosk)
    assert "outbox_parked:1 refused, kept for staff" in stored_alerts(central)
    tap(qtbot, kiosk.window, "dashboard")
    qtbot.waitUntil(lambda: refused_figure(1) in figure(kiosk, "outbox"), timeout=WAIT_MS)
