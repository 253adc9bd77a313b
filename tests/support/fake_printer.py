"""A raw-TCP (port 9100) ESC/POS printer on loopback, for testing the network backend for real.

It records the bytes of each connection (without the status queries) and answers ``DLE EOT n``
real-time status queries from its state, as a printer does, or stays silent. Faults can be
scheduled part-way through a job (after so many job bytes: the cover is opened, the paper runs
out, or the cable is pulled), and the printer can be switched off and on again on the same port.
Bytes that arrive while the printer is in a fault are held in its buffer, not printed, until
``DLE ENQ 2`` (recover and clear the buffers) drops them or ``resume()`` prints them, as a
printer that recovers by itself would.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from dataclasses import dataclass

DLE, EOT = 0x10, 0x04

# Replies to DLE EOT 1 (printer), 2 (offline cause), 4 (paper sensor) by state; None = silence.
PRINTABLE = frozenset({"ok", "paper_near_end"})
CLEAR_BUFFERS = bytes([0x10, 0x05, 0x02])

REPLIES: dict[str, tuple[int, int, int] | None] = {
    "ok": (0x12, 0x12, 0x12),
    "paper_near_end": (0x12, 0x12, 0x1E),
    "paper_out": (0x1A, 0x32, 0x72),
    "cover_open": (0x1A, 0x16, 0x12),
    "error": (0x1A, 0x52, 0x12),
    "silent": None,
}
_QUERY_INDEX = {1: 0, 2: 1, 4: 2}


@dataclass
class _Fault:
    after_bytes: int
    state: str
    drop: bool  # the connection is cut (cable pulled) rather than the printer changing state


class FakeNetworkPrinter:
    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.state = "ok"
        self._connections: list[_Connection] = []  # in the order they came, open or closed
        self.held = bytearray()  # received during a fault, not printed
        self.queries = 0
        self._fault: _Fault | None = None
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    # ---- control ----

    def start(self) -> FakeNetworkPrinter:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(8)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self._thread.start()
        return self

    def power_off(self) -> None:
        """Switch off: the port refuses connections; open connections are cut."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def power_on(self) -> None:
        self.start()

    def set_state(self, state: str) -> None:
        if state not in REPLIES:
            raise ValueError(state)
        with self._lock:
            self.state = state

    def fail_after(self, job_bytes: int, state: str = "ok", *, drop: bool = False) -> None:
        """After ``job_bytes`` bytes of the next job: change to ``state``, or cut the line."""
        with self._lock:
            self._fault = _Fault(job_bytes, state, drop)

    def printed(self) -> list[bytes]:
        """What each connection got printed (status-only connections left out).

        Complete as soon as the kiosk has had the answer to a status query sent after its job:
        the printer reads its line in order.
        """
        with self._lock:
            return [bytes(conn.printed) for conn in self._connections if conn.printed]

    def resume(self) -> None:
        """Back to ok, and the held bytes print (on the last connection's account)."""
        with self._lock:
            self.state = "ok"
            if self._connections:
                self._connections[-1].printed.extend(self.held)
            self.held.clear()

    # ---- the printer ----

    def _serve(self) -> None:
        assert self._listener is not None
        listener = self._listener
        selector = selectors.DefaultSelector()
        listener.setblocking(False)
        selector.register(listener, selectors.EVENT_READ, None)
        conns: dict[socket.socket, _Connection] = {}
        try:
            while not self._stop.is_set():
                for key, _ in selector.select(timeout=0.05):
                    if key.fileobj is listener:
                        sock, _addr = listener.accept()
                        sock.setblocking(True)
                        conns[sock] = _Connection(sock)
                        with self._lock:
                            self._connections.append(conns[sock])
                        selector.register(sock, selectors.EVENT_READ, None)
                        continue
                    sock = key.fileobj  # type: ignore[assignment]
                    assert isinstance(sock, socket.socket)
                    if not self._read(conns[sock]):
                        selector.unregister(sock)
                        self._finish(conns.pop(sock))
        finally:
            for conn in conns.values():
                selector.unregister(conn.sock)
                self._finish(conn)
            selector.unregister(listener)
            listener.close()
            selector.close()

    def _read(self, conn: _Connection) -> bool:
        try:
            chunk = conn.sock.recv(65536)
        except OSError:
            return False
        if not chunk:
            return False
        return all(self._take(conn, byte) for byte in chunk)

    def _take(self, conn: _Connection, byte: int) -> bool:
        """One byte of the stream; False when the line is cut."""
        if conn.pending == [DLE, EOT] and byte in _QUERY_INDEX:
            conn.pending = []
            self._answer(conn, byte)
            return True
        if conn.pending == [DLE] and byte == EOT:
            conn.pending.append(byte)
            return True
        with self._lock:
            pending, conn.pending = conn.pending, []
            for each in pending:
                self._store(conn, each)
            if byte == DLE:
                conn.pending = [DLE]
                return True
            self._store(conn, byte)
            fault = self._fault
            if fault is not None and len(conn.data) >= fault.after_bytes:
                self._fault = None
                if fault.drop:
                    return False
                self.state = fault.state
        return True

    def _store(self, conn: _Connection, byte: int) -> None:
        """A byte of a job (under the lock): printed now, or held while in a fault."""
        conn.data.append(byte)
        if self.state in PRINTABLE:
            conn.printed.append(byte)
        else:
            self.held.append(byte)
        if conn.data.endswith(CLEAR_BUFFERS):
            self.held.clear()

    def _answer(self, conn: _Connection, query: int) -> None:
        with self._lock:
            self.queries += 1
            replies = REPLIES[self.state]
        if replies is None:
            return
        with contextlib.suppress(OSError):
            conn.sock.sendall(bytes([replies[_QUERY_INDEX[query]]]))

    def _finish(self, conn: _Connection) -> None:
        with self._lock:
            pending, conn.pending = conn.pending, []
            for each in pending:
                self._store(conn, each)
        with contextlib.suppress(OSError):
            conn.sock.close()


class _Connection:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.data = bytearray()  # everything but status queries
        self.printed = bytearray()  # what came out of the printer
        self.pending: list[int] = []
