"""The kiosk as a process (``python -m kiosk --mock``, QA port), started on an outbox file of
random bytes: it does not exit (no restart loop), reaches its home screen, tells the fleet in its
heartbeat, keeps the garbage aside, and serves a receive whose record reaches the server. Started
on a data directory it cannot write: out of service, alive, its heartbeat saying why, and what the
file held delivered."""

from __future__ import annotations

import datetime as dt
import random
from contextlib import nullcontext

import requests
from disk_faults import is_root, remount, small_filesystem
from test_send_kill_subprocess import TERMINAL, kiosk_process, qa, screen, until

from kiosk.outbox import FILE_NAME, Outbox

DEMO_PARCEL = "CC016695190KZ"


def tickets(central) -> list[dict]:
    answer = requests.get(central.url + "/dev/tickets", params={"terminal_id": TERMINAL}, timeout=5)
    answer.raise_for_status()
    return answer.json()


def alerts(central) -> list[str]:
    answer = requests.get(f"{central.url}/dev/terminals/{TERMINAL}", timeout=5)
    answer.raise_for_status()
    return (answer.json().get("last_heartbeat") or {}).get("alerts", [])


def test_a_garbage_outbox_starts_serves_and_records_the_ticket(qtbot, tmp_path, central):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    garbage = random.Random(14).randbytes(65536)  # head -c 65536 /dev/urandom, reproducibly
    (data_dir / "outbox.sqlite3").write_bytes(garbage)
    with kiosk_process(tmp_path, central.url) as (url, process):
        screen(qtbot, url, "home")
        qa(url, "POST", "/qa/tap", id="receive")
        screen(qtbot, url, "receive_tracking")
        qa(url, "POST", "/qa/type", text=DEMO_PARCEL)
        qa(url, "POST", "/qa/tap", id="submit")
        screen(qtbot, url, "receive_result")
        [printed] = qa(url, "GET", "/qa/tickets")
        [record] = until(qtbot, lambda: tickets(central), "the ticket's record on the server")
        assert record["tracking_numbers"] == [DEMO_PARCEL]
        salvaged = until(
            qtbot,
            lambda: [a for a in alerts(central) if a.startswith("outbox_salvaged:")],
            "the salvage in the stored heartbeat",
        )
        assert "0 entries saved" in salvaged[0]
        assert process.poll() is None  # alive: no exit, no restart loop
        assert printed["bin"]
    [aside] = [
        p
        for p in data_dir.iterdir()
        if ".broken-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes() == garbage  # kept, never deleted


def test_a_read_only_data_directory_is_out_of_service_alive_and_delivers_from_memory(
    qtbot, tmp_path, central
):
    """Read-only by a mount as root (permissions do not stop root), by permissions otherwise."""
    data_dir = tmp_path / "data"
    mounted = small_filesystem(data_dir, 8192) if is_root() else nullcontext(data_dir)
    with mounted:
        data_dir.mkdir(exist_ok=True)
        outbox = Outbox.open(data_dir / FILE_NAME, Unused(), disk_low_bytes=0, disk_reserve_bytes=0)
        outbox.ticket_records.add([DEMO_PARCEL], dt.datetime.now(dt.UTC), "kk", "left-on-disk")
        outbox.store.close()
        if is_root():
            remount(data_dir, read_only=True)
        else:
            data_dir.chmod(0o555)
        try:
            with kiosk_process(tmp_path, central.url) as (url, process):
                screen(qtbot, url, "out_of_service")
                until(
                    qtbot,
                    lambda: [t for t in tickets(central) if t["idempotency_key"] == "left-on-disk"],
                    "the record the file held, delivered from memory",
                )
                until(
                    qtbot,
                    lambda: [a for a in alerts(central) if a.startswith("data_dir_read_only:")],
                    "the read-only data directory in the stored heartbeat",
                )
                assert process.poll() is None  # alive: no exit, no restart loop
        finally:
            if not is_root():
                data_dir.chmod(0o755)


class Unused:
    def close(self) -> None:
        pass
