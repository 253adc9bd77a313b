"""The Qt-free parts of maintenance: PIN hashes, the staff gate, the tap gesture, availability,
the heartbeat's alerts, the configuration of staff entries, and the hash-printing command."""

from __future__ import annotations

import pytest
from clocks import FakeClock

from kiosk.availability import AvailabilityTracker
from kiosk.config import ConfigError, load_config
from kiosk.maintenance import pins
from kiosk.maintenance.heartbeat import TerminalSnapshot, alerts, heartbeat_body
from kiosk.maintenance.names import TerminalState
from kiosk.maintenance.settings import settings_from_config
from kiosk.maintenance.staff import StaffGate, StaffMember, TapCounter, check_pin
from kiosk.ports.printer import PrinterState, PrinterStatus


def test_a_hash_is_salted_and_verifies_only_its_pin():
    first, second = pins.hash_pin("1234"), pins.hash_pin("1234")
    assert first != second  # a salt per entry
    assert pins.verify_pin("1234", first)
    assert pins.verify_pin("1234", second)
    assert not pins.verify_pin("1235", first)
    assert not pins.verify_pin("1234", "pbkdf2_sha256$x$y$z")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "１２３４", ""])
def test_only_4_to_8_ascii_digits_are_a_pin(pin):
    with pytest.raises(ValueError, match="digits"):
        pins.hash_pin(pin)


def test_check_pin_names_the_staff_member_and_respects_the_badge():
    staff = [StaffMember("S1", pins.hash_pin("1111")), StaffMember("S2", pins.hash_pin("2222"))]
    assert check_pin(staff, "2222", None) == "S2"
    assert check_pin(staff, "2222", "S1") is None
    assert check_pin(staff, "3333", None) is None
    assert "pbkdf2" not in repr(staff)


@pytest.mark.expected_log("kiosk.maintenance", "wrong maintenance PIN")
@pytest.mark.expected_log("kiosk.maintenance", "maintenance PIN entry locked")
def test_five_wrong_pins_lock_for_the_lockout_then_it_expires():
    clock = FakeClock(100.0)
    gate = StaffGate(max_wrong=5, lockout_s=300, clock=clock)
    assert [gate.record(None) for _ in range(5)] == [False] * 4 + [True]
    assert gate.locked
    assert gate.remaining_s() == 300
    clock.now += 299.5
    assert gate.locked
    clock.now += 0.5
    assert not gate.locked
    assert gate.attempts_left == 5


@pytest.mark.expected_log("kiosk.maintenance", "wrong maintenance PIN")
def test_a_right_pin_resets_the_count():
    gate = StaffGate(clock=FakeClock(100.0))
    for _ in range(4):
        gate.record(None)
    gate.record("S1")
    assert gate.attempts_left == 5


def test_badges_need_the_prefix():
    gate = StaffGate(badge_prefix="STAFF-", clock=FakeClock(100.0))
    assert gate.badge_staff_id("STAFF-S001") == "S001"
    assert gate.badge_staff_id("CC016695190KZ") is None
    assert StaffGate(clock=FakeClock()).badge_staff_id("STAFF-S001") is None  # no prefix: no badges


def test_five_taps_within_the_window():
    clock = FakeClock(100.0)
    taps = TapCounter(taps=5, window_s=3, clock=clock)
    results = []
    for _ in range(5):
        results.append(taps.tap())
        clock.now += 0.7
    assert results == [False] * 4 + [True]
    assert not taps.tap()  # counting starts again


def test_a_required_component_goes_out_after_the_grace_time_and_comes_back():
    clock = FakeClock(100.0)
    tracker = AvailabilityTracker({"api", "printer"}, down_after_s=30, clock=clock)
    tracker.report("api", False, "ConnectionError")
    clock.now += 29
    assert tracker.current().in_service
    clock.now += 1
    assert tracker.current().reason == "api"
    tracker.report("api", True)
    assert tracker.current().in_service
    tracker.report("printer", False, "paper_out")  # a printer: at once
    assert tracker.current().reason == "printer"
    tracker.report("scanner", False)  # not required
    tracker.report("printer", True)
    assert tracker.current().in_service


