"""pytest-qt tests of the kiosk's screens: the real window and controller, driven by taps.

``build_kiosk(url)`` (tests/support/kiosk_builder.py): the kiosk as the app wires it, with a mock
printer, against ``url``: the same kiosk the integration suite drives. Every test that uses Qt
fails if it leaves widgets or running timers behind (tests/support/qt_leaks.py).
"""

from __future__ import annotations

import pytest
from kiosk_fixtures import _no_leaked_qt_objects, build_kiosk

__all__ = ["_no_leaked_qt_objects", "build_kiosk"]  # shared with tests/integration


@pytest.fixture
def kiosk(build_kiosk, central):
    """A kiosk on its home screen, in the default language (Kazakh), against the demo data."""
    return build_kiosk(central.url)
