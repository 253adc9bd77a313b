"""SQLAlchemy models and the engine: PostgreSQL (psycopg 3, ``postgresql+psycopg://…``) for a fleet
with several workers, or SQLite (a file in WAL mode, or one shared in-memory DB) embedded.

SQLite allows one writer at a time, so on SQLite :meth:`Database.write` serialises writers in
process with a lock; file databases read concurrently without it (WAL). The in-memory database is a
single connection shared by every thread (StaticPool), so there every session takes the lock.
On PostgreSQL nothing is held in the process: whatever must hold across workers (one record per
idempotency key, OTP tries, request counters) is decided by the database's constraints and locks.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Dialect,
    Engine,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%f+00:00"


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as fixed-width UTC text, so it sorts and compares in SQL."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(UTC).strftime(_UTC_FORMAT)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    pass


class Terminal(Base):
    __tablename__ = "terminals"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    maintenance_requested: Mapped[bool] = mapped_column(default=False)
    maintenance_message: Mapped[str | None] = mapped_column(String(500))
    last_heartbeat: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    last_heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # customer (the kiosk), checkout or stocking (central/roles.py): the staff endpoints it may use
    role: Mapped[str] = mapped_column(String(16), default="customer", server_default="customer")


class Operator(Base):
    """Someone who runs the fleet: their token opens ``/api/v1/operator``, a terminal's does not."""

    __tablename__ = "operators"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Parcel(Base):
    __tablename__ = "parcels"

    tracking_number: Mapped[str] = mapped_column(String(13), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    recipient_phone: Mapped[str | None] = mapped_column(String(16), index=True)
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    arrived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    location_row: Mapped[str | None] = mapped_column(String(16))
    location_compartment: Mapped[str | None] = mapped_column(String(16))
    cod_amount_kzt: Mapped[int] = mapped_column(default=0)


class Box(Base):
    __tablename__ = "boxes"

    barcode: Mapped[str] = mapped_column(String(13), primary_key=True)
    size: Mapped[str] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(12), default="unused")  # dispatched, collected
    collected_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Ticket(Base):
    __tablename__ = "tickets"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    ticket_id: Mapped[str] = mapped_column(String(32), unique=True)
    terminal_id: Mapped[str] = mapped_column(String(64), index=True)
    tracking_numbers: Mapped[list[str]] = mapped_column(JSON)
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    language: Mapped[str] = mapped_column(String(2))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # indexed: the checkout finds a ticket by the first 8 characters printed on it
    idempotency_key: Mapped[str | None] = mapped_column(String(100), index=True)


class Dispatch(Base):
    __tablename__ = "dispatches"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    dispatch_id: Mapped[str] = mapped_column(String(32), unique=True)
    # One dispatch per box, enforced by the database too.
    box_barcode: Mapped[str] = mapped_column(ForeignKey("boxes.barcode"), unique=True)
    terminal_id: Mapped[str] = mapped_column(String(64), index=True)
    accepted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sender_phone: Mapped[str | None] = mapped_column(String(16))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    idempotency_key: Mapped[str | None] = mapped_column(String(100))


class IdempotencyRecord(Base):
    """A write's stored response, found again by (terminal, Idempotency-Key)."""

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("terminal_id", "key", name="uq_idempotency_terminal_key"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(100))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(default=0)
    response_body: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OtpChallenge(Base):
    """One SMS code: only its salted HMAC is stored, never the code."""

    __tablename__ = "otp_challenges"
    __table_args__ = (
        Index("ix_otp_phone_created", "phone", "created_at"),
        Index("ix_otp_terminal_created", "terminal_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    phone: Mapped[str] = mapped_column(String(16))
    terminal_id: Mapped[str] = mapped_column(String(64))
    salt: Mapped[str] = mapped_column(String(64))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts_left: Mapped[int]


class RequestCounter(Base):
    """How many requests of one kind a terminal made in one fixed window (server-side limits)."""

    __tablename__ = "request_counters"

    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    window_start: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)


class PickupCode(Base):
    """A parcel's pickup code (sent in the shelving SMS): only its keyed HMAC is stored."""

    __tablename__ = "pickup_codes"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    tracking_number: Mapped[str] = mapped_column(ForeignKey("parcels.tracking_number"), index=True)
    phone: Mapped[str | None] = mapped_column(String(16))
    terminal_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ServerSecret(Base):
    """A random key the server made for itself once (the pickup codes' HMAC key)."""

    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    """One staff write: who (staff id, at which terminal), what, on which parcel or box."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)


class Handover(Base):
    """A checkout's outcome for the parcels shown to one customer: handed over or not (why)."""

    __tablename__ = "handovers"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    handover_id: Mapped[str] = mapped_column(String(32), unique=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    ticket_id: Mapped[str | None] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(20))
    tracking_numbers: Mapped[list[str]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


def _is_memory_url(url: str) -> bool:
    return url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url


def redacted_url(url: str) -> str:
    """A database URL fit for a message: without its password."""
    return make_url(url).render_as_string(hide_password=True) if "://" in url else url


def sqlite_url(path_or_url: str) -> str:
    """Accept a file path, ``:memory:`` or a full SQLAlchemy URL."""
    if "://" in path_or_url:
        return path_or_url
    if path_or_url == ":memory:":
        return "sqlite:///:memory:"
    return f"sqlite:///{path_or_url}"


def _tune_sqlite_file(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if _is_memory_url(url):
        return create_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, pool_size=8, max_overflow=8
        )
        event.listen(engine, "connect", _tune_sqlite_file)
        return engine
    # Sync routes run in a thread pool of 40: enough connections that they rarely wait for one.
    # No pre-ping (a round trip at every checkout, ~1 ms of a lookup's CPU): after a database
    # restart the first statement on a dead connection fails once, and the pool starts afresh.
    return create_engine(url, pool_size=10, max_overflow=20)


class Database:
    """The engine, a session factory, and (SQLite only) the lock that keeps its one-writer rule."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self.in_memory = _is_memory_url(url)
        self._write_lock: AbstractContextManager[object] = (
            threading.Lock() if self.dialect == "sqlite" else nullcontext()
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        from central.schema import prepare  # the schema module builds on the models above

        try:
            prepare(self.engine, redacted_url(url))
        except BaseException:
            self.engine.dispose()  # a refused database leaves no connection open
            raise

    def _read_guard(self) -> AbstractContextManager[object]:
        return self._write_lock if self.in_memory else nullcontext()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._read_guard(), self._sessions() as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for reading: a fraction of a Session's cost, for the hot lookups."""
        with self._read_guard(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back on error."""
        with self._write_lock, self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a transaction committed at the end of the block: a fraction of a
        Session's cost, for the small writes every request makes (request counters)."""
        with self._write_lock, self.engine.begin() as connection:
            yield connection

    def lock(self, session: Session, *names: str) -> None:
        """Hold named locks until ``session``'s transaction ends, so that workers in other
        processes doing the same check-then-write wait for each other (PostgreSQL advisory locks;
        on SQLite the write lock already serialises every writer). Take names in a fixed order."""
        if self.dialect != "postgresql":
            return
        for name in names:
            session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})

    def clear(self) -> None:
        """Delete every row (dev reset)."""
        with self.write() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))

    def dispose(self) -> None:
        self.engine.dispose()
