"""Logs never hold a full phone number."""

from __future__ import annotations

import logging

import pytest

from central.logs import RedactPhones, redact_phones


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"GET /dev/sms?phone=%2B77011234567 HTTP/1.1"',
            '"GET /dev/sms?phone=*********67 HTTP/1.1"',
        ),
        ("sms to +77011234567", "sms to *********67"),
        ("87011234567", "*********67"),
        ("GET /api/v1/parcels/CC016695190KZ", "GET /api/v1/parcels/CC016695190KZ"),
    ],
)
def test_redact_phones(text: str, expected: str) -> None:
    assert redact_phones(text) == expected


def test_filter_masks_arguments_of_access_log_records() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/dev/sms?phone=%2B77011234567", "1.1", 200),
        None,
    )
    assert RedactPhones().filter(record)
    assert "7011234567" not in record.getMessage()
    assert "/dev/sms?phone=*********67" in record.getMessage()
