"""The corpus of real photos of codes in tests/scanners/photos (sources and licences in its
README.md): each photo's file, format, expected text and set ("tuning" or "held-out").

zxing-cpp writes ASCII control characters as "<SOH>", "<GS>", …; zbar hands them over raw.
``read_it`` compares both ways, so a reading counts whichever library made it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from scanners.decode import named_controls

PHOTOS = Path(__file__).resolve().parent / "photos"


@dataclass(frozen=True)
class Photo:
    path: Path
    format: str
    text: str
    set: str
    source: str


def photos(which: str | None = None, folder: Path = PHOTOS) -> list[Photo]:
    """The photos listed in ``folder``/photos.json, all or those of one set."""
    entries = json.loads((folder / "photos.json").read_text(encoding="utf-8"))
    listed = [
        Photo(folder / e["file"], e["format"], e["text"], e["set"], e["source"]) for e in entries
    ]
    return [p for p in listed if which is None or p.set == which]


def read_it(expected: str, found: list[str]) -> bool:
    """Whether ``expected`` is among the texts ``found`` (control characters named or raw)."""
    wanted = named_controls(expected)
    return any(named_controls(text) == wanted for text in found)
