"""The composition root builds the configured scanners, wires them to the controller's
``scanned(code, source)`` and starts them; the kiosk's close stops them."""

from __future__ import annotations

import os

from kiosk.app.scanners import start_scanners
from kiosk.config import load_config
from scanners.serial import SerialScanner
from scanners.wedge import KeyboardWedge


class Controller:
    def __init__(self) -> None:
        self.scans: list[tuple[str, str]] = []

    def scanned(self, code: str, source: str) -> None:
        self.scans.append((code, source))


def test_configured_scanners_are_started_and_deliver_to_the_controller(qtbot, qapp, tmp_path):
    master, slave = os.openpty()
    link = tmp_path / "kiosk-scanner"
    link.symlink_to(os.ttyname(slave))
    os.close(slave)
    empty = tmp_path / "kiosk.toml"
    empty.write_text("")
    config = load_config(
        empty,
        {"KIOSK_SCANNERS_WEDGE_MAX_GAP_MS": "70"},
        {"scanners.serial_port": str(link), "scanners.wedge_min_length": 6},
    )
    controller = Controller()
    wedge = start_scanners(config, qapp, controller, wedge_only=True)
    devices = start_scanners(config, qapp, controller, wedge_only=False)
    try:
        assert [type(s) for s in wedge] == [KeyboardWedge]
        assert wedge[0].active
        assert (wedge[0].max_gap_ms, wedge[0].min_length) == (70.0, 6)
        [serial] = devices
        assert isinstance(serial, SerialScanner)
        qtbot.waitUntil(lambda: serial.online, timeout=5000)
        os.write(master, b"RR123456785KZ\r")
        qtbot.waitUntil(lambda: controller.scans == [("RR123456785KZ", "serial")], timeout=5000)
    finally:
        for scanner in wedge + devices:
            scanner.stop()
        os.close(master)
    assert not wedge[0].active
    assert not serial.running
