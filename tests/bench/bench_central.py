"""Benchmark of the central server's hot path: GET /api/v1/parcels/{n} over 100,000 parcels.

Run from the repository root (it is a script, not a test; pytest collects only test_*.py):

    .venv/bin/python tests/bench/bench_central.py [--parcels 100000] [--duration 10] [--runs 3]
        [--connections 16] [--load auto|wrk|python]

It seeds a temporary SQLite file (WAL) with the demo data plus N parcels in bulk, starts
``python -m central --db FILE --port P`` as a separate process (production mode: uvicorn, no dev
endpoints, no access log), and drives it from a separate load-generator process, closed loop:
each of ``--connections`` keep-alive HTTP/1.1 connections asks for a random existing tracking
number, waits for the answer, and asks again. It prints requests/s and the p50/p99 latency seen by
the clients, per run and the median over the runs.

The load generator is ``wrk`` when it is installed (``apt-get install wrk`` on Debian/Ubuntu): it
needs a small fraction of one core, which leaves the server the CPU it would have in production.
Without it (or with ``--load python``) the load comes from Python processes (http.client, one thread
per connection); they need about as much CPU as the server itself, so on a 2-core machine they
report lower figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import random
import shutil
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
from central.db import Database, Parcel, Terminal, sqlite_url  # noqa: E402
from central.tokens import hash_token  # noqa: E402
from kiosk.identifiers import s10_check_digit  # noqa: E402

TERMINAL = "T-BENCH-01"
TOKEN = "bench-central-token-" + "x" * 24  # a terminal of its own: the demo dev- tokens need --dev
SERIAL_BASE = 50_000_000
WRK_INSTALL = "sudo apt-get install wrk"


def tracking_number(i: int) -> str:
    serial = f"{SERIAL_BASE + i:08d}"
    return f"CC{serial}{s10_check_digit(serial)}KZ"


def parcel_rows(parcels: int, now: datetime) -> list[dict[str, object]]:
    """``parcels`` generated parcels awaiting pickup (numbers from `tracking_number`), as rows for
    a bulk insert; the same every run. The fleet benchmark seeds with them too."""
    rng = random.Random(1)
    return [
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


def seed(path: Path, parcels: int) -> float:
    """Demo data plus ``parcels`` generated parcels, in bulk; returns the seconds it took."""
    started = time.perf_counter()
    db = Database(sqlite_url(str(path)))
    now = datetime.now(UTC)
    demo.seed(db, now, ZoneInfo("Asia/Almaty"))
    rows = parcel_rows(parcels, now)
    with db.write() as session:
        for chunk in range(0, len(rows), 20_000):
            session.execute(insert(Parcel), rows[chunk : chunk + 20_000])
        session.add(Terminal(id=TERMINAL, name="benchmark", token_hash=hash_token(TOKEN)))
    db.dispose()
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_command(db: Path, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "central",
        "--db",
        str(db),
        "--port",
        str(port),
        "--no-access-log",
        "--lookups-per-minute",  # one token stands for a whole fleet here
        "1000000000",
        "--log-level",
        "warning",
    ]


def start_server(db: Path, port: int) -> subprocess.Popen[str]:
    env = os.environ | {"PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        server_command(db, port), cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("Central API:"):
        process.kill()
        raise RuntimeError(f"the server did not start: {line!r}")
    return process


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class RunResult:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    server_cpu: float = 0.0  # share of one core the server used during the run
    server_cpu_s: float = 0.0  # CPU seconds the server used during the run

    @property
    def cpu_us_per_request(self) -> float:
        """Server CPU time per request: barely moved by other load on the machine, unlike req/s."""
        return self.server_cpu_s / max(1, self.requests) * 1e6

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


# --- wrk -------------------------------------------------------------------------------------

# Each wrk thread asks for random tracking numbers out of the seeded ones (the same S10 numbers as
# tracking_number() above) and prints one JSON line of totals and latency percentiles at the end.
WRK_SCRIPT = """
local weights = {8, 6, 4, 2, 3, 5, 9, 7}
local parcels, base = 100000, 50000000
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  parcels, base = tonumber(args[1]), tonumber(args[2])
  math.randomseed(tonumber(args[3]) * 1000 + id)
end

local function tracking_number(i)
  local serial = string.format("%08d", base + i)
  local sum = 0
  for k = 1, 8 do sum = sum + weights[k] * tonumber(serial:sub(k, k)) end
  local check = 11 - sum % 11
  if check == 10 then check = 0 elseif check == 11 then check = 5 end
  return "CC" .. serial .. check .. "KZ"
end

local headers = {["Authorization"] = "Bearer TOKEN"}

