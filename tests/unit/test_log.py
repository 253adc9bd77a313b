"""Logging: whatever a record holds, no handler writes a phone number, OTP code or token."""

from __future__ import annotations

import io
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.log import LOG_FILE_NAME, RedactingFilter, redact, setup_logging, stderr_is_journal

SECRETS = ("7011234567", "dev-T-ALA-01", "123456", "s3cret")


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    """Put the root logger back as it was, closing the handlers a test installed."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _emit_everything() -> None:
    logging.getLogger("kiosk.api").info(
        "lookup for +7 701 123 45 67 with Bearer dev-T-ALA-01, code 123456, 87011234567"
    )
    logging.getLogger("kiosk.flow").warning(
        "phone %s and %s, header %s, sms code %s",
        "+7 701 123 45 67",
        "87011234567",
        "Bearer dev-T-ALA-01",
        "123456",
    )
    logging.getLogger("urllib3.connectionpool").debug(
        "%(method)s token=%(token)s", {"method": "POST", "token": "s3cret"}
    )
    try:
        raise RuntimeError("verify code 123456 for 8 (701) 123-45-67")
    except RuntimeError:
        logging.getLogger("kiosk.outbox").exception("failed: Bearer %s", "dev-T-ALA-01")


@pytest.mark.expected_log("kiosk.flow", "header Bearer")
@pytest.mark.expected_log("kiosk.outbox", "failed: Bearer")
@pytest.mark.parametrize("as_json", [False, True])
def test_every_handler_writes_only_redacted_text(
    root: logging.Logger, tmp_path: Path, as_json: bool
) -> None:
    stream = io.StringIO()
    handlers = setup_logging("DEBUG", json=as_json, log_dir=tmp_path, stream=stream)
    assert len(handlers) == 2
    _emit_everything()
    for handler in handlers:
        handler.flush()
    outputs = [stream.getvalue(), (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")]
    for output in outputs:
        assert output.count("\n") >= 4
        for secret in SECRETS:
            assert secret not in output
        assert "+7 701 *** ** 67" in output
        assert "Bearer ***" in output
        assert "RuntimeError" in output
    if as_json:
        lines = [json.loads(line) for line in outputs[0].splitlines() if line.startswith("{")]
        assert {line["logger"] for line in lines} >= {"kiosk.api", "kiosk.flow", "kiosk.outbox"}


def test_filter_on_a_handler_redacts_any_logger(root: logging.Logger) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter(secrets=["s3cret"]))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("some.library").info("token %s sent to %s", "s3cret", "+77011234567")
    assert stream.getvalue() == "token *** sent to +7 701 *** ** 67\n"


def test_configured_secrets_are_masked_anywhere(root: logging.Logger) -> None:
    stream = io.StringIO()
    setup_logging("INFO", stream=stream, secrets=["prod-Xy9-token"])
    logging.getLogger("kiosk.api").info("oops prod-Xy9-token leaked")
    assert "prod-Xy9-token" not in stream.getvalue()


def test_setup_again_replaces_its_own_handlers_only(root: logging.Logger) -> None:
    foreign = logging.NullHandler()
    root.addHandler(foreign)
    setup_logging("INFO", stream=io.StringIO())
    second = setup_logging("WARNING", stream=io.StringIO())
    ours = [h for h in root.handlers if (h.get_name() or "").startswith("kiosk.")]
    assert ours == second
    assert foreign in root.handlers
    assert root.level == logging.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "+7 701 123 45 67",
        "+77011234567",
        "77011234567",
        "87011234567",
        "8 (701) 123-45-67",
        "+7-701-123-45-67",
        "7011234567",
    ],
)
def test_phone_forms_are_masked(text: str) -> None:
    assert redact(f"phone={text};") == "phone=+7 701 *** ** 67;"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("code 123456", "code ******"),
        ('{"code": "123456"}', '{"code": "******"}'),
        ("Ваш код: 654321", "Ваш код: ******"),
        ("otp_code=654321", "otp_code=******"),
        ("Authorization: Bearer abc.def", "Authorization: Bearer ***"),
        ("terminal dev-T-AST-01 used", "terminal dev-*** used"),
    ],
)
def test_codes_and_tokens_are_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GET /parcels/CC016695190KZ -> 200 in 12 ms",
        "printed at 2026-11-20T10:15:00+05:00",
        "idempotency key 3f2a8701-1234-5678-9abc-def012345678",
        "masked +7 701 *** ** 67",
        "GET /dev/sms",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_every_handler_carries_the_redaction_filter(root: logging.Logger, tmp_path: Path) -> None:
    """Ours, one someone else added before (it gets the filter), and a basicConfig() stderr
    handler (dropped: python-escpos adds one on import, which printed records unredacted)."""
    foreign = logging.StreamHandler(io.StringIO())
    root.addHandler(foreign)
    basic = logging.StreamHandler()  # what basicConfig() adds: stderr, no filter
    root.addHandler(basic)
    setup_logging("INFO", log_dir=tmp_path, stream=io.StringIO(), journald=False)
    assert basic not in root.handlers
    for handler in root.handlers:
        if handler.get_name() or handler is foreign:
            assert any(isinstance(f, RedactingFilter) for f in handler.filters), handler
    logging.getLogger("kiosk.api").info("otp 123456 for +77011234567")
    assert foreign.stream.getvalue() == "otp ****** for +7 701 *** ** 67\n"


@pytest.mark.expected_log("kiosk.flow", "failed")
@pytest.mark.expected_log("kiosk.printer", "paper low")
def test_under_journald_lines_carry_priorities_and_no_time(root: logging.Logger) -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", stream=stream, journald=True)
    logging.getLogger("kiosk.api").debug("lookup for +77011234567")
    logging.getLogger("kiosk.printer").warning("paper low")
    try:
        raise ValueError("code 123456")
    except ValueError:
        logging.getLogger("kiosk.flow").exception("failed")
    lines = stream.getvalue().splitlines()
    assert lines[:3] == [
        "<7>kiosk.api: lookup for +7 701 *** ** 67",
        "<4>kiosk.printer: paper low",
        "<3>kiosk.flow: failed",
    ]
    assert all(line.startswith("<3>") for line in lines[3:])
    assert lines[-1] == "<3>ValueError: code ******"


def test_journal_is_detected_by_the_stream_it_names(tmp_path: Path) -> None:
    with (tmp_path / "stderr").open("w") as stream:
        st = os.fstat(stream.fileno())
        assert stderr_is_journal({"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}, stream)
        assert not stderr_is_journal({"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino + 1}"}, stream)
        assert not stderr_is_journal({}, stream)
        assert not stderr_is_journal({"JOURNAL_STREAM": "junk"}, stream)


@pytest.mark.expected_log("kiosk.printer", "printer warning")
def test_levels_per_subsystem(root: logging.Logger) -> None:
    stream = io.StringIO()
    names = ("kiosk.api", "kiosk.printer", "urllib3")
    saved = {name: logging.getLogger(name).level for name in names}
    try:
        setup_logging("WARNING", stream=stream, levels={"api": "DEBUG", "urllib3": "ERROR"})
        logging.getLogger("kiosk.api").debug("api detail")
        logging.getLogger("kiosk.printer").info("printer chatter")
        logging.getLogger("urllib3").warning("pool full")
        logging.getLogger("kiosk.printer").warning("printer warning")
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)
    text = stream.getvalue()
    assert "api detail" in text
    assert "printer warning" in text
    assert "printer chatter" not in text
    assert "pool full" not in text
