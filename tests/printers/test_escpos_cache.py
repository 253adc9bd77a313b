"""python-escpos's parsed printer database is cached across starts (it costs ~0.3 s per start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _import_printers(home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ESCPOS_", "XDG_"))}
    env["HOME"] = str(home)
    subprocess.run([sys.executable, "-c", "import printers.factory"], env=env, check=True)


def test_the_capabilities_cache_lives_in_the_user_cache_folder(tmp_path: Path) -> None:
    _import_printers(tmp_path)
    cached = list((tmp_path / ".cache" / "parcel-kiosk" / "escpos").glob("*.capabilities.pickle"))
    assert len(cached) == 1
    written = cached[0].stat().st_mtime_ns
    _import_printers(tmp_path)
    assert cached[0].stat().st_mtime_ns == written  # read, not parsed and written again


def test_an_unwritable_cache_folder_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / ".cache").write_text("not a folder")
    _import_printers(tmp_path)  # escpos falls back to its temporary folder, the import works
