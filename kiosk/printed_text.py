"""Translating what the kiosk prints (the receive ticket, the send receipt).

Labels are English source texts in the translation context "Ticket", translated when a document
is built by the ``tr`` handed in (Qt's translator, see kiosk.controller.translate_printed).
``QT_TRANSLATE_NOOP`` marks them for pyside6-lupdate without importing Qt here.
"""

from __future__ import annotations

TR_CONTEXT = "Ticket"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; translation happens later, through ``tr``."""
    return text


# The footer every printed document has: which terminal, where.
FOOTER_STRINGS: dict[str, str] = {
    "terminal": QT_TRANSLATE_NOOP("Ticket", "Terminal"),
    "location": QT_TRANSLATE_NOOP("Ticket", "Location"),
}
