"""The committed translations read straight from assets/translations/kiosk_<lang>.ts, without Qt:
a ``tr`` for one context and language, as Qt's translator would answer for singular messages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


@cache
def context_messages(language: str, context: str) -> dict[str, str]:
    """``source → translation`` of the finished singular messages of ``context``."""
    root = ET.parse(TRANSLATIONS / f"kiosk_{language}.ts").getroot()  # noqa: S314 - our own file
    table: dict[str, str] = {}
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            table[message.findtext("source") or ""] = translation.text or ""
    return table


def translator(language: str, context: str) -> Callable[[str], str]:
    """A ``tr`` that fails on a message with no finished translation (no English fallback)."""
    table = context_messages(language, context)

    def tr(source: str) -> str:
        assert source in table, f"{language}: no translation of {source!r} in {context}"
        return table[source]

    return tr
