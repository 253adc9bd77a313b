"""The terminal in the fleet, against the real central server: the heartbeat body as the server
stored it, remote maintenance through the dev endpoint, and out of service by itself when a
required component stays down (and back when it recovers), never cutting a customer off."""

from __future__ import annotations

import pytest
from kiosk_builder import TERMINAL
from kiosk_driver import WAIT_MS, tap, text_of, wait_for_screen
from maintenance_kiosk import beat, build, close, dev

from kiosk import __version__, views
from kiosk.ports.printer import PrinterState


@pytest.fixture
def make(qtbot, tmp_path, central):
    built = []

    def make_kiosk(**changes):
        kiosk = build(qtbot, tmp_path / f"k{len(built)}", central.url, **changes)
        built.append(kiosk)
        wait_for_screen(qtbot, kiosk, views.HOME)
        return kiosk

    yield make_kiosk
    dev(central.url, "POST", f"/dev/terminals/{TERMINAL}/maintenance", json={"on": False})
    for kiosk in built:
        close(kiosk)


def stored(central) -> dict:
    return dev(central.url, "GET", f"/dev/terminals/{TERMINAL}")["last_heartbeat"]


@pytest.mark.expected_log("kiosk.flow", "cooling down")
@pytest.mark.expected_log("kiosk.flow", "out of service: printer")
def test_the_heartbeat_body_as_the_server_stored_it(qtbot, make, central):
    kiosk = make()
    kiosk.printer.set_state(PrinterState.PAPER_NEAR_END)
    kiosk.worker.poll_soon()
    qtbot.waitUntil(lambda: kiosk.worker.last_status.state == PrinterState.PAPER_NEAR_END)
    kiosk.queue(5)
    kiosk.queue(660)
    guard = kiosk.controller.lookup_guard
    for _ in range(guard.limit):
        guard.record_failure("tracking")
    kiosk.clock.advance(42)
    beat(qtbot, kiosk)
    body = stored(central)
    assert body | {"uptime_s": 0} == {
        "app_version": __version__,
        "state": "ready",
        "printer": {"state": "paper_near_end", "detail": body["printer"]["detail"]},
        "scanners": [{"kind": "wedge", "state": "ok"}],
        "outbox_depth": 2,
        "uptime_s": 0,
        "alerts": [
            "paper_near_end",
            "lookup_rate_limit:20 failures in 600 s, cool-down 300 s",
            "outbox_stale:oldest entry 660 s",
        ],
    }
    assert body["uptime_s"] >= 42
    assert guard.alerts() == []  # sent once, then taken
    kiosk.printer.set_state(PrinterState.COVER_OPEN)
    kiosk.worker.poll_soon()
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)  # the printer is required
    beat(qtbot, kiosk)
    body = stored(central)
    assert (body["state"], body["printer"]["state"]) == ("out_of_service", "cover_open")
    assert body["alerts"] == ["printer_down:cover_open", "outbox_stale:oldest entry 660 s"]


def test_the_state_says_busy_during_a_flow_and_maintenance_in_it(qtbot, make, central):
    kiosk = make()
    tap(qtbot, kiosk.window, "receive")
    beat(qtbot, kiosk)
    assert stored(central)["state"] == "busy"
    kiosk.controller.go_home()
    kiosk.controller.maintenance.open_pin(None)
    beat(qtbot, kiosk)
    assert stored(central)["state"] == "maintenance"


@pytest.mark.expected_log("kiosk.flow", "out of service: remote")
@pytest.mark.expected_log("kiosk.maintenance", "the central system requests maintenance")
@pytest.mark.expected_log("kiosk.maintenance", "the central system lifted maintenance")
def test_remote_maintenance_through_the_central_server(qtbot, make, central):
    kiosk = make()
    beat(qtbot, kiosk)
    assert kiosk.controller.screen == views.HOME
    dev(
        central.url,
        "POST",
        f"/dev/terminals/{TERMINAL}/maintenance",
        json={"on": True, "message": "Service visit at 15:00"},
    )
    beat(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    assert text_of(kiosk.window, "staff_message") == "Service visit at 15:00"
    beat(qtbot, kiosk)
    assert stored(central)["state"] == "out_of_service"
    dev(central.url, "POST", f"/dev/terminals/{TERMINAL}/maintenance", json={"on": False})
    beat(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, views.HOME)


@pytest.mark.expected_log("kiosk.flow", "out of service: remote")
@pytest.mark.expected_log("kiosk.maintenance", "the central system requests maintenance")
def test_staff_can_lift_a_remote_request_until_the_server_asks_again(qtbot, make, central):
    kiosk = make()
    url = f"/dev/terminals/{TERMINAL}/maintenance"
    dev(central.url, "POST", url, json={"on": True})
    beat(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    service = kiosk.controller.maintenance
    service.open_pin(None)
    kiosk.controller.submit_staff_pin("2468")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)
    service.action("back_in_service")
    service.close()
    wait_for_screen(qtbot, kiosk, views.HOME)
    beat(qtbot, kiosk)  # the server still says "on": staff lifted it, it stays lifted
    assert kiosk.controller.screen == views.HOME
    dev(central.url, "POST", url, json={"on": False})
    beat(qtbot, kiosk)
    dev(central.url, "POST", url, json={"on": True})
    beat(qtbot, kiosk)  # asked again
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)


