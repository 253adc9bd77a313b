"""Benchmark of the camera decoder: ms per frame and detection rate, zxing-cpp alone, pyzbar alone
and the combined decoder, at 1280x720 and 640x480, in one run.

Run from the repository root (a script, not a test):

    .venv/bin/python tests/bench/bench_decode.py [--frames 120] [--seed 1]

The frames are generated (tests/support/barcode_frames.py): one code each (Code 128, QR,
DataMatrix, EAN-13 in turn) on a textured background, tilted (linear codes ±8°, 2-D codes ±45°),
blurred, faded, brightened or darkened, and noised at random; plus frames with no code at all,
which is what the camera sees most of the time. Each decoder is timed on one thread; the figures
are medians (and 90th percentiles) of the CPU time per frame (``time.process_time``: other work on
a shared machine does not count against it) and of the wall time.

Rows:
- ``zxing-cpp (library defaults)``: read_barcodes on the full frame with every pass.
- ``zxing-cpp (camera pass)``: what the camera asks: ≤ 1280 px wide, no inverted or turned pass.
- ``pyzbar (library defaults)``: pyzbar.decode on the full frame, every line.
- ``pyzbar (second opinion)``: what the camera asks: ≤ 640 px wide, every third line.
- ``combined, every frame``: decode_frame with the second opinion on every frame zxing-cpp misses.
- ``combined, as the camera runs it``: the camera's turns of three frames (CameraScanner's
  default, ``scanners.camera.camera_pass``): zxing-cpp's quick pass (fixed threshold, no downscaled
  copies), its full camera pass, then the quick pass with zbar's second opinion; each code is in
  view for three consecutive frames (0.1 s at 30 fps) and counts as detected if any of them reads
  it; the time is per frame (so its median is the middle pass's, its p90 the full pass's).
- ``still scene (skipped)``: a frame that shows the scene already read (nothing moved) costs only
  the thumbnail comparison (CameraScanner's StillScene), whatever the decoders would cost.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "support"))

from barcode_frames import Distortion, distorted_set, frame  # noqa: E402

from scanners import decode  # noqa: E402
from scanners.camera import StillScene, camera_pass  # noqa: E402

IN_VIEW_FRAMES = 3
ZBAR_EVERY = 3


def _pyzbar_defaults() -> Callable[[np.ndarray], list[str]] | None:
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError):
        return None
    symbols = [pyzbar.ZBarSymbol.CODE128, pyzbar.ZBarSymbol.QRCODE, pyzbar.ZBarSymbol.EAN13]
    return lambda gray: [r.data.decode("utf-8", "replace") for r in pyzbar.decode(gray, symbols)]


def _zxing_defaults(gray: np.ndarray) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(gray, formats=decode.FORMATS) if r.valid]


def _zxing_camera(gray: np.ndarray) -> list[str]:
    return decode.zxing_codes(decode.at_most(gray, decode.FRAME_WIDTH_ZXING))


def _zbar_camera(gray: np.ndarray) -> list[str]:
    return decode.zbar_codes(decode.at_most(gray, decode.FRAME_WIDTH_ZBAR))


def _timed(fn: Callable[[], list[str]]) -> tuple[list[str], float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def measure(
    fn: Callable[[np.ndarray], list[str]],
    frames: list[tuple[np.ndarray, str]],
    empty: list[np.ndarray],
) -> dict[str, float]:
    cpu, wall, found = [], [], 0
    for image, text in frames:
        codes, c, w = _timed(lambda image=image: fn(image))
        cpu.append(c)
        wall.append(w)
        found += text in codes
    empty_cpu = [_timed(lambda image=image: fn(image))[1] for image in empty]
    return {
        "cpu": statistics.median(cpu),
        "cpu_p90": float(np.percentile(cpu, 90)),
        "wall": statistics.median(wall),
        "empty_cpu": statistics.median(empty_cpu),
        "rate": found / len(frames),
    }


def measure_camera(frames: list[tuple[np.ndarray, str]], empty: list[np.ndarray]) -> dict:
    """The camera's schedule: each code in view for IN_VIEW_FRAMES frames, zbar every ZBAR_EVERY."""
    cpu, wall, found, n = [], [], 0, 0
    for image, text in frames:
        seen = False
        for _ in range(IN_VIEW_FRAMES):
            n += 1
            second, quick = camera_pass(n, ZBAR_EVERY)
            codes, c, w = _timed(
                lambda image=image, second=second, quick=quick: decode.decode_frame(
                    image, second_opinion=second, quick=quick
                )
            )
            cpu.append(c)
            wall.append(w)
            seen = seen or text in codes
        found += seen
    empty_cpu = []
    for image in empty:
        for _ in range(IN_VIEW_FRAMES):
            n += 1
            second, quick = camera_pass(n, ZBAR_EVERY)
            empty_cpu.append(
                _timed(
                    lambda image=image, second=second, quick=quick: decode.decode_frame(
                        image, second_opinion=second, quick=quick
                    )
                )[1]
            )
    return {
        "cpu": statistics.median(cpu),
        "cpu_p90": float(np.percentile(cpu, 90)),
        "wall": statistics.median(wall),
        "empty_cpu": statistics.mean(empty_cpu),  # amortised over the zbar schedule
        "rate": found / len(frames),
    }


