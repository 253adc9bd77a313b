"""Demo data for ``--dev`` and ``POST /dev/reset`` (docs/central.md has the table).

Arrival dates are relative to the server's clock at seed time ("today" in Asia/Almaty), so each
parcel shows the same storage day, fee and status whatever the date: set the clock first, then
reset, to pin them to a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Box, Database, Parcel, Terminal
from central.manifests import ImportResult, demo_manifest, import_text
from central.tokens import DEV_TOKEN_PREFIX, hash_token
from kiosk.identifiers import s10_check_digit

TERMINALS = {
    "T-ALA-01": "Almaty, parcel supermarket on Abylai Khan Ave — receiving zone",
    "T-ALA-02": "Almaty, parcel supermarket on Abylai Khan Ave — sending zone",
    "T-AST-01": "Astana, parcel supermarket on Kenesary St",
}

CHECKOUT_TERMINAL = "T-ALA-CHECKOUT"
STOCKING_TERMINAL = "T-ALA-STOCKING"
# The hall's staff stations (central/roles.py): their tokens follow the same dev rule.
STAFF_TERMINALS = {
    CHECKOUT_TERMINAL: ("Almaty, parcel supermarket on Abylai Khan Ave — checkout", "checkout"),
    STOCKING_TERMINAL: ("Almaty, parcel supermarket on Abylai Khan Ave — stocking", "stocking"),
}

PHONE_MANY = "+77011234567"  # three items awaiting pickup, a small package and a delivered one
PHONE_NONE = "+77027654321"  # no items at all
PHONE_B = "+77051112233"
PHONE_C = "+77471234500"
PHONE_D = "+77771234501"
PHONE_E = "+77081234502"

ARRIVAL_TIME = time(10, 15)


def s10(prefix: str, serial: str, country: str = "KZ") -> str:
    return f"{prefix}{serial}{s10_check_digit(serial)}{country}"


@dataclass(frozen=True)
class DemoParcel:
    tracking_number: str
    kind: str
    status: str
    day: int | None  # storage day at seed time (1 = arrived today); None: not arrived yet
    location: tuple[str, str] | None
    phone: str | None
    name: str
    cod: int
    shows: str


def _p(
    number: str,
    shows: str,
    *,
    day: int | None,
    kind: str = "parcel",
    status: str = "awaiting_pickup",
    location: tuple[str, str] | None = None,
    phone: str | None = None,
    name: str = "Данияр Ахметов",
    cod: int = 0,
) -> DemoParcel:
    return DemoParcel(number, kind, status, day, location, phone, name, cod, shows)


PARCELS: tuple[DemoParcel, ...] = (
    _p(
        "CC016695190KZ",
        "DOMAIN.md example: free (day 3), cash on delivery 15 900",
        day=3,
        location=("3", "12"),
        phone=PHONE_MANY,
        name="Айгерим Нурланова",
        cod=15900,
    ),
    _p(
        s10("CC", "10000001"),
        "arrived today (day 1), free",
        day=1,
        location=("1", "1"),
        phone=PHONE_MANY,
        name="Айгерим Нурланова",
    ),
    _p(
        s10("CC", "10000002"),
        "fee due: day 20 → 2 400 KZT",
        day=20,
        location=("2", "5"),
        phone=PHONE_MANY,
        name="Айгерим Нурланова",
    ),
    _p(
        "RR123456785KZ",
        "small package, day 10, free",
        day=10,
        kind="small_package",
        location=("5", "3"),
        phone=PHONE_MANY,
        name="Айгерим Нурланова",
    ),
    _p(
        s10("CC", "10000003"),
        "delivered (no location)",
        day=8,
        status="delivered",
        phone=PHONE_MANY,
        name="Айгерим Нурланова",
    ),
    _p(
        s10("CC", "10000004"),
        "day 14: the last free day, fee 0",
        day=14,
        location=("1", "2"),
        phone=PHONE_B,
        name="Ерлан Садыков",
    ),
    _p(
        s10("CC", "10000005"),
        "day 15: the first paid day, fee 400",
        day=15,
        location=("1", "3"),
        phone=PHONE_B,
        name="Ерлан Садыков",
    ),
    _p(
        s10("CC", "10000006"),
        "day 30: the last day kept, fee 6 400",
        day=30,
        location=("2", "1"),
        phone=PHONE_C,
        name="Мария Иванова",
    ),
    _p(
        s10("CC", "10000007"),
        "day 31: returned to sender by age",
        day=31,
        location=("2", "2"),
        phone=PHONE_C,
        name="Мария Иванова",
    ),
    _p(
        s10("CC", "10000008"),
        "cash on delivery 25 000 and fee 1 600 (day 18)",
        day=18,
        location=("2", "7"),
        phone=PHONE_D,
        name="Асель Жумабекова",
        cod=25000,
    ),
    _p(
        s10("RB", "10000009"),
        "small package, day 45: the last day, free",
        day=45,
        kind="small_package",
        location=("5", "10"),
        phone=PHONE_D,
        name="Асель Жумабекова",
    ),
    _p(
        s10("RB", "10000010"),
        "small package, day 46: returned to sender by age",
        day=46,
        kind="small_package",
        location=("5", "12"),
        name="Нурсултан Абенов",
    ),
    _p(
        s10("RB", "10000011"),
        "small package, arrived today",
        day=1,
        kind="small_package",
        location=("5", "4"),
        name="Нурсултан Абенов",
    ),
    _p(
        s10("CC", "10000012"),
        "in transit (no arrival, no dates)",
        day=None,
        status="in_transit",
        phone=PHONE_D,
        name="Асель Жумабекова",
    ),
    _p(
        s10("CC", "10000013"),
        "returned to sender by status (day 12)",
        day=12,
        status="returned_to_sender",
        phone=PHONE_E,
        name="Болат Серіков",
    ),
    _p(
        "EE471108151FR",
        "EMS from France, day 5, free",
        day=5,
        location=("4", "1"),
        phone=PHONE_E,
        name="Болат Серіков",
    ),
    _p(
        "RR473124829GB",
        "small package from the UK, in transit",
        day=None,
        kind="small_package",
        status="in_transit",
        name="Гульнара Омарова",
    ),
    _p(
        "RB123456785GB",
        "small package from the UK, delivered",
        day=4,
        kind="small_package",
        status="delivered",
        name="Гульнара Омарова",
    ),
    _p(
        s10("CC", "10000014"),
        "cash on delivery 4 500, day 7",
        day=7,
        location=("3", "1"),
        phone=PHONE_B,
        name="Ерлан Садыков",
        cod=4500,
    ),
    _p(
        s10("CC", "10000015"),
        "no phone on record (only findable by number)",
        day=2,
        location=("3", "2"),
        name="Иван Петров",
    ),
    _p(
        s10("CC", "10000016"),
        "day 9, free",
        day=9,
        location=("4", "2"),
        phone=PHONE_C,
        name="Мария Иванова",
    ),
    _p(s10("CC", "10000017"), "day 12, free", day=12, location=("4", "3")),
    _p(
        s10("CC", "10000018"),
        "fee due: day 25 → 4 400 KZT",
        day=25,
        location=("6", "1"),
        name="Тимур Касымов",
    ),
    _p(
        s10("HA", "10000019"),
        "e-commerce small package, day 4",
        day=4,
        kind="small_package",
        location=("5", "1"),
        name="Тимур Касымов",
    ),
    _p(
        s10("VV", "10000020"),
        "insured, cash on delivery 120 000, day 6",
        day=6,
        location=("6", "2"),
        name="Тимур Касымов",
        cod=120000,
    ),
    _p(
        s10("CC", "10000021"),
        "fee due: day 16 → 800 KZT",
        day=16,
        location=("6", "3"),
        phone=PHONE_E,
        name="Болат Серіков",
    ),
    _p(
        s10("RB", "10000022"),
        "small package, day 44",
        day=44,
        kind="small_package",
        location=("5", "11"),
        name="Жанна Ким",
    ),
    _p(
        s10("EE", "10000023"),
        "EMS within Kazakhstan, day 2",
        day=2,
        location=("4", "4"),
        name="Жанна Ким",
    ),
)

# (barcode, size, status): twelve unused boxes of every size, and one registered at a post office.
BOXES: tuple[tuple[str, str, str], ...] = (
    *((s10("CB", f"2000{n:04d}"), "SML"[n % 3], "unused") for n in range(1, 13)),
    (s10("CB", "20009999"), "M", "dispatched"),
)


def arrival(day: int | None, now: datetime, tz: ZoneInfo) -> datetime | None:
    """When an item that is on storage ``day`` today arrived: that date at 10:15, not after now."""
    if day is None:
        return None
    local_day = now.astimezone(tz).date() - timedelta(days=day - 1)
    return min(datetime.combine(local_day, ARRIVAL_TIME, tz), now)


def add_terminals(session: Session) -> None:
    roles = {terminal_id: (name, "customer") for terminal_id, name in TERMINALS.items()}
    for terminal_id, (name, role) in (roles | STAFF_TERMINALS).items():
        token_hash = hash_token(DEV_TOKEN_PREFIX + terminal_id)
        session.add(Terminal(id=terminal_id, name=name, token_hash=token_hash, role=role))


def add_demo_items(session: Session, now: datetime, tz: ZoneInfo) -> None:
    for p in PARCELS:
        session.add(
            Parcel(
                tracking_number=p.tracking_number,
                kind=p.kind,
                status=p.status,
                recipient_phone=p.phone,
                recipient_name=p.name,
                arrived_at=arrival(p.day, now, tz),
                location_row=p.location[0] if p.location else None,
                location_compartment=p.location[1] if p.location else None,
                cod_amount_kzt=p.cod,
            )
        )
    for barcode, size, status in BOXES:
        session.add(Box(barcode=barcode, size=size, status=status))


def seed(db: Database, now: datetime, tz: ZoneInfo) -> ImportResult:
    """Wipe the database and load the demo data: terminals, items, boxes, and the demo manifest's
    parcels, expected (not shelved yet)."""
    db.clear()
    with db.write() as session:
        add_terminals(session)
        add_demo_items(session, now, tz)
        session.flush()
        return import_text(session, demo_manifest())


def seed_if_empty(db: Database, now: datetime, tz: ZoneInfo) -> bool:
    """Load the demo data into a database that has no terminals yet; True if it did."""
    with db.read() as session:
        if session.scalar(select(Terminal.id).limit(1)) is not None:
            return False
    seed(db, now, tz)
    return True
