"""pytest-qt tests of the kiosk's screens: the real window and controller, driven by taps.

The kiosk comes from the integration suite's ``build_kiosk`` fixture (controller, window, mock
printer and the real API client against the session's central server), loaded from there rather
than copied, so both suites always build the kiosk the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load_integration_fixtures() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "integration" / "conftest.py"
    spec = importlib.util.spec_from_file_location("integration_kiosk_fixtures", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


build_kiosk = _load_integration_fixtures().build_kiosk


@pytest.fixture
def kiosk(build_kiosk, central):
    """A kiosk on its home screen, in the default language (Kazakh), against the demo data."""
    return build_kiosk(central.url)
