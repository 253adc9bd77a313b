"""Run the app with uvicorn: in a background thread (the kiosk's ``--mock`` mode, the tests) or in
the foreground (``python -m central``).

    server = start_embedded()          # in-memory DB, demo data, a free loopback port
    requests.get(server.url + "/api/v1/health")
    server.stop()                      # shuts uvicorn down and joins its thread
"""

from __future__ import annotations

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
from central.sockets import bind_socket, is_loopback, url_of

__all__ = ["EmbeddedServer", "bind_socket", "is_loopback", "start_embedded", "url_of"]


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

    def __init__(
        self,
        settings: Settings,
        host: str = "127.0.0.1",
        port: int = 0,
        sock: socket.socket | None = None,
    ) -> None:
        self.central = Central(settings=settings, db=Database(settings.db_url))
        self.app: FastAPI = create_app(settings, self.central)
        self._sock = sock if sock is not None else bind_socket(host, port)
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
    sock: socket.socket | None = None,
) -> EmbeddedServer:
    """Start a server in a background thread and return once it serves; ``.url`` is its base URL.

    ``settings`` (if given) overrides ``db_url`` and ``dev``; ``sock`` (if given: a listening
    socket from :func:`central.sockets.bind_socket`) overrides ``host`` and ``port``.
    """
    settings = settings or Settings(db_url=db_url, dev=dev)
    return EmbeddedServer(settings, host, port, sock).start()
