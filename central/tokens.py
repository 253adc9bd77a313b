"""Which terminal a token belongs to: the database, read through a small in-memory cache.

Only SHA-256 hashes of tokens are stored. Tokens are long random strings, so a plain hash is
enough (no password stretching), and looking a hash up leaks nothing useful through timing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select

from central.db import Database, Terminal


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


class TokenDirectory:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[str, str] = {}

    def cached(self, digest: str) -> str | None:
        """The terminal of a token hash seen before (no I/O: safe on the event loop)."""
        return self._known.get(digest)

    def lookup(self, digest: str) -> str | None:
        """The terminal of a token hash, from the database (blocking)."""
        with self._db.read() as session:
            row = session.execute(
                select(Terminal.id, Terminal.token_hash).where(Terminal.token_hash == digest)
            ).first()
        if row is None or not hmac.compare_digest(row.token_hash, digest):
            return None
        self._known[digest] = row.id
        return str(row.id)

    def forget(self) -> None:
        """Drop the cache (after the terminals changed)."""
        self._known.clear()
