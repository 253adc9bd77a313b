"""Help requests ("I can't reach it / I need help"): what staff see and the heartbeat carries."""

from __future__ import annotations

import datetime as dt

from kiosk.accessibility.help_requests import MAX_OPEN, HelpRequests, Place
from kiosk.maintenance.heartbeat import TerminalSnapshot, alerts
from kiosk.maintenance.names import TerminalState
from kiosk.ports.printer import PrinterState, PrinterStatus

NOON_UTC = dt.datetime(2026, 12, 4, 11, 40, tzinfo=dt.UTC)  # 16:40 in Almaty


def test_a_request_names_every_place_and_is_closed_once():
    requests = HelpRequests(lambda: NOON_UTC)
    request = requests.open((Place("3", "12"), Place("5", "3")))
    assert request.alert() == (
        "help_requested:row 3, compartment 12; row 5, compartment 3 since 16:40:00"
    )
    assert requests.alerts() == [request.alert()]
    assert requests.close(request.ref)
    assert not requests.close(request.ref)
    assert requests.alerts() == []


def test_the_oldest_go_first_when_too_many_are_open():
    requests = HelpRequests(lambda: NOON_UTC)
    opened = [requests.open((Place(str(n), "1"),)) for n in range(MAX_OPEN + 2)]
    assert [r.ref for r in requests.open_requests] == [r.ref for r in opened[2:]]


def test_the_heartbeat_carries_one_alert_per_open_request():
    snapshot = TerminalSnapshot(
        app_version="1",
        state=TerminalState.BUSY,
        printer=PrinterStatus(PrinterState.OK),
        scanners=(),
        outbox_depth=0,
        outbox_oldest_s=None,
        uptime_s=1.0,
        help_alerts=("help_requested:row 3, compartment 12 since 16:40:00",),
    )
    assert alerts(snapshot) == ["help_requested:row 3, compartment 12 since 16:40:00"]
