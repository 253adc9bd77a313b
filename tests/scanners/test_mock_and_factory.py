"""The mock scanner (dev dock and QA port) and the factory that builds the configured scanners."""

from __future__ import annotations

import io

import pytest
from barcode_frames import SAMPLES, frame
from PIL import Image

from scanners.camera import CameraScanner
from scanners.evdev import EvdevScanner
from scanners.factory import ScannerSettings, create_scanners
from scanners.mock import MockScanner
from scanners.serial import SerialScanner
from scanners.wedge import KeyboardWedge


def png_with(*names: str) -> bytes:
    out = io.BytesIO()
    Image.fromarray(frame((1600, 600), [SAMPLES[n] for n in names])).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def mock(qtbot):
    scanner = MockScanner()
    yield scanner
    scanner.stop()


@pytest.mark.expected_log("kiosk.scanner", "dropped: it holds control characters")
def test_an_injected_code_is_scanned_and_garbage_is_not(qtbot, mock):
    got = []
    mock.scanned.connect(lambda code, source: got.append((code, source)))
    assert mock.inject(" CC016695190KZ ")
    assert mock.inject("RR123456785KZ", "qa")
    assert not mock.inject("CC01\x1b[2J")
    assert not mock.inject("")
    assert got == [("CC016695190KZ", "dev-dock"), ("RR123456785KZ", "qa")]


def test_image_bytes_go_through_the_camera_decoder(qtbot, mock):
    got = []
    mock.scanned.connect(lambda code, source: got.append((code, source)))
    codes = mock.scan_image_bytes(png_with("code128", "qr"))
    assert sorted(codes) == sorted([SAMPLES["code128"][1], SAMPLES["qr"][1]])
    assert got == [(code, "camera") for code in codes]


def test_an_image_file_is_decoded_off_the_gui_thread(qtbot, mock, tmp_path):
    image = tmp_path / "phone-screen.png"
    image.write_bytes(png_with("qr"))
    scans = []
    mock.scanned.connect(lambda code, source: scans.append((code, source)))
    with qtbot.waitSignal(mock.image_scanned, timeout=10000) as blocker:
        mock.scan_image_file(str(image))
    assert blocker.args == ["phone-screen.png", SAMPLES["qr"][1]]
    qtbot.waitUntil(lambda: scans == [(SAMPLES["qr"][1], "camera")], timeout=5000)


@pytest.mark.expected_log("kiosk.scanner", "not decoded")
def test_a_file_that_is_no_image_is_reported_not_raised(qtbot, mock, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    with qtbot.waitSignal(mock.image_scanned, timeout=10000) as blocker:
        mock.scan_image_file(str(bad))
    assert blocker.args[0] == "notes.txt"
    assert blocker.args[1].startswith("not decoded: not a readable image")
    with qtbot.waitSignal(mock.image_scanned, timeout=10000) as blocker:
        mock.scan_image_file(str(tmp_path / "missing.png"))
    assert "No such file" in blocker.args[1]


def test_the_factory_builds_what_the_settings_ask_for(qapp):
    everything = ScannerSettings(
        wedge=True,
        evdev_device="/dev/input/by-id/usb-scanner-event-kbd",
        serial_port="/dev/kiosk-scanner",
        serial_baudrate=115200,
        camera_index=0,
    )
    built = create_scanners(everything, app=qapp)
    assert [type(s) for s in built] == [KeyboardWedge, EvdevScanner, SerialScanner, CameraScanner]
    assert [s.source for s in built] == ["wedge", "evdev", "serial", "camera"]
    assert create_scanners(ScannerSettings(wedge=False), app=qapp) == []
