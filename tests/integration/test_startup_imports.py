"""The start stays fast: what the home screen does not need is not imported before it is painted.

requests, python-escpos (with Pillow) and phonenumbers cost ~0.1-0.3 s each to import; the kiosk
loads them after the first paint (Controller.warm_up): the io lane, the printer worker thread.
The camera's decoders (OpenCV, numpy, zxing-cpp, zbar) load with a camera only, and the embedded
demo server (FastAPI, SQLAlchemy, uvicorn) after the first paint, with ``--mock`` only. PySide6
does not keep the source of every module imported after it (kiosk/app/pyside_features.py).
"""

from __future__ import annotations

import subprocess
import sys

from kiosk.api import CentralApi
from printers.worker import PrinterWorker

DEFERRED = ("requests", "escpos", "PIL", "phonenumbers")
CAMERA = ("cv2", "numpy", "zxingcpp", "pyzbar")
SERVER = ("central", "fastapi", "starlette", "sqlalchemy", "uvicorn")


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
