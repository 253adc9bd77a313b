"""The camera worker with a fake source of generated frames: codes reported once while in view,
the preview, a missing camera, a failing decoder, and start/stop without leaking the thread."""

from __future__ import annotations

import logging
import threading

import numpy as np
import pytest
from barcode_frames import SAMPLES, Distortion, frame
from fake_camera import FakeSource
from PySide6.QtGui import QImage

from scanners.camera import CameraError, CameraScanner, to_qimage

SIZE = (640, 480)
BLANK = frame(SIZE, [])
CODE128 = frame(SIZE, [SAMPLES["code128"]])
QR = frame(SIZE, [SAMPLES["qr"]], Distortion(rotation_deg=20, noise_sigma=6))
BOTH = frame(SIZE, [SAMPLES["code128"], SAMPLES["qr"]])


def camera_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "scanner-camera"]


@pytest.fixture
def scans():
    return []


def run_script(qtbot, frames, scans, **options):
    source = FakeSource(frames)
    camera = CameraScanner(lambda: source, **options)
    camera.scanned.connect(lambda code, src: scans.append((code, src)))
    camera.start()
    try:
        qtbot.waitUntil(source.done.is_set, timeout=10000)
        qtbot.waitUntil(lambda: camera.frames > len(frames), timeout=5000)
    finally:
        camera.stop()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)
    return source, camera


def test_a_code_in_view_is_reported_once_and_again_after_it_left(qtbot, scans):
    script = [BLANK, CODE128, CODE128, BLANK, CODE128, *[BLANK] * 8, CODE128, BOTH, QR]
    source, _ = run_script(qtbot, script, scans, forget_after_frames=3, zbar_every=1)
    codes = [code for code, _ in scans]
    tracking, qr = SAMPLES["code128"][1], SAMPLES["qr"][1]
    # one blank frame between sightings is a flicker, eight are the code gone and back
    assert codes == [tracking, tracking, qr]
    assert {source for _, source in scans} == {"camera"}
    assert source.closed


def test_the_preview_is_a_small_qimage(qtbot):
    camera = CameraScanner(lambda: FakeSource([CODE128]), preview_width=320)
    with qtbot.waitSignal(camera.preview, timeout=5000) as blocker:
        camera.start()
    camera.stop()
    image = blocker.args[0]
    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (320, 240)
    assert not camera.running


def test_to_qimage_keeps_the_pixels_of_a_colour_frame():
    bgr = np.zeros((10, 20, 3), np.uint8)
    bgr[:, :, 2] = 255  # red in BGR
    image = to_qimage(bgr, 100)
    assert image.pixelColor(5, 5).red() == 255
    assert image.pixelColor(5, 5).blue() == 0


def test_start_and_stop_do_not_leak_the_worker_thread(qtbot):
    before = set(threading.enumerate())
    camera = CameraScanner(lambda: FakeSource([]))
    for _ in range(3):
        camera.start()
        camera.start()  # a second start is a no-op, not a second worker
        assert len(camera_threads()) == 1
        qtbot.waitUntil(lambda: camera.frames > 0, timeout=5000)
        camera.stop()
        assert not camera.running
        assert camera_threads() == []
    assert set(threading.enumerate()) - before == set()  # nothing new left running


def test_a_missing_camera_is_retried_and_stop_still_works(qtbot, caplog):
    attempts = []

    def no_camera():
        attempts.append(1)
        raise CameraError("camera 0 cannot be opened")

    camera = CameraScanner(no_camera, reconnect_s=0.01)
    with caplog.at_level(logging.WARNING, "kiosk.scanner"):
        camera.start()
        qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=5000)
        camera.stop()
    assert camera_threads() == []
    assert caplog.text.count("camera not available") == 1


def test_a_camera_without_opencv_is_turned_off_with_a_log_line_not_a_crash(qtbot, caplog):
    attempts = []

    def no_opencv():
        attempts.append(1)
        raise ModuleNotFoundError("No module named 'cv2'")

    camera = CameraScanner(no_opencv, reconnect_s=0.01)
    with caplog.at_level(logging.ERROR, "kiosk.scanner"):
        camera.start()
        qtbot.waitUntil(lambda: not camera.running, timeout=5000)
    camera.stop()
    assert attempts == [1]  # not retried: a missing library does not come back
    assert "camera scanner off: OpenCV cannot be loaded" in caplog.text


def test_a_failing_decoder_is_logged_once_and_capture_goes_on(qtbot, caplog, scans):
    calls = []

    def flaky(frame, second_opinion, quick):
        calls.append(1)
        if len(calls) <= 3:
            raise ValueError("decoder broke")
        return ["CC016695190KZ"]

    with caplog.at_level(logging.ERROR, "kiosk.scanner"):
        run_script(qtbot, [BLANK] * 5, scans, decoder=flaky)
    assert caplog.text.count("the camera decoder failed") == 1
    assert scans[0] == ("CC016695190KZ", "camera")


def test_a_still_scene_is_not_decoded_again_and_its_code_not_reported_again(qtbot, scans):
    moved = np.roll(CODE128, 40, axis=1)  # the box slid a little: a new scene, the same code
    script = [*[CODE128] * 12, *[moved] * 12]
    _, camera = run_script(qtbot, script, scans, forget_after_frames=3, zbar_every=3)
    assert scans == [(SAMPLES["code128"][1], "camera")]
    # a frame with a code is fully read at once; then only the moved scene and the blank tail
    assert camera.decoded < camera.frames / 4


def test_a_still_empty_scene_gets_the_second_opinion_before_it_is_skipped(qtbot, scans):
    calls = []

    def decoder(frame, second_opinion, quick):
        calls.append((second_opinion, quick))
        return []

    _, camera = run_script(qtbot, [BLANK] * 20, scans, decoder=decoder, zbar_every=3)
    # quick zxing-cpp, full zxing-cpp, quick + zbar: then every pass has looked, and it stops
    assert calls == [(False, True), (False, False), (True, True)]
    assert camera.frames > 20
