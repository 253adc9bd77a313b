"""The server's collaborators, built once by ``create_app``; routes reach them through the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from fastapi import Request

from central.clock import Clock
from central.db import Database
from central.faults import Faults
from central.limits import Counted, RequestLimiter
from central.settings import Settings
from central.sms import FakeSmsGateway
from central.tokens import TokenDirectory


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


async def get_central(request: Request) -> Central:
    """A dependency (async: FastAPI would run a plain function in the thread pool)."""
    central: Central = request.app.state.central
    return central
