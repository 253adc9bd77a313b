"""One kiosk per terminal: an exclusive ``flock`` on a file in the runtime directory.

The kernel drops the lock when the process ends, however it ends (a crash, SIGKILL from the
watchdog), so a stale lock file never keeps a restarted kiosk out.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from pathlib import Path

from kiosk.config import APP_NAME

LOCK_NAME = "kiosk.lock"


class AlreadyRunningError(Exception):
    """Another process holds the lock; ``pid`` is what it wrote there (0 if unknown)."""

    def __init__(self, path: Path, pid: int) -> None:
        who = f"process {pid}" if pid else "another process"
        super().__init__(f"another kiosk is already running on this terminal ({who}, lock {path})")
        self.path = path
        self.pid = pid


class InstanceLock:
    """Holds the lock from :meth:`acquire` until :meth:`release` (or the process ends)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise AlreadyRunningError(self.path, pid) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the flock
            self._fd = None


def lock_path(data_dir: Path | None = None, env: dict[str, str] | None = None) -> Path:
    """The lock file: ``kiosk.lock`` in the runtime dir. Given ``data_dir`` (mock hardware: QA may
    run several kiosks side by side, each with its own data), one lock per data directory."""
    name = LOCK_NAME
    if data_dir is not None:
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
        name = f"kiosk-{digest}.lock"
    return runtime_dir(env) / name


def runtime_dir(env: dict[str, str] | None = None) -> Path:
    """systemd's ``$RUNTIME_DIRECTORY`` (the unit's RuntimeDirectory=), else the user's runtime
    dir (``$XDG_RUNTIME_DIR/parcel-kiosk``), else a private folder in the temp dir."""
    env = dict(os.environ) if env is None else env
    if env.get("RUNTIME_DIRECTORY"):
        return Path(env["RUNTIME_DIRECTORY"].split(":")[0])
    if env.get("XDG_RUNTIME_DIR") and os.access(env["XDG_RUNTIME_DIR"], os.W_OK):
        return Path(env["XDG_RUNTIME_DIR"]) / APP_NAME
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}"


def _read_pid(fd: int) -> int:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return 0
    return int(text) if text.isdigit() else 0
