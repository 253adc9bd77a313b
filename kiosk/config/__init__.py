"""The kiosk's configuration: one TOML file, then ``KIOSK_<SECTION>_<KEY>`` variables, then the CLI.

Validated once at start-up into a frozen :class:`KioskConfig`; any problem becomes a
:class:`ConfigError` that names the key and where its value came from, so staff can fix the file
without reading a traceback. Unknown keys are errors: a typo must not quietly become a default.
Every key, its default and its meaning are in ``deploy/kiosk.example.toml``.

``sections`` holds the shape (one model per section), ``values`` the checks of single values,
``loading`` the merge of file, environment and command line.
"""

from kiosk.config.errors import ConfigError
from kiosk.config.loading import CONFIG_PATH_ENV, DEFAULT_CONFIG_PATH, load_config
from kiosk.config.sections import (
    APP_NAME,
    ApiConfig,
    DataConfig,
    FleetConfig,
    KioskConfig,
    LogConfig,
    MaintenanceConfig,
    PrinterBackend,
    PrinterConfig,
    ScannersConfig,
    SendConfig,
    StaffEntry,
    TerminalConfig,
    UiConfig,
    config_keys,
)

__all__ = [
    "APP_NAME",
    "CONFIG_PATH_ENV",
    "DEFAULT_CONFIG_PATH",
    "ApiConfig",
    "ConfigError",
    "DataConfig",
    "FleetConfig",
    "KioskConfig",
    "LogConfig",
    "MaintenanceConfig",
    "PrinterBackend",
    "PrinterConfig",
    "ScannersConfig",
    "SendConfig",
    "StaffEntry",
    "TerminalConfig",
    "UiConfig",
    "config_keys",
    "load_config",
]
