"""The app's lifecycle: ``Kiosk.close`` (the print in progress first, then the registered hooks,
then the rest of the core, the embedded server last) and the single-instance lock when it cannot
be made."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.app.gui import Kiosk
from kiosk.app.wiring import CoreParts


@pytest.mark.expected_log("kiosk.app", "shutdown step 'heartbeat' failed")
@pytest.mark.expected_log("kiosk.app", "shutdown step 'printer' failed")
def test_hooks_run_after_the_print_and_before_the_printer_and_api_close(qapp) -> None:
    order: list[str] = []

    def step(name: str, fail: bool = False):
        def run() -> None:
            order.append(name)
            if fail:
                raise RuntimeError(name)

        return run

    core = CoreParts(
        controller=SimpleNamespace(shutdown=step("print in progress")),
        api=SimpleNamespace(close=step("api")),
        printer=SimpleNamespace(close=step("printer", fail=True)),
        relay=None,
        outbox=SimpleNamespace(close=step("outbox")),
        tickets=None,
        delivery=SimpleNamespace(close=lambda: True),
        log_ring=None,
    )
    kiosk = Kiosk(
        qapp=qapp,
        core=core,
        window=None,
        central=SimpleNamespace(stop=step("central")),
        qa=SimpleNamespace(stop=step("qa")),
    )
    kiosk.add_shutdown_hook("outbox flush", step("outbox flush"))
    kiosk.add_shutdown_hook("heartbeat", step("heartbeat", fail=True))
    kiosk.close()
    assert order == [
        "qa",
        "print in progress",
        "outbox flush",
        "heartbeat",
        "outbox",
        "printer",
        "api",
        "central",
    ]
    kiosk.close()
    assert len(order) == 8  # once


def test_an_unwritable_lock_place_is_reported_and_the_kiosk_runs(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    import kiosk.app.process as app
    from kiosk.cli import parse_args
    from kiosk.config import load_config

    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(app, "lock_path", lambda data_dir=None: blocker / "kiosk.lock")
    empty = tmp_path / "kiosk.toml"
    empty.write_text("")
    lock = app.instance_lock(load_config(empty, env={}), parse_args(["--windowed"]))
    assert "no single-instance lock at" in capsys.readouterr().err
    lock.release()


def test_staff_leave_through_the_lockdown_when_there_is_one(qapp, monkeypatch) -> None:
    from kiosk.lifecycle import ExitCode

    left: list[int] = []
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    kiosk = Kiosk(qapp=qapp, core=None, window=None)
    kiosk.leave(ExitCode.OK, True)  # no lockdown (windowed): the event loop ends
    assert (exits, kiosk.restart_requested) == ([ExitCode.OK], True)
    kiosk.lockdown = SimpleNamespace(leave=left.append)
    kiosk.leave(ExitCode.STAFF_QUIT, False)
    assert (left, exits, kiosk.restart_requested) == ([ExitCode.STAFF_QUIT], [ExitCode.OK], False)
