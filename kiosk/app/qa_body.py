"""The QA port's request bodies, read defensively: a ``Content-Length`` that is not one whole number
of bytes, a body without one, one over the limit or one that stops arriving each end in a plain
error answer (a :class:`BodyError`), never a traceback or a thread blocked for good."""

from __future__ import annotations

import re
import socket
import time
from email.message import Message
from http import HTTPStatus
from io import BufferedIOBase

MAX_BODY = 8 * 1024 * 1024
READ_TIMEOUT_S = 10.0  # each read of the socket, headers included (a client that stops sending)
_METHODS_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
_DIGITS = re.compile(r"[0-9]+")
_LINGER_S = 2.0
_LINGER_BYTES = 4 * MAX_BODY


class BodyError(Exception):
    """The request's body cannot be read; ``status`` and the message are the answer."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def read_body(method: str, headers: Message, rfile: BufferedIOBase) -> bytes:
    """The body ``Content-Length`` announces, all of it, or :class:`BodyError`."""
    if headers.get("Transfer-Encoding") is not None:
        raise BodyError(
            HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length, not chunked"
        )
    values = {value.strip() for value in headers.get_all("Content-Length") or ()}
    if not values:
        if method in _METHODS_WITH_BODY:
            raise BodyError(HTTPStatus.LENGTH_REQUIRED, f"a {method} needs a Content-Length")
        return b""
    value = values.pop()
    if values or not _DIGITS.fullmatch(value):
        raise BodyError(
            HTTPStatus.BAD_REQUEST, "Content-Length must be one whole number of bytes, 0 or more"
        )
    digits = value.lstrip("0") or "0"  # int() of thousands of digits would raise
    length = int(digits) if len(digits) <= len(str(MAX_BODY)) else MAX_BODY + 1
    if length > MAX_BODY:
        raise BodyError(
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body is over {MAX_BODY // 2**20} MB"
        )
    try:
        body = rfile.read(length)
    except TimeoutError:
        raise BodyError(
            HTTPStatus.REQUEST_TIMEOUT, f"the body did not arrive within {READ_TIMEOUT_S:g} s"
        ) from None
    if len(body) < length:
        raise BodyError(HTTPStatus.BAD_REQUEST, "the body ended before its Content-Length")
    return body


def close_unread(connection: socket.socket) -> None:
    """After answering a request whose body was not read: stop sending, then read and drop what
    the client still sends (for a moment), so closing does not reset the connection before the
    client has read the answer (a reset can discard it)."""
    try:
        connection.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + _LINGER_S
        dropped = 0
        while dropped < _LINGER_BYTES:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            connection.settimeout(left)
            chunk = connection.recv(65536)
            if not chunk:
                break
            dropped += len(chunk)
    except OSError:  # the client is gone or silent: nothing more to do
        pass
