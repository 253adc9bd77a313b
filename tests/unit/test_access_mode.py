"""The accessible mode's state: needs switch on and off one at a time, and any need lengthens the
customer's timeouts."""

from __future__ import annotations

import pytest

from kiosk.accessibility.mode import EXTENDED_TIME_FACTOR, STANDARD, AccessMode, Need


def test_a_new_session_has_nothing_switched_on() -> None:
    assert not STANDARD.active
    assert STANDARD.time_factor == 1
    assert STANDARD.scaled_ms(60_000) == 60_000


@pytest.mark.parametrize("need", list(Need))
def test_each_need_switches_on_alone_and_lengthens_the_timeouts(need: Need) -> None:
    mode = STANDARD.toggled(need)
    assert mode.has(need)
    assert [other for other in Need if mode.has(other)] == [need]
    assert mode.active
    assert mode.scaled_ms(60_000) == 60_000 * EXTENDED_TIME_FACTOR >= 180_000
    assert not mode.toggled(need).active


def test_needs_combine_and_the_factor_does_not_multiply() -> None:
    mode = STANDARD.with_need(Need.SPEECH).with_need(Need.LARGE_TEXT)
    assert mode == AccessMode(speech=True, large_text=True)
    assert mode.time_factor == EXTENDED_TIME_FACTOR
    assert mode.with_need(Need.SPEECH, on=False) == AccessMode(large_text=True)


def test_the_needs_are_the_qa_ports_button_ids() -> None:
    assert {need.value for need in Need} == {"accessibility", "large_text", "high_contrast"}
