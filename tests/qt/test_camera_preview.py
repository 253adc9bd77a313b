"""The camera on the tracking screen: its live preview shows while frames come, and the barcode it
sees is looked up like a typed number (the demo parcel prints its ticket)."""

from __future__ import annotations

import zxingcpp
from barcode_frames import frame
from fake_camera import FakeSource
from PySide6.QtGui import QImage

from kiosk import views
from kiosk.app import _show_camera_previews
from scanners.camera import CameraScanner

DEMO_PARCEL = "CC016695190KZ"


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
    _show_camera_previews([camera], window)
    camera.start()
    try:
        qtbot.waitUntil(lambda: window.tracking.camera_preview.live, timeout=5000)
        qtbot.waitUntil(lambda: controller.screen == views.RECEIVE_RESULT, timeout=10000)
    finally:
        camera.stop()
    qtbot.waitUntil(lambda: not window.tracking.camera_preview.live, timeout=5000)