@pytest.mark.expected_log("kiosk.flow", "out of service: remote")
@pytest.mark.expected_log("kiosk.maintenance", "the central system requests maintenance")
def test_a_customer_in_a_flow_is_not_cut_off_by_remote_maintenance(qtbot, make, central):
    kiosk = make()
    tap(qtbot, kiosk.window, "receive")
    dev(central.url, "POST", f"/dev/terminals/{TERMINAL}/maintenance", json={"on": True})
    beat(qtbot, kiosk)
    assert kiosk.controller.screen == views.RECEIVE_TRACKING
    tap(qtbot, kiosk.window, "back")
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)


@pytest.mark.expected_log("kiosk.flow", "out of service: api")
@pytest.mark.expected_log("kiosk.maintenance", "heartbeat failed: service_unavailable")
def test_out_of_service_by_itself_when_the_api_stays_down_and_back_by_itself(qtbot, make, central):
    kiosk = make(required=("api",), down_after_s=60)
    beat(qtbot, kiosk)
    dev(central.url, "POST", "/dev/faults", json={"down": True})
    beat(qtbot, kiosk)
    assert not kiosk.controller.availability.is_up("api")
    kiosk.clock.advance(59)
    kiosk.controller.tick()
    assert kiosk.controller.screen == views.HOME  # within the grace time
    kiosk.clock.advance(2)
    kiosk.controller.tick()
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    dev(central.url, "POST", "/dev/faults", json={})
    beat(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, views.HOME)


def test_heartbeats_follow_the_configured_interval(qtbot, make):
    kiosk = make(heartbeat_interval_s=30)
    service = kiosk.controller.maintenance
    qtbot.waitUntil(lambda: service.heartbeats_done >= 1, timeout=WAIT_MS)  # the first at start
    done = service.heartbeats_done
    kiosk.clock.advance(29)
    kiosk.controller.tick()
    assert not service.heartbeat_in_flight
    assert service.heartbeats_done == done
    kiosk.clock.advance(1)
    kiosk.controller.tick()
    qtbot.waitUntil(lambda: service.heartbeats_done == done + 1, timeout=WAIT_MS)


@pytest.mark.expected_log("kiosk.flow", "out of service: scanner")
def test_a_required_scanner_that_stops_turns_customers_away_after_the_grace_time(qtbot, make):
    kiosk = make(required=("scanner",), down_after_s=30)
    kiosk.scanners[:] = [("camera", "stopped")]
    kiosk.controller.tick()
    assert kiosk.controller.screen == views.HOME
    kiosk.clock.advance(31)
    kiosk.controller.tick()
    wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
    kiosk.scanners[:] = [("camera", "ok")]
    kiosk.controller.tick()
    wait_for_screen(qtbot, kiosk, views.HOME)


@pytest.mark.expected_log("kiosk.flow", "cooling down")
def test_an_alert_raised_while_a_heartbeat_is_on_its_way_goes_with_the_next(qtbot, make, central):
    kiosk = make()
    service, guard = kiosk.controller.maintenance, kiosk.controller.lookup_guard
    beat(qtbot, kiosk)
    dev(central.url, "POST", "/dev/faults", json={"latency_ms": 400})
    before = service.heartbeats_done
    service.send_heartbeat()
    assert service.heartbeat_in_flight
    for _ in range(guard.limit):
        guard.record_failure("code")
    qtbot.waitUntil(lambda: service.heartbeats_done > before, timeout=WAIT_MS)
    assert not any(a.startswith("lookup_rate_limit") for a in stored(central)["alerts"])
    dev(central.url, "POST", "/dev/faults", json={})
    beat(qtbot, kiosk)
    assert [a for a in stored(central)["alerts"] if a.startswith("lookup_rate_limit")] == [
        "lookup_rate_limit:20 failures in 600 s, cool-down 300 s"
    ]
    beat(qtbot, kiosk)
    assert not any(a.startswith("lookup_rate_limit") for a in stored(central)["alerts"])
