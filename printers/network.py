"""A raw TCP (port 9100) printer connection that does not leak its socket when a connect fails.

python-escpos's `Network.open` drops the half-made socket on a failed connect without closing it;
a kiosk polling an unplugged printer would leak one socket per poll.
"""

from __future__ import annotations

import socket

from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Network


class NetworkConnection(Network):
    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            self.device = None
            if raise_not_found:
                message = f"cannot connect to {self.host}:{self.port}: {exc}"
                raise DeviceNotFoundError(message) from exc
