"""One-time SMS codes for phone lookups (DOMAIN.md, Privacy and safety).

A code is 6 digits from ``secrets``, valid for ``code_ttl_s``; only an HMAC-SHA256 of it under a
per-challenge random salt is stored. Three wrong tries kill the challenge; a phone gets at most
``codes_per_phone`` codes in a rolling ``phone_window_s``; each terminal has its own limit too.
Every failure to verify (wrong code, expired, used up, unknown or another terminal's challenge)
answers the same ``otp_invalid`` problem, so nothing about the phone leaks.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from central.context import Central
from central.db import OtpChallenge, Parcel
from central.items import items_of_phone
from central.problems import ProblemError
from kiosk.identifiers import mask_phone

log = logging.getLogger("central.otp")

_CODE_DIGITS = 6
_CHALLENGE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what secrets.token_urlsafe makes
_INVALID_DETAIL = "The code is wrong or has expired."


@dataclass(frozen=True)
class StartedChallenge:
    challenge_id: str
    masked_phone: str
    expires_in_s: int
    resend_after_s: int


def new_code() -> str:
    return f"{secrets.randbelow(10**_CODE_DIGITS):0{_CODE_DIGITS}d}"


def hash_code(salt: str, code: str) -> str:
    return hmac.new(bytes.fromhex(salt), code.encode(), hashlib.sha256).hexdigest()


def sms_text(code: str, ttl_s: int) -> str:
    minutes = ttl_s // 60
    return (
        f"Kazpost: {code} — код для получения посылки / сәлемдемені алу коды / "
        f"your parcel pickup code. {minutes} min. Никому не сообщайте / do not share."
    )


def _retry_after(oldest: datetime, window_s: int, now: datetime) -> int:
    return max(1, math.ceil((oldest + timedelta(seconds=window_s) - now).total_seconds()))


def _rate_limited(retry_after: int, detail: str) -> ProblemError:
    return ProblemError(429, "rate_limited", detail, headers={"Retry-After": str(retry_after)})


def start(central: Central, phone: str, terminal_id: str) -> StartedChallenge:
    """Send a code to ``phone`` (normalised); the same answer whether it has items or not."""
    otp = central.settings.otp
    limits = central.settings.rate_limits
    with central.db.write() as session:
        # Two workers must not both pass a limit that only one more code fits under.
        central.db.lock(session, f"otp-terminal:{terminal_id}", f"otp-phone:{phone}")
        now = central.clock.now()
        terminal_since = now - timedelta(seconds=limits.terminal_window_s)
        count, oldest = session.execute(
            select(func.count(), func.min(OtpChallenge.created_at)).where(
                OtpChallenge.terminal_id == terminal_id, OtpChallenge.created_at > terminal_since
            )
        ).one()
        if count >= limits.otp_per_terminal:
            log.warning("terminal %s hit its OTP limit", terminal_id)
            raise _rate_limited(
                _retry_after(_as_datetime(oldest), limits.terminal_window_s, now),
                "This terminal sent too many codes; try again later.",
            )
        phone_since = now - timedelta(seconds=otp.phone_window_s)
        count, oldest = session.execute(
            select(func.count(), func.min(OtpChallenge.created_at)).where(
                OtpChallenge.phone == phone, OtpChallenge.created_at > phone_since
            )
        ).one()
        if count >= otp.codes_per_phone:
            raise _rate_limited(
                _retry_after(_as_datetime(oldest), otp.phone_window_s, now),
                "Too many codes for this phone number; try again later.",
            )
        code = new_code()
        salt = secrets.token_hex(16)
        challenge = OtpChallenge(
            id=secrets.token_urlsafe(18),
            phone=phone,
            terminal_id=terminal_id,
            salt=salt,
            code_hash=hash_code(salt, code),
            created_at=now,
            expires_at=now + timedelta(seconds=otp.code_ttl_s),
            attempts_left=otp.max_attempts,
        )
        session.add(challenge)
    central.sms.send(phone, sms_text(code, otp.code_ttl_s), code, now)
    log.info("OTP challenge started for %s at %s", mask_phone(phone), terminal_id)
    return StartedChallenge(challenge.id, mask_phone(phone), otp.code_ttl_s, otp.resend_after_s)


def _as_datetime(value: object) -> datetime:
    """``min()`` over the text column comes back as text; parse it like the column type does."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def verify(central: Central, challenge_id: str, code: str, terminal_id: str) -> list[Parcel]:
    """The items of the challenge's phone, or ``400 otp_invalid`` (one answer for every failure)."""
    with central.db.write() as session:
        now = central.clock.now()
        # The row stays locked until the try is counted: concurrent tries (from any worker) are
        # counted one after the other, and a right code works once.
        challenge = (
            session.get(OtpChallenge, challenge_id, with_for_update=True)
            if _CHALLENGE_ID.fullmatch(challenge_id)
            else None
        )
        if challenge is None or challenge.terminal_id != terminal_id:
            hash_code(secrets.token_hex(16), code)  # the same work as a real check
            raise _invalid(0)
        matches = hmac.compare_digest(challenge.code_hash, hash_code(challenge.salt, code))
        if challenge.attempts_left <= 0 or now >= challenge.expires_at:
            challenge.attempts_left = 0
            raise _invalid(0)
        if not matches:
            challenge.attempts_left -= 1
            left = challenge.attempts_left
            session.flush()
        else:
            challenge.attempts_left = 0  # a code works once
            phone = challenge.phone
            parcels = list(items_of_phone(session, phone))
    if not matches:
        log.info("wrong OTP for challenge at %s, %d tries left", terminal_id, left)
        raise _invalid(left)
    log.info("OTP verified for %s at %s", mask_phone(phone), terminal_id)
    return parcels


def _invalid(attempts_left: int) -> ProblemError:
    return ProblemError(400, "otp_invalid", _INVALID_DETAIL, attempts_left=attempts_left)
