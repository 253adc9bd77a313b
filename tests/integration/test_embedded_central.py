"""``--mock``'s embedded demo server (kiosk/app/devtools.py): its socket listens from the start, so
the kiosk knows the URL and its first requests wait; the server itself starts after the first
paint, off the GUI thread, and answers them."""

from __future__ import annotations

import socket
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
import requests

from kiosk.app.devtools import EmbeddedCentral

HEALTH = b"GET /api/v1/health HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n"


def connect(url: str) -> socket.socket:
    parts = urlsplit(url)
    return socket.create_connection((parts.hostname, parts.port), timeout=30)


def test_a_request_sent_before_the_server_starts_is_answered_once_it_does():
    central = EmbeddedCentral()
    try:
        with connect(central.url) as early:
            early.sendall(HEALTH)  # waits in the socket's backlog: nothing serves yet
            central.start()
            answer = early.makefile("rb").readline()
        assert answer.startswith(b"HTTP/1.1 200")
        assert central.wait_until_serving()
        assert requests.get(central.url + "/api/v1/health", timeout=10).ok
    finally:
        central.stop()
    with pytest.raises(ConnectionRefusedError):
        connect(central.url).close()  # the socket is closed with it


def test_stopped_before_it_started_it_never_starts():
    central = EmbeddedCentral()
    central.stop()
    central.start()
    assert not central.wait_until_serving(timeout_s=1)
    with pytest.raises(ConnectionRefusedError):
        connect(central.url).close()
    central.stop()  # twice: nothing more


def test_stopped_while_starting_it_stops_once_started():
    central = EmbeddedCentral()
    central.start()
    central.stop()  # waits for the start, then stops the server: no thread is left behind
    assert central.server is None or central.server._thread.is_alive() is False
    with pytest.raises(ConnectionRefusedError):
        connect(central.url).close()


def test_the_server_library_loads_only_when_it_starts():
    probe = (
        "import sys; from kiosk.app.devtools import EmbeddedCentral; c = EmbeddedCentral(); "
        "before = 'central.server' in sys.modules or 'fastapi' in sys.modules; "
        "c.start(); ok = c.wait_until_serving(); c.stop(); "
        "print(before, ok, 'fastapi' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["False", "True", "True"]
