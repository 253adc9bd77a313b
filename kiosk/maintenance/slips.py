"""Maintenance print-outs: the test slip (with a short code for the self-test) and a COPY of the
last ticket (kiosk.maintenance.printing prints them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from kiosk.documents import Document, Field, Rule, Spacer, Text
from kiosk.formatting import format_datetime

COPY_MARK = "COPY / КӨШІРМЕ / КОПИЯ"


def service_slip(
    *, terminal_id: str, version: str, printed_at: dt.datetime, code: str = ""
) -> Document:
    blocks: list[Any] = [
        Text("TEST / ТЕСТ", size="large", bold=True, align="center"),
        Rule(),
        Field("Terminal", terminal_id),
        Field("Version", version),
        Field("Printed", format_datetime(printed_at)),
    ]
    if code:
        blocks += [Spacer(), Text(code, size="huge", bold=True, align="center")]
    blocks += [Rule(), Text("ÄÖÜ ӘҒҚҢӨҰҮҺІ ЁЙЩЪ 0123456789", align="center")]
    return Document(
        kind="test_slip", language="en", job_id=f"test-{uuid.uuid4()}", blocks=tuple(blocks)
    )


def copy_of(document: Document) -> Document:
    """The same ticket, marked COPY at the top and bottom, as a new job (the printer's ledger
    would otherwise take it for a retry of the original and not print it)."""
    mark = Text(COPY_MARK, size="large", bold=True, align="center")
    return dataclasses.replace(
        document,
        job_id=f"copy-{uuid.uuid4()}",
        blocks=(mark, Rule(), *document.blocks, Rule(), mark),
    )
