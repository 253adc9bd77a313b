"""zbar in the PyInstaller bundle: a frozen kiosk loads the libzbar kiosk.spec copies into the
bundle's _internal folder before asking the system (pyzbar's find_library never looks there), and
falls back to the system's, or to zxing-cpp alone, as an unfrozen one does.

The loading runs in a fresh interpreter each time (pyzbar loads its library once per process),
"frozen" by setting ``sys.frozen`` and ``sys._MEIPASS`` as PyInstaller's bootloader does."""

from __future__ import annotations

import ctypes.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scanners import zbar

REPO = Path(__file__).resolve().parents[2]
LIBRARY_DIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")


def system_libzbar() -> Path | None:
    """The system's libzbar file, where kiosk.spec finds it too."""
    name = ctypes.util.find_library("zbar")
    if not name:
        return None
    for folder in LIBRARY_DIRS:
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    return None


SYSTEM_LIBZBAR = system_libzbar()
needs_libzbar = pytest.mark.skipif(SYSTEM_LIBZBAR is None, reason="libzbar is absent")

PROBE = """
import ctypes.util, json, sys
sys.frozen = True
sys._MEIPASS = sys.argv[1]
if sys.argv[2] == "no-system-zbar":
    ctypes.util.find_library = lambda name: None  # as on a terminal without libzbar0
from scanners import zbar
library = zbar._zbar.LIBZBAR._name if zbar._zbar is not None else None
print(json.dumps({"available": zbar.AVAILABLE, "library": library}))
"""


def frozen_load(bundle: Path, system: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(bundle), system],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_not_frozen_there_is_no_bundled_library(monkeypatch, tmp_path):
    (tmp_path / zbar.BUNDLED_NAME).write_bytes(b"")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert zbar.bundled_library() is None


def test_frozen_the_library_in_meipass_is_chosen(monkeypatch, tmp_path):
    (tmp_path / zbar.BUNDLED_NAME).write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert zbar.bundled_library() == tmp_path / zbar.BUNDLED_NAME


def test_frozen_without_meipass_the_internal_folder_beside_the_executable(monkeypatch, tmp_path):
    internal = tmp_path / "_internal"
    internal.mkdir()
    (internal / zbar.BUNDLED_NAME).write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "kiosk"))
    assert zbar.bundled_library() == internal / zbar.BUNDLED_NAME


def test_frozen_a_bundle_without_zbar_has_no_bundled_library(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert zbar.bundled_library() is None


@needs_libzbar
def test_a_frozen_kiosk_loads_the_bundled_zbar_where_the_system_has_none(tmp_path):
    shutil.copy(SYSTEM_LIBZBAR, tmp_path / zbar.BUNDLED_NAME)
    loaded = frozen_load(tmp_path, "no-system-zbar")
    assert loaded == {"available": True, "library": str(tmp_path / zbar.BUNDLED_NAME)}


@needs_libzbar
def test_a_bundled_zbar_that_does_not_load_falls_back_to_the_systems(tmp_path):
    (tmp_path / zbar.BUNDLED_NAME).write_bytes(b"not a shared library")
    loaded = frozen_load(tmp_path, "system-zbar")
    assert loaded["available"] is True
    assert loaded["library"] == ctypes.util.find_library("zbar")


def test_a_frozen_kiosk_without_any_zbar_decodes_with_zxing_alone(tmp_path):
    loaded = frozen_load(tmp_path, "no-system-zbar")
    assert loaded == {"available": False, "library": None}
