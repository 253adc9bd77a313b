"""``log.levels``: a level per subsystem, from the file or KIOSK_LOG_LEVELS."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def test_levels_from_the_file_and_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[log]\nlevels = { api = "debug", "urllib3" = "WARNING" }\n')
    assert load_config(path, env={}).log.levels == {"api": "DEBUG", "urllib3": "WARNING"}
    env = {"KIOSK_LOG_LEVELS": "printer=error, kiosk.tasks=DEBUG"}
    assert load_config(path, env=env).log.levels == {"printer": "ERROR", "kiosk.tasks": "DEBUG"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('{ api = "LOUD" }', "must be one of DEBUG"),
        ('{ "no good" = "INFO" }', "not a logger the kiosk knows"),
    ],
)
def test_bad_levels_are_named(tmp_path: Path, value: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[log]\nlevels = {value}\n")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path, env={})
    assert "log.levels" in str(caught.value)
