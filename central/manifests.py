"""Manifests: the parcels a hall expects, imported from CSV (``python -m central admin manifests
import FILE.csv``; the dev data imports ``central/demo_manifest.csv``).

Header: ``tracking_number,kind,recipient_phone,recipient_name,cod_amount_kzt``. Each good row
becomes a parcel ``expected`` (not shown to customers until it is shelved); a row is skipped with
its line number and the reason when its number or phone is malformed, its kind or amount is wrong,
or its number is already known, so importing the same file again imports nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Parcel
from central.schemas import storable
from central.storage_rules import EXPECTED
from kiosk.identifiers import check_kz_mobile, check_s10

HEADER = ["tracking_number", "kind", "recipient_phone", "recipient_name", "cod_amount_kzt"]
KINDS = ("parcel", "small_package")
DEMO_MANIFEST = "demo_manifest.csv"


class ManifestError(ValueError):
    """The file is not a manifest at all (wrong header)."""


@dataclass(frozen=True)
class ManifestRow:
    line: int
    tracking_number: str
    kind: str
    phone: str | None
    name: str
    cod_amount_kzt: int


@dataclass(frozen=True)
class Skipped:
    line: int
    reason: str


@dataclass
class ImportResult:
    imported: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def lines(self) -> list[str]:
        report = [f"imported {self.imported}, skipped {len(self.skipped)}"]
        return report + [f"line {s.line}: {s.reason}" for s in self.skipped]


def _row(line: int, cells: list[str]) -> ManifestRow | Skipped:
    if len(cells) != len(HEADER):
        return Skipped(line, f"{len(cells)} fields instead of {len(HEADER)}")
    number, kind, phone_text, name, cod_text = (cell.strip() for cell in cells)
    checked = check_s10(number)
    if checked.problem is not None:
        return Skipped(line, "bad S10 tracking number")
    if kind not in KINDS:
        return Skipped(line, f"{checked.value}: bad kind (parcel or small_package)")
    phone = None
    if phone_text:
        phone_check = check_kz_mobile(phone_text)
        if phone_check.problem is not None:
            return Skipped(line, f"{checked.value}: bad phone")
        phone = phone_check.value
    if not storable(name) or len(name) > 200:
        return Skipped(line, f"{checked.value}: bad recipient name")
    if not (cod_text or "0").isdigit():
        return Skipped(line, f"{checked.value}: bad COD amount (whole tenge)")
    return ManifestRow(line, checked.value, kind, phone, name, int(cod_text or "0"))


def parse(text: str) -> tuple[list[ManifestRow], list[Skipped]]:
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip() for cell in next(reader, [])]
    if header != HEADER:
        raise ManifestError(f"The first line must be the header {','.join(HEADER)}.")
    rows: list[ManifestRow] = []
    skipped: list[Skipped] = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        parsed = _row(reader.line_num, cells)
        if isinstance(parsed, ManifestRow):
            rows.append(parsed)
        else:
            skipped.append(parsed)
    return rows, skipped


def import_rows(session: Session, rows: list[ManifestRow], skipped: list[Skipped]) -> ImportResult:
    """Add the rows' parcels as ``expected`` to ``session``'s transaction."""
    numbers = [row.tracking_number for row in rows]
    known = set(
        session.scalars(select(Parcel.tracking_number).where(Parcel.tracking_number.in_(numbers)))
    )
    result = ImportResult(skipped=list(skipped))
    for row in rows:
        if row.tracking_number in known:
            result.skipped.append(Skipped(row.line, f"{row.tracking_number}: already known"))
            continue
        known.add(row.tracking_number)
        session.add(
            Parcel(
                tracking_number=row.tracking_number,
                kind=row.kind,
                status=EXPECTED,
                recipient_phone=row.phone,
                recipient_name=row.name,
                arrived_at=None,
                location_row=None,
                location_compartment=None,
                cod_amount_kzt=row.cod_amount_kzt,
            )
        )
        result.imported += 1
    result.skipped.sort(key=lambda s: s.line)
    return result


def import_text(session: Session, text: str) -> ImportResult:
    rows, skipped = parse(text)
    return import_rows(session, rows, skipped)


def demo_manifest() -> str:
    return resources.files("central").joinpath(DEMO_MANIFEST).read_text(encoding="utf-8")
