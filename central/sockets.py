"""Listening sockets for the server, without its libraries: the kiosk's ``--mock`` binds the
embedded server's socket before its first paint (so it knows the URL, and its first requests queue
in the socket's backlog) and starts the server itself afterwards (kiosk/app/devtools.py)."""

from __future__ import annotations

import ipaddress
import socket


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
