"""A kiosk in a process of its own, for tests that need a real process: exit codes, signals,
the instance lock, the frozen bundle. Output (stdout and stderr together) is read line by line
on a thread; ``expect`` waits for a line, with no sleeping.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path

import requests


def mock_config(tmp_path: Path, *, log_dir: Path | None = None, extra: str = "") -> Path:
    """A config for mock hardware with its data (and, if given, its log file) under tmp_path;
    ``extra``: more sections."""
    config = tmp_path / "kiosk.toml"
    log = f'file = true\ndir = "{log_dir}"\n' if log_dir else "file = false\n"
    config.write_text(
        f'[data]\ndata_dir = "{tmp_path / "data"}"\n\n[log]\nlevel = "INFO"\n{log}\n{extra}',
        encoding="utf-8",
    )
    return config


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test's environment (the harness cleared KIOSK_* settings), offscreen, own HOME."""
    env = dict(os.environ)
    for name in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM"):
        env.pop(name, None)
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    return env | extra


class KioskProcess:
    def __init__(self, command: Sequence[str], env: dict[str, str], cwd: Path | None = None):
        self.process = subprocess.Popen(
            list(command),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=cwd,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.qa_url = ""

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line)
        self._queue.put(None)

    def expect(self, fragment: str, timeout: float = 60) -> str:
        """The next line containing ``fragment`` (earlier lines are kept in ``lines``)."""
        while True:
            line = self._queue.get(timeout=timeout)
            if line is None:
                raise AssertionError(
                    f"the kiosk ended (code {self.process.wait(5)}) before printing {fragment!r}:\n"
                    + "".join(self.lines)
                )
            self.lines.append(line)
            if fragment in line:
                return line

    def wait_for_qa(self, timeout: float = 60) -> str:
        self.qa_url = self.expect("QA control: ", timeout).split(": ", 1)[1].strip()
        return self.qa_url

    def qa(self, method: str, path: str, **body) -> dict:
        response = requests.request(method, self.qa_url + path, json=body or None, timeout=10)
        response.raise_for_status()
        return response.json()

    def qa_post_image(self, data: bytes) -> list[str]:
        """``POST /qa/scan-image``: the codes the camera decoder found in the image."""
        response = requests.post(self.qa_url + "/qa/scan-image", data=data, timeout=30)
        response.raise_for_status()
        return response.json()["codes"]

    def qa_last(self, method: str, path: str, **body) -> None:
        """A QA call that may end the kiosk before it answers (a planted crash)."""
        with contextlib.suppress(requests.RequestException):  # cut off mid-answer too
            requests.request(method, self.qa_url + path, json=body or None, timeout=10)

    def wait_state(self, predicate, what: str, attempts: int = 300) -> dict:
        """Poll /qa/state until ``predicate`` holds (each poll is a real round trip)."""
        state: dict = {}
        for _ in range(attempts):
            state = self.qa("GET", "/qa/state")
            if predicate(state):
                return state
        raise AssertionError(f"never saw {what}; last state: {state}")

    def wait(self, timeout: float = 30) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(10)
        while not self._queue.empty():
            line = self._queue.get_nowait()
            if line is not None:
                self.lines.append(line)
        return code

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it does not end; closes the pipe."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._reader.join(10)
        if self.process.stdout is not None:
            self.process.stdout.close()
