"""Checks of single values, shared by the sections: each raises ``ValueError`` with a message
that says what a good value looks like (the loader adds the key, the value and its origin)."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BeforeValidator, Field

from kiosk.log import logger_name, valid_level_keys


def one_of(*allowed: int) -> AfterValidator:
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


def _log_levels_key(value: str) -> str:
    """A ``log.levels`` key names a logger something really logs to (see kiosk.log.LogArea)."""
    if logger_name(value) is None:
        raise ValueError(
            f"{value!r} is not a logger the kiosk knows; a key is {valid_level_keys()}"
        )
    return value


def unique(values: tuple[str, ...]) -> tuple[str, ...]:
    if not values:
        raise ValueError("must not be empty")
    if len(set(values)) != len(values):
        raise ValueError("must not repeat a value")
    return values


def _url(value: str) -> str:
    if value and not re.fullmatch(r"https?://[^\s/]+\S*", value):
        raise ValueError("must be an http:// or https:// URL")
    return value


def insecure_url(url: str) -> bool:
    """An ``http://`` URL to another machine (loopback addresses and ``localhost`` are not)."""
    parts = urlsplit(url)
    if parts.scheme != "http":
        return False
    host = parts.hostname or ""
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name: it may resolve anywhere
        return True


def terminal_id(value: str) -> str:
    if value and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", value):
        raise ValueError("must be letters, digits, '-' or '_' (at most 64)")
    return value


def _tracking_url(value: str) -> str:
    if not re.fullmatch(r"https?://\S+", value) or "{tracking_number}" not in value:
        raise ValueError("must be an http:// or https:// URL containing {tracking_number}")
    return value


def _pin_hash(value: str) -> str:
    from kiosk.maintenance.pins import parse_hash

    parse_hash(value)  # its message names the problem, never the value
    return value


NO_MAINTENANCE = "no-maintenance"  # the environment's form of ``maintenance = false``


def staff_entry(value: object) -> object:
    """``"S001:pbkdf2_sha256$…"`` (the environment's form) is the table ``{id, pin_hash}``;
    ``"S002:pbkdf2_sha256$…:no-maintenance"`` a staff member without the maintenance right."""
    if isinstance(value, str):
        staff_id, _, rest = value.partition(":")
        pin_hash, _, right = rest.partition(":")
        entry: dict[str, object] = {"id": staff_id.strip(), "pin_hash": pin_hash.strip()}
        if right.strip():
            entry["maintenance"] = False if right.strip() == NO_MAINTENANCE else right.strip()
        return entry
    return value


Seconds = Annotated[float, Field(gt=0, le=3600)]
UsbId = Annotated[int, BeforeValidator(_int_any_base), Field(ge=0, le=0xFFFF)]
UserPath = Annotated[Path, AfterValidator(lambda p: p.expanduser())]
Url = Annotated[str, AfterValidator(_url)]
TerminalId = Annotated[str, AfterValidator(terminal_id)]
TrackingUrl = Annotated[str, AfterValidator(_tracking_url)]
LogLevel = Annotated[str, AfterValidator(_log_level)]
LogLevelsKey = Annotated[str, AfterValidator(_log_levels_key)]
PinHash = Annotated[str, AfterValidator(_pin_hash)]
