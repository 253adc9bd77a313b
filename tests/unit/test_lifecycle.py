"""Shutdown order, crash hooks, the instance lock and the systemd notify protocol (no Qt)."""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.lifecycle import ExitCode, ShutdownSequence, install_crash_hooks
from kiosk.single_instance import AlreadyRunningError, InstanceLock, lock_path, runtime_dir
from kiosk.systemd import Notifier


def test_shutdown_steps_run_once_in_order_and_a_failure_does_not_stop_the_rest(caplog):
    ran: list[str] = []
    steps = ShutdownSequence()
    steps.add("print", lambda: ran.append("print"))
    steps.add("outbox", lambda: 1 / 0)
    steps.add("printer", lambda: ran.append("printer"))
    assert steps.names == ["print", "outbox", "printer"]
    assert steps.run() == ["outbox"]
    assert ran == ["print", "printer"]
    assert "shutdown step 'outbox' failed" in caplog.text
    assert steps.run() == []
    assert ran == ["print", "printer"]


@pytest.fixture
def hooks() -> Iterator[list[int]]:
    """install_crash_hooks with a recording exit; the interpreter's hooks come back after."""
    saved = sys.excepthook, threading.excepthook
    exits: list[int] = []
    install_crash_hooks(exit_fn=exits.append)
    yield exits
    sys.excepthook, threading.excepthook = saved


def test_an_unhandled_exception_is_logged_then_exits_with_the_crash_code(hooks, caplog):
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert hooks == [ExitCode.CRASH]
    [record] = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert "unhandled exception" in record.getMessage()
    assert record.exc_info is not None
    assert record.exc_info[0] is ValueError


def test_an_exception_on_another_thread_exits_too(hooks, caplog):
    def fail() -> None:
        raise RuntimeError("worker died")

    worker = threading.Thread(target=fail, name="doomed")
    worker.start()
    worker.join()
    assert hooks == [ExitCode.CRASH]
    assert "in thread doomed" in caplog.text


def test_the_lock_keeps_a_second_holder_out_until_released(tmp_path: Path) -> None:
    path = tmp_path / "run" / "kiosk.lock"
    first = InstanceLock(path).acquire()
    with pytest.raises(AlreadyRunningError) as caught:
        InstanceLock(path).acquire()
    assert caught.value.pid == os.getpid()
    assert f"process {os.getpid()}" in str(caught.value)
    first.release()
    InstanceLock(path).acquire().release()


def test_lock_paths(tmp_path: Path) -> None:
    env = {"RUNTIME_DIRECTORY": str(tmp_path / "sd")}
    assert lock_path(env=env) == tmp_path / "sd" / "kiosk.lock"
    a, b = lock_path(tmp_path / "a", env), lock_path(tmp_path / "b", env)
    assert a != b
    assert a.parent == tmp_path / "sd"
    assert runtime_dir({"XDG_RUNTIME_DIR": str(tmp_path)}) == tmp_path / "parcel-kiosk"
    fallback = runtime_dir({"XDG_RUNTIME_DIR": str(tmp_path / "missing")})
    assert fallback.name == f"parcel-kiosk-{os.getuid()}"


@pytest.fixture
def notify_socket() -> Iterator[tuple[socket.socket, str]]:
    """A fake $NOTIFY_SOCKET in the abstract namespace (no path length limit, nothing to clean)."""
    name = f"@kiosk-test-{uuid.uuid4().hex}"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind("\0" + name[1:])
    server.settimeout(5)
    yield server, name
    server.close()


def test_notifier_sends_states_to_the_socket(notify_socket) -> None:
    server, name = notify_socket
    notifier = Notifier({"NOTIFY_SOCKET": name, "WATCHDOG_USEC": "4000000"})
    assert notifier.watchdog_interval_ms() == 2000
    assert notifier.ready()
    assert notifier.ping()
    assert notifier.stopping()
    assert [server.recv(64) for _ in range(3)] == [b"READY=1", b"WATCHDOG=1", b"STOPPING=1"]
    notifier.close()


def test_without_systemd_nothing_is_sent_and_no_watchdog(notify_socket) -> None:
    _, name = notify_socket
    assert Notifier({}).ready() is False
    assert Notifier({}).watchdog_interval_ms() is None
    other_pid = {"NOTIFY_SOCKET": name, "WATCHDOG_USEC": "4000000", "WATCHDOG_PID": "1"}
    assert Notifier(other_pid).watchdog_interval_ms() is None  # meant for another process


def test_a_gone_socket_warns_once(caplog, tmp_path: Path) -> None:
    notifier = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert notifier.ping() is False
    assert notifier.ping() is False
    assert caplog.text.count("systemd notification failed") == 1
    notifier.close()
