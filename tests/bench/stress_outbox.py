"""Stress the outbox: 1,000 dispatches while the central server is slow, flaky and down in turns,
and the process that holds the outbox is killed (SIGKILL) at random; then count on the server the
dispatches that were lost or registered twice. Target: 0 and 0. Run by hand, not by ``make test``:

    .venv/bin/python tests/bench/stress_outbox.py [--dispatches 1000] [--kills 6] [--seed 1]

The central server (``python -m central --dev``, SQLite file) runs in its own process; the
"kiosk" is a child process running the kiosk's real ``Outbox`` and ``DeliveryWorker`` with a real
``CentralApi`` client: it accepts the dispatches one by one at a customer-like pace (each accepted
dispatch is an outbox entry, as when a customer presses Send) while its worker delivers them. The
parent kills it at random moments and starts it again at once; a new child resumes delivery and
accepts the boxes not yet accepted. Fault phases: normal, slow (0.3-1.5 s), very slow (longer
than the client's read timeout: the server registers, the answer is lost), flaky (30-60 % 503),
down.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import logging
import random
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "support"))

from central_subprocess import start_central  # noqa: E402
from killed_child import KilledChild, kill_at  # noqa: E402

TERMINAL = "T-ALA-01"
TOKEN = "dev-" + TERMINAL
READ_TIMEOUT_S = 2.0
MARKERS = ("ACCEPTED_ALL", "DRAINED")  # what the child prints as it goes


def barcodes(count: int) -> list[str]:
    from kiosk.identifiers import s10_check_digit

    serials = (f"{70_000_000 + n:08d}" for n in range(count))
    return [f"CD{s}{s10_check_digit(s)}KZ" for s in serials]


# ---- the child: an outbox and its delivery worker ----------------------------------------------


def child(args: argparse.Namespace) -> int:
    from kiosk.api import CentralApi
    from kiosk.outbox import Outbox

    logging.basicConfig(
        filename=Path(args.outbox).with_name("child.log"),
        level=logging.INFO,
        format="%(asctime)s %(process)d %(levelname)s %(message)s",
    )
    client = CentralApi(args.url, TOKEN, TERMINAL, read_timeout=READ_TIMEOUT_S, retries=0)
    outbox = Outbox.open(Path(args.outbox), client, retry_min_s=0.05, retry_max_s=1.0)
    outbox.delivery.start()
    dispatches = outbox.dispatches
    boxes = Path(args.barcodes).read_text().split()
    for barcode in boxes:
        if dispatches.open_entry(barcode) is None:
            now = dt.datetime.now(dt.UTC)
            dispatches.add(barcode, now, str(uuid.uuid4()))
            time.sleep(args.pace_s)  # customers, one after another
    print("ACCEPTED_ALL", flush=True)
    while dispatches.stats().depth:
        time.sleep(0.1)
    outbox.delivery.close()
    print("DRAINED", flush=True)
    outbox.store.close()
    return 0


# ---- the parent --------------------------------------------------------------------------------


def child_command(args: argparse.Namespace, url: str, work: Path) -> list[str]:
    command = [sys.executable, __file__, "--child", "--url", url, "--pace-s", str(args.pace_s)]
    command += ["--outbox", str(work / "outbox.sqlite3"), "--barcodes", str(work / "barcodes.txt")]
    return command


PHASES = ("normal", "slow", "very_slow", "flaky", "down")


def fault_phases(url: str, stop: threading.Event, rng: random.Random, seen: list[str]) -> None:
    while not stop.is_set():
        phase = rng.choice(PHASES)
        faults: dict[str, object] = {}
        if phase == "slow":
            faults = {"latency_ms": rng.randint(300, 1500)}
        elif phase == "very_slow":
            faults = {"latency_ms": int(READ_TIMEOUT_S * 1000) + rng.randint(200, 1500)}
        elif phase == "flaky":
            faults = {"error_rate": rng.uniform(0.3, 0.6)}
        elif phase == "down":
            faults = {"down": True}
        requests.post(url + "/dev/faults", json=faults, timeout=5).raise_for_status()
        seen.append(phase)
        stop.wait(rng.uniform(1.5, 4.0))
    requests.post(url + "/dev/faults", json={}, timeout=5).raise_for_status()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dispatches", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pace-s", type=float, default=0.04)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--outbox", help=argparse.SUPPRESS)
    parser.add_argument("--barcodes", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="stress-outbox-") as tmp:
        work = Path(tmp)
        server, url = start_central(ROOT, work / "central.sqlite3")
        try:
            return run(args, rng, url, work)
        finally:
            server.terminate()
            server.wait(timeout=15)


def run(args: argparse.Namespace, rng: random.Random, url: str, work: Path) -> int:
    boxes = barcodes(args.dispatches)
    with requests.Session() as http:
        for barcode in boxes:
            http.post(url + "/dev/boxes", json={"barcode": barcode, "size": "M"}, timeout=5)
    (work / "barcodes.txt").write_text("\n".join(boxes))
    print(f"{len(boxes)} boxes created on {url}; killing the outbox process {args.kills} times")

    started = time.monotonic()
    stop_faults = threading.Event()
    phases: list[str] = []
    faults = threading.Thread(target=fault_phases, args=(url, stop_faults, rng, phases))
    child = KilledChild(child_command(args, url, work), ROOT, MARKERS, per_process=["DRAINED"])
    child.start()
    faults.start()
    expected_s = args.dispatches * (args.pace_s + 0.01)
    kill_at(
        child,
        (rng.uniform(1.0, expected_s) for _ in range(args.kills)),
        progress=lambda: time.monotonic() - started,
        label=lambda: f"at {time.monotonic() - started:5.1f} s ({phases[-1]})",
    )
    child.events["ACCEPTED_ALL"].wait()
    accepted_s = time.monotonic() - started
    stop_faults.set()
    faults.join()
    drained = child.events["DRAINED"].wait(timeout=300)
    drained_s = time.monotonic() - started
    child.stop()

    with closing(sqlite3.connect(work / "outbox.sqlite3")) as db:
        entries = db.execute(
            "SELECT box_barcode, idempotency_key, state, attempts FROM dispatches"
        ).fetchall()
    records = requests.get(
        url + "/dev/dispatches", params={"terminal_id": TERMINAL}, timeout=30
    ).json()
    on_server = collections.Counter(r["box_barcode"] for r in records)
    keys_on_server = {r["idempotency_key"] for r in records}
    accepted = {barcode for barcode, _key, state, _n in entries if state != "parked"}
    lost = sorted(accepted - set(on_server))
    duplicated = sum(n - 1 for n in on_server.values() if n > 1)
    unknown_keys = keys_on_server - {key for _b, key, _s, _n in entries}
    parked = [e for e in entries if e[2] == "parked"]
    log = (work / "child.log").read_text(encoding="utf-8")
    attempts = collections.Counter(min(n, 10) for *_rest, n in entries)
    summary = {
        "dispatches_accepted": len(accepted),
        "registered_on_server": len(records),
        "lost": len(lost),
        "duplicated": duplicated,
        "parked": len(parked),
        "server_keys_not_in_outbox": len(unknown_keys),
        "kills": args.kills,
        "process_starts": child.starts,
        "fault_phases": dict(collections.Counter(phases)),
        "answers_lost_to_read_timeout": log.count("no answer within"),
        "tries_per_dispatch": {str(k): v for k, v in sorted(attempts.items())},
        "all_accepted_after_s": round(accepted_s, 1),
        "all_delivered_after_s": round(drained_s, 1),
        "drained": drained,
    }
    print(json.dumps(summary, indent=2))
    ok = not lost and not duplicated and not parked and not unknown_keys and drained
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
