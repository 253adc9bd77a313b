"""The camera on the tracking screen and on the send flow's scan screen: its live preview shows
while frames come, and the barcode it sees is used like a typed one (the demo parcel prints its
ticket; the demo box goes to the Send confirmation)."""

from __future__ import annotations

import pytest
import zxingcpp
from barcode_frames import frame
from fake_camera import FakeSource
from kiosk_driver import WAIT_MS, cut_off_texts
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton

from kiosk import views
from kiosk.app.scanners import show_camera_previews
from kiosk.identifiers import S10Problem
from kiosk.send.driver import SendOptions
from scanners.camera import CameraScanner

DEMO_PARCEL = "CC016695190KZ"
DEMO_BOX = "CB200000010KZ"  # unused, in the demo data
MIN_TOUCH_PX = 60  # 15 mm on the 1080p kiosk screen, as in tests/qt/test_layout.py


def test_the_preview_shows_frames_and_hides_when_the_camera_stops(kiosk, qtbot):
    preview = kiosk.window.tracking.camera_preview
    assert not preview.live
    image = QImage(480, 270, QImage.Format.Format_Grayscale8)
    image.fill(128)
    preview.show_frame(image)
    assert preview.live
    assert not preview.pixmap().isNull()
    preview.set_live(False)
    assert not preview.live
    assert preview.isHidden()


def test_a_code_the_camera_sees_is_looked_up(kiosk, qtbot):
    controller, window = kiosk.controller, kiosk.window
    controller.start_receive()
    assert controller.screen == views.RECEIVE_TRACKING
    box = frame((640, 480), [(zxingcpp.BarcodeFormat.Code128, DEMO_PARCEL)])
    camera = CameraScanner(lambda: FakeSource([box] * 3), preview_interval_s=0)
    camera.scanned.connect(controller.scanned)
    show_camera_previews([camera], window)
    camera.start()
    try:
        qtbot.waitUntil(lambda: window.tracking.camera_preview.live, timeout=5000)
        qtbot.waitUntil(lambda: controller.screen == views.RECEIVE_RESULT, timeout=10000)
    finally:
        camera.stop()
    qtbot.waitUntil(lambda: not window.tracking.camera_preview.live, timeout=5000)


@pytest.fixture
def sender(build_kiosk, central):
    """A kiosk offering the send flow."""
    return build_kiosk(central.url, send=SendOptions())


def test_the_send_scan_screen_shows_the_camera_and_takes_the_box_it_sees(sender, qtbot):
    controller, window = sender.controller, sender.window
    controller.start_send()
    assert controller.screen == views.SEND_SCAN
    preview = window.send_scan.camera_preview
    assert not preview.live
    assert preview.isHidden()
    box = frame((640, 480), [(zxingcpp.BarcodeFormat.Code128, DEMO_BOX)])
    source = FakeSource([frame((640, 480), [])] * 3 + [box] * 3)
    camera = CameraScanner(lambda: source, preview_interval_s=0)
    camera.scanned.connect(controller.scanned)
    show_camera_previews([camera], window)
    camera.start()
    try:
        qtbot.waitUntil(lambda: preview.live and preview.isVisible(), timeout=5000)
        assert not preview.pixmap().isNull()
        qtbot.waitUntil(lambda: controller.screen == views.SEND_CONFIRM, timeout=10000)
        assert controller.view.barcode == DEMO_BOX
    finally:
        camera.stop()
    qtbot.waitUntil(lambda: not preview.live and preview.isHidden(), timeout=5000)


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1280, 800)], ids=["1080p", "laptop"])
def test_the_live_preview_leaves_the_send_scan_screen_usable(kiosk, qtbot, size, language):
    window = kiosk.window
    window.resize(size)
    kiosk.controller.set_language(language)
    qtbot.waitUntil(lambda: window.size() == size, timeout=WAIT_MS)
    view = views.SendScanView(text="CB20000001", problem=S10Problem.WRONG_LENGTH)
    window.show_screen(views.SEND_SCAN, view)
    image = QImage(640, 480, QImage.Format.Format_Grayscale8)
    image.fill(128)
    window.send_scan.camera_preview.show_frame(image)

    def usable() -> None:
        assert window.send_scan.camera_preview.isVisible()
        assert cut_off_texts(window) == []
        if size == QSize(1920, 1080):  # the kiosk's screen, where 60 px are 15 mm
            buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
            assert [b for b in buttons if min(b.width(), b.height()) < MIN_TOUCH_PX] == []

    qtbot.waitUntil(usable, timeout=2_000)
