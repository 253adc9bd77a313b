"""The keyboard wedge: a scanner's burst is read from scan codes under any layout; a person's
typing reaches the widget unchanged."""

from __future__ import annotations

import logging

import pytest
from clocks import FakeClock
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit
from scanner_keys import enter, key_press, layout_text, tab, typed

from scanners.wedge import KeyboardWedge

TRACKING = "RR123456785KZ"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def wedge(qapp, clock):
    wedge = KeyboardWedge(qapp, max_gap_ms=40, min_length=4, scan_code_offset=8, clock=clock)
    wedge.start()
    yield wedge
    wedge.stop()


@pytest.fixture
def field(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def send(widget, events, clock, gap_s):
    for event in events:
        QCoreApplication.sendEvent(widget, event)
        clock.now += gap_s


def test_layouts_give_the_texts_the_issue_describes():
    assert "".join(layout_text(c, "ru") for c in TRACKING) == "КК123456785ЛЯ"
    assert "".join(layout_text(c, "kz") for c in TRACKING) == "ККәіңғ,.үғЛЯ".replace("Кә", 'К"ә')


@pytest.mark.parametrize("layout", ["us", "ru", "kz"])
def test_a_scanner_burst_is_read_from_scan_codes_under_any_layout(
    qtbot, wedge, field, clock, layout
):
    returns = []
    field.returnPressed.connect(lambda: returns.append(field.text()))
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        send(field, [*typed(TRACKING, layout), enter()], clock, gap_s=0.004)
    assert blocker.args == [TRACKING, "wedge"]
    assert field.text() == ""  # none of the burst reached the widget
    assert returns == []  # nor its Enter
    assert wedge.holding == 0


def test_a_person_typing_under_ru_reaches_the_widget_unchanged(qtbot, wedge, field, clock):
    scans = []
    wedge.scanned.connect(lambda code, source: scans.append(code))
    returns = []
    field.returnPressed.connect(lambda: returns.append(field.text()))
    send(field, [*typed("RR12", "ru"), enter()], clock, gap_s=0.150)
    assert field.text() == "КК12"
    assert returns == ["КК12"]
    assert scans == []


def test_fast_typing_shorter_than_a_code_is_typing(qtbot, wedge, field, clock):
    scans = []
    wedge.scanned.connect(lambda code, source: scans.append(code))
    send(field, [*typed("123", "us"), enter()], clock, gap_s=0.004)
    assert field.text() == "123"
    assert scans == []


def test_a_burst_without_its_enter_is_let_through_when_the_keys_stop(qtbot, wedge, field, clock):
    send(field, typed("123456", "ru"), clock, gap_s=0.004)
    assert field.text() == ""  # held while it could still be a scan
    qtbot.waitUntil(lambda: field.text() == "123456", timeout=1000)
    assert wedge.holding == 0


def test_one_slow_gap_turns_a_burst_into_typing(qtbot, wedge, field, clock):
    scans = []
    wedge.scanned.connect(lambda code, source: scans.append(code))
    send(field, typed("12", "us"), clock, gap_s=0.004)
    clock.now += 0.2
    send(field, [*typed("3456", "us"), enter()], clock, gap_s=0.004)
    assert scans == ["3456"]
    assert field.text() == "12"


def test_tab_also_ends_a_scan(qtbot, wedge, field, clock):
    with qtbot.waitSignal(wedge.scanned, timeout=1000) as blocker:
        send(field, [*typed("4006381333931", "kz"), tab()], clock, gap_s=0.002)
    assert blocker.args == ["4006381333931", "wedge"]


def test_a_shortcut_goes_straight_through(qtbot, wedge, field, clock):
    field.setText("abc")
    field.selectAll()
    ctrl_backspace = QKeyEvent(
        QEvent.Type.KeyPress,
        Qt.Key.Key_Backspace,
        Qt.KeyboardModifier.ControlModifier,
        22,
        0,
        0,
        "",
    )
    QCoreApplication.sendEvent(field, ctrl_backspace)
    assert wedge.holding == 0
    assert field.text() == ""


def test_an_overlong_burst_is_dropped_with_a_log_line(qtbot, wedge, field, clock, caplog):
    scans = []
    wedge.scanned.connect(lambda code, source: scans.append(code))
    with caplog.at_level(logging.WARNING, "kiosk.scanner"):
        send(field, [*typed("1" * 65, "us"), enter()], clock, gap_s=0.002)
    assert scans == []
    assert "65 characters" in caplog.text


def test_it_turns_itself_off_if_it_raises(qtbot, qapp, field, caplog):
    def broken_clock() -> float:
        raise RuntimeError("clock broke")

    wedge = KeyboardWedge(qapp, scan_code_offset=8, clock=broken_clock)
    wedge.start()
    with caplog.at_level(logging.ERROR, "kiosk.scanner"):
        send(field, typed("ab", "ru"), FakeClock(), gap_s=0.1)
    assert not wedge.active
    assert field.text() == "фи"  # the keys still arrive
    assert "turned off" in caplog.text
    wedge.stop()


def test_stop_lets_held_keys_through_and_removes_the_filter(qtbot, wedge, field, clock):
    send(field, typed("12", "us"), clock, gap_s=0.004)
    wedge.stop()
    assert field.text() == "12"
    send(field, [*typed("3456", "us"), enter()], clock, gap_s=0.004)
    assert field.text() == "123456"


def test_keys_without_a_scan_code_are_not_touched(qtbot, wedge, field):
    QCoreApplication.sendEvent(field, key_press(2, "1", offset=-2))  # native scan code 0
    assert field.text() == "1"
    assert wedge.holding == 0
