"""The configuration's shape: one frozen model per TOML section, its keys, defaults and the
checks that involve more than one key. Every key is documented in ``deploy/kiosk.example.toml``."""

from __future__ import annotations

import typing
from importlib.util import find_spec
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
    model_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.accessibility.keypad_map import DEFAULT_KEYS, valid_key_map
from kiosk.config.values import (
    LogLevel,
    LogLevelsKey,
    PinHash,
    Seconds,
    TerminalId,
    TrackingUrl,
    Url,
    UsbId,
    UserPath,
    insecure_url,
    one_of,
    staff_entry,
    unique,
)
from kiosk.models import Language
from kiosk.ports.speech import (
    RATE_DEFAULT_WPM,
    RATE_MAX_WPM,
    RATE_MIN_WPM,
    VOLUME_DEFAULT_DB,
    VOLUME_MAX_DB,
    VOLUME_MIN_DB,
)

APP_NAME = "parcel-kiosk"


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


StationRole = Literal["customer", "checkout", "stocking"]


class TerminalConfig(_Section):
    id: TerminalId = ""
    location: str = ""
    flows: Annotated[tuple[Literal["receive", "send"], ...], AfterValidator(unique)] = (
        "receive",
        "send",
    )
    role: StationRole = "customer"  # checkout, stocking: a staff station (docs/stations.md)


class ApiConfig(_Section):
    url: Url = ""
    token: SecretStr | None = None
    token_file: UserPath | None = None
    ca_bundle: UserPath | None = None
    connect_timeout_s: Seconds = 3.0
    read_timeout_s: Seconds = 10.0
    retries: Annotated[int, Field(ge=0, le=5)] = 2
    allow_insecure_http: bool = False

    @model_validator(mode="after")
    def _url_is_encrypted(self) -> ApiConfig:
        """Plain http would carry the token and customers' phones in clear over the hall's network;
        a loopback address never leaves the machine (a local TLS proxy), so it is accepted."""
        if self.allow_insecure_http or not insecure_url(self.url):
            return self
        raise PydanticCustomError(
            "insecure_url",
            "{url} is plain http: the token and customers' data would cross the network "
            "unencrypted; use https://, or set api.allow_insecure_http = true (a test rig only)",
            {"url": self.url, "key": "url"},
        )


PrinterBackend = Literal["mock", "file", "usb", "serial", "network", "cups"]

# Backends whose library is an optional extra, not a dependency: (module, package, how to get it).
_OPTIONAL_LIBRARIES = {
    "cups": ("cups", "pycups", "pip install '.[cups]', which builds against libcups2-dev"),
}


class PrinterConfig(_Section):
    backend: PrinterBackend = "mock"
    profile: str = "default"
    paper_width_mm: Annotated[int, one_of(58, 80)] = 80
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

    @model_validator(mode="after")
    def _backend_library_is_installed(self) -> PrinterConfig:
        """Checked here, at start-up: the printer thread that opens the backend cannot stop the
        kiosk with a message, it can only report the printer as broken."""
        if self.backend in _OPTIONAL_LIBRARIES:
            module, package, how = _OPTIONAL_LIBRARIES[self.backend]
            if find_spec(module) is None:
                raise PydanticCustomError(
                    "library_missing",
                    'backend "{backend}" needs the {package} package, which is not installed '
                    "({how}); install it or choose another backend",
                    {"backend": self.backend, "package": package, "how": how, "key": "backend"},
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
    languages: Annotated[tuple[Language, ...], AfterValidator(unique)] = ("kk", "ru", "en")
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


class SpeechConfig(_Section):
    engine: Literal["espeak", "wav", "off"] = "espeak"
    volume_db: Annotated[float, Field(ge=VOLUME_MIN_DB, le=VOLUME_MAX_DB)] = VOLUME_DEFAULT_DB
    rate_wpm: Annotated[int, Field(ge=RATE_MIN_WPM, le=RATE_MAX_WPM)] = RATE_DEFAULT_WPM
    wav_dir: UserPath | None = None
    headphones_device: UserPath | None = None
    # the idle warning's tone: "auto" (pw-play, paplay or aplay), "off", or a player's command line
    tone_player: str = "auto"


class KeypadConfig(_Section):
    enabled: bool = True
    keys: Annotated[dict[str, str], AfterValidator(valid_key_map)] = Field(default_factory=dict)

    @property
    def key_map(self) -> dict[str, str]:
        """The configured map, or the built-in one when none is given."""
        return dict(self.keys) if self.keys else dict(DEFAULT_KEYS)


class DataConfig(_Section):
    data_dir: UserPath = Field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))
    # free space under the data directory: a warning to staff and the fleet under disk_low_mb;
    # no new customers under disk_reserve_mb (kept for the records already promised)
    disk_low_mb: float = Field(default=200.0, ge=0)
    disk_reserve_mb: float = Field(default=20.0, ge=0)

    @model_validator(mode="after")
    def _reserve_under_warning(self) -> DataConfig:
        if self.disk_reserve_mb > self.disk_low_mb:
            raise ValueError("disk_reserve_mb must not be above disk_low_mb")
        return self


class LogConfig(_Section):
    level: LogLevel = "INFO"
    json_lines: bool = Field(default=False, alias="json")
    file: bool = True
    dir: UserPath = Field(default_factory=lambda: Path(platformdirs.user_log_dir(APP_NAME)))
    levels: dict[LogLevelsKey, LogLevel] = Field(default_factory=dict)


class StaffEntry(_Section):
    id: Annotated[TerminalId, Field(min_length=1)]
    pin_hash: PinHash = Field(repr=False)
    maintenance: bool = True  # the maintenance right; false: the staff stations only


def _distinct_staff(values: tuple[StaffEntry, ...]) -> tuple[StaffEntry, ...]:
    ids = [entry.id for entry in values]
    if len(set(ids)) != len(ids):
        raise ValueError("must not repeat a staff id")
    return values


class MaintenanceConfig(_Section):
    staff: Annotated[
        tuple[Annotated[StaffEntry, BeforeValidator(staff_entry)], ...],
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


class SendConfig(_Section):
    offline_accept: bool = True
    tracking_url: TrackingUrl = "https://post.kz/mail-search/track/{tracking_number}"
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
    speech: SpeechConfig = SpeechConfig()
    keypad: KeypadConfig = KeypadConfig()


def section_model(section: str) -> type[BaseModel]:
    return typing.cast(type[BaseModel], KioskConfig.model_fields[section].annotation)


def config_keys() -> dict[str, tuple[str, ...]]:
    """Every section and its keys as written in the TOML file."""
    return {
        section: tuple(f.alias or name for name, f in section_model(section).model_fields.items())
        for section in KioskConfig.model_fields
    }


def field_name(section: str, key: str) -> str:
    """The model's field a TOML key sets (they differ where the key is a Python keyword)."""
    for name, info in section_model(section).model_fields.items():
        if key in (name, info.alias):
            return name
    return key
