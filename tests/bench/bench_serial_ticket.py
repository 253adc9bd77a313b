"""Benchmark: a Kazakh ticket over a serial link, raster against compact (a script, not a test).

    .venv/bin/python tests/bench/bench_serial_ticket.py [--runs 3] [--slow]

The kiosk's real serial printer (`printers.factory.create_printer`, backend "serial") prints to a
fake printer on a pseudo-terminal that takes bytes at the baud rate and has a 250 mm/s print head
(tests/support/fake_serial_printer.py). Timed from `print()` to the ticket complete on paper.
"before" is today's main: raster encoding, and status replies read 16 bytes at a time (so each of
the six status queries around a job waits its whole 1 s timeout). ``--slow`` adds raster at
19,200 baud (about 45 s a ticket).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from fake_serial_printer import FakeSerialPrinter
from ticket_samples import SECOND_TRACKING, parcel, ticket

from kiosk.models import Location
from printers import connections
from printers.factory import create_printer


def three_items() -> list:
    return [
        parcel(),
        parcel(
            SECOND_TRACKING, kind="small_package", location=Location(row="5", compartment="101")
        ),
        parcel("RB987654325KZ", location=Location(row="6", compartment="102"), cod_amount_kzt=0),
    ]


def run_once(
    document: object, encoding: str, baud: int, *, old_status_reads: bool
) -> tuple[float, int, float]:
    fake = FakeSerialPrinter(baud)
    original = connections.SerialConnection._read
    if old_status_reads:
        connections.SerialConnection._read = lambda self: self.device.read(16)  # python-escpos's
    printer = create_printer(
        {
            "backend": "serial",
            "device": fake.path,
            "baudrate": baud,
            "encoding": encoding,
            "timeout_s": 120,
        }
    )
    try:
        started = time.monotonic()
        result = printer.print(document)  # type: ignore[arg-type]
        if not result.ok or not fake.done.wait(180):
            raise RuntimeError(f"the ticket did not print: {result}")
        return fake.complete_at - started, len(fake.job()), fake.paper_mm
    finally:
        connections.SerialConnection._read = original
        printer.close()
        fake.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slow", action="store_true")
    args = parser.parse_args()
    documents = {1: ticket([parcel()], job_id="one"), 3: ticket(three_items(), job_id="three")}
    cases = [
        ("before: raster, 16-byte status reads", "raster", 115200, True),
        ("raster", "raster", 115200, False),
        ("compact", "compact", 115200, False),
        ("compact", "compact", 19200, False),
    ]
    if args.slow:
        cases.append(("raster", "raster", 19200, False))
    print(
        f"{'case':<38} {'baud':>7} {'items':>5} {'bytes':>8} {'paper mm':>8} {'median s':>9} runs"
    )
    for label, encoding, baud, old in cases:
        for count, document in documents.items():
            runs = 1 if (encoding == "raster" and baud < 115200) else args.runs
            times, size, length = [], 0, 0.0
            for n in range(runs):
                seconds, size, length = run_once(
                    document.__class__(
                        **{**document.__dict__, "job_id": f"{label}-{baud}-{count}-{n}"}
                    ),
                    encoding,
                    baud,
                    old_status_reads=old,
                )
                times.append(seconds)
            print(
                f"{label:<38} {baud:>7} {count:>5} {size:>8,} {length:>8.0f} "
                f"{statistics.median(times):>9.2f} {runs}"
            )


if __name__ == "__main__":
    main()
