"""Logging set-up with personal data redacted on every handler.

Every module logs under one of the areas of :class:`LogArea` (logger ``kiosk.<area>``), the
names ``log.levels`` takes. The :class:`RedactingFilter` sits on the *handlers*, not on loggers,
so a record from any logger (a library's too) is redacted before it is written anywhere.
"""

from __future__ import annotations

import json as jsonlib
import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from kiosk.identifiers import mask_phone

LOG_FILE_NAME = "kiosk.log"


class LogArea(StrEnum):
    """Every area the kiosk's modules log under, in one place: a module's logger is
    ``logging.getLogger(LogArea.X.logger_name)``, and a ``log.levels`` key is an area's value
    (``printer``) or its logger name (``kiosk.printer``)."""

    API = "api"  # the central system's client, the dev SMS relay
    APP = "app"  # start, shutdown, crashes, systemd
    AVAILABILITY = "availability"  # in service or out of it
    FLOW = "flow"  # the customer's receive and send flows
    MAINTENANCE = "maintenance"  # staff sessions, self-test, heartbeat, audit
    OUTBOX = "outbox"  # records waiting for the central system
    PRINTER = "printer"  # the printer adapters and their worker thread
    QA = "qa"  # the QA control port
    SCANNER = "scanner"  # the scanner adapters
    SPEECH = "speech"  # the voice (espeak-ng, the mock's WAV folder) and the narrator
    TASKS = "tasks"  # the io lane's background tasks
    UI = "ui"  # screens, display, lockdown
    QT = "ui.qt"  # Qt's own messages

    @property
    def logger_name(self) -> str:
        return f"kiosk.{self.value}"


# Loggers of the libraries the kiosk uses that a ``log.levels`` key may also name.
LIBRARY_LOGGERS = ("urllib3", "requests", "escpos", "usb", "serial", "PIL", "uvicorn")

_SEP = r"[\s()-]*"
_PHONE = re.compile(
    rf"(?<![\w*])(?:\+?7|8){_SEP}(\d{{3}}){_SEP}(\d{{3}}){_SEP}(\d{{2}}){_SEP}(\d{{2}})(?!\d)"
    r"|(?<![\w*+])(7[0-8]\d)(\d{7})(?!\d)"
)
_BEARER = re.compile(r"(?i)\b(bearer\s+)[^\s\"',;]+")
_DEV_TOKEN = re.compile(r"(?<![\w/.-])dev-[A-Za-z0-9][\w-]*")
_SECRET_KV = re.compile(
    r"(?i)\b((?:api_)?token|password|pin)([\"']?\s*[:=]\s*[\"']?)(?!\*)[^\s\"',;&]+"
)
_OTP = re.compile(r"(?i)((?:otp|code|код|pin|sms)\w*[^\w\n]{0,4})\d{6}(?!\d)")


def _mask_phone_match(match: re.Match[str]) -> str:
    return mask_phone("7" + "".join(g for g in match.groups() if g))


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask phone numbers, OTP codes, bearer/dev tokens and the given secrets in ``text``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _BEARER.sub(r"\1***", text)
    text = _DEV_TOKEN.sub("dev-***", text)
    text = _SECRET_KV.sub(r"\1\2***", text)
    text = _OTP.sub(r"\1******", text)
    return _PHONE.sub(_mask_phone_match, text)


