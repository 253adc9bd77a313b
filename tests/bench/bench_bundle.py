"""The PyInstaller bundle: its size, and its start time next to ``python -m kiosk``.

    make bundle
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_bundle.py [--starts 7]

Start time = launch → ``READY=1`` on a fake ``$NOTIFY_SOCKET``: the kiosk sends it once the home
screen has painted (what systemd waits for). Both variants run with mock hardware against one
reference central server started here (``--api-url``), interleaved, so a noisy moment hits both.
Medians are printed; run by hand, not part of ``make test``.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "kiosk"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def gzipped_size(folder: Path) -> int:
    tar = subprocess.run(
        ["tar", "-czf", "-", "-C", str(folder.parent), folder.name],
        stdout=subprocess.PIPE,
        check=True,
    )
    return len(tar.stdout)


def time_to_ready(command: list[str], api_url: str, workdir: Path) -> float:
    name = f"@kiosk-bench-{uuid.uuid4().hex}"
    config = workdir / f"{uuid.uuid4().hex}.toml"
    config.write_text(
        f'[data]\ndata_dir = "{workdir / config.stem}"\n[log]\nfile = false\n', encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": name,
        "KIOSK_TERMINAL_ID": "T-ALA-01",
        "KIOSK_API_TOKEN": "dev-T-ALA-01",
    }
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0" + name[1:])
        server.settimeout(60)
        t0 = time.monotonic()
        process = subprocess.Popen(
            [*command, "--mock", "--windowed", "--api-url", api_url, "--config", str(config)],
            env=env,
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while server.recv(64) != b"READY=1":
                pass
            return (time.monotonic() - t0) * 1000
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()
    executable = BUNDLE / "kiosk"
    if not executable.is_file():
        raise SystemExit("no bundle: run make bundle first")
    from central.server import start_embedded

    central = start_embedded("sqlite:///:memory:", dev=True, host="127.0.0.1", port=0)
    variants = {
        "bundle (dist/kiosk/kiosk)": [str(executable)],
        "python -m kiosk (the venv)": [sys.executable, "-m", "kiosk"],
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for command in variants.values():  # one warm-up each: the page cache
                time_to_ready(command, central.url, Path(tmp))
            for _ in range(args.starts):
                for name, command in variants.items():
                    times[name].append(time_to_ready(command, central.url, Path(tmp)))
    finally:
        central.stop()
    size = folder_size(BUNDLE)
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    print(f"Bundle dist/kiosk: {size / 1e6:.0f} MB in {files} files, ", end="", flush=True)
    print(f"{gzipped_size(BUNDLE) / 1e6:.0f} MB as .tar.gz")
    print(f"Launch → READY=1 (home screen painted), {args.starts} starts each, median [min-max]:")
    for name, values in times.items():
        print(
            f"  {name:<28} {statistics.median(values):6.0f} ms"
            f"  [{min(values):.0f}-{max(values):.0f}]"
        )


if __name__ == "__main__":
    main()
