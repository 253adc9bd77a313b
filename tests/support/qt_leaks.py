"""Qt objects a test leaves behind fail it: top-level widgets still alive and QTimers still
running once its fixtures are torn down (widgets pytest-qt closed are deleted first).

The conftests of the Qt suites run every test that uses ``qapp`` through :func:`checked`.
Timers are tracked from their creation (``QTimer.__init__`` notes a weak reference and where it
was called), so a running timer names the line that made it.
"""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_timers: list[tuple[weakref.ref[QTimer], str]] = []  # made during the checks now running
_original_init = QTimer.__init__


def _tracking_init(self: QTimer, *args, **kwargs) -> None:
    _original_init(self, *args, **kwargs)
    caller = sys._getframe(1)
    _timers.append((weakref.ref(self), f"{caller.f_code.co_filename}:{caller.f_lineno}"))


def _track_timers() -> None:
    if QTimer.__init__ is not _tracking_init:
        QTimer.__init__ = _tracking_init  # type: ignore[method-assign]


def _delete_closed_widgets() -> None:
    """Run the deleteLater() calls pending (pytest-qt's for the windows it closed): a test that
    never spins the event loop would otherwise leave them all alive."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _running_timers(first: int) -> list[str]:
    running = []
    for ref, made_at in _timers[first:]:
        timer = ref()
        if timer is not None and shiboken6.isValid(timer) and timer.isActive():
            parent = timer.parent()
            owner = type(parent).__qualname__ if parent is not None else "no parent"
            running.append(f"QTimer made at {made_at} ({timer.interval()} ms, {owner})")
    return running


def _new_widgets(before: set[QWidget]) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return [
        f"{type(widget).__qualname__} {widget.objectName()!r}"
        + (" (visible)" if widget.isVisible() else "")
        for widget in app.topLevelWidgets()
        if widget not in before and shiboken6.isValid(widget)
    ]


def _leftovers(before: set[QWidget], first_timer: int) -> list[str]:
    _delete_closed_widgets()
    return _new_widgets(before) + _running_timers(first_timer)


@contextmanager
def no_leaked_qt_objects(app: QApplication) -> Iterator[None]:
    _track_timers()
    first_timer = len(_timers)
    _delete_closed_widgets()
    before = set(app.topLevelWidgets())
    yield
    leftovers = _leftovers(before, first_timer)
    if leftovers:  # perhaps only garbage in a reference cycle: collect it and look again
        gc.collect()
        leftovers = _leftovers(before, first_timer)
    before.clear()
    del _timers[first_timer:]
    if leftovers:
        pytest.fail(
            f"the test left {len(leftovers)} Qt object(s) behind:\n  " + "\n  ".join(leftovers),
            pytrace=False,
        )


def checked(request: pytest.FixtureRequest) -> Iterator[None]:
    """The body of an autouse fixture: a test that uses ``qapp`` is checked, others are not."""
    if "qapp" not in request.fixturenames:
        yield
        return
    with no_leaked_qt_objects(request.getfixturevalue("qapp")):
        yield
