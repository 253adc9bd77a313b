"""The application around the Qt-free core, one module per job:

- ``process``: ``main`` — configuration, one instance per terminal, logging, crash hooks, signals,
  the event loop, the ordered shutdown, a restart asked for by staff;
- ``wiring``: ``wire`` — the core's parts (API clients, printer worker, outbox and delivery,
  maintenance, controller) from the configuration and injected factories; the tests' kiosks are
  built by it too;
- ``gui``: ``build`` — the window, the scanners and what waits for the first paint, around the core;
- ``scanners``: the configured scanners and the camera previews;
- ``devtools``: mock hardware's embedded central server, dev dock and SMS relay;
- ``qa_hooks`` and ``qa_port``: the QA control port (its widget side is ui/qa_driver.py);
- ``pyside_features``: PySide6 without its per-module source scan (first, before the rest).
"""

from __future__ import annotations

from kiosk.app.pyside_features import skip_feature_scan

skip_feature_scan()

from kiosk.app.process import main  # noqa: E402 - after the scan is off: it imports ~300 modules

__all__ = ["main"]
