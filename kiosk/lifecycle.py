"""How the kiosk process ends: its exit codes, the ordered shutdown, and what a crash does.

A terminal runs unattended under systemd (deploy/kiosk.service, ``Restart=always``), so every way
out of the process has a distinct exit code that says why in ``systemctl status``, and a crash is
logged before the process ends, never left half-alive with a dead GUI.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from enum import IntEnum
from types import TracebackType

from kiosk.log import LogArea

log = logging.getLogger(LogArea.APP.logger_name)


class ExitCode(IntEnum):
    """Why the kiosk process ended (``systemctl status`` shows the number)."""

    OK = 0
    CONFIG = 2  # the configuration cannot be used (the message names the key)
    CRASH = 3  # an unhandled Python exception, on any thread
    ALREADY_RUNNING = 4  # another kiosk holds this terminal's lock
    QT_FATAL = 5  # Qt reported a fatal error
    STAFF_QUIT = 10  # staff left the kiosk from maintenance: systemd must not restart it


class ShutdownSequence:
    """Named steps run once, in the order they were added; a step that fails is logged and the
    next one still runs (the outbox must be flushed even if closing the printer failed)."""

    def __init__(self) -> None:
        self._steps: list[tuple[str, Callable[[], object]]] = []
        self._done = False

    def add(self, name: str, step: Callable[[], object]) -> None:
        self._steps.append((name, step))

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._steps]

    def run(self) -> list[str]:
        """Run every step (only the first call does anything); returns the names that failed."""
        if self._done:
            return []
        self._done = True
        failed = []
        for name, step in self._steps:
            try:
                step()
            except Exception:
                log.exception("shutdown step %r failed", name)
                failed.append(name)
            else:
                log.debug("shutdown step %r done", name)
        return failed


ExitFn = Callable[[int], object]


def install_crash_hooks(exit_fn: ExitFn = os._exit) -> None:
    """Unhandled exceptions on the GUI thread (Qt calls ``sys.excepthook`` from slots and then
    carries on, half-broken) and on any other thread are logged, then the process ends with
    :attr:`ExitCode.CRASH` so systemd starts a clean one. ``os._exit``: after a crash, running more
    of the app (atexit, Qt's destructors) could hang, and the outbox is durable anyway."""

    def on_exception(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        crash("unhandled exception, exiting", (kind, value, tb), exit_fn)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        where = args.thread.name if args.thread is not None else "?"
        value = args.exc_value or args.exc_type()
        crash(
            f"unhandled exception in thread {where}, exiting",
            (args.exc_type, value, args.exc_traceback),
            exit_fn,
        )

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def crash(
    message: str,
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None,
    exit_fn: ExitFn = os._exit,
    code: int = ExitCode.CRASH,
) -> None:
    """Log ``message`` as critical, flush every handler, and end the process with ``code``."""
    log.critical("%s (exit code %d)", message, code, exc_info=exc_info)
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):  # a broken handler must not stop the exit
            handler.flush()
    exit_fn(code)
