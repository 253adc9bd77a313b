"""Start-up of two trees side by side, in one run (docs/benchmarks.md, start-up before and after):

    git worktree add --detach /tmp/before HEAD~1
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_start_compare.py /tmp/before \\
        [--starts 10]

Each tree's own start probe (its ``tests/bench/bench_kiosk.py --child startup``: launch → the end
of the home screen's first frame, and the GUI thread's CPU time then), the two trees in turn, start
by start, against one ``python -m central --dev``: terminal mode (``--mock --api-url``, the server
already running) and ``--mock`` with the embedded server. Prints the medians and minimums, and the
load average before and after (the machine is shared: the CPU time is the steadier figure).
PYTHONDONTWRITEBYTECODE is left as it is: compile both trees first (``python -m compileall -q
kiosk ui printers scanners voices central``) for the start of an installed kiosk.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_kiosk import (  # noqa: E402 - after the path
    KIOSK_ARGS,
    REPO,
    RESULT_PREFIX,
    TERMINAL,
    TOKEN,
    central_process,
    child_env,
)


def probe(tree: Path, kiosk_args: list[str], env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, str(tree / "tests/bench/bench_kiosk.py"), "--child", "startup"]
    t0 = time.monotonic()
    done = subprocess.run(
        [*command, "--", *kiosk_args],
        cwd=tree,
        env=env | {"BENCH_T0": repr(t0), "PYTHONPATH": str(tree)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if not lines:
        raise RuntimeError(f"the start probe of {tree} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_PREFIX) :])
    if result["screen"] != "home":
        raise RuntimeError(f"{tree}: the first frame was not the home screen: {result}")
    return result


def summary(label: str, runs: list[dict[str, Any]]) -> str:
    wall = [r["ms"]["frame done"] for r in runs]
    cpu = [r["cpu_ms"] for r in runs]
    phases = {p: statistics.median(r["ms"][p] for r in runs) for p in runs[0]["ms"]}
    steps, previous = [], 0.0
    for phase, at in phases.items():
        steps.append(f"{phase} +{at - previous:.0f}")
        previous = at
    rss = statistics.median(r["rss_mb"] for r in runs)
    return (
        f"  {label:<7} wall {statistics.median(wall):5.0f} ms (min {min(wall):4.0f}), "
        f"CPU {statistics.median(cpu):4.0f} ms (min {min(cpu):4.0f}), {rss:3.0f} MB\n"
        f"          phases: {', '.join(steps)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the earlier commit's tree")
    parser.add_argument("--starts", type=int, default=10, help="starts of each tree and mode")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": REPO}
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()}", flush=True)
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp, central_process() as url:
        env = child_env(KIOSK_PRINTER_OUT_DIR=tmp)
        remote_env = env | {"KIOSK_TERMINAL_ID": TERMINAL, "KIOSK_API_TOKEN": TOKEN}
        modes = {
            "terminal mode (--mock --api-url)": ([*KIOSK_ARGS, "--api-url", url], remote_env),
            "--mock, embedded server": (KIOSK_ARGS, env),
        }
        for tree in trees.values():  # a first start of each: files into the page cache
            probe(tree, *modes["terminal mode (--mock --api-url)"])
        for _ in range(args.starts):  # interleaved: a noisy moment hits both trees alike
            for mode, (kiosk_args, mode_env) in modes.items():
                for name, tree in trees.items():
                    runs.setdefault((mode, name), []).append(probe(tree, kiosk_args, mode_env))
    print(f"load average after: {os.getloadavg()}; {args.starts} starts each")
    for mode in modes:
        print(mode)
        for name in trees:
            print(summary(name, runs[(mode, name)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
