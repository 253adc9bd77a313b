"""Staff PINs stored as salted hashes: ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` (base64).

Only hashes are ever configured; a PIN is checked by hashing it again with the entry's salt and
comparing in constant time. Neither a PIN nor a hash is ever logged.

``python -m kiosk hash-pin [STAFF_ID]`` (or ``python -m kiosk.maintenance.pins [STAFF_ID]``) runs
:func:`main`: it reads a new PIN twice without echo and prints the configuration entry with its
salted hash (for ``[maintenance] staff``).
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import os
import sys
from collections.abc import Callable

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


def main(argv: list[str] | None = None, read: Callable[[str], str] = getpass.getpass) -> int:
    """The hash-printing command: 0 with the entry printed, 2 when the PIN is refused."""
    args = sys.argv[1:] if argv is None else argv
    staff_id = args[0] if args else "STAFF-ID"
    pin = read(f"New PIN for {staff_id} ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
    if not valid_pin(pin):
        print(f"kiosk: a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits", file=sys.stderr)
        return 2
    if read("Again: ") != pin:
        print("kiosk: the two PINs differ; nothing printed", file=sys.stderr)
        return 2
    print(f'{{ id = "{staff_id}", pin_hash = "{hash_pin(pin)}" }}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
