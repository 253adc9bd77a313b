"""The fixtures the Qt and integration suites share (their conftests import them; the root conftest
stays Qt-free): every Qt test fails if it leaves widgets or running timers behind, and
``build_kiosk(url)`` builds the kiosk as the app wires it (tests/support/kiosk_builder.py)."""

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
