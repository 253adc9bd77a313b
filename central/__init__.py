"""The reference implementation of the central REST API (API.md): FastAPI + SQLAlchemy on SQLite.

Start it with ``python -m central [--dev]``, or in process with
:func:`central.server.start_embedded`.
"""

__version__ = "0.1.0"
