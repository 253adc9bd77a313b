"""The server's collaborators, built once by ``create_app``; routes reach them through the app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ParamSpec, TypeVar
from zoneinfo import ZoneInfo

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from central.clock import Clock
from central.db import Database
from central.faults import Faults
from central.limits import Counted, RequestLimiter
from central.settings import Settings
from central.sms import FakeSmsGateway
from central.tokens import TokenDirectory

_P = ParamSpec("_P")
_T = TypeVar("_T")


@dataclass
class Central:
    settings: Settings
    db: Database
    clock: Clock = field(default_factory=Clock)
    sms: FakeSmsGateway = field(default_factory=FakeSmsGateway)
    faults: Faults = field(default_factory=Faults)

    def __post_init__(self) -> None:
        self.tz = ZoneInfo(self.settings.storage.timezone)
        self.tokens = TokenDirectory(
            self.db, dev=self.settings.dev, ttl_s=self.settings.requests.token_cache_s
        )
        self.operator_tokens = TokenDirectory(
            self.db,
            dev=self.settings.dev,
            operators=True,
            ttl_s=self.settings.requests.token_cache_s,
        )
        self.limiter = RequestLimiter(self.db, self.settings.rate_limits.lookup_window_s)
        self.code_limiter = RequestLimiter(
            self.db, self.settings.rate_limits.pickup_code_window_s, (Counted.WRONG_PICKUP_CODE,)
        )
        # A SQLite file in WAL mode: a read never waits for a writer, the lookup limits are counted
        # in the process, and a lookup by key costs tens of microseconds: less than handing it to
        # the thread pool and back. PostgreSQL (a network round trip, a counter write) and the
        # in-memory database (reads take the write lock) stay off the event loop.
        self.reads_inline = self.db.dialect == "sqlite" and not self.db.in_memory

    async def read(self, fn: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """``fn(*args, **kwargs)``: a short read (and the lookup limits), on the event loop where
        that costs less than the thread pool's hand-off (see ``reads_inline``), else in the pool."""
        if self.reads_inline:
            return fn(*args, **kwargs)
        return await run_in_threadpool(fn, *args, **kwargs)


async def get_central(request: Request) -> Central:
    """A dependency (async: FastAPI would run a plain function in the thread pool)."""
    central: Central = request.app.state.central
    return central
