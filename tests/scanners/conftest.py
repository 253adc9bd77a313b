"""The scanner adapters' tests: those that use Qt (the keyboard wedge, the camera's thread) fail if
they leave widgets or running timers behind (tests/support/qt_leaks.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import qt_leaks


@pytest.fixture(autouse=True)
def _no_leaked_qt_objects(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from qt_leaks.checked(request)
