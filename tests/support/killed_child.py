"""A child process that a bench kills (SIGKILL) at chosen moments and starts again at once, for the
crash benches (tests/bench/stress_outbox.py, tests/bench/soak_disk.py).

The child tells its progress by printing marker lines (``DRAINED``); a thread reads each process's
output and sets the marker's event and counts it. An exit that is neither a kill nor a stop is kept
in ``unexpected_exits`` (a child that fails at start would loop).
"""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

POLL_S = 0.05


class KilledChild:
    def __init__(
        self,
        command: Sequence[str],
        root: Path,
        markers: Iterable[str],
        *,
        per_process: Iterable[str] = (),
    ) -> None:
        """``per_process``: the markers that a new process must print again (cleared at start)."""
        self.command = list(command)
        self.root = root
        self.env = os.environ | {"PYTHONPATH": str(root)}
        self.events = {marker: threading.Event() for marker in markers}
        self.per_process = tuple(per_process)
        self.seen: collections.Counter[str] = collections.Counter()
        self.process: subprocess.Popen[str] | None = None
        self.starts = 0
        self.unexpected_exits: list[int] = []

    def start(self) -> None:
        for marker in self.per_process:
            self.events[marker].clear()
        self.process = subprocess.Popen(
            self.command, cwd=self.root, env=self.env, stdout=subprocess.PIPE, text=True
        )
        self.starts += 1
        threading.Thread(target=self._read, args=(self.process,), daemon=True).start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            marker = line.strip()
            if marker in self.events:
                self.seen[marker] += 1
                self.events[marker].set()
        code = process.wait()
        if code not in (0, -signal.SIGKILL, -signal.SIGTERM):
            self.unexpected_exits.append(code)

    def ended(self) -> bool:
        """The current process has exited."""
        return self.process is not None and self.process.poll() is not None

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self, timeout_s: float = 15) -> None:
        """Wait ``timeout_s`` for the current process to end, then end it with SIGTERM."""
        if self.process is None:
            return
        try:
            self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=timeout_s)


def kill_at(
    child: KilledChild,
    moments: Iterable[float],
    progress: Callable[[], float],
    *,
    finished: Callable[[], bool] = lambda: False,
    label: Callable[[], str] = lambda: "",
) -> int:
    """Kill ``child`` when ``progress()`` reaches each of ``moments`` and start it again at once;
    no more kills once ``finished()``. Returns how many kills there were."""
    kills = 0
    for moment in sorted(moments):
        while progress() < moment and not finished():
            time.sleep(POLL_S)
        if finished():
            break
        child.kill()
        kills += 1
        print(f"  killed {label()}; started again", flush=True)
        child.start()
    return kills
