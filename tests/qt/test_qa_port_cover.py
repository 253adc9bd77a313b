"""The QA port sees what a customer's finger can reach: nothing under the idle question."""

from __future__ import annotations

import pytest
from kiosk_driver import WAIT_MS, tap, type_keys

from kiosk.app.qa_port import QaError, QaHooks, QaPort

IDLE_MS = 150


def _qa_port(kiosk) -> QaPort:
    controller = kiosk.controller
    hooks = QaHooks(
        screen=lambda: controller.screen,
        language=lambda: controller.language,
        busy=lambda: False,
        scan=controller.scanned,
        decode_image=lambda data: [],
        set_printer_state=lambda state, midway: None,
        tickets=list,
    )
    return QaPort(kiosk.window, hooks)


def test_while_the_idle_question_shows_only_its_button_can_be_tapped(qtbot, kiosk):
    window = kiosk.window
    qa = _qa_port(kiosk)
    window.idle.set_timeouts(IDLE_MS, 60_000)
    tap(qtbot, window, "receive")
    type_keys(qtbot, window, "CC01")
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        pass

    assert [b["id"] for b in qa.state()["buttons"]] == ["continue"]
    assert qa.state()["inputs"] == {}
    with pytest.raises(QaError):
        qa.tap("key_5")
    with pytest.raises(QaError):
        qa.type_text("5")
    assert window.tracking.field.text() == "CC 01"

    window.idle.set_timeouts(60_000, 60_000)  # no second question while the test types on
    qa.tap("continue")
    assert "key_5" in {b["id"] for b in qa.state()["buttons"]}
    qa.type_text("66")
    assert window.tracking.field.text() == "CC 0166"


def test_a_tap_or_typing_through_the_qa_port_counts_as_a_touch(qtbot, kiosk):
    """As a finger would: the idle question waits for the last QA tap, not for the first."""
    window = kiosk.window
    qa = _qa_port(kiosk)
    window.idle.set_timeouts(2_000, 60_000)
    qa.tap("receive")
    qtbot.waitUntil(lambda: 0 < window.idle.remaining_ms < 1_500, timeout=WAIT_MS)
    qa.type_text("C")
    assert window.idle.remaining_ms > 1_500  # the timer started again
    qtbot.waitUntil(lambda: 0 < window.idle.remaining_ms < 1_500, timeout=WAIT_MS)
    qa.tap("key_C")
    assert window.idle.remaining_ms > 1_500
    assert window.tracking.field.text() == "CC"
    assert not window.idle.prompting
