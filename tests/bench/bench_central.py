"""Benchmark of the central server's hot path: GET /api/v1/parcels/{n} over 100,000 parcels.

Run from the repository root (it is a script, not a test; pytest collects only test_*.py):

    .venv/bin/python tests/bench/bench_central.py [--parcels 100000] [--duration 10] [--runs 3]

It seeds a temporary SQLite file (WAL) with the demo data plus N parcels in bulk, starts
``python -m central --db FILE --port P`` as a subprocess (production mode, no access log), and
drives it from separate load-generator processes that each keep HTTP/1.1 connections alive
(http.client) and ask for random existing tracking numbers, closed loop. It prints requests/s and
the p50/p99 latency seen by the clients, per run and the median over the runs.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from sqlalchemy import insert  # noqa: E402

from central import demo  # noqa: E402
from central.db import Database, Parcel, sqlite_url  # noqa: E402
from kiosk.identifiers import s10_check_digit  # noqa: E402

TOKEN = "dev-T-ALA-01"
SERIAL_BASE = 50_000_000


def tracking_number(i: int) -> str:
    serial = f"{SERIAL_BASE + i:08d}"
    return f"CC{serial}{s10_check_digit(serial)}KZ"


def seed(path: Path, parcels: int) -> float:
    """Demo data plus ``parcels`` generated parcels, in bulk; returns the seconds it took."""
    started = time.perf_counter()
    db = Database(sqlite_url(str(path)))
    now = datetime.now(UTC)
    demo.seed(db, now, ZoneInfo("Asia/Almaty"))
    rng = random.Random(1)
    rows = [
        {
            "tracking_number": tracking_number(i),
            "kind": "parcel" if i % 4 else "small_package",
            "status": "awaiting_pickup",
            "recipient_phone": f"+7701{i % 10_000_000:07d}",
            "recipient_name": "Айгерим Нурланова",
            "arrived_at": now - timedelta(days=rng.randrange(0, 50), minutes=rng.randrange(600)),
            "location_row": str(1 + i % 20),
            "location_compartment": str(1 + i % 50),
            "cod_amount_kzt": rng.choice((0, 0, 0, 15900)),
        }
        for i in range(parcels)
    ]
    with db.write() as session:
        for chunk in range(0, len(rows), 20_000):
            session.execute(insert(Parcel), rows[chunk : chunk + 20_000])
    db.dispose()
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(db: Path, port: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "central", "--db", str(db), "--port", str(port)]
    command += ["--no-access-log", "--log-level", "warning"]
    env = os.environ | {"PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("Central API:"):
        process.kill()
        raise RuntimeError(f"the server did not start: {line!r}")
    return process


def _connection_loop(
    port: int, parcels: int, until: float, seed_: int, out: list[float], errors: list[int]
) -> None:
    rng = random.Random(seed_)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    try:
        while (now := time.perf_counter()) < until:
            conn.request(
                "GET", f"/api/v1/parcels/{tracking_number(rng.randrange(parcels))}", headers=headers
            )
            response = conn.getresponse()
            response.read()
            out.append(time.perf_counter() - now)
            if response.status != 200:
                errors.append(response.status)
    finally:
        conn.close()


def load_worker(
    port: int, parcels: int, start_at: float, duration: float, connections: int, seed_: int
) -> tuple[list[float], int]:
    """One load-generator process: ``connections`` keep-alive connections, one thread each."""
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors: list[int] = []
    while time.time() < start_at:
        time.sleep(0.001)
    until = time.perf_counter() + duration
    threads = [
        threading.Thread(
            target=_connection_loop,
            args=(port, parcels, until, seed_ * 100 + n, latencies[n], errors),
        )
        for n in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [x for xs in latencies for x in xs], len(errors)


@dataclass
class RunResult:
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p99_ms: float


def run_load(
    port: int, parcels: int, duration: float, processes: int, connections: int, seed_: int
) -> RunResult:
    context = mp.get_context("spawn")
    start_at = time.time() + 1.0  # every process starts together, after spawning
    with context.Pool(processes) as pool:
        results = pool.starmap(
            load_worker,
            [
                (port, parcels, start_at, duration, connections, seed_ * 10 + p)
                for p in range(processes)
            ],
        )
    latencies = sorted(x for xs, _ in results for x in xs)
    errors = sum(e for _, e in results)
    quantiles = statistics.quantiles(latencies, n=100)
    return RunResult(
        requests=len(latencies),
        errors=errors,
        rps=len(latencies) / duration,
        p50_ms=quantiles[49] * 1000,
        p99_ms=quantiles[98] * 1000,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=100_000)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--processes", type=int, default=2, help="load-generator processes")
    parser.add_argument("--connections", type=int, default=4, help="connections per process")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-central-") as tmp:
        db = Path(tmp) / "central.db"
        took = seed(db, args.parcels)
        print(f"seeded {args.parcels:,} parcels (+ demo data) in {took:.1f} s", flush=True)
        port = free_port()
        server = start_server(db, port)
        try:
            run_load(port, args.parcels, 1.0, 1, 2, seed_=0)  # warm-up
            results = []
            for n in range(args.runs):
                result = run_load(
                    port, args.parcels, args.duration, args.processes, args.connections, n + 1
                )
                results.append(result)
                print(
                    f"run {n + 1}: {result.requests:,} requests, {result.errors} errors, "
                    f"{result.rps:,.0f} req/s, p50 {result.p50_ms:.2f} ms, "
                    f"p99 {result.p99_ms:.2f} ms",
                    flush=True,
                )
        finally:
            server.terminate()
            server.wait(timeout=10)
            if server.stdout:
                server.stdout.close()
    concurrency = args.processes * args.connections
    print(
        f"median of {args.runs} runs ({args.duration:.0f} s each, {concurrency} connections): "
        f"{statistics.median(r.rps for r in results):,.0f} req/s, "
        f"p50 {statistics.median(r.p50_ms for r in results):.2f} ms, "
        f"p99 {statistics.median(r.p99_ms for r in results):.2f} ms"
    )
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
