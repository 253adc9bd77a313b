"""Per-terminal bearer tokens: 401 without a valid one, 403 when acting for another terminal."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central.gate import TERMINAL_STATE_KEY
from central.problems import ProblemError

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="TerminalToken",
    description="The terminal's own token (dev server: `dev-` + the terminal id).",
)

_UNAUTHORIZED_HEADERS = {"WWW-Authenticate": "Bearer"}


async def authenticated_terminal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
) -> str:
    """The id of the terminal whose token the request carries.

    :class:`central.gate.RequestGate` checked the token before the body was read; ``credentials``
    is declared so the OpenAPI document shows the scheme.
    """
    terminal = request.scope.get("state", {}).get(TERMINAL_STATE_KEY)
    if not isinstance(terminal, str):
        raise ProblemError(
            401, "unauthorized", "A bearer token is required.", headers=_UNAUTHORIZED_HEADERS
        )
    return terminal


CallerId = Annotated[str, Depends(authenticated_terminal)]


def require_same_terminal(terminal_id: str, caller: str) -> None:
    """403 when a terminal acts under another terminal's id."""
    if not hmac.compare_digest(terminal_id.encode("utf-8", "surrogatepass"), caller.encode()):
        raise ProblemError(403, "forbidden", "The token belongs to another terminal.")
