"""Property-based fuzzing of the whole API from its own OpenAPI document (schemathesis).

Every operation of a dev app (demo data, T-ALA-01's token) gets generated valid and invalid
requests; each answer must be no 5xx, a declared status, the declared content type, and a body and
headers that match the declared schema. /dev/faults and /dev/reset are left out: they would switch
the app off or wipe it in the middle of the run (test_central_faults covers them).

Not checked: that every schema-valid request is accepted. A tracking number's check digit or a
phone's Kazakhstan mobile range cannot be said in JSON Schema, so schema-valid strings get
``422 invalid_identifier`` by design (test_central_parcels and test_central_otp cover those rules).

The app is built at import (schemathesis loads the schema while pytest collects; its lazy
``from_fixture`` loader does not work with pytest 9) and served in process through ASGI. The test
runs once per database: ``backend`` points the served app at a dev app on SQLite or on PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from central_postgres import PostgresServer
from central_testlib import BACKENDS, TERMINAL, bearer
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from starlette.types import Receive, Scope, Send

from central.app import create_app
from central.settings import Settings


class _BackendApp:
    """The served ASGI app: forwards to the dev app of the database under test."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


SQLITE_APP = create_app(Settings(dev=True))
APP = _BackendApp(SQLITE_APP)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).exclude(
    path_regex=r"^/dev/(faults|reset)$"
)


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "sqlite":
        APP.app = SQLITE_APP
        yield request.param
        return
    postgres: PostgresServer = request.getfixturevalue("postgres")
    app = create_app(Settings(db_url=postgres.create_database("fuzz"), dev=True))
    APP.app = app
    yield request.param
    APP.app = SQLITE_APP
    app.state.central.db.dispose()


@schema.parametrize()
# The same examples on every run, so CI never fails on a case it drew once; CENTRAL_FUZZ_RANDOM=1
# draws new ones (run it by hand to explore further).
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not os.environ.get("CENTRAL_FUZZ_RANDOM"),
)
def test_api_conforms_to_its_schema(case: schemathesis.Case[Any], backend: str) -> None:
    assert APP.app.state.central.db.dialect == backend
    case.call_and_validate(headers=bearer(TERMINAL), excluded_checks=[positive_data_acceptance])
