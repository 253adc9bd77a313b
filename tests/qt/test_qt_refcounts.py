"""A guard against a PySide6 bug that aborts the kiosk after a few thousand Qt calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a C++ method that returns
void (update, setText, resize...), and Python aborts with "none_dealloc" once None's count reaches
zero: a running kiosk would die after some minutes of spinner ticks and taps. pyproject.toml keeps
PySide6 below 6.12; this test fails if a version with the bug is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 1_000


def test_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.update()
        label.setText("x")
    assert sys.getrefcount(None) > before - CALLS // 2
