"""A configuration the kiosk cannot use stops it before anything starts: exit code 2 and one
line per problem on stderr (systemd does not restart it; staff read the line in the journal)."""

from __future__ import annotations

import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from kiosk_proc import clean_env

from kiosk.config import ConfigError
from kiosk.lifecycle import ExitCode
from kiosk.log import valid_level_keys

TERMINAL = '[terminal]\nid = "T-ALA-01"\n\n'
API = '[api]\nurl = "http://127.0.0.1:9"\n\n'


def _start(
    tmp_path: Path, config_text: str, api: str = API, *options: str
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'{TERMINAL}{api}[data]\ndata_dir = "{tmp_path / "data"}"\n\n{config_text}',
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed", *options, "--config", str(config)],
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


def test_a_token_file_others_can_read_exits_2_naming_the_file_and_the_fix(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("dev-T-ALA-01\n", encoding="utf-8")
    token.chmod(0o644)
    api = f'[api]\nurl = "http://127.0.0.1:9"\ntoken_file = "{token}"\n\n'
    result = _start(tmp_path, "", api)
    assert result.returncode == ExitCode.CONFIG, result.stderr
    assert f"api.token_file: {token} is open to its group and other users" in result.stderr
    assert f"fix: chmod 600 {token}" in result.stderr
    assert "dev-T-ALA-01" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing started


def test_plain_http_to_another_machine_exits_2(tmp_path: Path) -> None:
    api = '[api]\nurl = "http://central.example.kz"\n\n'
    result = _start(tmp_path, "", api)
    assert result.returncode == ExitCode.CONFIG, result.stderr
    assert "api.url: http://central.example.kz is plain http" in result.stderr
    assert "api.allow_insecure_http = true" in result.stderr
    assert not (tmp_path / "data").exists()


def test_mock_hardware_may_talk_plain_http_to_any_central_server(tmp_path: Path) -> None:
    from kiosk.app.process import load
    from kiosk.cli import parse_args

    config = tmp_path / "kiosk.toml"
    config.write_text('[terminal]\nid = "T-ALA-01"\n', encoding="utf-8")
    url = "http://central.example.kz"
    options = parse_args(["--mock", "--api-url", url, "--config", str(config)])
    assert load(options).api.url == url
    with pytest.raises(ConfigError, match="is plain http"):
        load(parse_args(["--api-url", url, "--config", str(config)]))
