"""The core's test virtualenv (``make test-core``) gets the project's requirements but Qt's."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_core_requirements_are_the_projects_without_qt():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    everything = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    printed = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "core_requirements.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout.splitlines()
    left_out = [req for req in everything if req not in printed]
    assert left_out, "pyproject names PySide6 and pytest-qt"
    assert all(req.lower().startswith(("pyside6", "pytest-qt")) for req in left_out)
    assert [req for req in everything if req in printed] == printed  # nothing added, same order
    assert "pytest-timeout>=2.3" in printed  # pyproject's pytest configuration needs it
