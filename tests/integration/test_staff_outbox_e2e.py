"""The staff stations' writes carried by the outbox, against a real central server on loopback
(its own SQLite file, so the test reads what the server recorded). The server is stopped: the
shelving and the handover made meanwhile are saved on the station and the staff member carries
on; a lookup says the central system cannot be reached. The server starts again on the same port:
the delivery worker sends each write once (one audit row, one idempotency record per key), with
the moment it was done (the storage days start when the parcel was shelved, not when the server
heard of it). A write the server refuses once it is back is parked, and shown on the maintenance
dashboard."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import requests
from dev_sms import sent_sms
from kiosk_driver import WAIT_MS, tap, text_of, wait_for_screen
from PySide6.QtWidgets import QLabel
from station_driver import customer_status, scan, sign_in

from central.server import EmbeddedServer, start_embedded
from kiosk import views
from kiosk.app.wiring import Clocks
from kiosk.outbox import EntryState

EXPECTED = "CC300000012KZ"  # on the demo manifest, not shelved yet
EXPECTED_PHONE = "+77013334455"
ON_SHELF = "CC016695190KZ"  # the demo parcel at row 3, compartment 12
NOT_ON_MANIFEST = "CC999999995KZ"
SAVED = "Saved on this station"

pytestmark = [
    pytest.mark.expected_log("kiosk.api", "retry"),
    pytest.mark.expected_log("kiosk.api", "cannot reach"),
    pytest.mark.expected_log("kiosk.flow", "saved on this station"),
    pytest.mark.expected_log("kiosk.outbox", "not delivered"),
]


class Central:
    """A central server on its own SQLite file that can be stopped and started on its port."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db_url = f"sqlite:///{path}"
        self.server: EmbeddedServer | None = start_embedded(self.db_url, dev=True)
        self.url, self.port = self.server.url, self.server.port

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def start(self) -> None:
        self.server = start_embedded(self.db_url, dev=True, port=self.port)

    def rows(self, sql: str, *args: object) -> list[tuple]:
        with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as db:
            return db.execute(sql, args).fetchall()


@pytest.fixture
def own_central(tmp_path: Path) -> Iterator[Central]:
    central = Central(tmp_path / "central.sqlite3")
    yield central
    central.stop()


def saved_here(kiosk) -> list:
    return kiosk.core.outbox.staff_writes.all()


@pytest.mark.expected_log("kiosk.flow", "returns due: central unreachable")
def test_writes_made_while_the_server_is_down_are_saved_then_delivered_once(
    qtbot, build_kiosk, own_central
):
    # The stocking station's clock: the parcel is shelved two hours before the server (on its
    # real clock) receives the write
    shelved_at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2)
    stocking = build_kiosk(own_central.url, role="stocking", clocks=Clocks(now=lambda: shelved_at))
    desk = build_kiosk(own_central.url, role="checkout")
    for station in (stocking, desk):
        station.controller.set_language("en")
    sign_in(qtbot, stocking, views.STOCKING_MENU)
    sign_in(qtbot, desk, views.CHECKOUT_SCAN)
    scan(desk, ON_SHELF)  # looked up while the server is there
    wait_for_screen(qtbot, desk, views.CHECKOUT_PARCELS)
    tap(qtbot, stocking.window, "open_shelve")
    wait_for_screen(qtbot, stocking, views.STOCKING_SHELVE)

    own_central.stop()
    scan(stocking, EXPECTED)
    qtbot.waitUntil(lambda: EXPECTED in text_of(stocking.window, "shelve_parcel"), timeout=WAIT_MS)
    scan(stocking, "SHELF:04-07")
    qtbot.waitUntil(lambda: SAVED in text_of(stocking.window, "shelve_result"), timeout=WAIT_MS)
    assert "row 4, compartment 7" in text_of(stocking.window, "shelve_result")
    assert not any(e.isVisible() for e in stocking.window.findChildren(QLabel, "shelve_error"))
    scan(stocking, EXPECTED)  # the same write again while it waits: no second entry
    scan(stocking, "SHELF:04-07")
    qtbot.waitUntil(lambda: not stocking.window.is_busy(), timeout=WAIT_MS)
    [shelving] = saved_here(stocking)
    assert (shelving.kind, shelving.state, shelving.staff_id) == ("shelve", "pending", "S001")

    tap(qtbot, desk.window, "hand_over")
    wait_for_screen(qtbot, desk, views.CHECKOUT_SCAN)
    notice = text_of(desk.window, "checkout_notice")
    assert "Handed over: 1" in notice
    assert SAVED in notice
    [handover] = saved_here(desk)
    assert handover.kind == "handover"

    tap(qtbot, stocking.window, "back")  # a read needs the server: said so, nothing kept
    tap(qtbot, stocking.window, "open_returns")
    wait_for_screen(qtbot, stocking, views.STOCKING_RETURNS)
    qtbot.waitUntil(
        lambda: "cannot be reached" in text_of(stocking.window, "round_error"), timeout=WAIT_MS
    )
    assert len(saved_here(stocking)) == 1

    own_central.start()
    for station, entry in ((stocking, shelving), (desk, handover)):
        outbox = station.core.outbox.staff_writes
        qtbot.waitUntil(
            lambda o=outbox, e=entry: o.get(e.id).state == EntryState.DELIVERED,
            timeout=WAIT_MS,
        )
    assert customer_status(own_central.url, EXPECTED) == "awaiting_pickup"
    assert customer_status(own_central.url, ON_SHELF) == "delivered"
    assert len(sent_sms(own_central.url, EXPECTED_PHONE)) == 1  # shelved once: one SMS
    audit = own_central.rows("SELECT terminal_id, staff_id, action, subject FROM audit_entries")
    assert sorted(audit) == [
        ("T-ALA-CHECKOUT", "S001", "handed_over", ON_SHELF),
        ("T-ALA-STOCKING", "S001", "shelve", EXPECTED),
    ]
    for entry in (shelving, handover):
        records = own_central.rows(
            "SELECT status_code FROM idempotency_records WHERE key = ?", entry.idempotency_key
        )
        assert records == [(201,)]
    assert own_central.rows(
        "SELECT location_row, location_compartment FROM parcels WHERE tracking_number = ?", EXPECTED
    ) == [("4", "7")]
    # Recorded at the time it was done: the storage days and the audit row
    assert shelving.done_at == shelved_at
    [(received,)] = own_central.rows(
        "SELECT created_at FROM idempotency_records WHERE key = ?", shelving.idempotency_key
    )
    assert utc(received) - shelved_at >= dt.timedelta(hours=2)  # delivered two hours late
    parcel = customer_item(own_central.url, EXPECTED)
    assert dt.datetime.fromisoformat(parcel["arrived_at"]) == shelved_at
    shelved_day = shelved_at.astimezone(dt.timezone(dt.timedelta(hours=5))).date()
    assert parcel["storage_until"] == (shelved_day + dt.timedelta(days=29)).isoformat()
    [(audited,)] = own_central.rows("SELECT at FROM audit_entries WHERE action = 'shelve'")
    assert utc(audited) == shelved_at


