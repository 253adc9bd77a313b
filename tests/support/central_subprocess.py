"""The reference central server in a process of its own (``python -m central --dev`` on a SQLite
file, on a free port), for the benches that kill kiosk processes around it."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path


def start_central(root: Path, db: Path, *options: str) -> tuple[subprocess.Popen[str], str]:
    """The server's process and its base URL, once it has said where it listens."""
    command = [sys.executable, "-m", "central", "--dev", "--port", "0", "--db", str(db)]
    command += ["--no-access-log", "--log-level", "warning", *options]
    server = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("Central API: "):
            threading.Thread(target=server.stdout.read, daemon=True).start()
            return server, line.split(": ", 1)[1].strip()
    raise SystemExit("the central server did not start")
