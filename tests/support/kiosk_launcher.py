"""``python tests/support/kiosk_launcher.py FAULT [GO_FILE] -- <kiosk args>``: the real kiosk
(``kiosk.app.main``) with one fault planted, for the staying-alive tests. Test code only.

Faults (each fires when the customer taps Receive, except slow-print):
  crash         an exception in a GUI-thread slot
  thread-crash  an exception on a worker thread of its own
  qt-fatal      Qt's qFatal
  slow-print    every print job says "PRINT STARTED", then waits until GO_FILE exists (the test
                creates it), prints, and says "PRINT FINISHED": a job still running when the test
                sends SIGTERM, for as long as the test needs; and a shutdown hook that says
                "SHUTDOWN HOOK ran".
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from kiosk.app import main
from kiosk.controller import Controller
from printers.mock import MockPrinter

SECRET_TEXT = "customer +77011234567, code 123456"


def _plant(fault: str, go_file: Path | None) -> None:
    if fault == "crash":

        def start_receive(self: Controller) -> None:
            raise RuntimeError(f"planted crash for {SECRET_TEXT}")

        Controller.start_receive = start_receive  # type: ignore[method-assign]
    elif fault == "thread-crash":

        def start_receive(self: Controller) -> None:
            def fail() -> None:
                raise RuntimeError(f"planted thread crash for {SECRET_TEXT}")

            threading.Thread(target=fail, name="planted-worker").start()

        Controller.start_receive = start_receive  # type: ignore[method-assign]
    elif fault == "qt-fatal":
        from PySide6.QtCore import qFatal

        def start_receive(self: Controller) -> None:
            qFatal(f"planted fatal error for {SECRET_TEXT}")

        Controller.start_receive = start_receive  # type: ignore[method-assign]
    elif fault == "slow-print":
        assert go_file is not None
        real_print = MockPrinter.print

        def slow_print(self: MockPrinter, document):
            print("PRINT STARTED", flush=True)
            while not go_file.exists():
                time.sleep(0.02)  # the printer is busy for as long as the test wants
            result = real_print(self, document)
            print(f"PRINT FINISHED ok={result.ok}", flush=True)
            return result

        MockPrinter.print = slow_print  # type: ignore[method-assign]
        _add_shutdown_hook()
    else:
        raise SystemExit(f"unknown fault {fault!r}")


def _add_shutdown_hook() -> None:
    """A hook as the outbox will register one: it says when it runs."""
    from kiosk.app import gui

    real_build = gui.build

    def build(*args, **kwargs):
        kiosk = real_build(*args, **kwargs)
        kiosk.add_shutdown_hook("test hook", lambda: print("SHUTDOWN HOOK ran", flush=True))
        return kiosk

    gui.build = build


if __name__ == "__main__":
    args = sys.argv[1:]
    split = args.index("--")
    head, kiosk_args = args[:split], args[split + 1 :]
    _plant(head[0], Path(head[1]) if len(head) > 1 else None)
    sys.exit(main(kiosk_args))
