"""One naming scheme for loggers: every module logs under a ``LogArea``, and ``log.levels``
takes only names that some logger really uses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from kiosk.log import LIBRARY_LOGGERS, LogArea, logger_name

ROOT = Path(__file__).parents[2]
FOLDERS = ("kiosk", "ui", "printers", "scanners")
SCHEME = ROOT / "kiosk" / "log.py"  # where the scheme is declared and levels are applied


def _get_logger_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == "getLogger")
            or (isinstance(node.func, ast.Name) and node.func.id == "getLogger")
        )
    ]


def _names_an_area(call: ast.Call) -> bool:
    """``getLogger()`` (the root logger) or ``getLogger(LogArea.<MEMBER>.logger_name)``."""
    if not call.args and not call.keywords:
        return True
    if len(call.args) != 1 or call.keywords:
        return False
    arg = call.args[0]
    return (
        isinstance(arg, ast.Attribute)
        and arg.attr == "logger_name"
        and isinstance(arg.value, ast.Attribute)
        and isinstance(arg.value.value, ast.Name)
        and arg.value.value.id == "LogArea"
        and arg.value.attr in LogArea.__members__
    )


def test_every_logger_in_the_code_is_a_log_area() -> None:
    files = [p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))]
    assert len(files) > 50  # the walk found the code
    offenders = [
        f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}"
        for path in files
        if path != SCHEME
        for call in _get_logger_calls(path)
        if not _names_an_area(call)
    ]
    assert offenders == []


def test_an_area_is_named_by_its_value_or_its_logger() -> None:
    assert LogArea.PRINTER.logger_name == "kiosk.printer"
    for area in LogArea:
        assert logger_name(area.value) == logger_name(area.logger_name) == area.logger_name
    assert logger_name("urllib3.connectionpool") == "urllib3.connectionpool"
    assert logger_name("printr") is None
    assert logger_name("kiosk.printr") is None


def test_every_area_and_library_is_a_levels_key(tmp_path: Path) -> None:
    keys = [a.value for a in LogArea] + [a.logger_name for a in LogArea] + list(LIBRARY_LOGGERS)
    path = tmp_path / "kiosk.toml"
    path.write_text("[log]\nlevels = { " + ", ".join(f'"{k}" = "DEBUG"' for k in keys) + " }\n")
    assert set(load_config(path, env={}).log.levels) == set(keys)


@pytest.mark.parametrize("key", ["printr", "kiosk.printr", "printers", "kiosk"])
def test_an_unknown_levels_key_is_refused_naming_the_valid_ones(tmp_path: Path, key: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[log]\nlevels = {{ "{key}" = "DEBUG" }}\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    [problem] = caught.value.problems
    assert problem.startswith(f"log.levels: '{key}' is not a logger the kiosk knows")
    assert all(area.value in problem for area in LogArea)
    assert "urllib3" in problem
    assert str(path) in problem


def test_an_unknown_levels_key_from_the_environment_names_the_variable(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("")
    env = {"KIOSK_LOG_LEVELS": "api=DEBUG,printr=DEBUG"}
    with pytest.raises(ConfigError, match="'printr' is not a logger") as caught:
        load_config(path, env=env)
    assert "from environment KIOSK_LOG_LEVELS" in str(caught.value)


def test_the_example_file_lists_every_area_and_library() -> None:
    text = (ROOT / "deploy" / "kiosk.example.toml").read_text(encoding="utf-8")
    section = text.split("[log]", 1)[1].split("\n[", 1)[0]
    listed = " ".join(line.lstrip("# ") for line in section.splitlines() if line.startswith("#"))
    words = {word.strip(",.():") for word in listed.split()}
    assert {area.value for area in LogArea} <= words
    assert set(LIBRARY_LOGGERS) <= words


def test_the_operations_doc_lists_every_area_and_library() -> None:
    text = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    for name in [area.value for area in LogArea] + list(LIBRARY_LOGGERS):
        assert f"`{name}`" in text, name
