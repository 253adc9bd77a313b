"""Who this terminal is: its id and place (printed on tickets), its languages, whether it serves
anyone without a printer."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import i18n


@dataclass(frozen=True)
class TerminalInfo:
    terminal_id: str
    location: str
    languages: tuple[str, ...] = tuple(i18n.LANGUAGES)
    default_language: str = i18n.DEFAULT_LANGUAGE
    printer_required: bool = False
