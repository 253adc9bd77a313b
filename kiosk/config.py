"""The kiosk's configuration: one TOML file, then ``KIOSK_<SECTION>_<KEY>`` variables, then the CLI.

Validated once at start-up into a frozen :class:`KioskConfig`; any problem becomes a
:class:`ConfigError` that names the key and where its value came from, so staff can fix the file
without reading a traceback. Unknown keys are errors: a typo must not quietly become a default.
Every key, its default and its meaning are in ``deploy/kiosk.example.toml``.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.models import Language

APP_NAME = "parcel-kiosk"
DEFAULT_CONFIG_PATH = Path("/etc/kiosk/kiosk.toml")
CONFIG_PATH_ENV = "KIOSK_CONFIG"
_ENV_PREFIX = "KIOSK_"


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` holds one human-readable line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _one_of(*allowed: int) -> AfterValidator:
    def check(value: int) -> int:
        if value not in allowed:
            raise ValueError("must be " + " or ".join(map(str, allowed)))
        return value

    return AfterValidator(check)


def _int_any_base(value: object) -> object:
    """USB ids are written in hex (``0x0416``): TOML has hex integers, environment text does not."""
    return int(value, 0) if isinstance(value, str) else value


def _log_level(value: str) -> str:
    level = value.upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
    return level


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    if not values:
        raise ValueError("must not be empty")
    if len(set(values)) != len(values):
        raise ValueError("must not repeat a value")
    return values


def _url(value: str) -> str:
    if value and not re.fullmatch(r"https?://[^\s/]+\S*", value):
        raise ValueError("must be an http:// or https:// URL")
    return value


def _terminal_id(value: str) -> str:
    if value and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", value):
        raise ValueError("must be letters, digits, '-' or '_' (at most 64)")
    return value


Seconds = Annotated[float, Field(gt=0, le=3600)]
UsbId = Annotated[int, BeforeValidator(_int_any_base), Field(ge=0, le=0xFFFF)]
UserPath = Annotated[Path, AfterValidator(lambda p: p.expanduser())]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_default(cls, data: Any) -> Any:
        """``key = ""`` keeps the default of any key that is not plain text (paths, token, ids)."""
        if not isinstance(data, dict):
            return data
        plain_text = {
            alias
            for name, info in cls.model_fields.items()
            if info.annotation is str
            for alias in (name, info.alias)
        }
        return {k: v for k, v in data.items() if v != "" or k in plain_text}


class TerminalConfig(_Section):
    id: Annotated[str, AfterValidator(_terminal_id)] = ""
    location: str = ""
    flows: Annotated[tuple[Literal["receive", "send"], ...], AfterValidator(_unique)] = (
        "receive",
        "send",
    )


class ApiConfig(_Section):
    url: Annotated[str, AfterValidator(_url)] = ""
    token: SecretStr | None = None
    token_file: UserPath | None = None
    ca_bundle: UserPath | None = None
    connect_timeout_s: Seconds = 3.0
    read_timeout_s: Seconds = 10.0
    retries: Annotated[int, Field(ge=0, le=5)] = 2


PrinterBackend = Literal["mock", "file", "usb", "serial", "network", "cups"]


class PrinterConfig(_Section):
    backend: PrinterBackend = "mock"
    profile: str = "default"
    paper_width_mm: Annotated[int, _one_of(58, 80)] = 80
    out_dir: UserPath | None = None
    device: str = ""
    host: str = ""
    port: Annotated[int, Field(ge=1, le=65535)] = 9100
    usb_vendor_id: UsbId = 0
    usb_product_id: UsbId = 0
    baudrate: Annotated[int, Field(gt=0)] = 19200
    # "compact" sends text as text (~2 KB a ticket instead of ~90 KB): for serial printers
    encoding: Literal["raster", "compact"] = "raster"
    timeout_s: Seconds = 5.0
    status_timeout_s: Seconds = 1.0
    poll_interval_s: Seconds = 5.0
    job_timeout_s: Seconds = 30.0
    required: bool = True

    @model_validator(mode="after")
    def _backend_has_its_address(self) -> PrinterConfig:
        needs = {
            "usb": ("usb_vendor_id", "usb_product_id"),
            "network": ("host",),
            "serial": ("device",),
            "file": ("device",),
        }
        for key in needs.get(self.backend, ()):
            if not getattr(self, key):
                raise PydanticCustomError(
                    "required_for_backend",
                    'required when printer.backend is "{backend}"',
                    {"backend": self.backend, "key": key, "because": "backend"},
                )
        return self


class ScannersConfig(_Section):
    wedge: bool = True
    evdev_device: UserPath | None = None
    serial_port: str | None = None
    serial_baudrate: Annotated[int, Field(gt=0)] = 9600
    camera_index: Annotated[int, Field(ge=-1)] = -1
    wedge_max_gap_ms: Annotated[float, Field(gt=0, le=200)] = 40.0
    wedge_min_length: Annotated[int, Field(ge=1, le=64)] = 4


class UiConfig(_Section):
    languages: Annotated[tuple[Language, ...], AfterValidator(_unique)] = ("kk", "ru", "en")
    default_language: Language = "kk"
    idle_timeout_s: Seconds = 45.0
    idle_countdown_s: Seconds = 15.0
    done_timeout_s: Seconds = 8.0
    fullscreen: bool = True
    hide_cursor: bool = True
    display: str = ""

    @model_validator(mode="after")
    def _default_is_offered(self) -> UiConfig:
        if self.default_language not in self.languages:
            raise PydanticCustomError(
                "default_not_offered",
                "must be one of ui.languages ({languages}), got '{language}'",
                {
                    "languages": ", ".join(self.languages),
                    "language": self.default_language,
                    "key": "default_language",
                    "because": "languages",
                },
            )
        return self


class DataConfig(_Section):
    data_dir: UserPath = Field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))


def _logger_name(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][\w-]*(\.[\w-]+)*", value):
        raise ValueError(f"{value!r} is not a subsystem or logger name")
    return value


class LogConfig(_Section):
    level: Annotated[str, AfterValidator(_log_level)] = "INFO"
    json_lines: bool = Field(default=False, alias="json")
    file: bool = True
    dir: UserPath = Field(default_factory=lambda: Path(platformdirs.user_log_dir(APP_NAME)))
    levels: dict[
        Annotated[str, AfterValidator(_logger_name)], Annotated[str, AfterValidator(_log_level)]
    ] = Field(default_factory=dict)


def _pin_hash(value: str) -> str:
    from kiosk.maintenance.pins import parse_hash

    parse_hash(value)  # its message names the problem, never the value
    return value


def _staff_entry(value: object) -> object:
    """``"S001:pbkdf2_sha256$…"`` (the environment's form) is the table ``{id, pin_hash}``."""
    if isinstance(value, str):
        staff_id, _, pin_hash = value.partition(":")
        return {"id": staff_id.strip(), "pin_hash": pin_hash.strip()}
    return value


class StaffEntry(_Section):
    id: Annotated[str, AfterValidator(_terminal_id), Field(min_length=1)]
    pin_hash: Annotated[str, AfterValidator(_pin_hash)] = Field(repr=False)


def _distinct_staff(values: tuple[StaffEntry, ...]) -> tuple[StaffEntry, ...]:
    ids = [entry.id for entry in values]
    if len(set(ids)) != len(ids):
        raise ValueError("must not repeat a staff id")
    return values


class MaintenanceConfig(_Section):
    staff: Annotated[
        tuple[Annotated[StaffEntry, BeforeValidator(_staff_entry)], ...],
        AfterValidator(_distinct_staff),
    ] = Field(default=(), repr=False)
    badge_prefix: str = ""
    corner_taps: Annotated[int, Field(ge=2, le=20)] = 5
    corner_window_s: Seconds = 3.0
    max_wrong_pins: Annotated[int, Field(ge=1, le=100)] = 5
    lockout_s: Seconds = 300.0
    idle_close_s: Seconds = 120.0
    reprint_window_s: Seconds = 600.0


class FleetConfig(_Section):
    heartbeat_interval_s: Seconds = 30.0
    outbox_alert_age_s: Seconds = 600.0
    require_api: bool = False
    require_scanner: bool = False
    down_after_s: Annotated[float, Field(ge=0, le=3600)] = 30.0


def _tracking_url(value: str) -> str:
    if not re.fullmatch(r"https?://\S+", value) or "{tracking_number}" not in value:
        raise ValueError("must be an http:// or https:// URL containing {tracking_number}")
    return value


class SendConfig(_Section):
    offline_accept: bool = True
    tracking_url: Annotated[str, AfterValidator(_tracking_url)] = (
        "https://post.kz/mail-search/track/{tracking_number}"
    )
    retry_min_s: Seconds = 2.0
    retry_max_s: Seconds = 300.0


class KioskConfig(_Section):
    terminal: TerminalConfig = TerminalConfig()
    api: ApiConfig = ApiConfig()
    printer: PrinterConfig = PrinterConfig()
    scanners: ScannersConfig = ScannersConfig()
    ui: UiConfig = UiConfig()
    data: DataConfig = Field(default_factory=DataConfig)
    log: LogConfig = Field(default_factory=LogConfig)
    maintenance: MaintenanceConfig = MaintenanceConfig()
    fleet: FleetConfig = FleetConfig()
    send: SendConfig = SendConfig()


def config_keys() -> dict[str, tuple[str, ...]]:
    """Every section and its keys as written in the TOML file."""
    return {
        section: tuple(f.alias or name for name, f in _section_model(section).model_fields.items())
        for section in KioskConfig.model_fields
    }


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
                problems.append(f"environment variable {name}: no such setting{_hint(name, env)}")
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


def _section_model(section: str) -> type[BaseModel]:
    return typing.cast(type[BaseModel], KioskConfig.model_fields[section].annotation)


def _field_name(section: str, key: str) -> str:
    for name, info in _section_model(section).model_fields.items():
        if key in (name, info.alias):
            return name
    return key


def _from_text(section: str, key: str, value: str) -> object:
    """Environment values are text: split lists on commas; the rest pydantic coerces itself."""
    annotation = _section_model(section).model_fields[_field_name(section, key)].annotation
    if typing.get_origin(annotation) in (tuple, list):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    if typing.get_origin(annotation) is dict:  # "api=DEBUG,printer=WARNING"
        pairs = (part.partition("=") for part in value.split(",") if part.strip())
        return {k.strip(): v.strip() for k, _, v in pairs}
    return value


def _hint(name: str, env: Mapping[str, str]) -> str:
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
        if isinstance(value, str | int | float | list | tuple) and not secret:
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
        token = api.token_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError([f"{where} cannot be read: {exc.strerror} ({origin})"]) from None
    if not token:
        raise ConfigError([f"{where} is empty ({origin})"])
    new_api = api.model_copy(update={"token": SecretStr(token)})
    return config.model_copy(update={"api": new_api})
