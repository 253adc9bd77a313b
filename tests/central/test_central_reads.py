"""Where the lookup by number runs: on the event loop only for a SQLite file (a read by key there
never waits for a writer, and costs less than the thread pool's hand-off), in the thread pool on
PostgreSQL and on the in-memory database; the answers and the limits are the same either way."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import httpx
from central_testlib import TERMINAL, assert_problem, bearer, set_clock

from central.context import Central
from central.db import Database
from central.server import start_embedded
from central.settings import Settings
from kiosk.identifiers import s10_check_digit

KNOWN = "CC016695190KZ"
UNKNOWN = f"ZZ00000000{s10_check_digit('00000000')}KZ"


def _thread_of_a_read(db_url: str) -> tuple[bool, bool]:
    """(reads_inline, whether ``Central.read`` ran its function on the event loop's thread)."""
    central = Central(settings=Settings(db_url=db_url), db=Database(db_url))

    async def read() -> bool:
        return await central.read(threading.get_ident) == threading.get_ident()

    try:
        return central.reads_inline, asyncio.run(read())
    finally:
        central.db.engine.dispose()


def test_only_a_sqlite_file_is_read_on_the_event_loop(database_url: str) -> None:
    on_a_file = database_url.startswith("sqlite")
    assert _thread_of_a_read(database_url) == (on_a_file, on_a_file)
    assert _thread_of_a_read("sqlite:///:memory:") == (False, False)


def test_lookups_on_a_sqlite_file_answer_and_count_as_before(tmp_path: Path) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'central.sqlite3'}", dev=True)
    with start_embedded(settings=settings) as server:
        assert server.central.reads_inline
        with httpx.Client(base_url=server.url, headers=bearer(TERMINAL)) as api:
            set_clock(api, "2026-12-04T10:00:05+05:00")
            found = api.get(f"/api/v1/parcels/{KNOWN}")
            assert found.json()["location"] == {"row": "3", "compartment": "12"}
            assert_problem(api.get(f"/api/v1/parcels/{UNKNOWN}"), 404, "not_found")
            assert_problem(api.get("/api/v1/parcels/CC016695191KZ"), 422, "invalid_identifier")
            for _ in range(58):  # 60 a minute: the two above count too
                assert api.get(f"/api/v1/parcels/{KNOWN}").status_code == 200
            refused = api.get(f"/api/v1/parcels/{KNOWN}")
            assert_problem(refused, 429, "rate_limited")
            assert refused.headers["Retry-After"] == "55"
        anonymous = httpx.get(f"{server.url}/api/v1/parcels/{KNOWN}")
        assert_problem(anonymous, 401, "unauthorized")
