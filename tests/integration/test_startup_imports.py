"""The start stays fast: what the home screen does not need is not imported before it is painted,
and a terminal builds (and imports) the screens of its own role only.

requests, python-escpos (with Pillow) and phonenumbers cost ~0.1-0.3 s each to import; the kiosk
loads them after the first paint (Controller.warm_up): the io lane, the printer worker thread.
The camera's decoders (OpenCV, numpy, zxing-cpp, zbar) load with a camera only, and the embedded
demo server (FastAPI, SQLAlchemy, uvicorn) after the first paint, with ``--mock`` only. PySide6
does not keep the source of every module imported after it (kiosk/app/pyside_features.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from kiosk_proc import clean_env, mock_config
from start_probe import PREFIX

from kiosk import views
from kiosk.api import CentralApi
from printers.worker import PrinterWorker
from ui import screen_table

DEFERRED = ("requests", "escpos", "PIL", "phonenumbers")
CAMERA = ("cv2", "numpy", "zxingcpp", "pyzbar")
SERVER = ("central", "fastapi", "starlette", "sqlalchemy", "uvicorn")
PROBE = Path(__file__).resolve().parents[1] / "support" / "start_probe.py"
STATIONS = ("kiosk.stations", "ui.screens.stations")
CUSTOMER_SCREENS = ("ui.screens.home", "ui.screens.tracking", "ui.screens.send")


def test_importing_the_app_leaves_the_heavy_libraries_for_later():
    probe = "import sys, kiosk.app; print(' '.join(m for m in {!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe.format(DEFERRED + CAMERA + SERVER)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == []


def test_the_first_frame_leaves_the_maintenance_screens_for_later():
    probe = "import sys, kiosk.app, ui.main_window; print({!r} in sys.modules)"
    probe = probe.format("ui.screens.maintenance.screen")
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False"]  # built after the first frame (MainWindow)


def test_pyside_keeps_no_module_source_in_memory():
    probe = "import linecache, kiosk.app, ui.main_window; print(len(linecache.cache))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert int(result.stdout) < 10  # ~300 modules' source (15 MB) without the fix


def test_warm_up_prepares_the_api_client_and_starts_the_printer(
    qtbot, central, build_kiosk, monkeypatch
):
    opened, prepared = [], []
    monkeypatch.setattr(PrinterWorker, "start", lambda self: opened.append("printer"))
    monkeypatch.setattr(CentralApi, "prepare", lambda self: prepared.append("api"))
    kiosk = build_kiosk(central.url)
    assert opened == prepared == []  # the wiring hands them over; only warm_up calls them
    kiosk.controller.warm_up()
    qtbot.waitUntil(lambda: opened == ["printer"] and prepared == ["api"], timeout=5_000)


def start(tmp_path: Path, url: str, *args: str, terminal: str = "T-ALA-01") -> dict[str, Any]:
    """``python -m kiosk --mock --api-url URL ARGS`` to the screens it builds after its first
    frame (tests/support/start_probe.py): what was loaded and built at the first paint and
    after."""
    env = clean_env(tmp_path, KIOSK_TERMINAL_ID=terminal, KIOSK_API_TOKEN=f"dev-{terminal}")
    command = [sys.executable, str(PROBE), "--mock", "--windowed", "--api-url", url]
    command += ["--config", str(mock_config(tmp_path)), *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90)
    lines = [line for line in done.stdout.splitlines() if line.startswith(PREFIX)]
    assert lines, f"exit {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}"
    result: dict[str, Any] = json.loads(lines[0].removeprefix(PREFIX))
    return result


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in names or m.startswith(tuple(n + "." for n in names))]


def test_a_customer_terminal_paints_its_home_screen_alone_and_never_loads_the_stations(
    tmp_path, central
):
    probe = start(tmp_path, central.url)
    first, after = probe["first_paint"], probe["after"]
    assert first["screens"] == [views.HOME]
    assert loaded(first["modules"], DEFERRED + CAMERA + SERVER) == []
    assert loaded(first["modules"], ("ui.screens.tracking", "ui.screens.maintenance")) == []
    assert sorted(after["names"]) == after["screens"]  # every screen built after the first frame
    assert set(after["screens"]) == set(screen_table.screens_of("customer"))
    assert loaded(after["modules"], STATIONS) == []


def test_a_station_builds_its_own_screens_and_none_of_the_customers(tmp_path, central):
    probe = start(tmp_path, central.url, "--role", "checkout", terminal="T-ALA-CHECKOUT")
    assert probe["first_paint"]["screens"] == [views.STATION_SIGN_IN]
    after = probe["after"]
    assert set(after["screens"]) == {
        views.STATION_SIGN_IN,
        views.CHECKOUT_SCAN,
        views.CHECKOUT_PARCELS,
        views.MAINTENANCE,
    }
    assert loaded(after["modules"], CUSTOMER_SCREENS) == []
