"""Benchmark of the still-image decoder on real photos: share read and ms per photo, zxing-cpp
alone with its defaults, pyzbar alone with its defaults, the still path as it was (zxing-cpp with
every pass, else zbar) and as it is (``scanners.decode.decode_image``), side by side in one run.

Run from the repository root (a script, not a test):

    .venv/bin/python tests/bench/bench_decode_photos.py [--full] [--repeat 3] [--misses]

The photos are tests/scanners/photos (README.md there: sources, licences, the tuning and the
held-out set). ``--full`` also reads the whole QR set those photos were taken from (the ZXing
project's photos of QR codes, shipped in the npm package zxing-typescript 0.1.2): fetched once with
``npm pack`` into ~/.cache/parcel-kiosk/barcode-photos. Times are CPU ms per photo on one thread
(``time.process_time``), the median of ``--repeat`` runs for each photo; then the median and the
95th percentile over the photos.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "scanners"))

from photo_corpus import Photo, photos, read_it  # noqa: E402

from scanners import decode  # noqa: E402

FULL_PACKAGE = "zxing-typescript@0.1.2"
FULL_SETS = ("qrcode-1", "qrcode-2", "qrcode-3", "qrcode-4", "qrcode-5", "qrcode-7")
CACHE = Path.home() / ".cache" / "parcel-kiosk" / "barcode-photos"

Decoder = Callable[[Image.Image], list[str]]


def _zxing_defaults(image: Image.Image) -> list[str]:
    import zxingcpp

    gray = np.asarray(image.convert("L"))
    return [r.text for r in zxingcpp.read_barcodes(gray, formats=decode.FORMATS) if r.valid]


def _pyzbar_defaults() -> Decoder | None:
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError):
        return None
    symbols = [pyzbar.ZBarSymbol.CODE128, pyzbar.ZBarSymbol.QRCODE, pyzbar.ZBarSymbol.EAN13]

    def read(image: Image.Image) -> list[str]:
        gray = np.asarray(image.convert("L"))
        return [r.data.decode("utf-8", "replace") for r in pyzbar.decode(gray, symbols)]

    return read


def _still_path_before(image: Image.Image) -> list[str]:
    """decode_image until December 2026: zxing-cpp with every pass, else zbar."""
    gray = np.asarray(image.convert("L"))
    return decode.zxing_codes(gray, thorough=True) or decode.zbar_codes(gray, thorough=True)


def full_set() -> list[Photo]:
    """Every photo of the QR sets the committed ones come from, fetched into CACHE once."""
    root = CACHE / "package" / "src" / "test" / "core" / "resources" / "blackbox"
    if not root.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        name = subprocess.run(
            ["npm", "pack", FULL_PACKAGE, "--silent"],
            cwd=CACHE,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        with tarfile.open(CACHE / name) as tar:
            tar.extractall(CACHE, filter="data")
    found = []
    for folder in FULL_SETS:
        for path in sorted((root / folder).glob("*.png")):
            text = path.with_suffix(".txt").read_bytes().decode("utf-8")  # CR LF kept
            found.append(Photo(path, "QRCode", text, "full", f"{folder}/{path.name}"))
    return found


def measure(decoder: Decoder, photos_: list[Photo], images: list[Image.Image], repeat: int):
    costs, read, missed = [], 0, []
    for photo, image in zip(photos_, images, strict=True):
        runs = []
        for _ in range(repeat):
            start = time.process_time()
            found = decoder(image)
            runs.append((time.process_time() - start) * 1000)
        costs.append(statistics.median(runs))
        if read_it(photo.text, found):
            read += 1
        else:
            missed.append(photo.path.name)
    return {
        "rate": read / len(photos_),
        "read": read,
        "median": statistics.median(costs),
        "p95": float(np.percentile(costs, 95)),
        "missed": missed,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also the whole QR set (npm pack)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per photo for the time")
    parser.add_argument("--misses", action="store_true", help="list the photos each one misses")
    args = parser.parse_args()
    decoders: list[tuple[str, Decoder]] = [("zxing-cpp alone, library defaults", _zxing_defaults)]
    zbar = _pyzbar_defaults()
    if zbar is not None:
        decoders.append(("pyzbar alone, library defaults", zbar))
    decoders += [
        ("still path before (zxing-cpp, else zbar)", _still_path_before),
        ("still path now (both, then rescues)", decode.decode_image),
    ]
    sets = [(name, photos(name)) for name in ("tuning", "held-out")]
    sets.append(("all committed", photos()))
    if args.full:
        sets.append(("full QR set (npm)", full_set()))
    print(f"zbar library: {'yes' if decode.PYZBAR_AVAILABLE else 'NO (pyzbar rows empty)'}")
    print(f"{'set':18} {'decoder':42} {'read':>11} {'median ms':>9} {'p95 ms':>7}")
    for set_name, chosen in sets:
        images = [Image.open(photo.path) for photo in chosen]
        for image in images:
            image.load()
        for name, decoder in decoders:
            r = measure(decoder, chosen, images, args.repeat)
            share = f"{r['read']}/{len(chosen)} {r['rate']:.0%}"
            print(f"{set_name:18} {name:42} {share:>11} {r['median']:>9.1f} {r['p95']:>7.1f}")
            if args.misses and r["missed"]:
                print(f"{'':18}   missed: {' '.join(r['missed'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
