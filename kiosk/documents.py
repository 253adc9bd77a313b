"""What a printed ticket or receipt says, as a list of typed blocks, independent of any printer.

The kiosk builds documents (already translated into the customer's language); ``printers/`` turns
them into pixels and ESC/POS bytes. Keeping the model here lets the flows and their tests reason
about
what will be printed without a printer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right"]
Size = Literal["small", "normal", "large", "huge"]


@dataclass(frozen=True)
class Text:
    """A paragraph, wrapped to the paper width."""

    text: str
    size: Size = "normal"
    bold: bool = False
    align: Align = "left"


@dataclass(frozen=True)
class Field:
    """A label on the left and its value on the right (wrapped below when they do not fit)."""

    label: str
    value: str
    bold: bool = False


@dataclass(frozen=True)
class Barcode128:
    """A Code128 barcode of ``data`` (ASCII), with its human-readable text under it."""

    data: str


@dataclass(frozen=True)
class QrCode:
    data: str


@dataclass(frozen=True)
class Rule:
    """A horizontal separator line."""


@dataclass(frozen=True)
class Spacer:
    lines: int = 1


Block = Text | Field | Barcode128 | QrCode | Rule | Spacer

DocumentKind = Literal[
    "receive_ticket", "send_receipt", "test_slip", "shelf_labels", "collection_slip"
]


@dataclass(frozen=True)
class Document:
    """A whole print job. ``job_id`` identifies the business action, so a retry is recognisable."""

    kind: DocumentKind
    language: str
    job_id: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def texts(self) -> list[str]:
        """Every human-readable string on the document, in order (for tests and previews)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Text):
                out.append(block.text)
            elif isinstance(block, Field):
                out.extend((block.label, block.value))
            elif isinstance(block, Barcode128):
                out.append(block.data)
        return out
