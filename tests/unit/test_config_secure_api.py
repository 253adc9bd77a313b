"""The terminal's token stays its own: a token file others may open is refused, and so is a plain
http URL to another machine unless the configuration allows it in so many words."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "token"
    path.write_text("dev-T-ALA-01\n", encoding="utf-8")
    return path


def _config_naming(tmp_path: Path, token_file: Path) -> Path:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[api]\ntoken_file = "{token_file}"\n', encoding="utf-8")
    return config


def test_a_token_file_for_its_owner_alone_is_read(tmp_path: Path, token_file: Path) -> None:
    token_file.chmod(0o600)
    config = load_config(_config_naming(tmp_path, token_file), env={})
    assert config.api.token is not None
    assert config.api.token.get_secret_value() == "dev-T-ALA-01"
    token_file.chmod(0o400)
    assert load_config(_config_naming(tmp_path, token_file), env={}).api.token is not None


@pytest.mark.parametrize(
    ("mode", "who"),
    [
        (0o640, "its group"),
        (0o604, "other users"),
        (0o644, "its group and other users"),
        (0o620, "its group"),  # writable is as bad: the token could be swapped
        (0o601, "other users"),
    ],
)
def test_a_token_file_others_may_open_is_refused_with_the_fix(
    tmp_path: Path, token_file: Path, mode: int, who: str
) -> None:
    token_file.chmod(mode)
    config = _config_naming(tmp_path, token_file)
    with pytest.raises(ConfigError) as caught:
        load_config(config, env={})
    (problem,) = caught.value.problems
    assert problem == (
        f"api.token_file: {token_file} is open to {who} (mode {mode:03o}): the token must be "
        f"readable by the kiosk's user alone; fix: chmod 600 {token_file} (in {config})"
    )
    assert "dev-T-ALA-01" not in problem


def test_a_token_given_directly_skips_the_file(tmp_path: Path, token_file: Path) -> None:
    token_file.chmod(0o644)  # not read at all: the token from the environment wins
    config = load_config(_config_naming(tmp_path, token_file), env={"KIOSK_API_TOKEN": "env"})
    assert config.api.token is not None
    assert config.api.token.get_secret_value() == "env"


def test_a_token_file_that_is_not_text_is_a_configuration_error(
    tmp_path: Path, token_file: Path
) -> None:
    token_file.write_bytes(b"\xff\xfe\x00token")
    token_file.chmod(0o600)
    with pytest.raises(ConfigError, match=r"api\.token_file: .* is not UTF-8 text"):
        load_config(_config_naming(tmp_path, token_file), env={})


@pytest.mark.parametrize(
    "url",
    [
        "https://central.example.kz",
        "http://127.0.0.1:8765",
        "http://127.8.0.1",
        "http://[::1]:80",
        "http://localhost:8000/base",
        "",
    ],
)
def test_encrypted_or_loopback_urls_are_accepted(url: str) -> None:
    assert load_config(None, env={"KIOSK_CONFIG": "/dev/null", "KIOSK_API_URL": url}).api.url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://central.example.kz",
        "http://10.0.0.5:8000",
        "http://[fe80::1]",
        "http://localhost.evil.kz",
    ],
)
def test_plain_http_to_another_machine_is_refused_naming_the_way_out(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(None, env={"KIOSK_CONFIG": "/dev/null", "KIOSK_API_URL": url})
    (problem,) = caught.value.problems
    assert problem == (
        f"api.url: {url} is plain http: the token and customers' data would cross the network "
        "unencrypted; use https://, or set api.allow_insecure_http = true (a test rig only) "
        "(from environment KIOSK_API_URL)"
    )


def test_allow_insecure_http_accepts_it(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[api]\nurl = "http://10.0.0.5:8000"\nallow_insecure_http = true\n')
    assert load_config(config, env={}).api.url == "http://10.0.0.5:8000"
    env = {"KIOSK_API_URL": "http://central", "KIOSK_API_ALLOW_INSECURE_HTTP": "true"}
    assert load_config(None, env=env | {"KIOSK_CONFIG": "/dev/null"}).api.allow_insecure_http
