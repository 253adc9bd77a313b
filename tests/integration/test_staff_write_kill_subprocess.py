"""A stocking station's process killed (SIGKILL) with a shelving saved in its outbox and not
delivered (the central system answered nothing but 503s): the next start delivers it, exactly once
(one audit row, one idempotency record, one SMS to the recipient).

The station runs as ``python -m kiosk --mock --api-url …`` in its own process (the QA port drives
it as staff would: badge, PIN, scans), against the test's central server, which outlives it.
"""

from __future__ import annotations

import signal
import sqlite3
from contextlib import closing
from pathlib import Path

from dev_sms import sent_sms
from kiosk_builder import _staff_hash
from sqlalchemy import text
from test_send_kill_subprocess import kiosk_process, qa, screen, set_faults, until

TERMINAL = "T-ALA-STOCKING"
EXPECTED = "CC300000012KZ"  # on the demo manifest, not shelved yet
EXPECTED_PHONE = "+77013334455"


STATION_CONFIG = (
    '\n[terminal]\nrole = "stocking"\n\n[maintenance]\nbadge_prefix = "STAFF-"\n\n'
    f'[[maintenance.staff]]\nid = "S001"\npin_hash = "{_staff_hash()}"\n'
)


def station_process(tmp_path: Path, api_url: str):
    return kiosk_process(tmp_path, api_url, terminal=TERMINAL, extra=STATION_CONFIG)


def staff_writes(tmp_path: Path) -> list[tuple[str, str, str, int]]:
    path = tmp_path / "data" / "outbox.sqlite3"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute("SELECT kind, idempotency_key, state, held FROM staff_writes").fetchall()


def server_rows(central, sql: str, **args: object) -> list[tuple]:
    with central.central.db.read() as session:
        return [tuple(row) for row in session.execute(text(sql), args)]


def signed_in_at_shelving(qtbot, url: str) -> None:
    screen(qtbot, url, "station_sign_in")
    qa(url, "POST", "/qa/scan", code="STAFF-S001", source="qa")
    for digit in "2468":
        qa(url, "POST", "/qa/tap", id=f"key_{digit}")
    qa(url, "POST", "/qa/tap", id="sign_in")
    screen(qtbot, url, "stocking_menu")
    qa(url, "POST", "/qa/tap", id="open_shelve")
    screen(qtbot, url, "stocking_shelve")


def test_sigkill_with_a_shelving_in_the_outbox_then_restart_delivers_it_once(
    qtbot, tmp_path, central
):
    with station_process(tmp_path, central.url) as (url, process):
        signed_in_at_shelving(qtbot, url)
        set_faults(central, down=True)  # from now on every answer is a 503
        qa(url, "POST", "/qa/scan", code=EXPECTED, source="qa")
        qa(url, "POST", "/qa/scan", code="SHELF:04-07", source="qa")
        [(kind, key, state, _held)] = until(
            qtbot,
            lambda: [r for r in staff_writes(tmp_path) if r[3] == 0],
            "the shelving saved on the station, for the delivery worker",
        )
        assert (kind, state) == ("shelve", "pending")
        assert qa(url, "GET", "/qa/outbox")["staff_depth"] == 1
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=15)
    audit = "SELECT action, subject FROM audit_entries WHERE subject = :number"
    assert server_rows(central, audit, number=EXPECTED) == []

    set_faults(central, down=False)
    with station_process(tmp_path, central.url) as (url, _process):
        until(qtbot, lambda: server_rows(central, audit, number=EXPECTED), "the shelving recorded")
        until(
            qtbot,
            lambda: staff_writes(tmp_path) == [("shelve", key, "delivered", 0)],
            "the outbox updated",
        )
        report = qa(url, "GET", "/qa/outbox")
        assert (report["staff_depth"], report["staff_parked"]) == (0, 0)
        screen(qtbot, url, "station_sign_in")  # a restart signs nobody in
    assert server_rows(central, audit, number=EXPECTED) == [("shelve", EXPECTED)]
    records = "SELECT terminal_id, status_code FROM idempotency_records WHERE key = :key"
    assert server_rows(central, records, key=key) == [(TERMINAL, 201)]
    assert len(sent_sms(central.url, EXPECTED_PHONE)) == 1
