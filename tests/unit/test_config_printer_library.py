"""``backend = "cups"`` needs pycups, an optional extra: without it the configuration is refused
at start-up, where the kiosk can say so and exit, not later on the printer's thread."""

from __future__ import annotations

from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from kiosk.config import sections as config_sections


def _installed(*present: str):
    return lambda name: ModuleSpec(name, None) if name in present else None


@pytest.fixture
def cups_config(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text('[printer]\nbackend = "cups"\ndevice = "kiosk"\n')
    return path


def test_cups_without_pycups_is_refused_naming_the_package(
    cups_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config_sections, "find_spec", _installed())
    with pytest.raises(ConfigError) as caught:
        load_config(cups_config, env={})
    [problem] = caught.value.problems
    assert problem.startswith('printer.backend: backend "cups" needs the pycups package')
    assert "pip install '.[cups]'" in problem
    assert f"(in {cups_config})" in problem


def test_cups_with_pycups_is_accepted(cups_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config_sections, "find_spec", _installed("cups"))
    assert load_config(cups_config, env={}).printer.backend == "cups"


def test_cups_from_the_environment_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config_sections, "find_spec", _installed())
    path = tmp_path / "kiosk.toml"
    path.write_text("")
    env = {"KIOSK_PRINTER_BACKEND": "cups"}
    with pytest.raises(ConfigError, match="pycups") as caught:
        load_config(path, env=env)
    assert "(from environment KIOSK_PRINTER_BACKEND)" in str(caught.value)


@pytest.mark.parametrize("backend", ["mock", "network"])
def test_other_backends_do_not_look_for_pycups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    looked_up: list[str] = []
    monkeypatch.setattr(config_sections, "find_spec", lambda name: looked_up.append(name))
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[printer]\nbackend = "{backend}"\nhost = "printer.local"\n')
    assert load_config(path, env={}).printer.backend == backend
    assert looked_up == []


def test_the_mock_override_replaces_a_cups_backend(
    cups_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--mock`` sets the mock printer, so a demo runs on a terminal's own file without pycups."""
    monkeypatch.setattr(config_sections, "find_spec", _installed())
    overrides = {"printer.backend": "mock"}
    assert load_config(cups_config, env={}, overrides=overrides).printer.backend == "mock"
