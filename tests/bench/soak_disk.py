"""Soak the kiosk's disk handling: 5,000 receive and send flows while the data directory fills and
empties in turns and the process is killed (SIGKILL) a few times; then compare with the server.
Targets: tickets printed = ticket records on the server, dispatches accepted = dispatches on the
server, 0 duplicates, 0 crash loops. Run by hand as root (it mounts a small tmpfs), not by
``make test``:

    .venv/bin/python tests/bench/soak_disk.py [--flows 5000] [--kills 5] [--seed 1]

The central server (``python -m central --dev``, SQLite) runs in its own process. The "kiosk" is
a child process with the kiosk's real core (``build_drivers``: the receive and send drivers, the
outbox with its delivery worker and disk watch, a real ``CentralApi``) and a printer that writes
each ticket or receipt it prints to a journal on another filesystem (fsynced: the paper). Its
outbox is on a tmpfs of ``--disk-kb``; the parent fills that disk to the last byte and empties it
in turns, and kills the child at random moments, starting it again at once. A flow tried while the
disk is full prints nothing (the ticket's record cannot be held, the dispatch cannot be written).
At the end a last child delivers what is left with the disk free.

Counted by idempotency key: the journal's tickets against the server's records (a record held
when a kill came before the print shows apart), the outbox's dispatches against the server's,
keys registered twice, and child exits that were not our kills (a failing start would loop).
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "support"))

from central_subprocess import start_central  # noqa: E402
from killed_child import KilledChild, kill_at  # noqa: E402

TERMINAL = "T-ALA-01"
TOKEN = "dev-" + TERMINAL
DEMO_PARCEL = "CC016695190KZ"
FLOW_TIMEOUT_S = 20.0
MARKERS = ("STARTED", "FLOWS_DONE", "DRAINED")  # what the child prints as it goes


def barcodes(count: int) -> list[str]:
    from kiosk.identifiers import s10_check_digit

    serials = (f"{71_000_000 + n:08d}" for n in range(count))
    return [f"CD{s}{s10_check_digit(s)}KZ" for s in serials]


# ---- the child: the kiosk's core ---------------------------------------------------------------


class JournalPrinter:
    """Prints by appending ``<kind> <job id>`` to the journal, synced: what came out on paper."""

    def __init__(self, journal: Path) -> None:
        self._journal = journal

    def status(self):
        from kiosk.ports.printer import PrinterState, PrinterStatus

        return PrinterStatus(PrinterState.OK)

    def print(self, document):
        import datetime as dt

        from kiosk.ports.printer import PrintResult

        with self._journal.open("a", encoding="utf-8") as fh:
            fh.write(f"{document.kind} {document.job_id}\n")
            fh.flush()
            os.fsync(fh.fileno())
        return PrintResult.succeeded(document.job_id, dt.datetime.now(dt.UTC))

    def close(self) -> None:
        pass


def wait(predicate, timeout_s: float = FLOW_TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.002)
    return False


def send_one(send, flow) -> None:
    from kiosk.send.flow import Step

    if wait(lambda: flow.step is not Step.CHECKING) and flow.step is Step.CONFIRMING:
        send.confirm()
        wait(lambda: flow.step not in (Step.QUEUING, Step.PRINTING))
    send.end()


def child(args: argparse.Namespace) -> int:
    from kiosk.api import CentralApi
    from kiosk.drivers import build_drivers
    from kiosk.outbox import Outbox
    from kiosk.receive.flow import Step as ReceiveStep
    from kiosk.send.driver import SendOptions
    from kiosk.send.flow import SendFlow
    from kiosk.terminal import TerminalInfo

    work = Path(args.work)
    logging.basicConfig(
        filename=work / "child.log",
        level=logging.INFO,
        format="%(asctime)s %(process)d %(levelname)s %(name)s %(message)s",
    )
    outbox = Outbox.open(
        Path(args.outbox),
        CentralApi(args.url, TOKEN, TERMINAL, read_timeout=5, retries=0),
        retry_min_s=0.05,
        retry_max_s=1.0,
        disk_low_bytes=args.reserve_bytes * 2,
        disk_reserve_bytes=args.reserve_bytes,
    )
    outbox.delivery.start()
    api = CentralApi(args.url, TOKEN, TERMINAL, read_timeout=5, retries=1)
    drivers = build_drivers(
        api=api,
        printer=JournalPrinter(work / "printed.txt"),
        terminal=TerminalInfo(TERMINAL, "soak"),
        tickets=outbox.ticket_records,
        deliver=lambda callback, outcome: callback(outcome),
        tr=str,
        outbox=outbox.dispatches,
        send_options=SendOptions(offline_accept=False),
    )
    drivers.display.language = "kk"
    print("STARTED", flush=True)
    plan = (work / "plan.txt").read_text().split("\n")
    done_path = work / "done.txt"
    done = len(done_path.read_text().split()) if done_path.exists() else 0
    receive, send = drivers.receive, drivers.send
    assert send is not None
    finished_receive = {ReceiveStep.PRINTED, ReceiveStep.PRINT_FAILED, ReceiveStep.UNAVAILABLE}
    for n in range(done, len(plan)):
        kind, _, barcode = plan[n].partition(" ")
        if kind == "r":
            receive.start()
            receive.submit_tracking(DEMO_PARCEL)
            wait(lambda: receive.flow is not None and receive.flow.step in finished_receive)
            receive.finish()
            receive.end()
        else:
            send.start()
            send.submit(barcode)
            flow = send.flow
            assert isinstance(flow, SendFlow)
            send_one(send, flow)
        with done_path.open("a", encoding="utf-8") as fh:
            fh.write(f"{n}\n")
    print("FLOWS_DONE", flush=True)
    wait(lambda: outbox.stats().depth == 0, timeout_s=120)
    drivers.runner.shutdown(wait=True)
    outbox.close()
    print("DRAINED", flush=True)
    return 0


# ---- the parent --------------------------------------------------------------------------------


def child_command(args: argparse.Namespace, url: str, work: Path, outbox: Path) -> list[str]:
    command = [sys.executable, __file__, "--child", "--url", url, "--work", str(work)]
    command += ["--outbox", str(outbox), "--reserve-bytes", str(args.reserve_bytes)]
    return command


def disk_turns(disk: Path, stop: threading.Event, rng: random.Random, turns: list[str]) -> None:
    """Fill the disk to the last byte, hold it full, empty it, in turns."""
    from disk_faults import fill

    while not stop.is_set():
        stop.wait(rng.uniform(2.0, 5.0))
        if stop.is_set():
            break
        filler = fill(disk)
        turns.append("full")
        stop.wait(rng.uniform(0.5, 1.5))
        filler.unlink()
        turns.append("free")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--disk-kb", type=int, default=16384)
    parser.add_argument("--reserve-bytes", type=int, default=262_144)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--outbox", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    if os.geteuid() != 0:
        raise SystemExit("run as root: the soak mounts a small tmpfs for the data directory")

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="soak-disk-") as tmp:
        work = Path(tmp)
        disk = work / "disk"
        disk.mkdir()
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={args.disk_kb}k", "tmpfs", str(disk)], check=True
        )
        server, url = start_central(
            ROOT, work / "central.sqlite3", "--lookups-per-minute", "1000000"
        )
        try:
            return run(args, rng, url, work, disk)
        finally:
            server.terminate()
            server.wait(timeout=15)
            subprocess.run(["umount", "-l", str(disk)], check=False)


def run(args: argparse.Namespace, rng: random.Random, url: str, work: Path, disk: Path) -> int:
    sends = args.flows // 2
    boxes = barcodes(sends)
    with requests.Session() as http:
        for barcode in boxes:
            http.post(url + "/dev/boxes", json={"barcode": barcode, "size": "M"}, timeout=5)
    plan = [f"s {boxes.pop()}" if n % 2 else "r" for n in range(args.flows)]
    (work / "plan.txt").write_text("\n".join(plan))
    print(f"{args.flows} flows ({sends} sends) against {url}; {args.kills} kills; disk fills")

    started = time.monotonic()
    stop_turns = threading.Event()
    turns: list[str] = []
    turner = threading.Thread(target=disk_turns, args=(disk, stop_turns, rng, turns))
    outbox = disk / "outbox.sqlite3"
    child = KilledChild(child_command(args, url, work, outbox), ROOT, MARKERS)
    child.start()
    turner.start()

    def flows_done() -> int:
        path = work / "done.txt"
        return len(path.read_text().split()) if path.exists() else 0

    kill_at(
        child,
        (rng.uniform(0.05, 0.9) * args.flows for _ in range(args.kills)),
        progress=flows_done,
        finished=child.events["FLOWS_DONE"].is_set,
        label=lambda: f"after {flows_done()} flows ({time.monotonic() - started:5.1f} s)",
    )
    while not child.events["FLOWS_DONE"].wait(1.0):
        if child.ended():
            print(f"  the child ended ({child.process.returncode}); started again")
            child.start()
    flows_s = time.monotonic() - started
    stop_turns.set()
    turner.join()
    for leftover in disk.glob("filler.bin"):
        leftover.unlink()
    child.events["DRAINED"].wait(timeout=180)
    drained_s = time.monotonic() - started
    child.stop(timeout_s=30)
    return report(args, url, work, disk, child, turns, flows_s, drained_s)


def report(
    args: argparse.Namespace,
    url: str,
    work: Path,
    disk: Path,
    child: KilledChild,
    turns: list[str],
    flows_s: float,
    drained_s: float,
) -> int:
    printed = collections.Counter()
    kinds: dict[str, set[str]] = {"receive_ticket": set(), "send_receipt": set()}
    for line in (work / "printed.txt").read_text().splitlines():
        kind, key = line.split(" ", 1)
        printed[key] += 1
        kinds.setdefault(kind, set()).add(key)
    tickets = requests.get(url + "/dev/tickets", params={"terminal_id": TERMINAL}, timeout=60)
    dispatches = requests.get(url + "/dev/dispatches", params={"terminal_id": TERMINAL}, timeout=60)
    ticket_keys = collections.Counter(t["idempotency_key"] for t in tickets.json())
    dispatch_keys = collections.Counter(d["idempotency_key"] for d in dispatches.json())
    with closing(sqlite3.connect(disk / "outbox.sqlite3")) as db:
        accepted = {
            key
            for (key,) in db.execute(
                "SELECT idempotency_key FROM dispatches WHERE state != 'parked'"
            )
        }
        left = db.execute(
            "SELECT (SELECT count(*) FROM dispatches WHERE state = 'pending') + "
            "(SELECT count(*) FROM ticket_records WHERE state = 'pending')"
        ).fetchone()[0]
    log = (work / "child.log").read_text(encoding="utf-8")
    tickets_printed = kinds["receive_ticket"]
    summary = {
        "flows": args.flows,
        "tickets_printed": len(tickets_printed),
        "ticket_records_on_server": len(ticket_keys),
        "tickets_printed_without_record": len(tickets_printed - set(ticket_keys)),
        "records_without_printed_ticket": len(set(ticket_keys) - tickets_printed),
        "dispatches_accepted": len(accepted),
        "dispatches_on_server": len(dispatch_keys),
        "dispatches_accepted_not_on_server": len(accepted - set(dispatch_keys)),
        "receipts_printed": len(kinds["send_receipt"]),
        "receipts_without_dispatch_on_server": len(kinds["send_receipt"] - set(dispatch_keys)),
        "duplicates_on_server": sum(n - 1 for n in (ticket_keys + dispatch_keys).values()),
        "printed_twice": sum(n - 1 for n in printed.values()),
        "kills": args.kills,
        "child_starts": child.starts,
        "child_reached_start": child.seen["STARTED"],
        "unexpected_exits": child.unexpected_exits,
        "disk_full_turns": turns.count("full"),
        "refused_for_the_disk": log.count("its record cannot be kept")
        + log.count("could not save the dispatch"),
        "held_records_released_at_start": log.count("sent as printed"),
        "salvaged_at_start": log.count("unusable ("),
        "left_pending": left,
        "flows_done_after_s": round(flows_s, 1),
        "all_delivered_after_s": round(drained_s, 1),
    }
    print(json.dumps(summary, indent=2))
    ok = (
        not summary["tickets_printed_without_record"]
        and not summary["dispatches_accepted_not_on_server"]
        and not summary["receipts_without_dispatch_on_server"]
        and not summary["duplicates_on_server"]
        and not child.unexpected_exits
        and child.seen["STARTED"] == child.starts
        and not left
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
