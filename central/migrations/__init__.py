"""Alembic migrations of the central database (``python -m central migrate``)."""
