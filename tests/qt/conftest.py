"""pytest-qt tests of the kiosk's screens: the real window and controller, driven by taps.

The kiosk comes from the shared ``build_kiosk`` fixture of tests/conftest.py (controller, window,
mock printer and the real API client against the session's central server), the same kiosk the
integration suite drives.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent


def _delete_closed_windows() -> None:
    """Run the deleteLater() pytest-qt gives closed windows: a test that never spins the event loop
    would otherwise leave them all alive, and every language change would re-render all of them."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def kiosk(build_kiosk, central):
    """A kiosk on its home screen, in the default language (Kazakh), against the demo data."""
    _delete_closed_windows()
    yield build_kiosk(central.url)
    _delete_closed_windows()
