"""``python -m central migrate --db URL``: bring a database to the schema this server needs.

A database made before schema revisions existed (it has the tables, no ``alembic_version``) is first
stamped as revision 0001, the schema those servers made; then every migration up to the newest runs.
An empty database gets every migration from the first.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine

from central.schema import database_revision, has_tables

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST_REVISION = "0001"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def newest_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def upgrade(url: str) -> tuple[str | None, str]:
    """Upgrade the database at ``url``; return its revision before and after."""
    engine = create_engine(url)
    try:
        before = database_revision(engine)
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            if before is None and has_tables(engine):
                command.stamp(config, FIRST_REVISION)
            command.upgrade(config, "head")
        return before, newest_revision()
    finally:
        engine.dispose()
