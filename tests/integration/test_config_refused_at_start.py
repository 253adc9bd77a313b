"""A configuration the kiosk cannot use stops it before anything starts: exit code 2 and one
line per problem on stderr (systemd does not restart it; staff read the line in the journal)."""

from __future__ import annotations

import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from kiosk_proc import clean_env

from kiosk.lifecycle import ExitCode
from kiosk.log import valid_level_keys

TERMINAL = '[terminal]\nid = "T-ALA-01"\n\n[api]\nurl = "http://127.0.0.1:9"\n\n'


def _start(tmp_path: Path, config_text: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'{TERMINAL}[data]\ndata_dir = "{tmp_path / "data"}"\n\n{config_text}', encoding="utf-8"
    )
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed", "--config", str(config)],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path),
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(find_spec("cups") is not None, reason="pycups is installed here")
def test_cups_backend_without_pycups_exits_2_naming_the_package(tmp_path: Path) -> None:
    result = _start(tmp_path, '[printer]\nbackend = "cups"\ndevice = "kiosk"\n')
    assert result.returncode == ExitCode.CONFIG, result.stderr
    assert "kiosk: configuration error:" in result.stderr
    assert 'printer.backend: backend "cups" needs the pycups package' in result.stderr
    assert not (tmp_path / "data").exists()  # nothing started


def test_an_unknown_log_levels_key_exits_2_naming_the_valid_ones(tmp_path: Path) -> None:
    result = _start(tmp_path, '[log]\nfile = false\nlevels = { printr = "DEBUG" }\n')
    assert result.returncode == ExitCode.CONFIG, result.stderr
    assert "log.levels: 'printr' is not a logger the kiosk knows" in result.stderr
    assert valid_level_keys() in result.stderr
