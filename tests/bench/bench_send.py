"""Benchmark of the send flow (by hand, not in ``make test``):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_send.py [--sends 200] [--flows 500]

The kiosk is built in process by the composition root (``kiosk.app.gui.build``, ``--mock
--api-url``: real controller, window, outbox, delivery worker, mock printer), against ``python -m
central --dev`` in another process; boxes are created with ``POST /dev/boxes``. Measured:

1. Send pressed → done screen shown (outbox committed, receipt printed), → receipt job written,
   → the dispatch delivered (the outbox entry marked delivered after the server's 201).
2. The GUI thread's longest stall (a 5 ms precise timer) during sends while the server is down
   (``POST /dev/faults {"down": true}``; boxes accepted offline) and the time to deliver the queue
   once it is back.
3. Resident memory over ``--flows`` whole send flows (Send, scan, Send, done, home).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_kiosk as bk
import requests


class SendKiosk:
    def __init__(self, work: Path, api_url: str) -> None:
        from kiosk.log import setup_logging

        self._devnull = open(os.devnull, "w")  # noqa: SIM115 - closed in close()
        setup_logging("INFO", stream=self._devnull)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from kiosk.app import gui as app
        from kiosk.cli import Options
        from kiosk.config import load_config

        self.qapp = QApplication.instance() or QApplication(["kiosk"])
        env = {
            "KIOSK_PRINTER_OUT_DIR": str(work / "printer"),
            "KIOSK_DATA_DATA_DIR": str(work / "data"),
            "KIOSK_TERMINAL_ID": bk.TERMINAL,
            "KIOSK_API_TOKEN": bk.TOKEN,
            "KIOSK_SEND_RETRY_MIN_S": "0.2",
            "KIOSK_SEND_RETRY_MAX_S": "1.0",
        }
        options = Options(
            mock=True, windowed=True, config=None, api_url=api_url, qa_port=None, lang=None
        )
        overrides = {"api.url": api_url, "printer.backend": "mock", "ui.fullscreen": False}
        config = load_config(None, env, overrides)
        self.kiosk = app.build(config, options, self.qapp)
        self.window = self.kiosk.window
        self.controller = self.kiosk.controller
        self.outbox = self.kiosk.core.outbox
        self.api_url = api_url
        self.marks: dict[str, float] = {}
        self.screen_changes: list[float] = []
        self.window.screen_shown.connect(self._screen_shown)
        relay = self.kiosk.core.relay  # printer thread → GUI: the job written
        relay.printed.connect(
            lambda *_: self.marks.setdefault("job", _now()), Qt.ConnectionType.DirectConnection
        )
        self.wait_for(lambda: self.window.isVisible())
        self.wait_for(lambda: self.kiosk.core.delivery.running)

    def _screen_shown(self, name: str) -> None:
        now = _now()
        self.marks.setdefault(name, now)
        self.screen_changes.append(now)

    def wait_for(self, until: Callable[[], bool], timeout_s: float = 60.0) -> None:
        """Spin the event loop until ``until()`` (checked every 2 ms)."""
        from PySide6.QtCore import QEventLoop, QTimer

        if until():
            return
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(2)
        check.timeout.connect(lambda: until() and loop.quit())
        give_up = QTimer()
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        check.start()
        give_up.start(int(timeout_s * 1000))
        loop.exec()
        check.stop()
        give_up.stop()
        if not until():
            raise TimeoutError(f"waited {timeout_s} s; marks {sorted(self.marks)}")

    def pump(self, seconds: float) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def send(self, barcode: str) -> dict[str, float]:
        """One customer: Send, scan, Send, done, home. Times (ms) from the Send press."""
        from kiosk import views

        self.window.home.send.click()
        self.wait_for(lambda: self.controller.screen == views.SEND_SCAN)
        self.controller.scanned(barcode, "bench")
        self.wait_for(lambda: self.controller.screen == views.SEND_CONFIRM)
        self.marks.clear()
        pressed = _now()
        self.window.send_confirm.send.click()
        self.wait_for(lambda: views.SEND_DONE in self.marks and "job" in self.marks)
        entry = self.outbox.open_entry(barcode)
        assert entry is not None
        times = {
            "done": self.marks[views.SEND_DONE] - pressed,
            "job": self.marks["job"] - pressed,
        }
        self.window.send_done.home.click()
        self.wait_for(lambda: self.controller.screen == views.HOME)
        return times | {"entry": entry.id, "pressed": pressed}

    def close(self) -> None:
        self.window.close()
        self.kiosk.close()
        self._devnull.close()


def _now() -> float:
    return time.perf_counter() * 1000


def boxes(start: int, count: int) -> list[str]:
    from kiosk.identifiers import s10_check_digit

    serials = (f"{start + n:08d}" for n in range(count))
    return [f"CE{s}{s10_check_digit(s)}KZ" for s in serials]


def create_boxes(url: str, barcodes: list[str]) -> None:
    with requests.Session() as http:
        for barcode in barcodes:
            response = http.post(url + "/dev/boxes", json={"barcode": barcode, "size": "S"})
            response.raise_for_status()


def faults(url: str, **body: Any) -> None:
    requests.post(url + "/dev/faults", json=body, timeout=5).raise_for_status()


def gaps(ticks: list[float], changes: list[float], settle_ms: float = 150.0) -> tuple[float, float]:
    """The longest gap between timer ticks, and the longest away from screen changes (not ending
    within ``settle_ms`` after one: painting a new full screen is a cost of its own)."""
    pairs = list(itertools.pairwise(ticks))
    away = [b - a for a, b in pairs if not any(0 <= b - c <= settle_ms for c in changes)]
    return max(b - a for a, b in pairs), max(away, default=float("nan"))  # nan: no gap away


def stats(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values):6.1f}  p95 {bk.percentile(values, 95):6.1f}  "
        f"max {max(values):6.1f} ms  (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sends", type=int, default=200)
    parser.add_argument("--offline", type=int, default=20)
    parser.add_argument("--flows", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    latency_boxes = boxes(80_000_000, args.warmup + args.sends)
    offline_boxes = boxes(81_000_000, args.offline)
    memory_boxes = boxes(82_000_000, args.flows)
    sent = len(latency_boxes) + len(offline_boxes) + len(memory_boxes)
    with bk.central_process() as url, tempfile.TemporaryDirectory(prefix="bench-send-") as tmp:
        create_boxes(url, latency_boxes + offline_boxes + memory_boxes)
        k = SendKiosk(Path(tmp), url)

        # 1. latency
        rows = [k.send(barcode) for barcode in latency_boxes]
        k.wait_for(lambda: k.outbox.stats().depth == 0)
        print(f"send flow, {args.sends} sends, local server, after {args.warmup} warm-up sends:")
        measured = rows[args.warmup :]
        print(
            "  Send → done screen (saved, receipt printed):", stats([r["done"] for r in measured])
        )
        print("  Send → receipt job written:                 ", stats([r["job"] for r in measured]))
        print(f"  first send: done {rows[0]['done']:.1f} ms (cold printer and outbox)")

        # delivery: time from commit to delivered, from the outbox's own timestamps
        deliveries = [
            (e.finished_at - e.created_at) * 1000
            for e in k.outbox.all()
            if e.state == "delivered" and e.finished_at is not None
        ][args.warmup :]
        print("  outbox write → delivered:                   ", stats(deliveries))

        # 2. stall while the server is down
        from PySide6.QtCore import Qt, QTimer

        ticks: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(5)
        timer.timeout.connect(lambda: ticks.append(_now()))
        timer.start()
        k.pump(1.0)
        idle_max = max(b - a for a, b in itertools.pairwise(ticks))
        ticks.clear()
        k.screen_changes.clear()
        for barcode in offline_boxes[: len(offline_boxes) // 2]:
            k.send(barcode)
        online_stall, online_away = gaps(ticks, k.screen_changes)
        offline_boxes = offline_boxes[len(offline_boxes) // 2 :]
        faults(url, down=True)
        ticks.clear()
        k.screen_changes.clear()
        offline = [k.send(barcode)["done"] for barcode in offline_boxes]
        stall, stall_away = gaps(ticks, k.screen_changes)
        depth = k.outbox.stats().depth
        faults(url)
        back = _now()
        k.wait_for(lambda: k.outbox.stats().depth == 0)
        drained = _now() - back
        timer.stop()
        print(f"server down, {len(offline_boxes)} sends accepted offline:")
        print("  Send → done screen:", stats(offline))
        print(
            f"  longest GUI-thread gap {stall:.1f} ms, {stall_away:.1f} ms away from screen "
            f"changes (the same flows online: {online_stall:.1f} / {online_away:.1f} ms; "
            f"idle: {idle_max:.1f} ms)"
        )
        print(f"  outbox depth {depth}; all delivered {drained:.0f} ms after the server came back")

        # 3. memory
        gc.collect()
        k.pump(0.5)
        start = bk.rss_mb()
        trend = []
        for i, barcode in enumerate(memory_boxes, start=1):
            k.send(barcode)
            if i % 100 == 0:
                gc.collect()
                trend.append((i, round(bk.rss_mb(), 1)))
        k.wait_for(lambda: k.outbox.stats().depth == 0)
        gc.collect()
        end = bk.rss_mb()
        print(f"memory over {args.flows} send flows: {start:.1f} MB → {end:.1f} MB; {trend}")
        records = requests.get(
            url + "/dev/dispatches", params={"terminal_id": bk.TERMINAL}, timeout=30
        ).json()
        print(f"dispatches on the server: {len(records)} of {sent} sent")
        k.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
