"""kiosk.formatting: tenge amounts, dates, and Almaty time whatever the host's zone data says."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk import formatting
from kiosk.formatting import format_date, format_datetime, format_kzt
from printers import layout

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "0 ₸"),
        (400, "400 ₸"),
        (15900, "15 900 ₸"),
        (1_000_000, "1 000 000 ₸"),
        (-2500, "-2 500 ₸"),
    ],
)
def test_tenge_amounts_group_thousands_with_no_break_spaces(amount: int, text: str) -> None:
    assert format_kzt(amount) == text.replace(" ", NBSP)


def test_the_shipped_font_draws_the_tenge_sign_and_the_separator() -> None:
    face = layout.font("normal")
    notdef = face.getmask("\U000f0000")
    for char in (formatting.TENGE, formatting.GROUP_SEPARATOR):
        glyph = face.getmask(char)
        assert (glyph.size, bytes(glyph)) != (notdef.size, bytes(notdef))


def test_dates_are_day_month_year() -> None:
    assert format_date(dt.date(2026, 12, 3)) == "03.12.2026"
    assert format_date(dt.date(987, 1, 9)) == "09.01.0987"


def test_times_are_shown_in_almaty_utc_plus_5() -> None:
    assert format_datetime(dt.datetime(2026, 11, 25, 9, 5, tzinfo=dt.UTC)) == "25.11.2026 14:05"
    # Before March 2024 Almaty was UTC+6; the zone data must know both.
    assert format_datetime(dt.datetime(2023, 6, 1, 0, 0, tzinfo=dt.UTC)) == "01.06.2023 06:00"


def test_late_evening_utc_is_already_tomorrow_in_almaty() -> None:
    late = dt.datetime(2026, 12, 31, 20, 30, tzinfo=dt.UTC)

    assert format_datetime(late) == "01.01.2027 01:30"
    assert format_date(late) == "01.01.2027"


def test_naive_datetimes_are_taken_as_utc() -> None:
    assert format_datetime(dt.datetime(2026, 11, 25, 9, 5)) == "25.11.2026 14:05"


def test_other_zones_are_converted() -> None:
    moscow = dt.timezone(dt.timedelta(hours=3))

    assert format_datetime(dt.datetime(2026, 11, 25, 12, 0, tzinfo=moscow)) == "25.11.2026 14:00"


def test_zone_comes_from_the_tzdata_package() -> None:
    zone = formatting.almaty()

    assert str(zone) == "Asia/Almaty"
    assert dt.datetime(2026, 1, 1, tzinfo=zone).utcoffset() == dt.timedelta(hours=5)
