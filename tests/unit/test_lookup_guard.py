"""The kiosk's own limit on failed lookups: a sliding window, a cool-down, an alert for staff."""

from __future__ import annotations

import pytest
from clocks import FakeClock

from kiosk.receive.lookup_guard import LookupGuard


@pytest.mark.expected_log("kiosk.flow", "cooling down")
def test_the_limit_starts_a_cool_down_and_raises_one_alert():
    clock = FakeClock(100.0)
    guard = LookupGuard(limit=3, window_s=60, cooldown_s=300, clock=clock)
    assert not guard.record_failure("tracking")
    assert not guard.record_failure("code")
    assert not guard.blocked
    assert guard.record_failure("tracking")
    assert guard.blocked
    assert guard.remaining_s() == 300
    assert guard.alerts() == [
        {"code": "lookup_failures", "failures": 3, "window_s": 60, "cooldown_s": 300}
    ]
    clock.now += 300
    assert not guard.blocked
    assert len(guard.drain_alerts()) == 1
    assert guard.alerts() == []


def test_failures_older_than_the_window_are_forgotten():
    clock = FakeClock(100.0)
    guard = LookupGuard(limit=2, window_s=60, cooldown_s=300, clock=clock)
    guard.record_failure("tracking")
    clock.now += 61
    assert not guard.record_failure("tracking")
    assert not guard.blocked


def test_a_limit_below_one_is_refused():
    with pytest.raises(ValueError, match="at least 1"):
        LookupGuard(limit=0)
