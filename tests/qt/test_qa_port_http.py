"""The QA port's HTTP side under bad requests: each is answered with a plain JSON error within a
deadline (never a traceback, never a thread blocked for good), and the port serves on afterwards."""

from __future__ import annotations

import json
import socket
import struct
import zlib
from collections.abc import Iterator

import pytest
import requests
from PySide6.QtWidgets import QWidget

from kiosk.app import qa_port
from kiosk.app.qa_body import MAX_BODY
from kiosk.app.qa_port import QaHooks, QaPort
from scanners.decode import decode_image_bytes

DEADLINE_S = 5.0  # far more than any answer here needs; a blocked request never answers


@pytest.fixture
def port(qtbot, monkeypatch) -> Iterator[QaPort]:
    """The port with the real image decoder; none of these requests needs the GUI thread."""
    monkeypatch.setattr(qa_port, "READ_TIMEOUT_S", 0.5)  # a stalled client, quickly
    window = QWidget()
    qtbot.addWidget(window)
    hooks = QaHooks(
        screen=lambda: "home",
        language=lambda: "kk",
        busy=lambda: False,
        scan=lambda code, source: True,
        decode_image=decode_image_bytes,
        set_printer_state=lambda state, midway: None,
        tickets=list,
    )
    qa = QaPort(window, hooks)
    qa.start(0)
    yield qa
    qa.stop()


def raw(qa: QaPort, request: bytes) -> tuple[int, dict[str, str]]:
    """Send ``request`` as it is; the status and the JSON body of the answer, read until the server
    closes (within the deadline, or the test fails)."""
    host, port_number = qa.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port_number)), timeout=DEADLINE_S) as conn:
        conn.sendall(request)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def still_serves(qa: QaPort) -> None:
    assert requests.get(qa.url + "/qa/tickets", timeout=DEADLINE_S).json() == []


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "12 34", "0x10", "+5", "", "１２"])
def test_a_content_length_that_is_not_a_byte_count_is_400(port, capfd, length) -> None:
    request = f"POST /qa/tap HTTP/1.1\r\nHost: qa\r\nContent-Length: {length}\r\n\r\n{{}}"
    status, body = raw(port, request.encode())
    assert status == 400
    assert body == {"error": "Content-Length must be one whole number of bytes, 0 or more"}
    still_serves(port)
    assert "Traceback" not in capfd.readouterr().err


def test_two_different_content_lengths_are_400(port) -> None:
    request = b"POST /qa/tap HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"
    assert raw(port, request)[0] == 400
    still_serves(port)


def test_a_post_body_without_content_length_is_411(port) -> None:
    status, body = raw(port, b'POST /qa/tap HTTP/1.1\r\nHost: qa\r\n\r\n{"id": "receive"}')
    assert (status, body) == (411, {"error": "a POST needs a Content-Length"})
    chunked = b"POST /qa/tap HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    assert raw(port, chunked)[0] == 411
    still_serves(port)


@pytest.mark.parametrize("length", [str(MAX_BODY + 1), "9" * 5000, "0" * 5000 + "9" * 9])
def test_a_body_over_the_limit_is_413_before_it_is_read(port, length) -> None:
    request = f"POST /qa/scan-image HTTP/1.1\r\nContent-Length: {length}\r\n\r\n"
    assert raw(port, request.encode()) == (413, {"error": "the body is over 8 MB"})
    still_serves(port)


def test_a_client_sending_a_large_body_reads_the_413(port) -> None:
    """The answer comes before the body is read; the client is still sending when it does, and
    must still see it (not a connection reset)."""
    response = requests.post(
        port.url + "/qa/scan-image", data=b"\0" * (MAX_BODY + 1), timeout=DEADLINE_S
    )
    assert response.status_code == 413
    still_serves(port)


def test_a_body_that_stops_arriving_is_408_and_frees_the_thread(port) -> None:
    request = b"POST /qa/tap HTTP/1.1\r\nContent-Length: 100\r\n\r\n{"
    assert raw(port, request) == (408, {"error": "the body did not arrive within 10 s"})
    still_serves(port)


def test_a_client_that_sends_nothing_is_let_go(port) -> None:
    host, port_number = port.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port_number)), timeout=DEADLINE_S) as conn:
        assert conn.recv(1024) == b""  # closed by the server's read timeout, not the test's
    still_serves(port)


def png_declaring(width: int, height: int) -> bytes:
    """A valid PNG header for a ``width`` x ``height`` greyscale image, with a few bytes of data:
    a decompression bomb's shape (the pixels are never there)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * (width + 1) * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("width", "height", "error"),
    [
        (30000, 30000, "the image is too large: over 40,000,000 pixels"),  # Pillow's bomb check
        (10000, 10000, "the image is too large: over 40,000,000 pixels"),  # Pillow's warning
        (8000, 6000, "the image is too large: 8000x6000 pixels, at most 40,000,000 in all"),
    ],
)
def test_a_decompression_bomb_is_400_without_unpacking_it(port, width, height, error) -> None:
    data = png_declaring(width, height)
    assert len(data) < 2000
    response = requests.post(port.url + "/qa/scan-image", data=data, timeout=DEADLINE_S)
    assert (response.status_code, response.json()) == (400, {"error": error})
    still_serves(port)


def test_bytes_that_are_no_image_are_400(port) -> None:
    broken = png_declaring(64, 64)[:40]
    for data in (b"not an image", broken):
        response = requests.post(port.url + "/qa/scan-image", data=data, timeout=DEADLINE_S)
        assert response.status_code == 400
        assert response.json()["error"].startswith("not a readable image")
