"""The integration suite: the real kiosk (``build_kiosk``, tests/support/kiosk_builder.py) against
the real central server, and the kiosk as a process. Tests that use Qt fail if they leave widgets
or running timers behind (tests/support/qt_leaks.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qt_leaks
from kiosk_builder import KioskBuilder


@pytest.fixture(autouse=True)
def _no_leaked_qt_objects(request: pytest.FixtureRequest) -> Iterator[None]:
    yield from qt_leaks.checked(request)


@pytest.fixture
def build_kiosk(qtbot, tmp_path: Path) -> Iterator:
    builder = KioskBuilder(qtbot, tmp_path)
    yield builder.build
    builder.close()
