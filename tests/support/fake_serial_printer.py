"""A serial thermal printer on a pseudo-terminal, for the compact-ticket tests and benchmark.

The kiosk opens the pty's device (``/dev/pts/N``) with its real `SerialConnection`. The fake
printer answers the real-time status queries (``DLE EOT n``: online, paper present) and takes the
job's bytes no faster than ``baud`` allows (ten bits a byte; when it falls behind, the pty's buffer
fills and the kiosk's writes wait, as on a real link). When the cut arrives it works out when the
ticket was complete on paper: not before the last byte came in, and not before the print head,
which starts with the first byte and moves ``head_mm_per_s``, has printed the whole length.
"""

from __future__ import annotations

import os
import select
import threading
import time
import tty

from printers import paper

STATUS_QUERY = b"\x10\x04"
ONLINE = b"\x12"  # the fixed bits only: online, cover closed, paper present
CUT = b"\x1dV\x00"  # GS V 0, the last command of a job
DOTS_PER_MM = 8  # 203 dpi


class FakeSerialPrinter:
    def __init__(self, baud: int | None, *, head_mm_per_s: float = 250.0) -> None:
        self.baud = baud
        self.head_mm_per_s = head_mm_per_s
        self._master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no newline translation: a byte is a byte
        self.path = os.ttyname(slave)
        self._slave = slave
        self.received = bytearray()
        self._first_byte_at: float | None = None
        self._last_byte_at = 0.0
        self.done = threading.Event()
        self.complete_at = 0.0
        self.paper_mm = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-serial-printer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 256)
            except OSError:
                return
            now = time.monotonic()
            if self.baud:
                # The line delivers a chunk no faster than its bits take. Reading slowly lets the
                # pty's buffer fill, and then the kiosk's writes wait, as on a real link.
                start = max(now, self._last_byte_at)
                arrived = start + len(chunk) * 10 / self.baud
                time.sleep(max(0.0, arrived - time.monotonic()))
                now = arrived
            self._take(chunk, now)

    def _take(self, chunk: bytes, now: float) -> None:
        tail = bytes(self.received[-2:])
        self.received += chunk
        self._last_byte_at = now
        window = tail + chunk
        for at in range(len(window) - 2):
            if window[at : at + 2] == STATUS_QUERY and at + 2 >= len(tail):
                os.write(self._master, ONLINE)
        job = self.job()
        if job and self._first_byte_at is None:
            self._first_byte_at = now
        if job.endswith(CUT) and self._first_byte_at is not None and not self.done.is_set():
            self.paper_mm = paper.render(job).height / DOTS_PER_MM
            head_done = self._first_byte_at + self.paper_mm / self.head_mm_per_s
            self.complete_at = max(now, head_done)
            self.done.set()

    def job(self) -> bytes:
        """What was received, without the status queries (what goes on paper)."""
        data = bytes(self.received)
        for n in (1, 2, 4):
            data = data.replace(STATUS_QUERY + bytes([n]), b"")
        return data

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        os.close(self._master)
        os.close(self._slave)
