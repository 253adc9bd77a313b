"""Benchmark of the phone lookup against the reference server: how long the kiosk's client waits
to start an SMS code, and whether a wrong code and a right one take the same time (DOMAIN.md:
"failures look alike ... and take the same time").

Run from the repository root (a script, not a test):

    .venv/bin/python tests/bench/bench_phone.py [--samples 60]

It starts the embedded server with the demo data on loopback, and for each sample moves the
server's dev clock an hour on (so the per-phone and per-terminal limits never bite), starts a code
for the demo phone with five items, sends a wrong code, then the right one (read from the dev SMS
endpoint). It also starts codes for the demo phone with no items: the same answer, in about the
same time. Prints the median and p90 of each, in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from central.server import start_embedded  # noqa: E402
from kiosk.api import CentralApi  # noqa: E402
from kiosk.errors import OtpInvalid  # noqa: E402

PHONE_MANY = "+77011234567"
PHONE_NONE = "+77027654321"


def post(url: str, body: dict) -> None:
    request = urllib.request.Request(  # noqa: S310 - loopback
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    urllib.request.urlopen(request, timeout=10).read()  # noqa: S310


def code_for(url: str, phone: str) -> str:
    query = urllib.parse.urlencode({"phone": phone})
    with urllib.request.urlopen(f"{url}/dev/sms?{query}", timeout=10) as answer:  # noqa: S310
        return json.loads(answer.read())[0]["code"]


def timed(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    try:
        value = fn(*args)
    except OtpInvalid as exc:
        value = exc
    return (time.perf_counter() - started) * 1000, value


def summary(name: str, values: list[float]) -> str:
    values = sorted(values)
    p90 = values[int(0.9 * (len(values) - 1))]
    return f"{name:<34} median {statistics.median(values):6.1f} ms   p90 {p90:6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60)
    args = parser.parse_args()
    server = start_embedded("sqlite:///:memory:", dev=True, host="127.0.0.1", port=0)
    api = CentralApi(server.url, "dev-T-ALA-01", "T-ALA-01", retries=0)
    start_many, start_none, wrong, right = [], [], [], []
    base = dt.datetime.now(dt.UTC)
    try:
        api.health()  # warm the connection
        for i in range(args.samples):
            post(server.url + "/dev/clock", {"now": (base + dt.timedelta(hours=i)).isoformat()})
            ms, challenge = timed(api.start_otp, PHONE_MANY)
            start_many.append(ms)
            ms, _ = timed(api.start_otp, PHONE_NONE)
            start_none.append(ms)
            code = code_for(server.url, PHONE_MANY)
            bad = f"{(int(code) + 1) % 1_000_000:06d}"
            ms, failure = timed(api.verify_otp, challenge.challenge_id, bad)
            assert isinstance(failure, OtpInvalid)
            wrong.append(ms)
            ms, parcels = timed(api.verify_otp, challenge.challenge_id, code)
            assert isinstance(parcels, list)
            assert len(parcels) == 5
            right.append(ms)
    finally:
        api.close()
        server.stop()
    print(f"{args.samples} samples, embedded server on loopback, kiosk client (requests)")
    print(summary("POST /otp, phone with 5 items", start_many))
    print(summary("POST /otp, phone with no items", start_none))
    print(summary("verify, wrong code", wrong))
    print(summary("verify, right code (5 items)", right))
    return 0


if __name__ == "__main__":
    sys.exit(main())
