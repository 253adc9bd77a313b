"""Benchmark: render + encode time and bytes per ticket (target: ≤ 30 ms for a 3-item ticket).

Run from the repository root (a script, not a test):

    .venv/bin/python tests/bench/bench_ticket.py [--repeats 60]

Drawn blocks are cached between tickets (printers.layout._block_strip): titles, labels, row numbers
recur, tracking numbers and fees do not. So three kinds of run are timed: "cold" (the cache emptied
before each ticket: the first ticket after a start), "new" (every ticket for other parcels: new
tracking numbers, rows, compartments, fees and dates, as in a hall), and "same" (one ticket again).

What is timed is `printers.escpos.encode(document)`: the layout rendered to raster images with the
shipped font, barcodes and QR codes as native commands or images, and the ESC/POS bytes, i.e.
everything a print job costs before the bytes go on the wire. The documents are the Kazakh receive
ticket of tests/support/ticket_samples.py with 1 and 3 items, on 80 mm and 58 mm paper, with the
"default" profile (native Code128) and the "simple" profile (no native barcodes: bars as images).
Cases are interleaved round by round, so machine noise hits them alike; medians and p95 are shown,
of the wall-clock time and of the CPU time of the thread (``time.thread_time``), which other
processes on a busy machine do not inflate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from ticket_samples import SECOND_TRACKING, parcel, ticket

from kiosk.models import Location
from printers import layout
from printers.escpos import encode


def items(count: int) -> list:
    parcels = [parcel()]
    for n in range(1, count):
        parcels.append(
            parcel(
                SECOND_TRACKING if n == 1 else "RB987654325KZ",
                kind="small_package",
                location=Location(row=str(4 + n), compartment=str(100 + n)),
                cod_amount_kzt=0,
            )
        )
    return parcels


def s10(serial: int) -> str:
    digits = f"{serial % 100_000_000:08d}"
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return f"RR{digits}{ {10: 0, 11: 5}.get(check, check) }KZ"


def other_items(count: int, rng: random.Random) -> list:
    """``count`` parcels as another customer's: everything that varies between tickets varies."""
    return [
        parcel(
            s10(rng.randrange(10**8)),
            kind=rng.choice(["parcel", "small_package"]),
            location=Location(row=str(rng.randint(1, 9)), compartment=str(rng.randint(1, 240))),
            arrived_at=dt.datetime(2026, 11, rng.randint(1, 24), 6, 30, tzinfo=dt.UTC),
            free_until=dt.date(2026, 11, rng.randint(8, 30)),
            storage_until=dt.date(2026, 12, rng.randint(1, 24)),
            storage_fee_kzt=rng.choice([0, 0, 500, 1000, 4000]),
            cod_amount_kzt=rng.choice([0, 0, 0, 15900, 7450]),
        )
        for _ in range(count)
    ]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()

    rng = random.Random(7)
    runs = ("cold", "new", "same")
    cases = [
        (count, profile, paper, run)
        for count in (1, 3)
        for profile in ("default", "simple")
        for paper in (80, 58)
        for run in runs
    ]
    same = {count: ticket(items(count), job_id=f"bench-{count}") for count in (1, 3)}
    times: dict[tuple, list[float]] = {case: [] for case in cases}
    cpu: dict[tuple, list[float]] = {case: [] for case in cases}
    sizes: dict[tuple, list[int]] = {case: [] for case in cases}
    for count, profile, paper, _ in cases:  # warm-up: fonts, profiles
        encode(same[count], profile, paper_width_mm=paper)
    for _ in range(args.repeats):
        for case in cases:
            count, profile, paper, run = case
            document = same[count] if run == "same" else ticket(other_items(count, rng))
            if run == "cold":
                layout._block_strip.cache_clear()
            start, start_cpu = time.perf_counter(), time.thread_time()
            data = encode(document, profile, paper_width_mm=paper)
            cpu[case].append((time.thread_time() - start_cpu) * 1000)
            times[case].append((time.perf_counter() - start) * 1000)
            sizes[case].append(len(data))

    print(f"render + encode, {args.repeats} tickets per row (ms; bytes: median)")
    print(
        f"{'items':>5} {'profile':>8} {'paper':>6} {'run':>5} {'median':>7} {'p95':>7} "
        f"{'cpu med':>8} {'cpu p95':>8} {'bytes':>8}"
    )
    for case, values in times.items():
        count, profile, paper, run = case
        print(
            f"{count:>5} {profile:>8} {paper:>4}mm {run:>5} {statistics.median(values):>7.1f} "
            f"{p95(values):>7.1f} {statistics.median(cpu[case]):>8.1f} {p95(cpu[case]):>8.1f} "
            f"{statistics.median(sizes[case]):>8,.0f}"
        )


if __name__ == "__main__":
    main()
