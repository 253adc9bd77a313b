"""Staff PINs stored as salted hashes: ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` (base64).

Only hashes are ever configured; a PIN is checked by hashing it again with the entry's salt and
comparing in constant time. Neither a PIN nor a hash is ever logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 60_000  # about 30 ms per check on the kiosk's class of CPU (see README, bench_pin)
SALT_BYTES = 16
MIN_DIGITS = 4
MAX_DIGITS = 8


class PinFormatError(ValueError):
    """A configured hash that cannot be a hash this module wrote."""


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return "$".join((ALGORITHM, str(iterations), _b64(salt), _b64(digest)))


def parse_hash(encoded: str) -> tuple[int, bytes, bytes]:
    """(iterations, salt, digest); :class:`PinFormatError` names what is wrong, never the value."""
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        raise PinFormatError(f"must look like {ALGORITHM}$<iterations>$<salt>$<hash>")
    try:
        iterations = int(parts[1])
        salt, digest = _unb64(parts[2]), _unb64(parts[3])
    except ValueError:
        raise PinFormatError("has a malformed number or base64 part") from None
    if not 1_000 <= iterations <= 10_000_000 or len(salt) < 8 or len(digest) != 32:
        raise PinFormatError("has implausible iterations, salt or hash length")
    return iterations, salt, digest


def verify_pin(pin: str, encoded: str) -> bool:
    """True when ``pin`` hashes to ``encoded``. CPU-bound: call it off the GUI thread."""
    try:
        iterations, salt, digest = parse_hash(encoded)
    except PinFormatError:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return hmac.compare_digest(candidate, digest)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    if not text:
        raise ValueError("empty")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
