"""The kiosk process killed (SIGKILL) after the dispatch is in its outbox and before delivery: the
next start delivers it, exactly once.

The kiosk runs as ``python -m kiosk --mock --api-url …`` in its own process (mock printer, QA port),
against the test's central server, which outlives it; its outbox is in the test's data directory.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import requests
from kiosk_proc import KioskProcess, clean_env, mock_config

BOX = "CB200000037KZ"  # unused in the demo data
TERMINAL = "T-ALA-01"
DEADLINE_S = 30


@contextmanager
def kiosk_process(tmp_path: Path, api_url: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    config = mock_config(tmp_path, extra="[send]\nretry_min_s = 0.2\nretry_max_s = 1.0\n")
    env = clean_env(tmp_path, KIOSK_API_TOKEN=f"dev-{TERMINAL}", KIOSK_TERMINAL_ID=TERMINAL)
    command = [sys.executable, "-m", "kiosk", "--mock", "--windowed", "--qa-port", "0"]
    kiosk = KioskProcess([*command, "--api-url", api_url, "--config", str(config)], env)
    try:
        yield kiosk.wait_for_qa(timeout=30), kiosk.process
    finally:
        kiosk.stop()


def qa(url: str, method: str, path: str, **body):
    response = requests.request(method, url + path, json=body or None, timeout=10)
    response.raise_for_status()
    return response.json()


def until(qtbot, predicate, what: str):
    """``predicate()``'s value once it is truthy (qtbot polls it every few ms; no sleeping)."""
    seen: list = []

    def holds() -> None:
        value = predicate()
        assert value, f"not yet: {what}"
        seen.append(value)

    qtbot.waitUntil(holds, timeout=DEADLINE_S * 1000)
    return seen[-1]


def screen(qtbot, url: str, name: str) -> None:
    until(qtbot, lambda: qa(url, "GET", "/qa/state")["screen"] == name, f"the screen {name}")


def dispatches(central) -> list[dict]:
    response = requests.get(
        central.url + "/dev/dispatches", params={"terminal_id": TERMINAL}, timeout=5
    )
    response.raise_for_status()
    return [d for d in response.json() if d["box_barcode"] == BOX]


def outbox_rows(tmp_path: Path) -> list[tuple[str, str, str]]:
    path = tmp_path / "data" / "outbox.sqlite3"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute("SELECT box_barcode, idempotency_key, state FROM dispatches").fetchall()


def set_faults(central, **faults) -> None:
    requests.post(central.url + "/dev/faults", json=faults, timeout=5).raise_for_status()


def test_sigkill_after_the_outbox_write_then_restart_delivers_exactly_once(
    qtbot, tmp_path, central
):
    with kiosk_process(tmp_path, central.url) as (url, process):
        qa(url, "POST", "/qa/tap", id="send")
        screen(qtbot, url, "send_scan")
        qa(url, "POST", "/qa/scan", code=BOX, source="qa")
        screen(qtbot, url, "send_confirm")
        set_faults(central, down=True)  # the box was checked; now the dispatch cannot go out
        qa(url, "POST", "/qa/tap", id="confirm_send")
        screen(qtbot, url, "send_done")
        [ticket] = qa(url, "GET", "/qa/tickets")
        assert Path(ticket["bin"]).stat().st_size > 0  # the receipt printed
        [(barcode, key, state)] = outbox_rows(tmp_path)
        assert (barcode, state) == (BOX, "pending")
        assert qa(url, "GET", "/qa/outbox")["depth"] == 1
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=15)
    assert dispatches(central) == []

    set_faults(central, down=False)
    with kiosk_process(tmp_path, central.url) as (url, process):
        [record] = until(qtbot, lambda: dispatches(central), "the dispatch on the server")
        assert record["idempotency_key"] == key
        delivered = [(BOX, key, "delivered")]
        until(qtbot, lambda: outbox_rows(tmp_path) == delivered, "the outbox updated")
        report = qa(url, "GET", "/qa/outbox")
        assert (report["depth"], report["oldest_age_s"], report["parked"]) == (0, None, 0)
        [entry] = report["entries"]
        assert (entry["idempotency_key"], entry["state"]) == (key, "delivered")
        assert entry["dispatch_id"] == record["dispatch_id"]
        assert qa(url, "GET", "/qa/state")["screen"] == "home"
    assert len(dispatches(central)) == 1
