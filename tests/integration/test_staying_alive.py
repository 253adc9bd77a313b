"""The kiosk process under faults, signals and a second start: exit codes and log entries.

Each test runs the real ``kiosk.app.main`` in its own process (tests/support/kiosk_launcher.py
plants the fault) on mock hardware with the embedded central server, driven by the QA port.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from kiosk_launcher import SECRET_TEXT
from kiosk_proc import KioskProcess, clean_env, mock_config

from kiosk.lifecycle import ExitCode
from kiosk.log import LOG_FILE_NAME

LAUNCHER = Path(__file__).resolve().parents[1] / "support" / "kiosk_launcher.py"
DEMO_PARCEL = "CC016695190KZ"


@pytest.fixture
def start(tmp_path: Path):
    """``start(fault, *kiosk_args, go_file=None)`` → a KioskProcess on its QA port."""
    started: list[KioskProcess] = []
    config = mock_config(tmp_path, log_dir=tmp_path / "log")

    def run(fault: str, *kiosk_args: str, go_file: Path | None = None, **env: str) -> KioskProcess:
        head = [fault] + ([str(go_file)] if go_file else [])
        command = [sys.executable, str(LAUNCHER), *head, "--", "--mock", "--qa-port", "0"]
        command += ["--config", str(config), *kiosk_args]
        kiosk = KioskProcess(command, clean_env(tmp_path, **env))
        started.append(kiosk)
        kiosk.wait_for_qa()
        return kiosk

    yield run
    for kiosk in started:
        kiosk.stop()


def _log_file(tmp_path: Path) -> str:
    return (tmp_path / "log" / LOG_FILE_NAME).read_text(encoding="utf-8")


def _assert_redacted(text: str) -> None:
    assert "7011234567" not in text
    assert "123456" not in text
    assert "+7 701 *** ** 67" in text


@pytest.mark.parametrize(
    ("fault", "code", "entry"),
    [
        ("crash", ExitCode.CRASH, "unhandled exception, exiting (exit code 3)"),
        ("thread-crash", ExitCode.CRASH, "in thread planted-worker, exiting (exit code 3)"),
        ("qt-fatal", ExitCode.QT_FATAL, "Qt fatal error: "),  # PySide logs the text just before
    ],
)
def test_a_crash_exits_with_its_code_and_is_logged(start, tmp_path, fault, code, entry):
    kiosk = start(fault, "--windowed")
    kiosk.qa_last("POST", "/qa/tap", id="receive")
    assert kiosk.wait() == code
    for text in (_log_file(tmp_path), kiosk.output):
        assert entry in text
        assert "CRITICAL" in text
        _assert_redacted(text)
    if fault == "qt-fatal":
        assert "kiosk.ui.qt: planted fatal error for customer +7 701 *** ** 67" in kiosk.output
    else:
        assert "RuntimeError: planted" in _log_file(tmp_path)  # the traceback is in the log
    assert SECRET_TEXT not in kiosk.output


def test_sigterm_during_a_print_finishes_the_print_then_exits_0(start, tmp_path):
    """Full screen, so the lockdown is on too: it must not refuse the SIGTERM's quit."""
    go = tmp_path / "go"
    kiosk = start("slow-print", go_file=go)
    kiosk.qa("POST", "/qa/tap", id="receive")
    kiosk.wait_state(lambda s: s["screen"] == "receive_tracking", "the entry screen")
    kiosk.qa("POST", "/qa/type", text=DEMO_PARCEL)
    kiosk.qa("POST", "/qa/tap", id="submit")
    kiosk.expect("PRINT STARTED")
    assert kiosk.qa("GET", "/qa/tickets") == []

    kiosk.process.terminate()
    kiosk.expect("signal SIGTERM: shutting down")
    assert kiosk.process.poll() is None  # still finishing the print
    go.touch()
    assert kiosk.wait() == 0
    assert "PRINT FINISHED ok=True" in kiosk.output
    assert kiosk.output.index("PRINT FINISHED") < kiosk.output.index("SHUTDOWN HOOK ran")
    [bin_file] = (tmp_path / "data").rglob("0001-*.bin")
    assert bin_file.stat().st_size > 0
    assert bin_file.with_suffix(".png").is_file()
    log = _log_file(tmp_path)
    assert log.index("signal SIGTERM") < log.index("printed as")  # the job ended after it
    # the ticket's record was held by the job itself before the print, released after it, and
    # sent before the exit
    queued = log.index("ticket record #1 queued (1 items")
    released = log.index("released: the ticket printed")
    delivered = log.index("ticket record #1 (1 items, try 1) delivered as ")
    assert queued < log.index("printed as") < released < delivered
    records = sqlite3.connect(next((tmp_path / "data").rglob("outbox.sqlite3")))
    try:
        states = records.execute("SELECT state FROM ticket_records").fetchall()
    finally:
        records.close()
    assert states == [("delivered",)]


def test_a_second_instance_says_so_and_exits(start, tmp_path):
    first = start("slow-print", "--windowed", go_file=tmp_path / "go")
    second = KioskProcess(first.process.args, clean_env(tmp_path))
    try:
        assert second.wait(timeout=60) == ExitCode.ALREADY_RUNNING
    finally:
        second.stop()
    assert "another kiosk is already running on this terminal" in second.output
    assert f"process {first.process.pid}" in second.output
    assert "QA control" not in second.output
    assert first.qa("GET", "/qa/state")["screen"] == "home"  # the first one is unharmed


def test_systemd_hears_ready_then_watchdog_pings_then_stopping(start, tmp_path):
    name = f"@kiosk-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0" + name[1:])
        server.settimeout(30)
        kiosk = start(
            "slow-print",
            "--windowed",
            go_file=tmp_path / "go",
            NOTIFY_SOCKET=name,
            WATCHDOG_USEC="200000",
        )
        heard = [server.recv(64) for _ in range(6)]
        assert b"READY=1" in heard
        assert heard.count(b"WATCHDOG=1") >= 4
        kiosk.process.terminate()
        assert kiosk.wait() == 0
        rest = []
        while (datagram := server.recv(64)) != b"STOPPING=1":
            rest.append(datagram)
        assert set(rest) <= {b"WATCHDOG=1"}


def test_the_restart_command_runs_the_kiosk_again_from_source_or_from_the_bundle(monkeypatch):
    from kiosk.app.process import restart_command

    args = ["--mock", "--qa-port", "0"]
    assert restart_command(args) == [sys.executable, "-m", "kiosk", *args]
    done = subprocess.run(
        restart_command(["--help"]), capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert "--mock" in done.stdout
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/kiosk/kiosk")
    assert restart_command(args) == ["/opt/kiosk/kiosk", *args]  # the bundle takes no -m


def test_hash_pin_prints_a_staff_entry_without_starting_the_kiosk():
    """``kiosk hash-pin`` is how staff make an entry on a terminal with only the bundle."""
    from kiosk.maintenance.pins import verify_pin

    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "hash-pin", "S007"],
        input="135790\n135790\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith('{ id = "S007", pin_hash = "')
    encoded = line.split('pin_hash = "')[1].rstrip('" }')
    assert verify_pin("135790", encoded)
    assert "135790" not in done.stdout
