"""Fixtures of the central server's tests: the server on each database, and its HTTP clients.

``central_server`` (and so ``central``, ``api``, ``anon``) is parametrized by backend here: every
test of the central suite that uses it runs against SQLite (in memory) and against PostgreSQL (a
throwaway cluster the session starts with initdb and pg_ctl, ``postgres``).
``database_url``: an empty database of each backend for tests that start servers of their own.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_postgres import INSTALL_HINT, PostgresServer, find_bindir
from central_testlib import BACKENDS, CHECKOUT, STOCKING, TERMINAL, bearer

from central.server import EmbeddedServer, start_embedded

_database_names = itertools.count()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of the whole session, in a temporary folder (gone afterwards)."""
    if find_bindir() is None:
        message = f"PostgreSQL is not installed: {INSTALL_HINT}"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it: missing there is a broken setup, not a skip
        pytest.skip(message)
    server = PostgresServer.start()
    yield server
    server.stop()


def new_database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / f'central-{next(_database_names)}.sqlite3'}"
    postgres: PostgresServer = request.getfixturevalue("postgres")
    return postgres.create_database(f"test_{next(_database_names)}")


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a new, empty database: a SQLite file, or a PostgreSQL database."""
    return new_database_url(request, request.param, tmp_path)


@pytest.fixture(scope="session", params=BACKENDS)
def central_server(request: pytest.FixtureRequest) -> Iterator[EmbeddedServer]:
    """One dev server (demo data) per backend for the whole session (overrides tests/conftest.py's
    SQLite-only one for this folder)."""
    if request.param == "sqlite":
        url = "sqlite:///:memory:"
    else:
        postgres: PostgresServer = request.getfixturevalue("postgres")
        url = postgres.create_database("central_shared")
    server = start_embedded(url, dev=True, host="127.0.0.1", port=0)
    yield server
    server.stop()


@pytest.fixture
def api(central: EmbeddedServer) -> Iterator[httpx.Client]:
    """A client of the reset server, authenticated as T-ALA-01."""
    with httpx.Client(base_url=central.url, headers=bearer(TERMINAL), timeout=10) as client:
        yield client


@pytest.fixture
def anon(central: EmbeddedServer) -> Iterator[httpx.Client]:
    """A client of the reset server without a token."""
    with httpx.Client(base_url=central.url, timeout=10) as client:
        yield client


@pytest.fixture
def stocking(central: EmbeddedServer) -> Iterator[httpx.Client]:
    """A client of the reset server, authenticated as the dev stocking station."""
    with httpx.Client(base_url=central.url, headers=bearer(STOCKING), timeout=10) as client:
        yield client


@pytest.fixture
def checkout(central: EmbeddedServer) -> Iterator[httpx.Client]:
    """A client of the reset server, authenticated as the dev checkout desk."""
    with httpx.Client(base_url=central.url, headers=bearer(CHECKOUT), timeout=10) as client:
        yield client
