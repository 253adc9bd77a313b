"""Prints the requirements of the Qt-free core's test run, one a line, for ``pip install -r``.

The project's dependencies and its ``dev`` extra from pyproject.toml, minus the Qt packages
(PySide6 and pytest-qt): ``make test-core`` installs them into a virtualenv of their own and runs
tests/unit there, which proves that the core and its tests need no Qt.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
QT_PACKAGES = re.compile(r"^(pyside6|shiboken6|pytest-qt)", re.IGNORECASE)
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def core_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    return [req for req in wanted if not QT_PACKAGES.match(_name(req))]


def _name(requirement: str) -> str:
    match = NAME.match(requirement.strip())
    if match is None:
        raise ValueError(f"not a requirement: {requirement!r}")
    return match.group(0)


def main() -> int:
    sys.stdout.write("".join(f"{req}\n" for req in core_requirements()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
