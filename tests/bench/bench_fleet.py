"""Fleet benchmark of the central server: PostgreSQL, several workers, a thousand terminals.

Run from the repository root (a script, not a test; not part of ``make test``):

    .venv/bin/python tests/bench/bench_fleet.py [--terminals 1000] [--parcels 100000]
        [--workers 2] [--duration 120] [--scale 1]

It starts a throwaway PostgreSQL (initdb and pg_ctl, as the tests do: tests/central/
central_postgres.py), seeds 100,000 parcels and registers 1,000 terminals (each with a token of its
own), then starts ``python -m central --db postgresql+psycopg://… --workers 2`` as a separate
process, with the default limits. This process is the load: open loop, every request sent at its
planned time whatever the earlier answers did, and its latency counted from that planned time (so
a stall is not hidden by requests that were never sent):

- every terminal sends a heartbeat every 30 s (1,000 terminals: 33 a second);
- lookups and ticket records at ten times Kazpost's 3,000 parcels an hour (30,000 an hour, 8.3 a
  second each), each lookup from a random terminal, followed by its ticket record (one parcel per
  ticket, a fresh Idempotency-Key);

``--scale`` multiplies both rates to see the headroom. It prints, per endpoint, the requests, the
requests per second, p50, p99 and the errors (any answer but the expected status, or no answer).
Target: lookups p99 ≤ 50 ms, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "central"))
sys.path.insert(0, str(REPO / "tests" / "bench"))

import httpx  # noqa: E402
from bench_central import parcel_rows, tracking_number  # noqa: E402
from central_postgres import PostgresServer  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from central import demo  # noqa: E402
from central.db import Database, Parcel, Terminal  # noqa: E402
from central.tokens import hash_token  # noqa: E402

HEARTBEAT_S = 30.0
PARCELS_AN_HOUR = 10 * 3_000
TZ = ZoneInfo("Asia/Almaty")


def terminal_id(i: int) -> str:
    return f"T-FLT-{i:04d}"


def token_of(i: int) -> str:
    return f"bench-fleet-token-{i:04d}-{'x' * 20}"


def seed(url: str, parcels: int, terminals: int) -> float:
    started = time.perf_counter()
    db = Database(url)
    now = datetime.now(UTC)
    demo.seed(db, now, TZ)
    rows = parcel_rows(parcels, now)
    fleet = [
        {"id": terminal_id(i), "name": f"Hall {i}", "token_hash": hash_token(token_of(i))}
        for i in range(terminals)
    ]
    with db.write() as session:
        for chunk in range(0, len(rows), 20_000):
            session.execute(insert(Parcel), rows[chunk : chunk + 20_000])
        session.execute(insert(Terminal), fleet)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    db.dispose()
    return time.perf_counter() - started


def start_server(url: str, workers: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "central", "--db", url, "--port", "0"]
    command += ["--workers", str(workers), "--no-access-log", "--log-level", "warning"]
    env = os.environ | {"PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    base = process.stdout.readline().strip().removeprefix("Central API: ")
    ready = process.stdout.readline().strip()
    if not base.startswith("http") or ready != f"Workers serving: {workers} of {workers}":
        process.kill()
        raise RuntimeError(f"the server did not start: {base!r} {ready!r}")
    return process, base


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def workers_of(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


@dataclass
class Endpoint:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1


def heartbeat_body() -> dict[str, object]:
    return {
        "app_version": "1.0.0",
        "state": "ready",
        "printer": {"state": "ok"},
        "scanners": [{"kind": "usb_hid", "state": "ok"}],
        "outbox_depth": 0,
        "uptime_s": 3600,
        "alerts": [],
    }


async def run_load(
    base: str, terminals: int, parcels: int, duration: float, scale: float
) -> dict[str, Endpoint]:
    rng = random.Random(7)
    stats = {name: Endpoint(name) for name in ("heartbeat", "lookup", "ticket")}
    # Idle connections dropped before uvicorn closes them (5 s): no request on a closing one.
    limits = httpx.Limits(max_connections=400, max_keepalive_connections=400, keepalive_expiry=4)
    timeout = httpx.Timeout(10.0)
    loop = asyncio.get_running_loop()

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:

        async def call(
            endpoint: Endpoint, planned: float, expected: int, method: str, path: str, **kw: object
        ) -> None:
            delay = planned - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                response = await client.request(method, path, **kw)  # type: ignore[arg-type]
            except httpx.HTTPError as exc:
                endpoint.error(type(exc).__name__)
                return
            endpoint.latencies.append(loop.time() - planned)
            if response.status_code != expected:
                endpoint.error(str(response.status_code))

        async def heartbeats(i: int, start: float) -> None:
            headers = {"Authorization": f"Bearer {token_of(i)}"}
            planned = start + (i / terminals) * HEARTBEAT_S / scale
            while planned < start + duration:
                await call(
                    stats["heartbeat"],
                    planned,
                    200,
                    "POST",
                    f"/api/v1/terminals/{terminal_id(i)}/heartbeat",
                    json=heartbeat_body(),
                    headers=headers,
                )
                planned += HEARTBEAT_S / scale

        async def customer(planned: float) -> None:
            i = rng.randrange(terminals)
            headers = {"Authorization": f"Bearer {token_of(i)}"}
            number = tracking_number(rng.randrange(parcels))
            await call(
                stats["lookup"], planned, 200, "GET", f"/api/v1/parcels/{number}", headers=headers
            )
            ticket = {
                "terminal_id": terminal_id(i),
                "tracking_numbers": [number],
                "printed_at": datetime.now(TZ).isoformat(),
                "language": "ru",
            }
            await call(
                stats["ticket"],
                loop.time(),
                201,
                "POST",
                "/api/v1/tickets",
                json=ticket,
                headers=headers | {"Idempotency-Key": str(uuid.uuid4())},
            )

        start = loop.time() + 0.5
        tasks = [asyncio.create_task(heartbeats(i, start)) for i in range(terminals)]
        per_second = PARCELS_AN_HOUR / 3600 * scale
        planned = start
        while True:
            planned += rng.expovariate(per_second)  # customers arrive at random (Poisson)
            if planned >= start + duration:
                break
            tasks.append(asyncio.create_task(customer(planned)))
        await asyncio.gather(*tasks)
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, default=1000)
    parser.add_argument("--parcels", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every rate")
    args = parser.parse_args()

    with PostgresServer.start() as postgres:
        url = postgres.create_database("fleet")
        took = seed(url, args.parcels, args.terminals)
        print(
            f"PostgreSQL ({postgres.bindir}); seeded {args.parcels:,} parcels and "
            f"{args.terminals:,} terminals in {took:.1f} s",
            flush=True,
        )
        server, base = start_server(url, args.workers)
        try:
            workers = workers_of(server.pid)
            cpu_before = sum(cpu_seconds(p) for p in workers)
            load_before = os.getloadavg()[0]
            print(
                f"server: python -m central --workers {args.workers} at {base}; load for "
                f"{args.duration:.0f} s at {args.scale:g}x (load average {load_before:.2f})",
                flush=True,
            )
            started, load_cpu_before = time.perf_counter(), time.process_time()
            stats = asyncio.run(
                run_load(base, args.terminals, args.parcels, args.duration, args.scale)
            )
            elapsed = time.perf_counter() - started
            cpu = (sum(cpu_seconds(p) for p in workers) - cpu_before) / elapsed
            load_cpu = (time.process_time() - load_cpu_before) / elapsed
        finally:
            server.terminate()
            server.wait(timeout=30)
            if server.stdout:
                server.stdout.close()
    print(f"{'endpoint':<10} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} errors")
    for endpoint in stats.values():
        latencies = sorted(endpoint.latencies)
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
        count = len(latencies) + sum(
            n for kind, n in endpoint.error_kinds.items() if not kind.isdigit()
        )
        kinds = f" {endpoint.error_kinds}" if endpoint.error_kinds else ""
        print(
            f"{endpoint.name:<10} {count:>9,} {count / args.duration:>7.1f} "
            f"{quantiles[49] * 1000:>8.1f} {quantiles[98] * 1000:>8.1f} {endpoint.errors}{kinds}"
        )
    print(
        f"workers: {cpu:.0%} of a core together; this load process {load_cpu:.0%}; "
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after",
        flush=True,
    )
    lookups = sorted(stats["lookup"].latencies)
    p99 = statistics.quantiles(lookups, n=100)[98] * 1000 if len(lookups) > 1 else 0.0
    errors = sum(e.errors for e in stats.values())
    met = p99 <= 50 and errors == 0
    print(f"target (lookups p99 <= 50 ms, no errors): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
