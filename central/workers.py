"""Several worker processes on one listening socket: ``python -m central --db URL --workers N``.

The parent binds the socket and brings the database to a known state (a new database gets its
schema here, once, instead of in N racing workers); uvicorn's supervisor then spawns N processes,
restarts one that dies, and stops them all on SIGTERM or SIGINT. Each worker builds its own app from
the settings the parent left in the environment, and accepts connections from the shared socket.

Nothing is shared between workers but the database: idempotency keys, OTP tries, request counters
and token revocations all hold there (``central/db.py``). So several workers need PostgreSQL; and
the dev mode, whose clock, faults and SMS outbox live in one process, runs with one worker only.
"""

from __future__ import annotations

import logging
import os
import socket

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess

from central import logs
from central.app import create_app
from central.db import Database
from central.settings import Settings

SETTINGS_ENV = "CENTRAL_WORKER_SETTINGS"
LOG_LEVEL_ENV = "CENTRAL_WORKER_LOG_LEVEL"
_START_TIMEOUT_S = 60  # a worker imports the app and opens the database: seconds on a busy machine


def why_not_workers(settings: Settings, workers: int) -> str | None:
    """Why the server cannot run ``workers`` processes with these settings; ``None`` if it can."""
    if workers < 1:
        return "--workers must be at least 1."
    if workers == 1:
        return None
    if not settings.db_url.startswith("postgresql"):
        return (
            "--workers above 1 needs PostgreSQL (--db postgresql+psycopg://USER@HOST/DB): SQLite "
            "allows one writer, and this server keeps that rule inside one process."
        )
    if settings.dev:
        return "--dev keeps its clock, faults and SMS codes in one process: use --workers 1."
    return None


def worker_app() -> FastAPI:
    """The app of one worker (uvicorn calls this factory in each spawned process)."""
    logs.configure(int(os.environ.get(LOG_LEVEL_ENV, str(logging.INFO))))
    return create_app(Settings.model_validate_json(os.environ[SETTINGS_ENV]))


def prepare_database(settings: Settings) -> None:
    """Create the schema of a new database, or raise ``SchemaMismatchError`` (before any worker)."""
    Database(settings.db_url).dispose()


def serve(
    settings: Settings, sock: socket.socket, workers: int, *, access_log: bool, log_level: int
) -> None:
    """Run ``workers`` processes serving ``sock`` until SIGTERM or SIGINT; print a line when they
    all serve."""
    os.environ[SETTINGS_ENV] = settings.model_dump_json()
    os.environ[LOG_LEVEL_ENV] = str(log_level)
    config = uvicorn.Config(
        "central.workers:worker_app",
        factory=True,
        workers=workers,
        lifespan="off",
        access_log=access_log,
        log_config=None,
        timeout_graceful_shutdown=2,
        server_header=False,
    )
    _Workers(config, sockets=[sock]).run()


class _Workers(Multiprocess):
    """uvicorn's supervisor, saying when every worker serves."""

    def init_processes(self) -> None:
        super().init_processes()
        ready = sum(p.wait_until_ready(_START_TIMEOUT_S, self.should_exit) for p in self.processes)
        print(f"Workers serving: {ready} of {len(self.processes)}", flush=True)