def measure_still(frames: list[tuple[np.ndarray, str]], empty: list[np.ndarray]) -> dict:
    """The cost of telling a still frame from a new scene (each frame compared with itself)."""

    def compare(images: list[np.ndarray]) -> list[float]:
        costs = []
        for image in images:
            scene = StillScene(2.0)
            scene.same(image)
            costs.append(_timed(lambda image=image, scene=scene: [str(scene.same(image))])[1])
        return costs

    cpu = compare([image for image, _ in frames])
    return {
        "cpu": statistics.median(cpu),
        "cpu_p90": float(np.percentile(cpu, 90)),
        "wall": float("nan"),
        "empty_cpu": statistics.median(compare(empty)),
        "rate": float("nan"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120, help="distorted frames per size")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    zbar_defaults = _pyzbar_defaults()
    print(f"zbar library: {'yes' if decode.PYZBAR_AVAILABLE else 'NO (pyzbar rows empty)'}")
    print(
        f"{'size':>9}  {'decoder':34} {'CPU ms median':>13} {'p90':>6} {'wall ms':>8} "
        f"{'no-code ms':>10} {'detected':>9}"
    )
    for size in ((1280, 720), (640, 480)):
        frames = distorted_set(size, args.frames, seed=args.seed)
        empty = [frame(size, [], Distortion(noise_sigma=6), seed=1000 + n) for n in range(20)]
        rows: list[tuple[str, dict]] = [
            ("zxing-cpp (library defaults)", measure(_zxing_defaults, frames, empty)),
            ("zxing-cpp (camera pass)", measure(_zxing_camera, frames, empty)),
        ]
        if zbar_defaults is not None:
            rows.append(("pyzbar (library defaults)", measure(zbar_defaults, frames, empty)))
            rows.append(("pyzbar (second opinion)", measure(_zbar_camera, frames, empty)))
        rows.append(("combined, every frame", measure(decode.decode_frame, frames, empty)))
        rows.append(("combined, as the camera runs it", measure_camera(frames, empty)))
        rows.append(("still scene (skipped)", measure_still(frames, empty)))
        for name, r in rows:
            wall = "-" if np.isnan(r["wall"]) else f"{r['wall']:.1f}"
            rate = "-" if np.isnan(r["rate"]) else f"{r['rate']:.0%}"
            print(
                f"{size[0]:>4}x{size[1]:<4}  {name:34} {r['cpu']:>13.1f} {r['cpu_p90']:>6.1f} "
                f"{wall:>8} {r['empty_cpu']:>10.1f} {rate:>9}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
