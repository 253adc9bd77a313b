"""The still-image decoder on real photos (tests/scanners/photos, README.md there): the share it
reads, on the tuning set and on the held-out set it was never tuned on; and its order: both
libraries first, the rescue passes only where both find nothing."""

from __future__ import annotations

import numpy as np
import pytest
from barcode_frames import SAMPLES, Distortion, frame
from photo_corpus import photos, read_it
from PIL import Image

from scanners import decode, zbar

needs_zbar = pytest.mark.skipif(not zbar.AVAILABLE, reason="the zbar library (libzbar0) is absent")

# Measured (tests/bench/bench_decode_photos.py, docs/benchmarks.md): 103 of 107 tuning photos,
# 47 of 51 held-out ones, 150 of 158 in all. The floors leave one photo of slack per set.
FLOORS = {"tuning": 0.95, "held-out": 0.90, None: 0.94}


@pytest.fixture(scope="module")
def read() -> dict[str, bool]:
    """Whether the still path reads each photo of the corpus, by file name (decoded once)."""
    found = {}
    for photo in photos():
        with Image.open(photo.path) as image:
            found[photo.path.name] = read_it(photo.text, decode.decode_image(image))
    return found


@needs_zbar
@pytest.mark.parametrize("which", ["tuning", "held-out", None], ids=["tuning", "held-out", "all"])
def test_the_still_path_reads_its_share_of_real_photos(read, which):
    chosen = photos(which)
    count = sum(read[photo.path.name] for photo in chosen)
    assert count / len(chosen) >= FLOORS[which], f"{count} of {len(chosen)}"


@needs_zbar
def test_every_format_of_the_corpus_is_read_from_a_photo(read):
    by_format: dict[str, list[bool]] = {}
    for photo in photos():
        by_format.setdefault(photo.format, []).append(read[photo.path.name])
    assert set(by_format) == {"QRCode", "DataMatrix"}  # no real 1-D photos yet: README.md
    assert all(by_format["DataMatrix"])
    assert sum(by_format["QRCode"]) / len(by_format["QRCode"]) >= 0.94


def test_the_sets_are_apart_and_each_photo_is_listed_once():
    tuning = {p.path.name for p in photos("tuning")}
    held_out = {p.path.name for p in photos("held-out")}
    assert tuning
    assert held_out
    assert not tuning & held_out
    assert len(photos()) == len(tuning) + len(held_out)
    on_disk = {path.name for path in photos()[0].path.parent.glob("*.png")}
    assert on_disk == tuning | held_out


def test_control_characters_match_named_or_raw():
    assert read_it("\x01\x10AD", ["<SOH><DLE>AD"])
    assert read_it("\x01\x10AD", ["\x01\x10AD"])
    assert not read_it("\x01\x10AD", ["AD"])


@needs_zbar
def test_a_code_both_libraries_read_counts_once():
    fmt, text = SAMPLES["code128"]
    image = Image.fromarray(frame((640, 480), [(fmt, text)]))
    assert decode.zxing_codes(np.asarray(image), thorough=True) == [text]
    assert decode.zbar_codes(np.asarray(image), thorough=True) == [text]
    assert decode.decode_image(image) == [text]


@needs_zbar
def test_zbar_alone_reads_what_zxing_misses_on_a_still_image(monkeypatch):
    monkeypatch.setattr(decode, "zxing_codes", lambda gray, thorough=False, quick=False: [])
    fmt, text = SAMPLES["ean13"]
    assert decode.decode_image(Image.fromarray(frame((640, 480), [(fmt, text)]))) == [text]


def test_rescues_run_only_where_both_libraries_find_nothing(monkeypatch):
    asked = []
    monkeypatch.setattr(decode, "RESCUES", (lambda gray: asked.append(gray) or ["rescued"],))
    fmt, text = SAMPLES["qr"]
    assert decode.decode_image(Image.fromarray(frame((640, 480), [(fmt, text)]))) == [text]
    assert asked == []
    assert decode.decode_image(Image.fromarray(frame((640, 480), []))) == ["rescued"]
    assert len(asked) == 1


def test_the_rescues_stop_at_the_first_reading(monkeypatch):
    asked = []

    def rescue(name, codes):
        return lambda gray: asked.append(name) or codes

    monkeypatch.setattr(
        decode, "RESCUES", (rescue("a", []), rescue("b", ["x"]), rescue("c", ["y"]))
    )
    assert decode.decode_image(Image.fromarray(frame((320, 240), []))) == ["x"]
    assert asked == ["a", "b"]


@needs_zbar
def test_a_small_photo_is_read_once_doubled():
    """A cloth label photographed small: neither library reads it as it is."""
    (photo,) = [p for p in photos() if p.path.name == "qr-4-34.png"]
    gray = np.asarray(Image.open(photo.path).convert("L"))
    assert decode.both_libraries(gray) == []
    assert read_it(photo.text, decode.doubled(gray))


@needs_zbar
def test_a_slanted_linear_code_is_read_by_zbar_once_turned():
    fmt, text = SAMPLES["ean13"]
    slanted = frame((1280, 720), [(fmt, text)], Distortion(rotation_deg=40))
    assert decode.zbar_codes(slanted, thorough=True) == []
    assert decode.turned_for_zbar(slanted) == [text]


def test_a_curved_qr_code_is_read_by_opencv():
    (photo,) = [p for p in photos() if p.path.name == "qr-4-08.png"]
    gray = np.asarray(Image.open(photo.path).convert("L"))
    assert decode.zxing_codes(gray, thorough=True) == []
    assert read_it(photo.text, decode.bent_qr(gray))


def test_halved_local_contrast_and_sharpened_copies_still_read_a_plain_code():
    fmt, text = SAMPLES["datamatrix"]
    gray = frame((640, 480), [(fmt, text)], Distortion(blur_sigma=0.6, scale=4))
    for rescue in (decode.halved, decode.local_contrast, decode.sharpened):
        assert rescue(gray) == [text], rescue.__name__
