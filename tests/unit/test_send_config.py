"""The [send] section: offline acceptance, the tracking link, the outbox's retry delays."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_accept_offline_and_link_to_tracking(tmp_path: Path):
    send = load_config(config_file(tmp_path, "")).send
    assert send.offline_accept is True
    assert "{tracking_number}" in send.tracking_url
    assert (send.retry_min_s, send.retry_max_s) == (2.0, 300.0)


def test_the_environment_can_refuse_offline_boxes(tmp_path: Path):
    config = load_config(config_file(tmp_path, ""), {"KIOSK_SEND_OFFLINE_ACCEPT": "false"})
    assert config.send.offline_accept is False


@pytest.mark.parametrize(
    "line",
    [
        'tracking_url = "https://track.example.kz/"',  # no {tracking_number}
        'tracking_url = "ftp://track.example.kz/{tracking_number}"',
        "retry_min_s = 0",
    ],
)
def test_bad_values_stop_the_start_naming_the_key(tmp_path: Path, line: str):
    with pytest.raises(ConfigError) as error:
        load_config(config_file(tmp_path, f"[send]\n{line}\n"))
    assert f"send.{line.split(' ')[0]}" in str(error.value)
