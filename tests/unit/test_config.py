"""Configuration: file → environment → command line, strict and with messages staff can act on."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest

from kiosk.config import ConfigError, KioskConfig, config_keys, load_config
from kiosk.config import loading as config_loading

EXAMPLE = Path(__file__).parents[2] / "deploy" / "kiosk.example.toml"


@pytest.fixture
def write(tmp_path: Path):
    def write(text: str, name: str = "kiosk.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def empty(write) -> Path:
    return write("")


def test_defaults_from_an_empty_file(empty: Path) -> None:
    config = load_config(empty, env={})
    assert config.api.connect_timeout_s == 3
    assert config.api.read_timeout_s == 10
    assert config.api.retries == 2
    assert config.api.token is None
    assert config.printer.backend == "mock"
    assert config.printer.paper_width_mm == 80
    assert config.ui.languages == ("kk", "ru", "en")
    assert config.ui.default_language == "kk"
    assert config.ui.idle_timeout_s + config.ui.idle_countdown_s == 60  # home after a minute
    assert config.data.data_dir.name == "parcel-kiosk"


def test_missing_default_file_means_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(config_loading, "DEFAULT_CONFIG_PATH", tmp_path / "absent.toml")
    assert load_config(None, env={}) == KioskConfig()


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"absent\.toml does not exist"):
        load_config(tmp_path / "absent.toml", env={})


def test_kiosk_config_env_names_the_file(write) -> None:
    path = write('[terminal]\nid = "T-AST-01"\n')
    assert load_config(None, env={"KIOSK_CONFIG": str(path)}).terminal.id == "T-AST-01"


def test_file_values(write) -> None:
    path = write(
        """
