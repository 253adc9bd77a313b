"""The integration suite: the real kiosk (``build_kiosk``, tests/support/kiosk_builder.py) against
the real central server, and the kiosk as a process. Tests that use Qt fail if they leave widgets
or running timers behind (tests/support/qt_leaks.py)."""

from __future__ import annotations

from kiosk_fixtures import _no_leaked_qt_objects, build_kiosk

__all__ = ["_no_leaked_qt_objects", "build_kiosk"]
