"""What the staff routes share: an idempotent write answered as JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from central.context import Central
from central.idempotency import StoredResponse, fingerprint, run_once

STAFF_PREFIX = "/api/v1/staff"


def idempotent_write(
    central: Central,
    caller: str,
    key: str | None,
    operation: str,
    canonical: dict[str, Any],
    action: Callable[[Session], StoredResponse],
) -> StoredResponse:
    """Run ``action`` once per (terminal, key); the same answer for every retry with that key."""
    return run_once(central, caller, key, fingerprint(operation, canonical), action)


def answer(stored: StoredResponse) -> JSONResponse:
    return JSONResponse(stored.body, status_code=stored.status)
