"""Pickup codes: the short code in the shelving SMS that lists the recipient's parcels at a customer
terminal, without an SMS round trip.

- 6 characters from :data:`ALPHABET`: 27 characters without the look-alikes (no 0 or O; no 1, I or
  L; no B, S, Z or G, which pass for 8, 5, 2 and 6), about 387 million codes; one per shelving.
- Only an HMAC-SHA256 of the code is stored, under a random key the server makes once and keeps in
  ``server_secrets`` (every worker reads the same one), so the database holds no code in clear.
- A code expires at the end of its parcel's last storage day (the hall's time zone), and stops
  working once that parcel is no longer awaiting pickup.
- It lists its own parcel and every other parcel of the same recipient phone awaiting pickup, in
  walking order.
- Every try counts as wrong until it proves right (:meth:`RequestLimiter.refund`): a terminal gets
  ``wrong_pickup_codes_per_window`` wrong ones per window, then ``429``. Wrong, unknown and expired
  codes all answer the same ``404 code_not_found``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central.context import Central
from central.db import Parcel, PickupCode, ServerSecret
from central.limits import Counted
from central.problems import ProblemError
from central.settings import StorageSettings
from central.staff_items import effective_status, in_walking_order
from central.storage_rules import AWAITING_PICKUP

log = logging.getLogger("central.pickup")

ALPHABET = "23456789ACDEFHJKMNPQRTUVWXY"
LENGTH = 6
_KEY_NAME = "pickup-code-hmac"
_CODE = re.compile(f"[{ALPHABET}]{{{LENGTH}}}")
_NOT_FOUND_DETAIL = "There is no such pickup code, or it has expired."


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(text: str) -> str | None:
    """The code in what was typed or scanned: the bare code (any case, spaces and dashes
    ignored) or the whole ``…/p/<code>`` link; None when it cannot be a code."""
    if "/p/" in text:
        text = text.rsplit("/p/", 1)[1].split("?", 1)[0].strip("/")
    code = re.sub(r"[\s-]", "", text).upper()
    return code if _CODE.fullmatch(code) else None


def pickup_link(base_url: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/p/{code}"


def _hash(key: str, code: str) -> str:
    return hmac.new(bytes.fromhex(key), code.encode(), hashlib.sha256).hexdigest()


def _key(session: Session, *, create: bool) -> str | None:
    query = select(ServerSecret.value).where(ServerSecret.name == _KEY_NAME)
    key = session.scalar(query)
    if key is None and create:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(ServerSecret).values(name=_KEY_NAME, value=secrets.token_hex(32))
        session.execute(statement.on_conflict_do_nothing(index_elements=["name"]))
        key = session.scalar(query)  # ours, or the one another worker made first
    return key


def expiry(storage_until: date, tz: ZoneInfo) -> datetime:
    """The end of the last storage day, in the hall's time zone."""
    return datetime.combine(storage_until + timedelta(days=1), time(0), tz)


def create(
    session: Session, parcel: Parcel, terminal_id: str, now: datetime, expires_at: datetime
) -> str:
    """A new code for ``parcel`` (stored hashed in ``session``'s transaction); the code itself."""
    key = _key(session, create=True)
    assert key is not None
    while True:
        code = new_code()
        digest = _hash(key, code)
        if session.scalar(select(PickupCode.id).where(PickupCode.code_hash == digest)) is None:
            break
    session.add(
        PickupCode(
            code_hash=digest,
            tracking_number=parcel.tracking_number,
            phone=parcel.recipient_phone,
            terminal_id=terminal_id,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return code


def _parcels_of(
    session: Session, code: str, now: datetime, storage: StorageSettings, tz: ZoneInfo
) -> list[Parcel]:
    key = _key(session, create=False)
    if key is None:  # no code was ever made
        return []
    digest = _hash(key, code)
    row = session.scalars(select(PickupCode).where(PickupCode.code_hash == digest)).first()
    if row is None or now >= row.expires_at:
        return []
    own = session.get(Parcel, row.tracking_number)
    if own is None or effective_status(own, now, storage, tz) != AWAITING_PICKUP:
        return []
    found = {own.tracking_number: own}
    if own.recipient_phone is not None:
        same_phone = select(Parcel).where(
            Parcel.recipient_phone == own.recipient_phone, Parcel.status == AWAITING_PICKUP
        )
        for parcel in session.scalars(same_phone):
            if effective_status(parcel, now, storage, tz) == AWAITING_PICKUP:
                found.setdefault(parcel.tracking_number, parcel)
    return in_walking_order(found.values())


def verify(central: Central, text: str, terminal_id: str) -> list[Parcel]:
    """The parcels a pickup code lists, or ``404 code_not_found``; ``429`` past the limit."""
    now = central.clock.now()
    limit = central.settings.rate_limits.wrong_pickup_codes_per_window
    central.code_limiter.count(terminal_id, Counted.WRONG_PICKUP_CODE, limit, now)
    code = normalise(text)
    parcels: list[Parcel] = []
    if code is not None:
        with central.db.read() as session:
            parcels = _parcels_of(session, code, now, central.settings.storage, central.tz)
    if not parcels:
        log.info("a wrong or expired pickup code at %s", terminal_id)
        raise ProblemError(404, "code_not_found", _NOT_FOUND_DETAIL)
    central.code_limiter.refund(terminal_id, Counted.WRONG_PICKUP_CODE, now)
    log.info("a pickup code listed %d parcels at %s", len(parcels), terminal_id)
    return parcels
