"""Fixtures of the central server's tests: HTTP clients of the reset server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from central_testlib import TERMINAL, bearer

from central.server import EmbeddedServer


@pytest.fixture
def api(central: EmbeddedServer) -> Iterator[httpx.Client]:
    """A client of the reset server, authenticated as T-ALA-01."""
    with httpx.Client(base_url=central.url, headers=bearer(TERMINAL), timeout=10) as client:
        yield client


@pytest.fixture
def anon(central: EmbeddedServer) -> Iterator[httpx.Client]:
    """A client of the reset server without a token."""
    with httpx.Client(base_url=central.url, timeout=10) as client:
        yield client