def test_staff_and_remote_reasons_and_who_lifts_them():
    tracker = AvailabilityTracker(clock=FakeClock(100.0))
    tracker.set_remote(True, "Inspection")
    assert (tracker.current().reason, tracker.current().message) == ("remote", "Inspection")
    tracker.set_staff("S1", "Paper change")
    assert tracker.current().reason == "staff"
    tracker.set_staff(None)  # staff lift the server's request too
    assert tracker.current().in_service
    tracker.set_remote(True)
    assert tracker.current().in_service  # until the server lifts it and asks again
    tracker.set_remote(False)
    tracker.set_remote(True)
    assert tracker.current().reason == "remote"


def snapshot(**changes) -> TerminalSnapshot:
    base = dict(
        app_version="1",
        state=TerminalState.READY,
        printer=PrinterStatus(PrinterState.OK),
        scanners=(),
        outbox_depth=0,
        outbox_oldest_s=None,
        uptime_s=1.0,
    )
    return TerminalSnapshot(**(base | changes))


def test_alerts():
    assert alerts(snapshot()) == []
    assert alerts(snapshot(printer=PrinterStatus(PrinterState.OFFLINE))) == ["printer_down:offline"]
    assert alerts(snapshot(outbox_oldest_s=601)) == ["outbox_stale:oldest entry 601 s"]
    assert alerts(snapshot(outbox_oldest_s=599)) == []
    assert alerts(snapshot(outbox_parked=2)) == ["outbox_parked:2 refused, kept for staff"]
    assert alerts(snapshot(outbox_parked=0)) == []


def test_an_unknown_printer_state_is_sent_as_offline_with_the_state_in_the_detail():
    unknown = PrinterStatus(PrinterState.UNKNOWN, "not asked yet")
    body = heartbeat_body(snapshot(printer=unknown), [])
    assert body["printer"] == {"state": "offline", "detail": "unknown: not asked yet"}


def test_staff_entries_from_the_file_and_a_bad_hash_is_named_not_shown(tmp_path):
    good = pins.hash_pin("2468")
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[maintenance]\nstaff = [{{ id = "S001", pin_hash = "{good}" }}]\n', encoding="utf-8"
    )
    config = load_config(path, env={})
    assert config.maintenance.staff[0].id == "S001"
    assert good not in repr(config)
    path.write_text(
        '[maintenance]\nstaff = [{ id = "S001", pin_hash = "secret-ish-value" }]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert "maintenance.staff.0.pin_hash" in str(caught.value)
    assert "secret-ish-value" not in str(caught.value)


def test_the_maintenance_right_from_the_file_and_the_environment(tmp_path):
    good = pins.hash_pin("2468")
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[maintenance]\nstaff = [{{ id = "S001", pin_hash = "{good}" }},'
        f' {{ id = "S002", pin_hash = "{good}", maintenance = false }}]\n',
        encoding="utf-8",
    )
    staff = settings_from_config(load_config(path, env={})).staff
    assert [(m.staff_id, m.maintenance) for m in staff] == [("S001", True), ("S002", False)]
    env = {"KIOSK_MAINTENANCE_STAFF": f"S003:{good},S004:{good}:no-maintenance"}
    staff = settings_from_config(load_config(None, env=env)).staff
    assert [(m.staff_id, m.maintenance) for m in staff] == [("S003", True), ("S004", False)]
    gate = StaffGate(staff, clock=FakeClock())
    assert (gate.may_maintain("S003"), gate.may_maintain("S004")) == (True, False)
    assert not gate.may_maintain("S999")


def test_the_hash_command_prints_an_entry_that_verifies(capsys):
    answers = iter(["2468", "2468"])
    assert pins.main(["S009"], read=lambda _prompt: next(answers)) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith('{ id = "S009", pin_hash = "pbkdf2_sha256$')
    assert pins.verify_pin("2468", line.split('"')[3])
    assert "2468" not in line
    answers = iter(["2468", "2469"])
    assert pins.main(["S009"], read=lambda _prompt: next(answers)) == 2
