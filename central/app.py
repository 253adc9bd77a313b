"""``create_app``: the FastAPI application of the central API, built from :class:`Settings`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from central import demo
from central.context import Central
from central.db import Database
from central.faults import FaultMiddleware
from central.gate import RequestGate
from central.problems import add_problem_schemas, declare_body_limit, install_problem_handlers
from central.routes import checkout, dev, items, operator, pickup, staff, terminals, writes
from central.settings import Settings

log = logging.getLogger("central")

DESCRIPTION = (
    "The central system a parcel-supermarket terminal talks to (contract v1, API.md). Errors are "
    "RFC 9457 problem documents with a machine `code`."
)


def create_app(settings: Settings | None = None, central: Central | None = None) -> FastAPI:
    """Build the app. With ``settings.dev`` the dev endpoints are mounted and an empty database
    is seeded with the demo data."""
    settings = settings or Settings()
    central = central or Central(settings=settings, db=Database(settings.db_url))
    if settings.dev and demo.seed_if_empty(central.db, central.clock.now(), central.tz):
        log.info("loaded the demo data")
    app = FastAPI(
        title="Parcel supermarket central API",
        version=settings.version,
        description=DESCRIPTION,
        redirect_slashes=False,
    )
    app.state.central = central
    install_problem_handlers(app)
    app.include_router(items.router)
    app.include_router(writes.router)
    app.include_router(terminals.router)
    app.include_router(operator.router)
    app.include_router(pickup.router)
    app.include_router(staff.router)
    app.include_router(checkout.router)
    if settings.dev:
        app.include_router(dev.router)
    app.add_middleware(FaultMiddleware, faults=central.faults)
    app.add_middleware(
        RequestGate,
        tokens=central.tokens,
        operator_tokens=central.operator_tokens,
        max_body_bytes=settings.requests.max_body_bytes,
    )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            add_problem_schemas(schema)
            declare_body_limit(schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
