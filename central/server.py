"""Run the app with uvicorn: in a background thread (the kiosk's ``--mock`` mode, the tests) or in
the foreground (``python -m central``).

    server = start_embedded()          # in-memory DB, demo data, a free loopback port
    requests.get(server.url + "/api/v1/health")
    server.stop()                      # shuts uvicorn down and joins its thread
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from central.app import create_app
from central.context import Central
from central.db import Database
from central.logs import install_redaction
from central.settings import Settings


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0: any free port): the real port is known, and connections
    queue up, before uvicorn starts serving."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets that say they are TCP,
    # and without it every answer waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _Uvicorn(uvicorn.Server):
    """uvicorn.Server that says when it is serving."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


def uvicorn_config(app: FastAPI, *, access_log: bool, log_config: bool) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        lifespan="off",
        access_log=access_log,
        log_config=uvicorn.config.LOGGING_CONFIG if log_config else None,
        timeout_graceful_shutdown=2,
        server_header=False,
    )


class EmbeddedServer:
    """A central server serving on loopback from a background thread."""

    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int = 0) -> None:
        self.central = Central(settings=settings, db=Database(settings.db_url))
        self.app: FastAPI = create_app(settings, self.central)
        self._sock = bind_socket(host, port)
        self.url = url_of(self._sock)
        self.port: int = self._sock.getsockname()[1]
        self._server = _Uvicorn(uvicorn_config(self.app, access_log=False, log_config=False))
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._sock]},
            name=f"central-server-{self.port}",
            daemon=True,
        )

    def start(self, timeout: float = 10.0) -> EmbeddedServer:
        install_redaction()
        self._thread.start()
        while not self._server.ready.wait(0.005):
            if not self._thread.is_alive():
                self._sock.close()
                raise RuntimeError("the embedded central server failed to start")
            timeout -= 0.005
            if timeout <= 0:
                self.stop()
                raise TimeoutError("the embedded central server did not start in time")
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Shut uvicorn down, join its thread and close the database. Safe to call twice."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()
        self.central.db.dispose()

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_embedded(
    db_url: str = "sqlite:///:memory:",
    *,
    dev: bool = True,
    host: str = "127.0.0.1",
    port: int = 0,
    settings: Settings | None = None,
) -> EmbeddedServer:
    """Start a server in a background thread and return once it serves; ``.url`` is its base URL.

    ``settings`` (if given) overrides ``db_url`` and ``dev``.
    """
    settings = settings or Settings(db_url=db_url, dev=dev)
    return EmbeddedServer(settings, host, port).start()
