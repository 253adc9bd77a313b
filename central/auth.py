"""Per-terminal bearer tokens: 401 without a valid one, 403 when acting for another terminal."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from central.context import Central, get_central
from central.problems import ProblemError
from central.tokens import hash_token

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="TerminalToken",
    description="The terminal's own token (dev server: `dev-` + the terminal id).",
)

_UNAUTHORIZED_HEADERS = {"WWW-Authenticate": "Bearer"}


async def authenticated_terminal(
    central: Annotated[Central, Depends(get_central)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
) -> str:
    """The id of the terminal whose token the request carries; 401 without a valid one."""
    if credentials is None or not credentials.credentials:
        raise ProblemError(
            401, "unauthorized", "A bearer token is required.", headers=_UNAUTHORIZED_HEADERS
        )
    digest = hash_token(credentials.credentials)
    terminal = central.tokens.cached(digest)
    if terminal is None:
        terminal = await run_in_threadpool(central.tokens.lookup, digest)
    if terminal is None:
        raise ProblemError(
            401, "unauthorized", "The token is not valid.", headers=_UNAUTHORIZED_HEADERS
        )
    return terminal


CallerId = Annotated[str, Depends(authenticated_terminal)]


def require_same_terminal(terminal_id: str, caller: str) -> None:
    """403 when a terminal acts under another terminal's id."""
    if not hmac.compare_digest(terminal_id.encode("utf-8", "surrogatepass"), caller.encode()):
        raise ProblemError(403, "forbidden", "The token belongs to another terminal.")
