"""Injected faults (dev only): latency, a rate of 503 answers, or a server that refuses everything.

They apply to ``/api/v1/*`` only, so the dev endpoints that switch them off keep working. The
latency is an ``asyncio.sleep``: a slow answer never holds up other requests.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from central.problems import problem_response

API_PREFIX = "/api/v1"


@dataclass
class Faults:
    latency_ms: int = 0
    error_rate: float = 0.0
    down: bool = False

    def clear(self) -> None:
        self.latency_ms, self.error_rate, self.down = 0, 0.0, False

    @property
    def active(self) -> bool:
        return bool(self.latency_ms or self.error_rate or self.down)


class FaultMiddleware:
    """Pure ASGI middleware (no per-request cost but an attribute check while no fault is set)."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        faults = self.faults
        if scope["type"] != "http" or not faults.active or not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        if faults.down or (faults.error_rate and random.random() < faults.error_rate):
            detail = "The central system is down." if faults.down else "Injected failure."
            response = problem_response(503, "unavailable", detail, {"Retry-After": "1"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
