"""The kiosk process killed (SIGKILL) after the dispatch is in its outbox and before delivery: the
next start delivers it, exactly once.

The kiosk runs as ``python -m kiosk --mock --api-url …`` in its own process (mock printer, QA port),
against the test's central server, which outlives it; its outbox is in the test's data directory.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import requests

BOX = "CB200000037KZ"  # unused in the demo data
TERMINAL = "T-ALA-01"
DEADLINE_S = 30


@contextmanager
def kiosk_process(
    tmp_path: Path, api_url: str, *, terminal: str = TERMINAL, more_config: str = ""
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``terminal``: its id (its dev token); ``more_config``: TOML appended to the config."""
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[data]\ndata_dir = "{tmp_path / "data"}"\n\n[log]\nfile = false\n\n'
        "[send]\nretry_min_s = 0.2\nretry_max_s = 1.0\n" + more_config,
        encoding="utf-8",
    )
    env = dict(os.environ)  # without KIOSK_* settings: the harness cleared them
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "PYTHONUNBUFFERED": "1",
        "KIOSK_API_TOKEN": f"dev-{terminal}",
        "KIOSK_TERMINAL_ID": terminal,
    }
    command = [sys.executable, "-m", "kiosk", "--mock", "--windowed", "--qa-port", "0"]
    command += ["--api-url", api_url, "--config", str(config)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in process.stdout])
    reader.start()
    try:
        url = None
        while url is None:
            line = lines.get(timeout=30)
            if line.startswith("QA control: "):
                url = line.split(": ", 1)[1].strip()
        yield url, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        reader.join(5)
        process.stdout.close()


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
