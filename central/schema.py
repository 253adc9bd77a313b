"""The database's schema revision: a new database gets today's schema; an older one is refused until
``python -m central migrate`` has upgraded it (Alembic, ``central/migrations``).

Only the check and the first creation live here: they run at every start, so they read one row with
plain SQL instead of importing Alembic. :mod:`central.migrate` runs the migrations themselves.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from central.db import Base

SCHEMA_REVISION = "0004"
"""The newest migration in ``central/migrations/versions`` (a test keeps the two in step)."""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
VERSION_TABLE = "alembic_version"


class SchemaMismatchError(RuntimeError):
    """The database's schema is not the one this server needs; the message says what to run."""


def database_revision(engine: Engine) -> str | None:
    """The database's Alembic revision; ``None`` when it has no version table."""
    if not inspect(engine).has_table(VERSION_TABLE):
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def prepare(engine: Engine, url_for_message: str) -> None:
    """Create today's schema in an empty database; refuse one at another revision."""
    revision = database_revision(engine)
    if revision == SCHEMA_REVISION:
        return
    if revision is None and not has_tables(engine):
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            connection.execute(
                text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            )
            connection.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:revision)"),
                {"revision": SCHEMA_REVISION},
            )
        return
    command = f"python -m central migrate --db {url_for_message}"
    if revision is None:
        raise SchemaMismatchError(
            f"The database was made by an older server, before schema revisions: run `{command}`."
        )
    if revision in KNOWN_REVISIONS:
        raise SchemaMismatchError(
            f"The database is at schema revision {revision}; this server needs {SCHEMA_REVISION}: "
            f"run `{command}`."
        )
    raise SchemaMismatchError(
        f"The database is at schema revision {revision}, which this server does not know (made by "
        f"a newer version?); this server needs {SCHEMA_REVISION}. Run the newer server, or restore "
        "a backup made for this version."
    )
