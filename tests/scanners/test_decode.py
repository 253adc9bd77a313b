"""The decoder on generated frames: each format, distorted, several at once; zbar as the second
opinion; still images from file bytes."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from barcode_frames import SAMPLES, Distortion, frame
from PIL import Image

from scanners import decode, zbar

HD = (1280, 720)
needs_zbar = pytest.mark.skipif(not zbar.AVAILABLE, reason="the zbar library (libzbar0) is absent")


@pytest.mark.parametrize("name", list(SAMPLES))
def test_each_format_is_read_from_a_camera_frame(name):
    fmt, text = SAMPLES[name]
    assert decode.decode_frame(frame(HD, [(fmt, text)])) == [text]


@pytest.mark.parametrize(
    ("name", "distortion"),
    [
        ("qr", Distortion(rotation_deg=33)),
        ("datamatrix", Distortion(rotation_deg=-40)),
        ("code128", Distortion(rotation_deg=6)),
        ("ean13", Distortion(rotation_deg=-5)),
        ("code128", Distortion(noise_sigma=14)),
        ("qr", Distortion(noise_sigma=14)),
        ("ean13", Distortion(blur_sigma=1.2, scale=4)),
        ("datamatrix", Distortion(blur_sigma=1.0, scale=4)),
        ("code128", Distortion(contrast=0.3, brightness=40)),
        ("qr", Distortion(contrast=0.3, brightness=-40)),
        ("ean13", Distortion(rotation_deg=4, blur_sigma=0.8, contrast=0.5, noise_sigma=6)),
    ],
)
def test_distorted_frames_are_read(name, distortion):
    fmt, text = SAMPLES[name]
    assert decode.decode_frame(frame(HD, [(fmt, text)], distortion)) == [text]


def test_several_codes_in_one_frame_are_all_read_once():
    codes = [SAMPLES[name] for name in ("code128", "qr", "datamatrix")]
    found = decode.decode_frame(frame(HD, codes, Distortion(noise_sigma=4)))
    assert sorted(found) == sorted(text for _, text in codes)


def test_a_colour_frame_and_a_vga_frame_are_read():
    fmt, text = SAMPLES["qr"]
    bgr = cv2.cvtColor(frame((640, 480), [(fmt, text)]), cv2.COLOR_GRAY2BGR)
    assert decode.decode_frame(bgr) == [text]


def test_an_empty_frame_has_no_codes():
    assert decode.decode_frame(frame(HD, [], Distortion(noise_sigma=8))) == []


@needs_zbar
def test_zbar_is_asked_when_zxing_finds_nothing(monkeypatch):
    fmt, text = SAMPLES["code128"]
    image = frame(HD, [(fmt, text)])
    monkeypatch.setattr(decode, "zxing_codes", lambda gray, thorough=False, quick=False: [])
    assert decode.decode_frame(image) == [text]
    assert decode.decode_frame(image, second_opinion=False) == []


def test_without_the_zbar_library_the_decoder_is_zxing_alone(monkeypatch):
    monkeypatch.setattr(zbar, "_zbar", None)
    fmt, text = SAMPLES["ean13"]
    image = frame(HD, [(fmt, text)])
    assert zbar.read(image) == []
    assert decode.decode_frame(image) == [text]


def _png(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(array).save(out, format="PNG")
    return out.getvalue()


def test_an_image_file_is_read_with_every_pass():
    fmt, text = SAMPLES["code128"]
    turned = np.ascontiguousarray(np.rot90(frame(HD, [(fmt, text)])))  # a box lying sideways
    assert decode.decode_frame(turned, second_opinion=False) == []  # the camera's fast pass
    assert decode.decode_image_bytes(_png(turned)) == [text]


def test_bytes_that_are_no_image_are_a_clear_error():
    with pytest.raises(decode.ImageError, match="not a readable image"):
        decode.decode_image_bytes(b"%PDF-1.4 not an image")


@needs_zbar
def test_a_sideways_linear_code_is_read_by_the_second_opinion():
    fmt, text = SAMPLES["ean13"]
    turned = np.ascontiguousarray(np.rot90(frame(HD, [(fmt, text)])))
    assert decode.decode_frame(turned, second_opinion=False) == []
    assert decode.decode_frame(turned) == [text]


def test_the_camera_passes_together_read_more_than_the_full_pass_alone():
    """The camera's turns (quick, full, quick + zbar) on the same distorted frames: each code in
    view for one turn. Together they must read at least what the full pass reads alone."""
    from barcode_frames import distorted_set

    from scanners.camera import camera_pass

    frames = distorted_set((640, 480), 24, seed=3)
    full_alone = sum(text in decode.decode_frame(f, second_opinion=False) for f, text in frames)
    in_turns = 0
    for image, text in frames:
        passes = [camera_pass(n, 3) for n in (1, 2, 3)]
        found = set()
        for second, quick in passes:
            found |= set(decode.decode_frame(image, second_opinion=second, quick=quick))
        in_turns += text in found
    assert passes == [(False, True), (False, False), (True, True)]
    assert in_turns >= full_alone
