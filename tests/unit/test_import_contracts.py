"""The import contracts bite: none of them lets an import through by way of another module."""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_no_contract_allows_indirect_imports() -> None:
    contracts = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 7
    assert [c["name"] for c in contracts if c.get("allow_indirect_imports")] == []


def test_the_qt_free_core_names_each_way_into_qt() -> None:
    contracts = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    [qt_free] = [
        c
        for c in contracts
        if c.get("forbidden_modules") == ["PySide6"] and c.get("source_modules") == ["kiosk"]
    ]
    assert all("*" not in line for line in qt_free["ignore_imports"])
