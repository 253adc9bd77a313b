"""Logging set-up for ``python -m central``: nothing logged may hold a full phone number."""

from __future__ import annotations

import logging
import re

# A run of 10+ digits, maybe after "+" or its URL escape: a phone number in a logged URL.
_PHONE_LIKE = re.compile(r"(?:\+|%2[Bb])?(\d{8,})(\d{2})")


def redact_phones(text: str) -> str:
    return _PHONE_LIKE.sub(lambda m: "*" * len(m.group(1)) + m.group(2), text)


class RedactPhones(logging.Filter):
    """Masks phone-like digit runs in a record's message and string arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_phones(str(record.msg))
        if isinstance(record.args, tuple):
            record.args = tuple(redact_phones(a) if isinstance(a, str) else a for a in record.args)
        return True


SERVER_LOGGERS = ("uvicorn.access", "uvicorn.error", "central")


def install_redaction() -> None:
    """Add the phone filter to the server's loggers (once)."""
    for name in SERVER_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactPhones) for f in logger.filters):
            logger.addFilter(RedactPhones())


def configure(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_redaction()
