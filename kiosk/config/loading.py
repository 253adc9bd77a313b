"""Reading the configuration: the TOML file, then ``KIOSK_<SECTION>_<KEY>`` variables, then the
command line, merged key by key; each problem becomes one line that names the key, what is wrong
and where the value came from."""

from __future__ import annotations

import difflib
import os
import re
import stat
import tomllib
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import SecretStr, ValidationError

from kiosk.config.errors import ConfigError
from kiosk.config.sections import KioskConfig, config_keys, field_name, section_model

DEFAULT_CONFIG_PATH = Path("/etc/kiosk/kiosk.toml")
CONFIG_PATH_ENV = "KIOSK_CONFIG"
_ENV_PREFIX = "KIOSK_"


def load_config(
    path: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> KioskConfig:
    """Read the file (``path``, else ``$KIOSK_CONFIG``, else the default), then env, then overrides.

    Only a missing *default* file is fine (all defaults then). ``overrides`` are dotted keys from
    the command line (``{"api.url": "http://…"}``); ``None`` values are skipped, so argparse
    defaults can be passed as they are. ``api.token_file`` is read only when no token is given.
    """
    env = env or {}
    layers = _Layers()
    explicit = path or (Path(env[CONFIG_PATH_ENV]) if env.get(CONFIG_PATH_ENV) else None)
    layers.add_file(explicit or DEFAULT_CONFIG_PATH, required=explicit is not None)
    layers.add_env(env)
    layers.add_overrides(overrides or {})
    try:
        config = KioskConfig.model_validate(layers.data)
    except ValidationError as exc:
        raise ConfigError([_describe(e, layers.origins) for e in exc.errors()]) from None
    return _with_token_from_file(config, layers.origins)


class _Layers:
    """Merges the sources key by key and remembers where each value came from."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.origins: dict[tuple[str, ...], str] = {}

    def put(self, section: str, key: str, value: object, origin: str) -> None:
        target = self.data.setdefault(section, {})
        if not isinstance(target, dict):
            raise ConfigError([f"{section}: must be a table of keys ({origin})"])
        target[key] = value
        self.origins[(section, key)] = origin

    def add_file(self, path: Path, *, required: bool) -> None:
        origin = f"in {path}"
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            if required:
                raise ConfigError([f"config file {path} does not exist"]) from None
            return
        except OSError as exc:
            raise ConfigError([f"config file {path} cannot be read: {exc.strerror}"]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"config file {path} is not valid TOML: {exc}"]) from None
        for section, table in data.items():
            if not isinstance(table, dict):
                self.data[section] = table
                self.origins[(section,)] = origin
                continue
            self.origins[(section,)] = origin
            for key, value in table.items():
                self.put(section, key, value, origin)

    def add_env(self, env: Mapping[str, str]) -> None:
        keys = config_keys()
        problems = []
        for name, value in sorted(env.items()):
            if not name.startswith(_ENV_PREFIX) or name == CONFIG_PATH_ENV:
                continue
            section, _, key = name[len(_ENV_PREFIX) :].lower().partition("_")
            if key not in keys.get(section, ()):
                problems.append(f"environment variable {name}: no such setting{_hint(name)}")
                continue
            self.put(section, key, _from_text(section, key, value), f"from environment {name}")
        if problems:
            raise ConfigError(problems)

    def add_overrides(self, overrides: Mapping[str, object]) -> None:
        keys = config_keys()
        for dotted, value in overrides.items():
            if value is None:
                continue
            section, _, key = dotted.partition(".")
            if key not in keys.get(section, ()):
                raise ConfigError([f"{dotted}: no such setting (from the command line)"])
            if isinstance(value, str):
                value = _from_text(section, key, value)
            self.put(section, key, value, "from the command line")


def _from_text(section: str, key: str, value: str) -> object:
    """Environment values are text: split lists on commas; the rest pydantic coerces itself."""
    annotation = section_model(section).model_fields[field_name(section, key)].annotation
    if typing.get_origin(annotation) in (tuple, list):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    if typing.get_origin(annotation) is dict:  # "api=DEBUG,printer=WARNING"
        pairs = (part.partition("=") for part in value.split(",") if part.strip())
        return {k.strip(): v.strip() for k, _, v in pairs}
    return value


def _hint(name: str) -> str:
    known = [
        f"{_ENV_PREFIX}{section}_{key}".upper()
        for section, keys in config_keys().items()
        for key in keys
    ]
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def _describe(error: Mapping[str, Any], origins: Mapping[tuple[str, ...], str]) -> str:
    """One line per problem: ``section.key: what is wrong, got value (where it came from)``."""
    ctx = error.get("ctx") or {}
    loc = tuple(str(part) for part in error["loc"]) + ((ctx["key"],) if "key" in ctx else ())
    msg: str = error["msg"]
    a_key = loc[-1:] == ("[key]",)  # a table's key, not its value: the message names the key
    loc = loc[:-2] if a_key else loc
    if error["type"] == "extra_forbidden":
        text = "unknown section" if len(loc) == 1 else "unknown key"
        choices = list(config_keys()) if len(loc) == 1 else list(config_keys().get(loc[0], ()))
        close = difflib.get_close_matches(loc[-1], choices, n=1)
        text += f" (did you mean {close[0]}?)" if close else ""
    else:
        text = re.sub(r"^(Value error, |Input should be )", "", msg)
        text = "must be " + text if msg.startswith("Input should be") else text
        value = error.get("input")
        secret = loc[:2] in {("api", "token"), ("maintenance", "staff")}
        if isinstance(value, str | int | float | list | tuple) and not secret and not a_key:
            text += f", got {value!r}"
    because = (loc[0], ctx["because"]) if "because" in ctx else ()
    origin = origins.get(loc[:2]) or origins.get(because) or origins.get(loc[:1]) or "by default"
    return f"{'.'.join(loc)}: {text} ({origin})"


def _with_token_from_file(
    config: KioskConfig, origins: Mapping[tuple[str, ...], str]
) -> KioskConfig:
    api = config.api
    if api.token is not None or api.token_file is None:
        return config
    where = f"api.token_file: {api.token_file}"
    origin = origins.get(("api", "token_file"), "")
    try:
        token = _read_private(api.token_file).strip()
    except OSError as exc:
        raise ConfigError([f"{where} cannot be read: {exc.strerror} ({origin})"]) from None
    except UnicodeDecodeError:
        raise ConfigError([f"{where} is not UTF-8 text ({origin})"]) from None
    except _SharedFileError as exc:
        raise ConfigError(
            [
                f"{where} is open to {exc.who} (mode {exc.mode:03o}): the token must be "
                f"readable by the kiosk's user alone; fix: chmod 600 {api.token_file} ({origin})"
            ]
        ) from None
    if not token:
        raise ConfigError([f"{where} is empty ({origin})"])
    new_api = api.model_copy(update={"token": SecretStr(token)})
    return config.model_copy(update={"api": new_api})


class _SharedFileError(Exception):
    def __init__(self, mode: int) -> None:
        super().__init__(mode)
        self.mode = mode
        self.who = " and ".join(
            who for who, bits in (("its group", 0o070), ("other users", 0o007)) if mode & bits
        )


def _read_private(path: Path) -> str:
    """The file's text, refused when its group or other users have any access to it (checked on
    the open file, so a file swapped after the check is not read)."""
    with path.open("rb") as fh:
        mode = stat.S_IMODE(os.fstat(fh.fileno()).st_mode)
        if mode & 0o077:
            raise _SharedFileError(mode)
        return fh.read().decode("utf-8")