class RedactingFilter(logging.Filter):
    """Formats the record's message with its args, redacts it, and drops the args.

    Redacting the formatted text (rather than each arg) also catches secrets that only appear
    once a format string and its args are joined, e.g. ``"code %s", "123456"``.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), self._secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self._secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self._secrets)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return jsonlib.dumps(entry, ensure_ascii=False)


def setup_logging(
    level: str | int = "INFO",
    json: bool = False,
    log_dir: Path | None = None,
    *,
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
    levels: Mapping[str, str] | None = None,
    journald: bool | None = None,
) -> list[logging.Handler]:
    """Configure the root logger: stderr (or ``stream``), plus a rotating file in ``log_dir``.

    ``secrets`` (e.g. the terminal's API token) are masked wherever they appear. ``levels`` sets
    a level per area (``{"api": "DEBUG"}``; see :func:`apply_levels`). Under systemd
    (``journald`` None means: detect it, :func:`stderr_is_journal`) stderr lines carry a syslog
    priority prefix instead of a time stamp, as journald records the time itself. Calling it
    again replaces the handlers it installed before. Returns the installed handlers.
    """
    if journald is None:
        journald = stream is None and stderr_is_journal()
    root = logging.getLogger()
    for old in [h for h in root.handlers if (h.get_name() or "").startswith("kiosk.")]:
        root.removeHandler(old)
        old.close()
    _adopt_foreign_handlers(root, secrets)
    handlers: list[logging.Handler] = [logging.StreamHandler(stream or sys.stderr)]
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE_NAME, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
            )
        )
    formatter = (
        JsonFormatter()
        if json
        else logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    )
    redacting = RedactingFilter(secrets)
    for handler in handlers:
        handler.setFormatter(
            JournalFormatter() if journald and handler is handlers[0] and not json else formatter
        )
        handler.addFilter(redacting)
        handler.set_name(f"kiosk.{type(handler).__name__}")
        root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    apply_levels(levels or {})
    return handlers


# syslog priorities (sd-daemon(3)): journald reads a "<N>" line prefix as the entry's priority.
_PRIORITIES = {
    logging.DEBUG: 7,
    logging.INFO: 6,
    logging.WARNING: 4,
    logging.ERROR: 3,
    logging.CRITICAL: 2,
}


class JournalFormatter(logging.Formatter):
    """For stderr under systemd: ``<priority>logger: message``, no time stamp (journald adds
    it). Every line of a traceback gets the prefix, so none of them turns into an INFO entry."""

    def format(self, record: logging.LogRecord) -> str:
        priority = _PRIORITIES.get(record.levelno, 6 if record.levelno < logging.WARNING else 3)
        text = f"{record.name}: {record.getMessage()}"
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text += "\n" + record.exc_text
        return "\n".join(f"<{priority}>{line}" for line in text.splitlines())


def stderr_is_journal(env: Mapping[str, str] | None = None, stderr: TextIO | None = None) -> bool:
    """True when stderr is connected to journald: systemd sets ``JOURNAL_STREAM=dev:inode`` of
    that stream (a child that redirected stderr inherits the variable, hence the check)."""
    env = os.environ if env is None else env
    value = env.get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    try:
        st = os.fstat((stderr or sys.stderr).fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (st.st_dev, st.st_ino) == (int(device), int(inode))


def logger_name(key: str) -> str | None:
    """The logger a ``log.levels`` key names: ``printer`` and ``kiosk.printer`` → ``kiosk.printer``;
    a library's logger (``urllib3``, ``urllib3.connectionpool``) as it is; None for any other."""
    for area in LogArea:
        if key in (area.value, area.logger_name):
            return area.logger_name
    if any(key == lib or key.startswith(lib + ".") for lib in LIBRARY_LOGGERS):
        return key
    return None


def valid_level_keys() -> str:
    """The names :func:`logger_name` takes, for a message that refuses any other."""
    areas = ", ".join(area.value for area in LogArea)
    libraries = ", ".join(LIBRARY_LOGGERS)
    return f"an area ({areas}), kiosk.<area>, or a library's logger ({libraries})"


def apply_levels(levels: Mapping[str, str | int]) -> None:
    """Set a level per area or library logger, e.g. ``{"api": "DEBUG", "urllib3": "WARNING"}``.
    A name that is neither (the configuration refuses those) is set as the logger it names."""
    for name, level in levels.items():
        logging.getLogger(logger_name(name) or name).setLevel(
            level.upper() if isinstance(level, str) else level
        )


def _adopt_foreign_handlers(root: logging.Logger, secrets: Iterable[str]) -> None:
    """Handlers someone else put on the root logger get the redaction filter too, except a
    ``logging.basicConfig()`` stderr handler, which is dropped: ours replaces it (python-escpos
    calls basicConfig when imported, which would print every record twice, once unredacted).
    Once ours are installed a later basicConfig() does nothing."""
    for handler in list(root.handlers):
        if type(handler) is logging.StreamHandler and handler.stream in (sys.stderr, sys.stdout):
            root.removeHandler(handler)
        elif not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter(secrets))
