"""A staff write's idempotency key, kept until the write has an answer.

The same write (the same action on the same things) asked again after "not saved — try again"
goes out with the same key, so the server answers it once however often it is sent; a definite
answer (done, or refused) forgets the key, and the next write gets a new one. What the server
refuses is told by the problem code; a write that got no answer is ``unavailable``.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Hashable

from kiosk.errors import ApiError, ServiceUnavailable
from kiosk.log import LogArea

log = logging.getLogger(LogArea.FLOW.logger_name)

UNAVAILABLE = "unavailable"


class WriteKeys:
    def __init__(self) -> None:
        self._keys: dict[Hashable, str] = {}

    def key(self, write: Hashable) -> str:
        """The key of ``write``: the one it was sent with before, until it got an answer."""
        return self._keys.setdefault(write, str(uuid.uuid4()))

    def answered(self, write: Hashable) -> None:
        self._keys.pop(write, None)

    def pending(self) -> int:
        return len(self._keys)


def problem_of(error: BaseException | None, what: str) -> tuple[str, str]:
    """(problem code, detail for staff) of a failed call; ``unavailable`` when no answer came."""
    if isinstance(error, ServiceUnavailable):
        log.warning("%s: not saved, central unreachable: %s", what, error)
        return UNAVAILABLE, ""
    if isinstance(error, ApiError):
        log.info("%s refused: %s", what, error)
        return error.problem, error.detail
    log.error("%s failed unexpectedly: %r", what, error)
    return UNAVAILABLE, ""


def is_definite(problem: str) -> bool:
    """A refusal is an answer (the key is done); no answer is not."""
    return problem != UNAVAILABLE