[terminal]
id = "T-ALA-01"
location = "Almaty, hall 1"
[api]
url = "https://central.example.kz"
[printer]
backend = "usb"
usb_vendor_id = 0x0416
usb_product_id = 0x5011
paper_width_mm = 58
[ui]
languages = ["ru", "kk"]
default_language = "ru"
"""
    )
    config = load_config(path, env={})
    assert config.terminal.id == "T-ALA-01"
    assert config.api.url == "https://central.example.kz"
    assert (config.printer.usb_vendor_id, config.printer.usb_product_id) == (0x0416, 0x5011)
    assert config.printer.paper_width_mm == 58
    assert config.ui.languages == ("ru", "kk")


def test_precedence_file_then_env_then_cli(write) -> None:
    path = write('[api]\nurl = "https://file"\nretries = 1\n[terminal]\nid = "FILE"\n')
    env = {"KIOSK_API_URL": "https://env", "KIOSK_TERMINAL_ID": "ENV", "KIOSK_API_RETRIES": "0"}
    config = load_config(path, env=env, overrides={"api.url": "https://cli", "terminal.id": None})
    assert config.api.url == "https://cli"
    assert config.terminal.id == "ENV"
    assert config.api.retries == 0


def test_env_values_are_coerced(empty: Path) -> None:
    env = {
        "KIOSK_API_TOKEN": "dev-T-ALA-01",
        "KIOSK_UI_LANGUAGES": "ru, kk",
        "KIOSK_UI_DEFAULT_LANGUAGE": "ru",
        "KIOSK_PRINTER_PAPER_WIDTH_MM": "58",
        "KIOSK_PRINTER_REQUIRED": "false",
        "KIOSK_PRINTER_BACKEND": "usb",
        "KIOSK_PRINTER_USB_VENDOR_ID": "0x0416",
        "KIOSK_PRINTER_USB_PRODUCT_ID": "20497",
        "KIOSK_LOG_JSON": "true",
        "KIOSK_API_CA_BUNDLE": "",
        "PATH": "/usr/bin",
    }
    config = load_config(empty, env=env)
    assert config.api.token is not None
    assert config.api.token.get_secret_value() == "dev-T-ALA-01"
    assert config.ui.languages == ("ru", "kk")
    assert config.printer.paper_width_mm == 58
    assert config.printer.required is False
    assert config.printer.usb_vendor_id == 0x0416
    assert config.printer.usb_product_id == 0x5011
    assert config.log.json_lines is True
    assert config.api.ca_bundle is None


def test_bad_value_names_key_value_and_file(write) -> None:
    path = write("[printer]\npaper_width_mm = 70\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert str(caught.value) == f"printer.paper_width_mm: must be 58 or 80, got 70 (in {path})"


def test_bad_env_value_names_the_variable(empty: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"api\.url: .*got 'ftp://x' \(from environment KIOSK_API_URL\)"
    ):
        load_config(empty, env={"KIOSK_API_URL": "ftp://x"})


def test_every_problem_is_reported(write) -> None:
    path = write('[printer]\nbackend = "laser"\n[ui]\nidle_timeout_s = -1\nlanguages = ["de"]\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={}, overrides={"api.retries": 9})
    keys = {line.split(":")[0] for line in caught.value.problems}
    assert keys == {"printer.backend", "ui.idle_timeout_s", "ui.languages.0", "api.retries"}
    assert "(from the command line)" in str(caught.value)


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[printer]\nbackend = "network"\n', "printer.host: required when printer.backend is"),
        ('[printer]\nbackend = "usb"\n', "printer.usb_vendor_id: required when printer.backend"),
        ('[ui]\nlanguages = ["ru"]\n', "ui.default_language: must be one of ui.languages"),
        ('[ui]\nlanguages = ["ru", "ru"]\n', "ui.languages: must not repeat a value"),
        ('[log]\nlevel = "LOUD"\n', "log.level: must be one of DEBUG"),
        ('[terminal]\nid = "T ALA"\n', "terminal.id: must be letters"),
        ("[api]\nconnect_timeout_s = 0\n", "api.connect_timeout_s: must be greater than 0"),
    ],
)
def test_cross_checks(write, toml: str, expected: str) -> None:
    path = write(toml)
    with pytest.raises(ConfigError, match=expected) as caught:
        load_config(path, env={})
    assert f"(in {path})" in str(caught.value)


def test_unknown_key_is_rejected_with_a_hint(write) -> None:
    path = write("[printer]\npaper_widht_mm = 80\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert str(caught.value) == (
        f"printer.paper_widht_mm: unknown key (did you mean paper_width_mm?) (in {path})"
    )


def test_unknown_section_is_rejected(write) -> None:
    with pytest.raises(ConfigError, match=r"^printr: unknown section \(did you mean printer\?\)"):
        load_config(write("[printr]\nbackend = 'mock'\n"), env={})


def test_unknown_env_variable_is_rejected(empty: Path) -> None:
    with pytest.raises(ConfigError, match=r"KIOSK_API_TOKN: no such setting.*KIOSK_API_TOKEN"):
        load_config(empty, env={"KIOSK_API_TOKN": "x"})


def test_unknown_override_is_rejected(empty: Path) -> None:
    with pytest.raises(ConfigError, match=r"api\.uri: no such setting"):
        load_config(empty, env={}, overrides={"api.uri": "http://x"})


def test_invalid_toml_is_reported(write) -> None:
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_config(write("[api\n"), env={})


def test_token_from_file(write, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("  dev-T-ALA-01\n", encoding="utf-8")
    token_file.chmod(0o600)
    config = load_config(write(f'[api]\ntoken_file = "{token_file}"\n'), env={})
    assert config.api.token is not None
    assert config.api.token.get_secret_value() == "dev-T-ALA-01"


def test_token_beats_token_file(write, tmp_path: Path) -> None:
    path = write(f'[api]\ntoken_file = "{tmp_path / "absent"}"\n')
    config = load_config(path, env={"KIOSK_API_TOKEN": "from-env"})
    assert config.api.token is not None
    assert config.api.token.get_secret_value() == "from-env"


@pytest.mark.parametrize(("content", "problem"), [(None, "cannot be read"), ("\n", "is empty")])
def test_bad_token_file(write, tmp_path: Path, content: str | None, problem: str) -> None:
    token_file = tmp_path / "token"
    if content is not None:
        token_file.write_text(content, encoding="utf-8")
        token_file.chmod(0o600)
    path = write(f'[api]\ntoken_file = "{token_file}"\n')
    with pytest.raises(ConfigError, match=f"api.token_file: .*{problem}"):
        load_config(path, env={})


def test_token_never_shown(write, caplog) -> None:
    path = write('[api]\ntoken = "s3cret-token"\n')
    config = load_config(path, env={})
    logging.getLogger("kiosk.test").warning("config %s %r", config, config)
    for text in (repr(config), str(config), repr(config.api), caplog.text):
        assert "s3cret-token" not in text


def test_bad_token_value_is_not_echoed(write) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write("[api]\ntoken = 12345678\n"), env={})
    assert "12345678" not in str(caught.value)
    assert "api.token" in str(caught.value)


def test_config_is_frozen(empty: Path) -> None:
    config = load_config(empty, env={})
    with pytest.raises(ValueError, match="frozen"):
        config.api.url = "http://elsewhere"  # type: ignore[misc]


def test_example_file_documents_every_key_with_its_default() -> None:
    with EXAMPLE.open("rb") as fh:
        example = tomllib.load(fh)
    assert {s: tuple(keys) for s, keys in example.items()} == config_keys()
    assert load_config(EXAMPLE, env={}) == KioskConfig()
    text = EXAMPLE.read_text(encoding="utf-8")
    for section, keys in config_keys().items():
        for key in keys:
            line = next(i for i, ln in enumerate(text.splitlines()) if ln.startswith(f"{key} ="))
            previous = text.splitlines()[line - 1]
            assert previous.startswith("#") or previous.split(" =")[0] in keys, (section, key)
