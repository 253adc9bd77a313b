"""Alembic's environment: always run by :mod:`central.migrate` with a connection it opened."""

from __future__ import annotations

from alembic import context

from central.db import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
