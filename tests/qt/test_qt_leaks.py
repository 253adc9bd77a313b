"""The Qt leak check (tests/support/qt_leaks.py) catches widgets and running timers left behind."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel
from qt_leaks import no_leaked_qt_objects


def checked(qapp, test_body: Callable[[], None]) -> None:
    with no_leaked_qt_objects(qapp):
        test_body()


def test_a_running_timer_left_behind_fails_the_test_and_names_its_line(qapp):
    owner = QObject()
    timers: list[QTimer] = []

    def leave_a_timer_running() -> None:
        timers.append(QTimer(owner))
        timers[0].start(250)

    with pytest.raises(pytest.fail.Exception, match=r"test_qt_leaks.py:\d+ \(250 ms, QObject\)"):
        checked(qapp, leave_a_timer_running)
    timers[0].stop()


def test_a_stopped_timer_and_a_closed_window_are_no_leak(qapp):
    def tidy() -> None:
        timer = QTimer()
        timer.start(250)
        label = QLabel("closed")
        label.show()
        timer.stop()
        label.close()
        label.deleteLater()

    checked(qapp, tidy)


def test_a_window_left_open_fails_the_test(qapp):
    labels: list[QLabel] = []

    def leave_a_window_open() -> None:
        labels.append(QLabel("left open"))
        labels[0].setObjectName("forgotten")
        labels[0].show()

    with pytest.raises(pytest.fail.Exception, match=r"QLabel 'forgotten' \(visible\)"):
        checked(qapp, leave_a_window_open)
    labels[0].close()
    labels[0].deleteLater()
