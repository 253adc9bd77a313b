"""The kiosk process: ``main`` (configuration, one instance per terminal, logging, crash hooks,
signals, the event loop, the ordered shutdown, a restart asked for by staff) and its exit codes
(kiosk.lifecycle.ExitCode). The kiosk itself is built by kiosk/app/gui.py.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

from kiosk.app import gui
from kiosk.cli import Options, parse_args
from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.lifecycle import ExitCode, install_crash_hooks
from kiosk.log import LogArea, setup_logging
from kiosk.runtime import route_qt_messages, start_watchdog
from kiosk.single_instance import AlreadyRunningError, InstanceLock, lock_path
from kiosk.systemd import Notifier

log = logging.getLogger(LogArea.APP.logger_name)


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    try:
        config = load(options)
    except ConfigError as exc:
        print(f"kiosk: configuration error:\n{exc}", file=sys.stderr)
        return ExitCode.CONFIG
    try:
        instance = instance_lock(config, options)
    except AlreadyRunningError as exc:
        print(f"kiosk: {exc}; not starting a second one.", file=sys.stderr)
        return ExitCode.ALREADY_RUNNING
    token = config.api.token.get_secret_value() if config.api.token else ""
    setup_logging(
        config.log.level,
        json=config.log.json_lines,
        log_dir=_log_dir(config, options),
        secrets=[token] if token else [],
        levels=config.log.levels,
    )
    install_crash_hooks()
    route_qt_messages()
    notifier = Notifier()
    qapp = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    kiosk = gui.build(config, options, qapp)
    kiosk.extras.append(_quit_on_signals(qapp))
    kiosk.extras += _stay_alive(kiosk, config, notifier)
    try:
        code = qapp.exec()
    finally:
        notifier.stopping()
        kiosk.close()
        instance.release()
    if kiosk.restart_requested:
        log.warning("restarting the kiosk")
        command = restart_command(argv or sys.argv[1:])
        os.execv(command[0], command)  # noqa: S606 - our own program and arguments
    return code


def restart_command(args: list[str]) -> list[str]:
    """How this kiosk starts again: the bundle's own executable (PyInstaller: it takes the kiosk's
    arguments, not ``-m``), else this interpreter with ``-m kiosk``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "kiosk", *args]


def _quit_on_signals(qapp: QApplication) -> QSocketNotifier:
    """SIGTERM and SIGINT end the event loop, so shutdown runs in order (Qt alone would ignore
    Python's handlers until the next Python call: the wake-up socket provides one)."""
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, qapp)
    notifier.activated.connect(lambda: receiver.recv(64))
    notifier.setProperty("sockets", (receiver, sender))  # kept alive with the notifier

    def quit_app(signum: int, _frame: object) -> None:
        log.info("signal %s: shutting down", signal.Signals(signum).name)
        qapp.exit(0)  # not quit(): that asks the windows, and the lockdown refuses

    signal.signal(signal.SIGTERM, quit_app)
    signal.signal(signal.SIGINT, quit_app)
    return notifier


def load(options: Options) -> KioskConfig:
    """The configuration, with the command line's overrides; refused (ConfigError) when it cannot
    reach a central system. Mock hardware may talk plain http to any central server."""
    overrides: dict[str, object] = {
        "api.url": options.api_url,
        "ui.default_language": options.lang,
        "terminal.role": options.role,
    }
    if options.mock:  # a developer's or a test rig's run: any central server will do
        overrides |= {"printer.backend": "mock", "api.allow_insecure_http": True}
        overrides["speech.engine"] = "wav"  # the mock voice: WAV files and their texts
    if options.windowed:
        overrides["ui.fullscreen"] = False
    config = load_config(options.config, os.environ, overrides)
    embedded_central = options.mock and not options.api_url
    if not embedded_central:
        missing = [
            f"{key}: required to reach the central system (or run with --mock for the demo server)"
            for key, value in (("api.url", config.api.url), ("terminal.id", config.terminal.id))
            if not value
        ]
        if missing:
            raise ConfigError(missing)
    return config


def _log_dir(config: KioskConfig, options: Options) -> Path | None:
    """With mock hardware, a log file only where one was asked for (not the developer's own)."""
    explicit = "dir" in config.log.model_fields_set
    return config.log.dir if config.log.file and (explicit or not options.mock) else None


def instance_lock(config: KioskConfig, options: Options) -> InstanceLock:
    """One kiosk per terminal; with mock hardware one per data directory (QA run several). A lock
    that cannot be made (an unwritable runtime dir) is reported and the kiosk runs without it."""
    lock = InstanceLock(lock_path(config.data.data_dir if options.mock else None))
    try:
        return lock.acquire()
    except OSError as exc:
        print(f"kiosk: no single-instance lock at {lock.path}: {exc.strerror}", file=sys.stderr)
        return lock


def _stay_alive(kiosk: gui.Kiosk, config: KioskConfig, notifier: Notifier) -> list[QObject]:
    """The configured display; lockdown in kiosk mode; tell systemd when the home screen is up;
    feed its watchdog."""
    from ui.lockdown import Lockdown

    kept: list[QObject] = []
    if config.ui.display:
        from ui.display import move_to_display

        move_to_display(kiosk.window, config.ui.display, fullscreen=config.ui.fullscreen)
    if config.ui.fullscreen:
        kiosk.lockdown = Lockdown(kiosk.window, hide_cursor=config.ui.hide_cursor)
        kept.append(kiosk.lockdown)
    if notifier.enabled:
        first_screen = kiosk.window.stack.currentWidget() or kiosk.window
        kept.append(gui.AfterFirstPaint(first_screen, notifier.ready))
    watchdog = start_watchdog(notifier, kiosk.qapp)
    if watchdog is not None:
        kept.append(watchdog)
    return kept