def utc(stored: str) -> dt.datetime:
    """A time as the server's SQLite file keeps it (UTC)."""
    value = dt.datetime.fromisoformat(stored)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def customer_item(url: str, tracking_number: str) -> dict:
    response = requests.get(
        f"{url}/api/v1/parcels/{tracking_number}",
        headers={"Authorization": "Bearer dev-T-ALA-01"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_a_write_refused_once_the_server_is_back_is_parked_and_shown_to_staff(
    qtbot, build_kiosk, own_central
):
    stocking = build_kiosk(own_central.url, role="stocking")
    stocking.controller.set_language("en")
    sign_in(qtbot, stocking, views.STOCKING_MENU)
    tap(qtbot, stocking.window, "open_shelve")
    wait_for_screen(qtbot, stocking, views.STOCKING_SHELVE)
    own_central.stop()
    scan(stocking, NOT_ON_MANIFEST)
    scan(stocking, "SHELF:05-01")
    qtbot.waitUntil(lambda: SAVED in text_of(stocking.window, "shelve_result"), timeout=WAIT_MS)
    [entry] = saved_here(stocking)

    own_central.start()
    writes = stocking.core.outbox.staff_writes
    qtbot.waitUntil(lambda: writes.get(entry.id).state == EntryState.PARKED, timeout=WAIT_MS)
    parked = writes.get(entry.id)
    assert parked.problem == "not_on_manifest"
    assert stocking.core.outbox.stats().parked == 1
    assert own_central.rows("SELECT count(*) FROM audit_entries") == [(0,)]
    service = stocking.controller.maintenance  # the heartbeat tells the fleet
    before = service.heartbeats_done
    service.send_heartbeat()
    qtbot.waitUntil(lambda: service.heartbeats_done > before, timeout=WAIT_MS)
    terminal = requests.get(f"{own_central.url}/dev/terminals/T-ALA-STOCKING", timeout=10).json()
    assert "outbox_parked:1 refused, kept for staff" in terminal["last_heartbeat"]["alerts"]

    tap(qtbot, stocking.window, "back")
    wait_for_screen(qtbot, stocking, views.STOCKING_MENU)
    tap(qtbot, stocking.window, "maintenance")  # the station's home: the dashboard for S001
    wait_for_screen(qtbot, stocking, views.MAINTENANCE)
    qtbot.waitUntil(
        lambda: "1 refused" in text_of(stocking.window, "figure_outbox"), timeout=WAIT_MS
    )
    tap(qtbot, stocking.window, "show_parked")
    row = f"parked_staff_{entry.id}"
    qtbot.waitUntil(lambda: NOT_ON_MANIFEST in text_of(stocking.window, row), timeout=WAIT_MS)
    shown = text_of(stocking.window, row)
    assert "Staff write (shelving, staff S001)" in shown
    assert "not_on_manifest: not_found 404: This parcel is on no manifest." in shown
    tap(qtbot, stocking.window, "close_maintenance")  # back to the station, still signed in
    wait_for_screen(qtbot, stocking, views.STOCKING_MENU)
