"""The serial scanner through a real pseudo-terminal pair: CR and LF lines, garbage, and the
scanner unplugged (the pty's master closed) and plugged in again at the same path."""

from __future__ import annotations

import logging
import os

import pytest

from scanners.serial import SerialScanner


class FakeScannerPort:
    """A pty pair whose slave is reached through a symlink, as udev's /dev/kiosk-scanner."""

    def __init__(self, link):
        self.link = link
        self.master = -1
        self.plug_in()

    def plug_in(self) -> None:
        master, slave = os.openpty()
        name = os.ttyname(slave)
        os.close(slave)  # the reader opens it by name; the pty lives while its master is open
        if self.link.is_symlink():
            self.link.unlink()
        self.link.symlink_to(name)
        self.master = master

    def unplug(self) -> None:
        os.close(self.master)
        self.master = -1

    def send(self, data: bytes) -> None:
        os.write(self.master, data)


@pytest.fixture
def port(tmp_path):
    fake = FakeScannerPort(tmp_path / "kiosk-scanner")
    yield fake
    if fake.master >= 0:
        fake.unplug()


@pytest.fixture
def scanner(port):
    reader = SerialScanner(str(port.link), 9600, reconnect_s=0.05)
    yield reader
    reader.stop()
    assert not reader.running


def test_cr_and_lf_terminated_codes_arrive(qtbot, port, scanner):
    got = []
    scanner.scanned.connect(lambda code, source: got.append((code, source)))
    with qtbot.waitSignal(scanner.connected, timeout=5000):
        scanner.start()
    port.send(b"RR123456785KZ\r4006381333931\nCC0166")
    port.send(b"95190KZ\r\n")
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    assert got == [
        ("RR123456785KZ", "serial"),
        ("4006381333931", "serial"),
        ("CC016695190KZ", "serial"),
    ]


def test_garbage_is_dropped_with_a_log_line(qtbot, port, scanner, caplog):
    got = []
    scanner.scanned.connect(lambda code, source: got.append(code))
    with qtbot.waitSignal(scanner.connected, timeout=5000):
        scanner.start()
    with caplog.at_level(logging.WARNING, "kiosk.scanner"):
        port.send(b"\xff\xfe\xfd\r" + b"AB\x07CD\r" + b"9" * 70 + b"\r")
        with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
            port.send(b"RR123456785KZ\r")
    assert blocker.args == ["RR123456785KZ", "serial"]
    assert got == ["RR123456785KZ"]
    assert "not UTF-8" in caplog.text
    assert "control characters" in caplog.text
    assert "70 characters" in caplog.text
    assert "9" * 70 not in caplog.text


@pytest.mark.expected_log("kiosk.scanner", "waiting for it to return")
def test_the_scanner_unplugged_and_plugged_in_again_reads_on(qtbot, port, scanner):
    with qtbot.waitSignal(scanner.connected, timeout=5000):
        scanner.start()
    with qtbot.waitSignal(scanner.scanned, timeout=5000):
        port.send(b"RR123456785KZ\r")
    with qtbot.waitSignal(scanner.connected, timeout=5000) as lost:
        port.unplug()
    assert lost.args == [False]
    assert scanner.running
    with qtbot.waitSignal(scanner.connected, timeout=5000) as back:
        port.plug_in()
    assert back.args == [True]
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
        port.send(b"CC016695190KZ\n")
    assert blocker.args == ["CC016695190KZ", "serial"]


def test_a_missing_port_is_waited_for(qtbot, tmp_path, caplog):
    link = tmp_path / "kiosk-scanner"
    reader = SerialScanner(str(link), reconnect_s=0.05)
    with caplog.at_level(logging.WARNING, "kiosk.scanner"):
        reader.start()
        qtbot.waitUntil(lambda: "is not there" in caplog.text, timeout=5000)
    fake = None
    try:
        with qtbot.waitSignal(reader.connected, timeout=5000):
            fake = FakeScannerPort(link)
        with qtbot.waitSignal(reader.scanned, timeout=5000) as blocker:
            fake.send(b"4006381333931\r")
        assert blocker.args == ["4006381333931", "serial"]
    finally:
        reader.stop()
        if fake is not None:
            fake.unplug()
    assert caplog.text.count("is not there") == 1
