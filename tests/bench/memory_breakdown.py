"""What the kiosk's resident memory is made of, step by step in one process (docs/benchmarks.md).

Run from the repository root (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/memory_breakdown.py [--flows 100]

Imports Qt, pydantic, the kiosk's modules and the printer stack one after the other, builds the
kiosk in process as bench_kiosk.py does (``--mock --api-url``, ``python -m central --dev`` in
another process), runs receive and send flows in turn, then frees what can be freed (source lines
kept by ``linecache``, Qt's pixmap cache, the ticket layout's caches, the C allocator's free pages)
and prints the resident size after each step (``gc.collect()`` before each reading).
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_kiosk as bench  # noqa: E402 - from this folder, added above


class Steps:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float, float]] = []
        self._last = self._now()

    @staticmethod
    def _now() -> tuple[float, float]:
        return bench.rss_mb(), bench.rss_mb(field="RssAnon")

    def __call__(self, name: str) -> None:
        gc.collect()
        now = self._now()
        self.rows.append((name, now[0], now[0] - self._last[0], now[1] - self._last[1]))
        self._last = now

    def print(self) -> None:
        print(f"{'step':<72} {'RSS MB':>7} {'delta':>7} {'anon':>7}")
        for name, rss, delta, anon in self.rows:
            print(f"{name:<72} {rss:7.1f} {delta:+7.1f} {anon:+7.1f}")


def skip_feature_scan() -> None:
    """What importing kiosk.app does first, where the tree has it (kiosk/app/pyside_features.py),
    loaded alone: importing it as kiosk.app.pyside_features would import all of kiosk.app."""
    path = REPO / "kiosk" / "app" / "pyside_features.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("pyside_features", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.skip_feature_scan()


def demo_numbers() -> list[str]:
    """bench_kiosk's demo parcels, read in another process: the server's modules stay out."""
    probe = "import bench_kiosk; print(','.join(bench_kiosk.demo_numbers()))"
    here = str(Path(__file__).resolve().parent)
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=here, capture_output=True, text=True, check=True
    )
    return done.stdout.strip().split(",")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, default=100)
    args = parser.parse_args()
    numbers = demo_numbers()
    step = Steps()
    step("the interpreter and this script")
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(["kiosk"])
    skip_feature_scan()
    step("PySide6 (QtCore, QtGui, QtWidgets) and the QApplication")
    import pydantic  # noqa: F401

    step("pydantic")
    import kiosk.app.gui  # noqa: F401
    import ui.main_window  # noqa: F401

    step("the kiosk's and the UI's modules")
    import printers.escpos

    step("the printer stack (python-escpos, Pillow, qrcode, python-barcode)")
    with tempfile.TemporaryDirectory(prefix="memory-") as tmp, bench.central_process() as url:
        k = bench.InProcessKiosk(Path(tmp), api_url=url)
        step("the window and the core built")
        k.pump(3.0)
        step("3 s later: requests, the dev dock, the printer opened, delivery")
        collectible = k.collectible(numbers)
        boxes = bench.new_boxes(url, args.flows // 2)
        for i in range(args.flows):
            if i % 2:
                k.send_flow(boxes[i // 2])
            else:
                k.receive_flow(collectible[i // 2 % len(collectible)])
        k.pump(0.5)
        step(f"{args.flows} flows, receive and send in turn")
        import linecache

        files = len(linecache.cache)
        linecache.clearcache()
        step(f"linecache cleared ({files} files' source)")
        from PySide6.QtGui import QPixmapCache

        QPixmapCache.clear()
        step("Qt's pixmap cache cleared")
        import printers.layout

        for value in vars(printers.layout).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()
        step("the ticket layout's caches cleared")
        started = time.perf_counter()
        ctypes.CDLL(None).malloc_trim(0)
        trim_ms = (time.perf_counter() - started) * 1000
        step(f"malloc_trim(0): {trim_ms:.1f} ms")
        k.close()
    del qapp
    step.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