function request()
  local path = "/api/v1/parcels/" .. tracking_number(math.random(0, parcels - 1))
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK-RESULT {"requests": %d, "duration_us": %d, "errors": %d, "p50_us": %d, "p99_us": %d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
""".replace("TOKEN", TOKEN)


def wrk_command(
    wrk: str, script: Path, port: int, parcels: int, duration: float, connections: int, seed_: int
) -> list[str]:
    return [
        wrk,
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{max(1, round(duration))}s",
        "--timeout",
        "10s",
        "--script",
        str(script),
        f"http://127.0.0.1:{port}",
        "--",
        str(parcels),
        str(SERIAL_BASE),
        str(seed_),
    ]


def run_wrk(command: list[str]) -> RunResult:
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next((x for x in output.splitlines() if x.startswith("WRK-RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    result = json.loads(line.removeprefix("WRK-RESULT "))
    return RunResult(
        requests=result["requests"],
        errors=result["errors"],
        seconds=result["duration_us"] / 1e6,
        p50_ms=result["p50_us"] / 1000,
        p99_ms=result["p99_us"] / 1000,
    )


# --- the Python load generator (used when wrk is missing) ----------------------------------


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


def run_python_load(
    port: int, parcels: int, duration: float, processes: int, connections: int, seed_: int
) -> RunResult:
    """``connections`` in all, spread over ``processes`` load-generator processes."""
    context = mp.get_context("spawn")
    start_at = time.time() + 1.0  # every process starts together, after spawning
    shares = [connections // processes + (p < connections % processes) for p in range(processes)]
    with context.Pool(processes) as pool:
        results = pool.starmap(
            load_worker,
            [
                (port, parcels, start_at, duration, share, seed_ * 10 + p)
                for p, share in enumerate(shares)
                if share
            ],
        )
    latencies = sorted(x for xs, _ in results for x in xs)
    quantiles = statistics.quantiles(latencies, n=100)
    return RunResult(
        requests=len(latencies),
        errors=sum(e for _, e in results),
        seconds=duration,
        p50_ms=quantiles[49] * 1000,
        p99_ms=quantiles[98] * 1000,
    )


# --- main ----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--connections", type=int, default=16, help="concurrent keep-alive connections in all"
    )
    parser.add_argument(
        "--load",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator: wrk if installed (auto), or Python processes",
    )
    parser.add_argument(
        "--processes", type=int, default=2, help="load-generator processes (--load python)"
    )
    args = parser.parse_args()

    wrk = shutil.which("wrk") if args.load != "python" else None
    if wrk is None and args.load == "wrk":
        print(f"wrk is not installed: {WRK_INSTALL}", file=sys.stderr)
        return 2
    if wrk is None and args.load == "auto":
        print(
            f"wrk is not installed ({WRK_INSTALL}): using the Python load generator, which "
            "competes with the server for CPU and reports lower figures",
            flush=True,
        )

    with tempfile.TemporaryDirectory(prefix="bench-central-") as tmp:
        db = Path(tmp) / "central.db"
        took = seed(db, args.parcels)
        print(f"seeded {args.parcels:,} parcels (+ demo data) in {took:.1f} s", flush=True)
        port = free_port()
        script = Path(tmp) / "parcels.lua"
        script.write_text(WRK_SCRIPT)
        print(f"server: {' '.join(server_command(db, port)[1:])}", flush=True)

        def run(duration: int, seed_: int) -> RunResult:
            if wrk is not None:
                command = wrk_command(
                    wrk, script, port, args.parcels, duration, args.connections, seed_
                )
                return run_wrk(command)
            return run_python_load(
                port, args.parcels, duration, args.processes, args.connections, seed_
            )

        if wrk is not None:
            shown = wrk_command(
                "wrk", script, port, args.parcels, args.duration, args.connections, 1
            )
            print(f"load: {' '.join(shown)}", flush=True)
        else:
            print(
                f"load: {args.processes} Python processes, {args.connections} connections",
                flush=True,
            )
        server = start_server(db, port)
        results: list[RunResult] = []
        try:
            run(2, seed_=0)  # warm-up: connections, caches, the page cache of the database
            for n in range(args.runs):
                load = os.getloadavg()[0]
                cpu_before, started = cpu_seconds(server.pid), time.perf_counter()
                result = run(args.duration, n + 1)
                elapsed = time.perf_counter() - started
                result.server_cpu_s = cpu_seconds(server.pid) - cpu_before
                result.server_cpu = result.server_cpu_s / elapsed
                results.append(result)
                print(
                    f"run {n + 1}: {result.requests:,} requests, {result.errors} errors, "
                    f"{result.rps:,.0f} req/s, p50 {result.p50_ms:.2f} ms, "
                    f"p99 {result.p99_ms:.2f} ms (server: {result.server_cpu:.0%} of a core, "
                    f"{result.cpu_us_per_request:.0f} µs CPU per request; load average before "
                    f"{load:.2f})",
                    flush=True,
                )
        finally:
            server.terminate()
            server.wait(timeout=10)
            if server.stdout:
                server.stdout.close()
    print(
        f"median of {args.runs} runs ({args.duration} s each, {args.connections} connections, "
        f"{'wrk' if wrk else 'Python'} load, {os.cpu_count()} CPUs): "
        f"{statistics.median(r.rps for r in results):,.0f} req/s, "
        f"p50 {statistics.median(r.p50_ms for r in results):.2f} ms, "
        f"p99 {statistics.median(r.p99_ms for r in results):.2f} ms, "
        f"{statistics.median(r.cpu_us_per_request for r in results):.0f} µs server CPU per request"
    )
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
