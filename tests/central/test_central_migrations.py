"""Schema revisions: a new database gets today's schema, an older one is refused until migrated, and
the migrations from a database made before revisions existed keep its data."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from central_testlib import TERMINAL
from sqlalchemy import create_engine, text

from central.db import Base, Box, Database, Parcel, Terminal
from central.migrate import FIRST_REVISION, alembic_config, newest_revision, upgrade
from central.schema import SCHEMA_REVISION, SchemaMismatchError, database_revision
from central.server import start_embedded
from central.settings import Settings

REPO = Path(__file__).resolve().parents[2]
MADE_BEFORE_REVISIONS = Path(__file__).with_name("data") / "central-before-revisions.sqlite3"


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A copy of a database the server made before schema revisions (demo data, a ticket, a
    heartbeat), committed as a file so no copy of the old code is needed."""
    path = tmp_path / "central.sqlite3"
    shutil.copyfile(MADE_BEFORE_REVISIONS, path)
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_the_schema_revision_is_the_newest_migration() -> None:
    assert newest_revision() == SCHEMA_REVISION


def test_the_migrations_make_the_schema_of_the_models(database_url: str) -> None:
    url = database_url
    assert upgrade(url) == (None, SCHEMA_REVISION)
    engine = create_engine(url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_new_database_gets_todays_schema_and_revision(database_url: str) -> None:
    db = Database(database_url)
    assert database_revision(db.engine) == SCHEMA_REVISION
    db.dispose()


def test_a_database_at_the_first_revision_is_upgraded_with_its_data(database_url: str) -> None:
    engine = create_engine(database_url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, FIRST_REVISION)
        connection.execute(
            text(
                "INSERT INTO terminals (id, name, token_hash, maintenance_requested) "
                "VALUES ('T-KRG-01', 'Karaganda', :hash, false)"
            ),
            {"hash": "0" * 64},
        )
    engine.dispose()
    with pytest.raises(SchemaMismatchError, match=f"revision {FIRST_REVISION}"):
        Database(database_url)
    assert upgrade(database_url) == (FIRST_REVISION, SCHEMA_REVISION)
    db = Database(database_url)
    with db.read() as session:
        terminal = session.get_one(Terminal, "T-KRG-01")
        assert (terminal.name, terminal.revoked_at) == ("Karaganda", None)
    db.dispose()


def test_a_database_at_the_previous_revision_is_upgraded_with_its_data(database_url: str) -> None:
    """0002 → 0003: terminals get the customer role, parcels and boxes keep their states."""
    engine = create_engine(database_url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO terminals (id, name, token_hash, maintenance_requested) "
                "VALUES ('T-KRG-01', 'Karaganda', :hash, false)"
            ),
            {"hash": "0" * 64},
        )
        connection.execute(
            text(
                "INSERT INTO parcels (tracking_number, kind, status, recipient_phone, "
                "recipient_name, arrived_at, location_row, location_compartment, cod_amount_kzt) "
                "VALUES ('CC016695190KZ', 'parcel', 'awaiting_pickup', '+77011234567', 'A N', "
                "'2026-12-01T05:15:00.000000+00:00', '3', '12', 15900)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO boxes (barcode, size, status) "
                "VALUES ('CB200000010KZ', 'M', 'dispatched')"
            )
        )
    engine.dispose()
    with pytest.raises(SchemaMismatchError, match="revision 0002"):
        Database(database_url)
    assert upgrade(database_url) == ("0002", SCHEMA_REVISION)
    db = Database(database_url)
    with db.read() as session:
        terminal = session.get_one(Terminal, "T-KRG-01")
        parcel = session.get_one(Parcel, "CC016695190KZ")
        box = session.get_one(Box, "CB200000010KZ")
    db.dispose()
    assert (terminal.name, terminal.role) == ("Karaganda", "customer")
    assert (parcel.status, parcel.location_row, parcel.cod_amount_kzt) == (
        "awaiting_pickup",
        "3",
        15900,
    )
    assert (box.status, box.collected_at) == ("dispatched", None)


def test_a_database_from_before_revisions_is_refused_with_what_to_run(old_database: Path) -> None:
    with pytest.raises(SchemaMismatchError, match="python -m central migrate --db"):
        Database(f"sqlite:///{old_database}")


def test_the_server_command_refuses_it_with_exit_code_2(old_database: Path) -> None:
    command = [sys.executable, "-m", "central", "--db", str(old_database), "--port", "0"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "python -m central migrate" in result.stderr


def test_migrate_keeps_the_data_and_the_server_then_serves_it(old_database: Path) -> None:
    tickets_before = _rows(old_database, "SELECT ticket_id, tracking_numbers FROM tickets")
    parcels_before = _rows(old_database, "SELECT * FROM parcels ORDER BY tracking_number")
    command = [sys.executable, "-m", "central", "migrate", "--db", str(old_database)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"from revision none to {SCHEMA_REVISION}" in result.stdout
    assert _rows(old_database, "SELECT ticket_id, tracking_numbers FROM tickets") == tickets_before
    parcels_after = _rows(old_database, "SELECT * FROM parcels ORDER BY tracking_number")
    assert parcels_after == parcels_before
    assert _rows(old_database, "SELECT id, revoked_at FROM terminals WHERE id = 'T-ALA-01'") == [
        ("T-ALA-01", None)
    ]
    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert "already at schema revision" in again.stdout
    settings = Settings(db_url=f"sqlite:///{old_database}", dev=True)
    with start_embedded(settings=settings) as server:
        headers = {"Authorization": f"Bearer dev-{TERMINAL}"}
        parcel = httpx.get(f"{server.url}/api/v1/parcels/CC016695190KZ", headers=headers)
        assert parcel.json()["location"] == {"row": "3", "compartment": "12"}
        tickets = httpx.get(f"{server.url}/dev/tickets").json()
        assert [t["ticket_id"] for t in tickets] == ["TK-OLD-1"]


def test_a_revision_the_server_does_not_know_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaMismatchError, match="does not know"):
        Database(f"sqlite:///{path}")
