"""``python tests/support/start_probe.py <kiosk args>``: the real kiosk (``kiosk.app.main``) that
quits once it has built its other screens after the first frame, and prints one line
``START-PROBE {json}``: at the first paint of its first screen and after the screens built
after it, the modules loaded (``modules``) and the screens built (``screens``). Test code only.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import gui, main
from ui.main_window import MainWindow

PREFIX = "START-PROBE "
seen: dict[str, Any] = {}


def snapshot(window: MainWindow) -> dict[str, Any]:
    return {"modules": sorted(sys.modules), "screens": sorted(window.screens)}


class FirstPaint(QObject):
    """Installed after the kiosk's own first-paint filter, so asked before it (Qt asks the filter
    installed last first): what is loaded before anything waits for the first paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint and "first_paint" not in seen:
            seen["first_paint"] = snapshot(self.window)
        return False


real_build = gui.build
real_build_deferred = MainWindow.build_deferred_screens


def build(*args: Any, **kwargs: Any) -> gui.Kiosk:
    kiosk = real_build(*args, **kwargs)
    kiosk.window.stack.currentWidget().installEventFilter(FirstPaint(kiosk.window))
    return kiosk


def build_deferred_screens(window: MainWindow, **how: bool) -> None:
    def built() -> None:
        seen["after"] = snapshot(window) | {"names": window.screen_names()}
        print(PREFIX + json.dumps(seen), flush=True)
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    window.screens_built.connect(built)
    real_build_deferred(window, **how)


if __name__ == "__main__":
    gui.build = build
    MainWindow.build_deferred_screens = build_deferred_screens  # type: ignore[method-assign]
    sys.exit(main(sys.argv[1:]))
