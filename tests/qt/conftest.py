"""pytest-qt tests of the kiosk's screens: the real window and controller, driven by taps.

``build_kiosk(url)`` (tests/support/kiosk_builder.py): the kiosk as the app wires it, with a mock
printer, against ``url``: the same kiosk the integration suite drives. Every test that uses Qt
fails if it leaves widgets or running timers behind (tests/support/qt_leaks.py).
"""

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


@pytest.fixture
def kiosk(build_kiosk, central):
    """A kiosk on its home screen, in the default language (Kazakh), against the demo data."""
    return build_kiosk(central.url)
