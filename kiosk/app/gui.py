"""The kiosk's GUI around its wired core: the window, the scanners, what waits for the first paint,
and (with mock hardware) the dev tools. ``build`` is what ``python -m kiosk`` runs between start-up
and ``qapp.exec()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import __version__
from kiosk.app import devtools
from kiosk.app.scanners import (
    mock_scanner_for,
    scanner_states,
    show_camera_previews,
    start_scanners,
)
from kiosk.app.speech import connect_window, tone_player, watch_headphones
from kiosk.app.wiring import AppActions, CoreParts, Endpoint, wire
from kiosk.cli import Options
from kiosk.config import KioskConfig
from kiosk.lifecycle import ExitCode, ShutdownSequence
from kiosk.log import LogArea
from kiosk.memory import tune_allocator

if TYPE_CHECKING:
    from kiosk.app.qa_port import QaPort

log = logging.getLogger(LogArea.APP.logger_name)

# Qt keeps styled backgrounds and scaled pictures for reuse, up to 10 MB by default; the kiosk's
# screens need under 4 MB of them, and a full cache is only memory (docs/benchmarks.md).
PIXMAP_CACHE_KB = 2048


class Lockdown(Protocol):
    """ui.lockdown.Lockdown as the kiosk uses it: staff leave through it (it refuses a quit)."""

    def leave(self, exit_code: int = ...) -> None: ...


@dataclass
class Kiosk:
    """Everything the running app is made of, so it can be shut down in order."""

    qapp: QApplication
    core: CoreParts
    window: Any
    central: Any = None  # the embedded demo server (mock hardware without --api-url)
    qa: QaPort | None = None
    extras: list[Any] = field(default_factory=list)  # Qt objects kept alive with the kiosk
    scanners: list[Any] = field(default_factory=list)
    lockdown: Lockdown | None = None  # in kiosk mode (full screen)
    restart_requested: bool = False  # staff chose "Restart the app" in maintenance
    closed: bool = field(default=False, init=False)

    @property
    def controller(self) -> Any:
        return self.core.controller

    def add_shutdown_hook(self, name: str, hook: Callable[[], object]) -> None:
        """See :meth:`CoreParts.add_shutdown_hook` (e.g. flushing the outbox)."""
        self.core.add_shutdown_hook(name, hook)

    def close(self) -> None:
        """Once: the QA port, the scanners, the core (see CoreParts.shutdown_steps), the server."""
        if self.closed:
            return
        self.closed = True
        steps = ShutdownSequence()
        if self.qa is not None:
            steps.add("QA port", self.qa.stop)
        steps.add("scanners", self._stop_scanners)
        for name, step in self.core.shutdown_steps():
            steps.add(name, step)
        if self.central is not None:
            steps.add("embedded central server", self.central.stop)
        steps.run()

    def _stop_scanners(self) -> None:
        for scanner in self.scanners:
            scanner.stop()

    def leave(self, exit_code: int, restart_after: bool) -> None:
        """Staff leave the kiosk: through the lockdown (it refuses a plain quit) when there is
        one."""
        self.restart_requested = restart_after
        if self.lockdown is not None:
            self.lockdown.leave(exit_code)
        else:
            self.qapp.exit(exit_code)


def build(config: KioskConfig, options: Options, qapp: QApplication) -> Kiosk:
    """Build and show the kiosk (``qapp.exec()`` is the caller's)."""
    from ui.main_window import MainWindow

    tune_allocator()  # before the core's threads start
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)

    central: devtools.EmbeddedCentral | None = None
    endpoint = Endpoint.from_config(config)
    outbox_path = None
    if options.mock and not options.api_url:
        central, endpoint = devtools.embedded_central(config)
        outbox_path = devtools.fresh_demo_outbox(config)
    built: list[Kiosk] = []  # the Kiosk, once built: maintenance's actions reach it through this
    actions = AppActions(
        restart_app=lambda: built[0].leave(ExitCode.OK, True),
        quit_app=lambda: built[0].leave(ExitCode.STAFF_QUIT, False),  # no restart by systemd
        scanners=lambda: [state for kiosk in built for state in scanner_states(kiosk.scanners)],
    )
    core = wire(config, endpoint=endpoint, actions=actions, outbox_path=outbox_path)
    if core.printer_out_dir is not None:
        print(f"Mock printer: tickets go to {core.printer_out_dir}", flush=True)
    controller = core.controller
    window = MainWindow(
        controller,
        fullscreen=config.ui.fullscreen,
        idle_timeout_ms=int(config.ui.idle_timeout_s * 1000),
        idle_countdown_ms=int(config.ui.idle_countdown_s * 1000),
        done_timeout_ms=int(config.ui.done_timeout_s * 1000),
        hide_cursor=config.ui.hide_cursor,
        keypad_keys=config.keypad.key_map if config.keypad.enabled else None,
    )
    connect_window(controller, core.narrator, window, tone_player=tone_player(config))
    headphones = watch_headphones(config, controller)
    if headphones is not None:
        headphones.start()
        core.add_shutdown_hook("headphone jack", headphones.stop)
    kiosk = Kiosk(qapp, core, window, central)
    built.append(kiosk)
    mock_scanner = mock_scanner_for(controller) if options.mock else None
    kiosk.scanners += [mock_scanner] if mock_scanner else []
    kiosk.scanners += start_scanners(config, qapp, controller, wedge_only=True)
    if options.qa_port is not None:  # QA and development only: its HTTP server loads then
        from kiosk.app.qa_hooks import open_qa_port

        kiosk.qa = open_qa_port(core, window, options.qa_port, mock_scanner)

    def after_first_paint() -> None:
        if central is not None:
            central.start()  # the first requests wait in its socket's backlog meanwhile
        controller.warm_up()  # the HTTP stack and the printer, off the GUI thread
        core.outbox.delivery.start()  # what an earlier run left in the outbox goes out first
        # this terminal's other screens, then a camera's picture on those that show it
        window.screens_built.connect(lambda: show_camera_previews(kiosk.scanners, window))
        window.build_deferred_screens(one_by_one=True)
        kiosk.scanners.extend(start_scanners(config, qapp, controller, wedge_only=False))
        if options.mock:
            kiosk.extras += devtools.open_dev_dock(core, window, mock_scanner, endpoint.url)

    first_screen = window.stack.currentWidget() or window  # the home screen
    kiosk.extras.append(AfterFirstPaint(first_screen, after_first_paint))
    window.present()
    log.info(
        "kiosk %s started, terminal %s, api %s", __version__, endpoint.terminal_id, endpoint.url
    )
    return kiosk


class AfterFirstPaint(QObject):
    """Calls ``then`` once, when ``screen``'s first paint is done: what the first screen does not
    need waits until the customer can see it (loading it earlier would slow that paint). The
    screen, not the window: the window gets a paint event of its own before its screens are up.
    A screen that is never painted (the display off or blanked at boot, an offscreen full-screen
    window) must not keep the outbox and the scanners from starting: after ``fallback_ms``
    ``then`` runs all the same."""

    def __init__(
        self, screen: QWidget, then: Callable[[], object], fallback_ms: int = 3000
    ) -> None:
        super().__init__(screen)
        self._then = then
        self._done = False
        screen.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # runs once this paint is finished
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._then()
