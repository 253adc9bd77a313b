"""The gate in front of every route (pure ASGI): what a request must be before any of it is parsed.

- A body over ``max_body_bytes`` is refused with 413: at once when ``Content-Length`` says so, or
  as soon as a chunked body grows past it (at most the limit is ever held in memory).
- ``/api/v1`` requests (but the public ones) need a valid bearer token, checked *before* the body is
  read: an unauthenticated client cannot make the server read, buffer or parse anything.
- ``/api/v1/operator`` takes operators' tokens, every other ``/api/v1`` path terminals' tokens.
- Whose the token is (a terminal id, an operator name) is left in ``scope["state"]`` for the
  routes' dependencies.
"""

from __future__ import annotations

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.problems import problem_response
from central.tokens import TokenDirectory

API_PREFIX = "/api/v1/"
OPERATOR_PREFIX = "/api/v1/operator/"
PUBLIC_PATHS = frozenset({"/api/v1/health"})
TERMINAL_STATE_KEY = "terminal_id"
OPERATOR_STATE_KEY = "operator"
_UNAUTHORIZED_HEADERS = {"WWW-Authenticate": "Bearer"}


def _bearer_token(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            header: str = value.decode("latin-1")
            scheme, _, token = header.partition(" ")
            token = token.strip()
            if scheme.lower() == "bearer" and token:
                return token
            return None
    return None


def _content_length(scope: Scope) -> int | None:
    """The declared length; -1 when the header is there but is not a length."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isascii() and text.isdigit() else -1
    return None


class RequestGate:
    def __init__(
        self,
        app: ASGIApp,
        *,
        tokens: TokenDirectory,
        operator_tokens: TokenDirectory,
        max_body_bytes: int,
    ) -> None:
        self.app = app
        self.tokens = tokens
        self.operator_tokens = operator_tokens
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _content_length(scope)
        if length == -1:
            await problem_response(400, "invalid_request", "Content-Length is not a number.")(
                scope, receive, send
            )
            return
        if length is not None and length > self.max_body_bytes:
            await self._too_large(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith(API_PREFIX) and path not in PUBLIC_PATHS:
            operator = path.startswith(OPERATOR_PREFIX)
            directory = self.operator_tokens if operator else self.tokens
            whose = await self._whose(scope, directory)
            if whose is None:
                has_token = _bearer_token(scope) is not None
                detail = "The token is not valid." if has_token else "A bearer token is required."
                await problem_response(401, "unauthorized", detail, _UNAUTHORIZED_HEADERS)(
                    scope, receive, send
                )
                return
            key = OPERATOR_STATE_KEY if operator else TERMINAL_STATE_KEY
            scope.setdefault("state", {})[key] = whose
        if scope["method"] in ("GET", "HEAD", "OPTIONS") and length is None:
            await self.app(scope, receive, send)
            return
        body = await self._read_body(receive)
        if body is None:
            await self._too_large(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _whose(self, scope: Scope, directory: TokenDirectory) -> str | None:
        token = _bearer_token(scope)
        if token is None:
            return None
        return directory.cached(token) or await to_thread.run_sync(directory.lookup, token)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or ``None`` as soon as it is over the limit."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"The request body is over {self.max_body_bytes} bytes."
        await problem_response(413, "payload_too_large", detail, {"Connection": "close"})(
            scope, receive, send
        )


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
