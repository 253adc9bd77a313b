"""How money, dates and times read on screens and tickets (the same in kk, ru and en).

Times are shown in Asia/Almaty. The zone is read from the ``tzdata`` package when it is installed,
not from the host: Kazakhstan moved to UTC+5 in March 2024 and a kiosk's OS image may predate it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

TIMEZONE_NAME = "Asia/Almaty"
# A no-break space groups thousands and joins the sign, so "15 900 ₸" never breaks across lines;
# the shipped DejaVu font has it and the tenge sign.
GROUP_SEPARATOR = "\u00a0"
TENGE = "₸"


@lru_cache(maxsize=1)
def almaty() -> dt.tzinfo:
    try:
        source = resources.files("tzdata") / "zoneinfo" / "Asia" / "Almaty"
        with source.open("rb") as f:
            return ZoneInfo.from_file(f, key=TIMEZONE_NAME)
    except (ModuleNotFoundError, FileNotFoundError):
        return ZoneInfo(TIMEZONE_NAME)


def format_kzt(amount: int) -> str:
    """``15900`` → ``"15 900 ₸"`` (no-break spaces)."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}".replace(",", GROUP_SEPARATOR)
    return f"{sign}{grouped}{GROUP_SEPARATOR}{TENGE}"


def format_date(day: dt.date) -> str:
    """``date(2026, 12, 3)`` → ``"03.12.2026"``. A datetime is first converted to Almaty time."""
    if isinstance(day, dt.datetime):
        day = local_time(day).date()
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_datetime(moment: dt.datetime) -> str:
    """``2026-11-25 09:05 UTC`` → ``"25.11.2026 14:05"`` (Almaty time)."""
    local = local_time(moment)
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def format_time(moment: dt.datetime) -> str:
    """``2026-11-25 09:05:07 UTC`` → ``"14:05:07"`` (Almaty time)."""
    return f"{local_time(moment):%H:%M:%S}"


def format_timestamp(text: str) -> str:
    """An RFC 3339 time as it is stored (``2026-11-25T09:05:07+00:00``) →
    ``"25.11.2026 14:05:07"`` (Almaty time); text that is not one is returned as it is."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{format_date(local_time(moment).date())} {format_time(moment)}"


def local_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Almaty time; a naive datetime is taken as UTC (what the central API sends)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(almaty())
