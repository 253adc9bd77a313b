"""Which terminal a token belongs to: the database, through a cache that forgets within a second.

Only SHA-256 hashes of tokens are stored. Tokens are long random strings, so a plain hash is
enough (no password stretching), and looking a hash up leaks nothing useful through timing.

The cache keeps an answer for ``ttl_s`` (half a second by default), so a token rotated or revoked by
the admin command, in any worker process, stops working everywhere within that time, while a busy
terminal's requests do not each cost a database read.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable

from sqlalchemy import Select, select

from central.db import Database, Operator, Terminal

DEV_TOKEN_PREFIX = "dev-"  # noqa: S105 - the documented demo tokens (API.md), only with --dev


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def is_dev_token(token: str, terminal_id: str) -> bool:
    """The public demo token of a terminal (``dev-`` + its id): valid only on a ``--dev`` server."""
    expected = (DEV_TOKEN_PREFIX + terminal_id).encode()
    return hmac.compare_digest(token.encode("utf-8", "surrogatepass"), expected)


def _terminal_of(digest: str) -> Select[str, str]:
    return select(Terminal.id, Terminal.token_hash).where(
        Terminal.token_hash == digest, Terminal.revoked_at.is_(None)
    )


def _operator_of(digest: str) -> Select[str, str]:
    return select(Operator.name, Operator.token_hash).where(
        Operator.token_hash == digest, Operator.revoked_at.is_(None)
    )


class TokenDirectory:
    """Terminals' tokens (``operators=False``) or operators' tokens: whose a token is."""

    def __init__(
        self,
        db: Database,
        *,
        dev: bool,
        operators: bool = False,
        ttl_s: float = 0.5,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._dev = dev
        self._query = _operator_of if operators else _terminal_of
        self._operators = operators
        self._ttl_s = ttl_s
        self._monotonic = monotonic
        self._known: dict[str, tuple[str | None, float]] = {}
        self._lock = threading.Lock()

    def cached(self, token: str) -> str | None:
        """The terminal of a token seen less than ``ttl_s`` ago (no I/O: safe on the event loop).

        ``None`` means "ask :meth:`lookup`", not "refused".
        """
        digest = hash_token(token)
        with self._lock:
            entry = self._known.get(digest)
        if entry is None or entry[1] <= self._monotonic() or entry[0] is None:
            return None
        return entry[0]

    def lookup(self, token: str) -> str | None:
        """Whose the token is, from the database (blocking); ``None`` when it is not valid."""
        digest = hash_token(token)
        with self._db.connect() as connection:
            row = connection.execute(self._query(digest)).first()
        terminal: str | None = None
        if row is not None and hmac.compare_digest(row[1], digest):
            terminal = str(row[0])
            if not self._dev and not self._operators and is_dev_token(token, terminal):
                terminal = None
        with self._lock:
            if len(self._known) > 10_000:
                self._known.clear()
            self._known[digest] = (terminal, self._monotonic() + self._ttl_s)
        return terminal

    def forget(self) -> None:
        """Drop the cache (after the terminals changed in this process)."""
        with self._lock:
            self._known.clear()
