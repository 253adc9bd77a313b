"""What the printer adapters raise among themselves (never to the core: a print answers a
`PrintResult`)."""

from __future__ import annotations

from kiosk.ports.printer import PrinterState


class PrinterError(Exception):
    """A printer failed; `state` says how, for the `PrintResult`."""

    def __init__(self, state: PrinterState, detail: str) -> None:
        super().__init__(detail)
        self.state = state
        self.detail = detail


class ConfigError(ValueError):
    """The printer configuration is unusable (unknown backend, missing device, missing package)."""
