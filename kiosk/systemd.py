"""The systemd notify protocol (sd_notify(3)) in a few lines: no dependency needed.

``Type=notify`` units learn that the kiosk is up (``READY=1``) and, with ``WatchdogSec=``, that it
is still alive (``WATCHDOG=1``, sent from the GUI thread: a frozen GUI stops sending and systemd
restarts the kiosk). Outside systemd ``$NOTIFY_SOCKET`` is unset and every call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from kiosk.log import LogArea

log = logging.getLogger(LogArea.APP.logger_name)


class Notifier:
    """Sends datagrams to ``$NOTIFY_SOCKET`` (a path, or ``@name`` in the abstract namespace)."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.address = env.get("NOTIFY_SOCKET", "")
        self.watchdog_usec = _watchdog_usec(env)
        self._socket: socket.socket | None = None
        self._warned = False

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    def watchdog_interval_ms(self) -> int | None:
        """How often to send ``WATCHDOG=1``: half the watchdog timeout, as sd_watchdog_enabled(3)
        advises; None when systemd set no watchdog for this process."""
        if not self.watchdog_usec or not self.enabled:
            return None
        return max(1, self.watchdog_usec // 2000)

    def notify(self, state: str) -> bool:
        """Send one state line (``READY=1``, ``WATCHDOG=1``, ``STOPPING=1``, ``STATUS=…``)."""
        if not self.enabled:
            return False
        address = self.address
        if address.startswith("@"):
            address = "\0" + address[1:]
        try:
            if self._socket is None:
                self._socket = socket.socket(
                    socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC
                )
            self._socket.sendto(state.encode(), address)
        except OSError as exc:
            if not self._warned:  # once: a watchdog ping every few seconds must not flood the log
                log.warning("systemd notification failed: %s", exc)
                self._warned = True
            return False
        return True

    def ready(self) -> bool:
        return self.notify("READY=1")

    def ping(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def _watchdog_usec(env: Mapping[str, str]) -> int:
    """``WATCHDOG_USEC``, if meant for this process (``WATCHDOG_PID`` unset or ours)."""
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid != str(os.getpid()):
        return 0
    value = env.get("WATCHDOG_USEC", "")
    return int(value) if value.isdigit() else 0
