"""Benchmarks of the kiosk against DESIGN.md's "Performance budgets".

Run from the repository root (a script, not a test: pytest collects only test_*.py):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_kiosk.py [--starts 10]
        [--lookups 200] [--flows 1000] [--only start,latency,stall,memory]

1. Cold start to the home screen, N starts of ``python -m kiosk --mock --windowed --qa-port 0``:
   the clock runs from just before the subprocess is launched (CLOCK_MONOTONIC is system-wide, so
   the child reads the same clock) to the end of the first frame that paints the home screen: a
   paint event reaching the home screen, then the end of that event-loop pass. The child is this
   script in probe mode: it imports ``kiosk.app``, wraps ``kiosk.app.gui.build`` (to see the window
   it returns and time the phases) and runs the unmodified ``kiosk.__main__`` with the same
   arguments. Once with the embedded central server, once with ``--api-url`` pointing at a server
   that is already running (another process), interleaved. As a cross-check, the truly unmodified
   command is also timed to its "kiosk … started" log line (written right after
   ``window.present()``, i.e. before the first paint: a lower bound).
2. Enter-to-ticket-bytes: the kiosk built in process by the composition root
   (``kiosk.app.gui.build``, ``--mock`` without ``--api-url``: embedded central server, real
   controller, window, API client and mock printer). For each lookup the number is typed into the
   field and Enter is pressed (QTest key events); the clock stops when ``printers.escpos.encode``
   returns the ticket's bytes (a timing wrapper that calls the real function). Also shown: the job
   complete (.bin and .png written, the printer's job listener), the result screen shown, and the
   record acknowledged.
3. GUI thread stall: the same in-process kiosk, the server's dev fault "latency 10 s"
   (``POST /dev/faults``), three lookups; a 5 ms precise QTimer on the GUI thread records the
   gaps between its ticks from just before Enter until 0.3 s after the outcome screen is shown.
   Shown apart: the longest gap while only waiting (not within 0.1 s of Enter or the answer).
4. Memory: the kiosk in process (composition root, ``--mock --api-url``: the central server runs
   in another process, so its database does not count), RSS after start and its growth over N
   flows driven through the window, receive and send in turn (Receive, type, Enter, result, Done,
   Start over; Send, scan a box, Send, done, home). The mock printer keeps its newest 200 jobs in
   memory (printers/mock.py) and the dev dock lists 200: both are full from flow 200 on.

Each part runs in a fresh interpreter (this script with ``--child``), so they do not disturb one
another. Every child prints one ``BENCH-RESULT {json}`` line; the parent prints the table.

The start part also times a what-if: ``--api-url`` with python-escpos's capabilities pickle in a
lasting directory (``ESCPOS_CAPABILITIES_PICKLE_DIR``), the fix proposed for its slow import.

PySide6 6.12.0 on CPython 3.11 drops references to None and True (see ``refcount_bug``): the
kiosk then aborts after a few hundred flows. The script says so first, and its in-process parts
pin those objects so that they run to the end; ``--no-guard`` leaves them unpinned.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_T_SCRIPT = time.monotonic()  # the probe's "interpreter is up" mark

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

RESULT_PREFIX = "BENCH-RESULT "
TERMINAL = "T-ALA-01"
TOKEN = "dev-" + TERMINAL
KIOSK_ARGS = ["--mock", "--windowed", "--qa-port", "0"]
STARTED_LOG = "kiosk.app: kiosk "  # "kiosk.app: kiosk 0.1.0 started, terminal …"

BUDGET_START_S = 1.0
BUDGET_P95_MS = 100.0
BUDGET_STALL_MS = 30.0
BUDGET_RSS_MB = 150.0
BUDGET_GROWTH_MB = 5.0


# ---- helpers ----------------------------------------------------------------------------------


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    """Resident memory in MB (``RssAnon``: the part that is not mapped files, e.g. libraries)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/{pid}/status")


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.pop("KIOSK_CONFIG", None)
    return env | extra


def run_child(part: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run this script as ``--child part`` and return its result (stderr shown on failure)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", part, *args]
    with tempfile.TemporaryFile("w+") as errors:
        done = subprocess.run(
            command,
            cwd=REPO,
            env=env or child_env(),
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            timeout=1800,
            check=False,
        )
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
        if done.returncode != 0 or not lines:
            errors.seek(0)
            tail = errors.read()[-4000:]
            raise RuntimeError(f"child {part!r} failed (exit {done.returncode}):\n{tail}")
    return json.loads(lines[-1][len(RESULT_PREFIX) :])


@contextlib.contextmanager
def central_process() -> Iterator[str]:
    """``python -m central --dev`` on a free loopback port, in its own process."""
    command = [sys.executable, "-m", "central", "--dev", "--port", "0"]
    command += ["--no-access-log", "--log-level", "warning"]
    command += ["--lookups-per-minute", "1000000"]  # a thousand flows a minute from one terminal
    process = subprocess.Popen(
        command, cwd=REPO, env=child_env(), stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("Central API:"):
        process.kill()
        raise RuntimeError(f"the central server did not start: {line!r}")
    try:
        yield line.split()[-1]
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


# ---- 1. cold start -----------------------------------------------------------------------------


def probe_startup(kiosk_args: list[str]) -> None:
    """Child: run ``python -m kiosk`` in this process and report when the home screen painted."""
    t0 = float(os.environ["BENCH_T0"])
    marks: dict[str, float] = {"interpreter": _T_SCRIPT}
    import runpy

    from kiosk.app import gui as app

    marks["import kiosk.app"] = time.monotonic()
    from PySide6.QtCore import QEvent, QObject, QTimer

    real_build = app.build
    found: dict[str, Any] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first paint" not in marks:
                marks["first paint"] = time.monotonic()
                QTimer.singleShot(0, frame_done)
            return False

    def frame_done() -> None:
        marks["frame done"] = time.monotonic()
        kiosk = found["kiosk"]
        window = kiosk.window
        home = window.stack.currentWidget() is window.home
        phases = {name: (t - t0) * 1000 for name, t in marks.items()}
        emit(
            {
                "ms": phases,
                # the GUI thread's CPU time since the interpreter started: what load hides least
                "cpu_ms": time.thread_time() * 1000,
                "screen": kiosk.controller.screen if home else "not home",
                "rss_mb": rss_mb(),
            }
        )
        window.home.removeEventFilter(found["filter"])
        kiosk.qapp.quit()

    def build(config: Any, options: Any, qapp: Any) -> Any:
        marks["build starts"] = time.monotonic()
        kiosk = real_build(config, options, qapp)
        marks["build returns"] = time.monotonic()
        found["kiosk"] = kiosk
        found["filter"] = FirstPaint()
        kiosk.window.home.installEventFilter(found["filter"])
        return kiosk

    app.build = build
    sys.argv = ["python -m kiosk", *kiosk_args]
    with contextlib.suppress(SystemExit):
        runpy.run_module("kiosk", run_name="__main__", alter_sys=True)


def time_probe(kiosk_args: list[str], env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "startup", "--"]
    t0 = time.monotonic()
    env = env | {"BENCH_T0": repr(t0)}
    done = subprocess.run(
        [*command, *kiosk_args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if not lines:
        raise RuntimeError(f"the startup probe failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_PREFIX) :])
    if result["screen"] != "home":
        raise RuntimeError(f"the first frame was not the home screen: {result}")
    return result


def time_unmodified(kiosk_args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Launch → the "kiosk … started" log line of the unmodified command; and its RSS then."""
    t0 = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", *kiosk_args],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if STARTED_LOG in line and " started" in line:
                elapsed = time.monotonic() - t0
                return elapsed * 1000, rss_mb(process.pid)
        raise RuntimeError("the kiosk exited before it started")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


def bench_start(starts: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-kiosk-") as tmp, central_process() as url:
        env = child_env(KIOSK_PRINTER_OUT_DIR=tmp)
        remote_env = env | {"KIOSK_TERMINAL_ID": TERMINAL, "KIOSK_API_TOKEN": TOKEN}
        remote_args = [*KIOSK_ARGS, "--api-url", url]
        # What-if: python-escpos keeps its parsed capabilities in a pickle, by default in a new
        # mkdtemp() directory per process (so never reused): point it at a lasting directory.
        cached_env = remote_env | {"ESCPOS_CAPABILITIES_PICKLE_DIR": tmp}
        time_probe(remote_args, cached_env)  # writes the pickle once
        runs: dict[str, list[Any]] = {key: [] for key in ("embedded", "remote", "cached")}
        unmodified: list[tuple[float, float]] = []
        for _ in range(starts):  # interleaved, so a noisy moment hits every variant alike
            runs["embedded"].append(time_probe(KIOSK_ARGS, env))
            runs["remote"].append(time_probe(remote_args, remote_env))
            runs["cached"].append(time_probe(remote_args, cached_env))
            unmodified.append(time_unmodified(KIOSK_ARGS, env))
    return runs | {"unmodified": unmodified}


# ---- the kiosk in process (parts 2-4) -----------------------------------------------------------


class InProcessKiosk:
    """The kiosk as ``python -m kiosk --mock --windowed [--api-url URL]`` builds it, in this
    process, with probes on its signals. Logging as the app sets it up, but to /dev/null."""

    def __init__(self, out_dir: Path, api_url: str | None = None) -> None:
        from kiosk.log import setup_logging

        # First, as kiosk.app.main does: python-escpos calls logging.basicConfig() on import.
        self._devnull = open(os.devnull, "w")  # noqa: SIM115 - closed in close()
        setup_logging("INFO", stream=self._devnull)

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        import printers.escpos
        from kiosk.app import gui as app
        from kiosk.cli import Options
        from kiosk.config import load_config

        self.qapp = QApplication.instance() or QApplication(["kiosk"])
        # the outbox too: each run its own, not the developer's data directory
        env = {"KIOSK_PRINTER_OUT_DIR": str(out_dir), "KIOSK_DATA_DATA_DIR": str(out_dir / "data")}
        if api_url:
            env |= {"KIOSK_TERMINAL_ID": TERMINAL, "KIOSK_API_TOKEN": TOKEN}
        options = Options(
            mock=True, windowed=True, config=None, api_url=api_url, qa_port=None, lang=None
        )
        overrides = {"api.url": api_url, "printer.backend": "mock", "ui.fullscreen": False}
        config = load_config(None, env, overrides)  # what --mock --windowed [--api-url] load
        setup_logging(config.log.level, stream=self._devnull)
        self.kiosk = app.build(config, options, self.qapp)
        self.window = self.kiosk.window
        self.controller = self.kiosk.controller
        self.api_url = api_url or self.kiosk.central.url
        self.marks: dict[str, float] = {}
        self._loop: Any = None
        self._until: Callable[[], bool] = lambda: True
        self.window.screen_shown.connect(lambda name: self._mark("screen " + name))
        self.controller.ticket_recorded.connect(lambda _id: self._mark("recorded"))
        relay = self.kiosk.core.relay  # the core's PrinterRelay (printer thread → GUI)
        relay.printed.connect(self._job_printed, Qt.ConnectionType.DirectConnection)
        real_encode = printers.escpos.encode

        def timed_encode(*args: Any, **kwargs: Any) -> bytes:
            data = real_encode(*args, **kwargs)
            self.marks["bytes"] = time.perf_counter()  # printer thread; read after "recorded"
            return data

        printers.escpos.encode = timed_encode
        self.wait_for(lambda: self.window.isVisible())

    def _job_printed(self, _png: str, _title: str) -> None:
        self.marks["job"] = time.perf_counter()  # printer thread

    def _mark(self, name: str) -> None:
        self.marks[name] = time.perf_counter()
        if self._loop is not None and self._until():
            self._loop.quit()

    def wait_for(self, until: Callable[[], bool], timeout_s: float = 30.0) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        if until():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(timeout_s * 1000))
        self._loop, self._until = loop, until
        try:
            loop.exec()
        finally:
            self._loop, self._until = None, lambda: True
            timer.stop()
        if not until():
            raise TimeoutError(f"waited {timeout_s} s; marks {sorted(self.marks)}")

    def pump(self, seconds: float) -> None:
        """Run the event loop for a while (lets timers, repaints and deferred deletes happen)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def type_and_enter(self, number: str) -> float:
        """On the tracking screen: type ``number`` (key events, as a wedge scanner does), press
        Enter; returns the moment Enter was pressed (perf_counter)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        field = self.window.tracking.field
        QTest.keyClicks(field, number)
        if field.value != number:
            raise RuntimeError(f"typed {number!r}, the field has {field.value!r}")
        self.marks.clear()
        pressed = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        return pressed

    def receive_flow(self, number: str) -> float:
        """One customer: Receive, type, Enter, result + ticket, Done, Start over. Returns the
        moment Enter was pressed."""
        from kiosk import views

        window = self.window
        window.home.receive.click()
        self.wait_for(lambda: self.controller.screen == views.RECEIVE_TRACKING)
        pressed = self.type_and_enter(number)
        self.wait_for(lambda: "recorded" in self.marks and "screen receive_result" in self.marks)
        window.result.home.click()
        self.wait_for(lambda: self.controller.screen == views.RECEIVE_DONE)
        window.done.home.click()
        self.wait_for(lambda: self.controller.screen == views.HOME)
        return pressed

    def send_flow(self, barcode: str) -> None:
        """One sender: Send, scan the box, Send, done (receipt printed), home."""
        from kiosk import views

        window = self.window
        window.home.send.click()
        self.wait_for(lambda: self.controller.screen == views.SEND_SCAN)
        self.controller.scanned(barcode, "bench")
        self.wait_for(lambda: self.controller.screen == views.SEND_CONFIRM)
        self.marks.clear()
        window.send_confirm.send.click()
        self.wait_for(lambda: "job" in self.marks and self.controller.screen == views.SEND_DONE)
        window.send_done.home.click()
        self.wait_for(lambda: self.controller.screen == views.HOME)

    def collectible(self, numbers: list[str]) -> list[str]:
        """Those of ``numbers`` that print a ticket (awaiting pickup), asked of the server."""
        from kiosk.api import CentralApi

        with CentralApi(self.api_url, TOKEN, TERMINAL) as api:
            return [n for n in numbers if api.get_parcel(n).awaiting_pickup]

    def close(self) -> None:
        self.window.close()
        self.kiosk.close()
        for extra in self.kiosk.extras:
            if hasattr(extra, "close"):
                extra.close()
        self._devnull.close()


def child_latency(numbers: list[str], lookups: int, warmup: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-kiosk-") as tmp:
        k = InProcessKiosk(Path(tmp))
        numbers = k.collectible(numbers)
        rows: list[dict[str, float]] = []
        for i in range(warmup + lookups):
            pressed = k.receive_flow(numbers[i % len(numbers)])
            m = k.marks
            rows.append(
                {
                    "bytes": (m["bytes"] - pressed) * 1000,
                    "job": (m["job"] - pressed) * 1000,
                    "screen": (m["screen receive_result"] - pressed) * 1000,
                    "recorded": (m["recorded"] - pressed) * 1000,
                }
            )
        k.close()
    emit({"first": rows[0], "rows": rows[warmup:], "parcels": len(numbers)})


def child_stall(numbers: list[str], latency_ms: int, repeats: int) -> None:
    import requests
    from PySide6.QtCore import Qt, QTimer

    from kiosk import views

    with tempfile.TemporaryDirectory(prefix="bench-kiosk-") as tmp:
        k = InProcessKiosk(Path(tmp))
        number = k.collectible(numbers)[0]
        k.receive_flow(number)  # warm: a first lookup and ticket, as on a kiosk in service
        ticks: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(5)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        k.pump(2.0)  # idle baseline: the noise floor of this machine
        idle = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
        requests.post(
            k.api_url + "/dev/faults", json={"latency_ms": latency_ms}, timeout=5
        ).raise_for_status()
        outcome = {f"screen {s}" for s in (views.ERROR, views.RECEIVE_RESULT)}
        lookups = []
        for _ in range(repeats):
            k.window.home.receive.click()
            k.pump(0.3)
            ticks.clear()
            pressed = k.type_and_enter(number)
            k.wait_for(lambda: bool(outcome & k.marks.keys()), timeout_s=latency_ms / 1000 + 20)
            shown = min(k.marks[s] for s in outcome & k.marks.keys())
            k.pump(0.3)
            # (end of the gap, its length): whole window, and the wait alone (not the two screen
            # changes, Enter → busy and answer → outcome: 100 ms after each)
            gaps = [(b - pressed, (b - a) * 1000) for a, b in itertools.pairwise(ticks)]
            waiting = [g for at, g in gaps if 0.1 < at < shown - pressed]
            at, worst = max(gaps, key=lambda gap: gap[1])
            lookups.append(
                {
                    "max": worst,
                    "max_at_s": at,
                    "max_waiting": max(waiting),
                    "p99": percentile([g for _, g in gaps], 99),
                    "over_budget": sum(g > BUDGET_STALL_MS for _, g in gaps),
                    "ticks": len(gaps),
                    "outcome_s": shown - pressed,
                    "outcome": k.controller.screen,
                }
            )
            k.controller.go_home()
        timer.stop()
        requests.post(k.api_url + "/dev/faults", json={}, timeout=5).raise_for_status()
        k.close()
    emit({"idle_max": max(idle), "lookups": lookups})


def singleton_refs() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}


def new_boxes(api_url: str, count: int) -> list[str]:
    """``count`` boxes the demo server can take (``POST /dev/boxes``), with fresh barcodes."""
    import requests

    from kiosk.identifiers import s10_check_digit

    serials = (f"{70_000_000 + n:08d}" for n in range(count))
    barcodes = [f"CE{s}{s10_check_digit(s)}KZ" for s in serials]
    with requests.Session() as http:
        for barcode in barcodes:
            body = {"barcode": barcode, "size": "S"}
            http.post(api_url + "/dev/boxes", json=body, timeout=10).raise_for_status()
    return barcodes


def child_memory(numbers: list[str], api_url: str, flows: int, warmup: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-kiosk-") as tmp:
        k = InProcessKiosk(Path(tmp), api_url=api_url)
        k.pump(0.5)
        gc.collect()
        at_start, anon_start = rss_mb(), rss_mb(field="RssAnon")
        numbers = k.collectible(numbers)
        boxes = new_boxes(api_url, flows // 2)
        trend: list[tuple[int, float]] = []
        refs: dict[str, int] = {}
        for i in range(flows):
            if i % 2:
                k.send_flow(boxes[i // 2])
            else:
                k.receive_flow(numbers[i // 2 % len(numbers)])
            if i + 1 == warmup or (i + 1) % 100 == 0:
                gc.collect()
                trend.append((i + 1, rss_mb()))
            if i + 1 == warmup:
                refs = singleton_refs()
        k.pump(0.5)
        gc.collect()
        at_end, anon_end = rss_mb(), rss_mb(field="RssAnon")
        after = singleton_refs()
        mock = k.kiosk.core.printer.wait_for_printer()  # the worker's; it keeps every job
        jobs = len(mock.jobs)
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)  # glibc: give back the free memory it keeps
        trimmed = rss_mb()
        k.close()
    after_warmup = next(mb for n, mb in trend if n == warmup)
    lost = {name: (refs[name] - after[name]) / (flows - warmup) for name in refs}
    emit(
        {
            "start": at_start,
            "after_warmup": after_warmup,
            "end": at_end,
            "anon_start": anon_start,
            "anon_end": anon_end,
            "trimmed": trimmed,
            "jobs": jobs,
            "trend": trend,
            "warmup": warmup,
            "flows": flows,
            "refs_lost_per_flow": lost,
        }
    )


# ---- PySide6 6.12.0 on CPython 3.11 ------------------------------------------------------------

PIN = 1 << 40


def refcount_bug() -> dict[str, int]:
    """References to None and True that 100 calls into PySide6 drop (0 on a sound stack).

    PySide6 6.12.0 on CPython < 3.12, where None and True are not yet immortal, returns them to
    Python without taking a reference on many calls (every void method, every emit of a Python
    Signal). Their count then falls with every call until Python frees them: "Fatal Python error:
    none_dealloc" (or bool_dealloc), the kiosk aborts, mid-run or at exit.
    """
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Probe(QObject):
        ping = Signal()

    app = QApplication.instance() or QApplication(["probe"])
    probe, label = Probe(), QLabel()
    before = singleton_refs()
    for _ in range(100):
        label.setText("x")
        probe.ping.emit()
    after = singleton_refs()
    del app
    return {name: before[name] - after[name] for name in before}


def pin_singletons() -> None:
    """Give None, True and False so many references that the bug above cannot free them during
    a benchmark (CPython < 3.12 only: the count is the object's first field)."""
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += PIN


def guard(no_guard: bool) -> None:
    """In the children that drive many flows: keep the refcount bug from aborting the run."""
    if sys.version_info < (3, 12) and not no_guard and any(refcount_bug().values()):
        pin_singletons()


# ---- the table ---------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER BUDGET"


def report_start(data: dict[str, Any], starts: int) -> None:
    print(f"\n1. Cold start to the home screen ({starts} starts each; budget ≤ {BUDGET_START_S} s)")
    print(f"   {'variant':<48} {'median':>8} {'max':>8} {'first':>8} {'RSS':>8}")
    for key, label in (
        ("embedded", "--mock (embedded server), first frame"),
        ("remote", "--mock --api-url (server running), first frame"),
        ("cached", "  the same, escpos capabilities cached (what-if)"),
    ):
        totals = [r["ms"]["frame done"] for r in data[key]]
        rss = statistics.median(r["rss_mb"] for r in data[key])
        print(
            f"   {label:<48} {statistics.median(totals):>6.0f}ms {max(totals):>6.0f}ms "
            f"{totals[0]:>6.0f}ms {rss:>6.0f}MB  "
            f"{verdict(statistics.median(totals) <= BUDGET_START_S * 1000)}"
        )
    unmodified = [ms for ms, _ in data["unmodified"]]
    rss_u = statistics.median(mb for _, mb in data["unmodified"])
    print(
        f"   {'unmodified --mock, to its started log line':<48} "
        f"{statistics.median(unmodified):>6.0f}ms {max(unmodified):>6.0f}ms "
        f"{unmodified[0]:>6.0f}ms {rss_u:>6.0f}MB  (lower bound: before the first paint)"
    )
    for key, label in (("embedded", "embedded"), ("remote", "--api-url"), ("cached", "cached")):
        phases = data[key][0]["ms"].keys()
        medians = {p: statistics.median(r["ms"][p] for r in data[key]) for p in phases}
        steps, previous = [], 0.0
        for phase, at in medians.items():
            steps.append(f"{phase} +{at - previous:.0f}")
            previous = at
        print(f"   phases ({label}, median ms): launch → " + ", ".join(steps))


def report_latency(data: dict[str, Any]) -> None:
    rows = data["rows"]
    print(
        f"\n2. Enter → ticket bytes, in process, embedded server ({len(rows)} lookups of "
        f"{data['parcels']} demo parcels after warm-up; budget p95 ≤ {BUDGET_P95_MS:.0f} ms)"
    )
    print(f"   {'Enter →':<48} {'p50':>8} {'p95':>8} {'max':>8} {'1st':>8}")
    for key, label in (
        ("bytes", "ESC/POS bytes encoded (escpos.encode returns)"),
        ("job", "job complete (.bin + .png written)"),
        ("screen", "result screen shown"),
        ("recorded", "ticket recorded (POST /tickets answered)"),
    ):
        values = [r[key] for r in rows]
        p95 = percentile(values, 95)
        print(
            f"   {label:<48} {percentile(values, 50):>6.1f}ms {p95:>6.1f}ms {max(values):>6.1f}ms "
            f"{data['first'][key]:>6.1f}ms"
            + (f"  {verdict(p95 <= BUDGET_P95_MS)}" * (key == "bytes"))
        )


def report_stall(data: dict[str, Any], latency_ms: int) -> None:
    print(
        f"\n3. GUI thread while the API takes {latency_ms / 1000:.0f} s "
        f"(5 ms timer; budget max gap ≤ {BUDGET_STALL_MS:.0f} ms; idle max gap "
        f"{data['idle_max']:.1f} ms)"
    )
    for n, r in enumerate(data["lookups"], 1):
        print(
            f"   lookup {n}: max gap {r['max']:.1f} ms "
            f"(ending {r['max_at_s']:+.2f} s after Enter), "
            f"while waiting {r['max_waiting']:.1f} ms, p99 {r['p99']:.1f} ms, "
            f"{r['over_budget']} of {r['ticks']} gaps > {BUDGET_STALL_MS:.0f} ms; "
            f"'{r['outcome']}' after {r['outcome_s']:.1f} s  "
            f"{verdict(r['max'] <= BUDGET_STALL_MS)}"
        )


def report_memory(data: dict[str, Any]) -> None:
    growth = data["end"] - data["after_warmup"]
    print(
        f"\n4. Memory, kiosk in process, server in another process (budget ≤ {BUDGET_RSS_MB:.0f} "
        f"MB resident, ≤ {BUDGET_GROWTH_MB:.0f} MB growth over 1,000 flows)"
    )
    print(
        f"   RSS after start {data['start']:.1f} MB, after {data['warmup']} flows "
        f"{data['after_warmup']:.1f} MB, after {data['flows']} flows {data['end']:.1f} MB  "
        f"{verdict(max(data['end'], data['start']) <= BUDGET_RSS_MB)}"
    )
    print(
        f"   of which anonymous (not mapped files): {data['anon_start']:.1f} MB after start, "
        f"{data['anon_end']:.1f} MB at the end; RSS after malloc_trim {data['trimmed']:.1f} MB; "
        f"the mock printer holds {data['jobs']} jobs"
    )
    print(
        f"   growth after warm-up {growth:+.1f} MB, from start {data['end'] - data['start']:+.1f} "
        f"MB  {verdict(growth <= BUDGET_GROWTH_MB)}"
    )
    print("   trend (flows: MB): " + ", ".join(f"{n}: {mb:.1f}" for n, mb in data["trend"]))
    lost = data["refs_lost_per_flow"]
    if any(v > 1 for v in lost.values()):
        print(
            "   references dropped per flow by the refcount bug: "
            + ", ".join(f"{name} {v:.0f}" for name, v in lost.items())
        )
    print("   receive and send flows in turn; the mock printer and the dev dock keep 200 each")


def report_refcount_bug(data: dict[str, Any]) -> None:
    lost = data["lost"]
    if not any(lost.values()):
        print(f"PySide6 {data['pyside']} on Python {data['python']}: no refcount leak", flush=True)
        return
    print(
        f"WARNING: PySide6 {data['pyside']} on Python {data['python']} drops references to "
        + ", ".join(f"{name} ({n} per 100 calls)" for name, n in lost.items())
        + ": the kiosk aborts with 'Fatal Python error: none_dealloc' after a few hundred "
        "flows, or at exit. The in-process parts pin None/True/False to run to the end "
        "(--no-guard to see the crash).",
        flush=True,
    )


def child_refcount_bug() -> None:
    import PySide6

    emit(
        {
            "pyside": PySide6.__version__,
            "python": ".".join(map(str, sys.version_info[:3])),
            "lost": refcount_bug(),
        }
    )


def demo_numbers() -> list[str]:
    """The demo parcels that should print a ticket (the children check with the server)."""
    from central import demo

    return [p.tracking_number for p in demo.PARCELS if p.status == "awaiting_pickup" and p.location]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=10, help="cold starts per variant")
    parser.add_argument("--lookups", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10, help="lookups/flows not counted")
    parser.add_argument("--flows", type=int, default=1000, help="receive + send flows, memory")
    parser.add_argument("--mem-warmup", type=int, default=100, help="flows before the baseline")
    parser.add_argument("--latency-ms", type=int, default=10_000, help="injected API latency")
    parser.add_argument("--stall-lookups", type=int, default=3, help="slow lookups to watch")
    parser.add_argument("--only", default="start,latency,stall,memory")
    parser.add_argument(
        "--no-guard", action="store_true", help="do not work around the PySide6 refcount bug"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--numbers", help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "startup":
        probe_startup([a for a in args.rest if a != "--"])
        return 0
    if args.child == "refcount":
        child_refcount_bug()
        return 0
    if args.child:
        guard(args.no_guard)
        numbers = args.numbers.split(",")
        if args.child == "latency":
            child_latency(numbers, args.lookups, args.warmup)
        elif args.child == "stall":
            child_stall(numbers, args.latency_ms, args.stall_lookups)
        elif args.child == "memory":
            child_memory(numbers, args.api_url, args.flows, args.warmup)
        return 0

    parts = set(args.only.split(","))
    print(f"bench_kiosk: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}", flush=True)
    report_refcount_bug(run_child("refcount"))
    numbers = ["--numbers", ",".join(demo_numbers())]
    numbers += ["--no-guard"] if args.no_guard else []
    failed = 0

    def part(name: str, run: Callable[[], None]) -> None:
        nonlocal failed
        if name not in parts:
            return
        try:
            run()
        except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
            failed += 1
            print(f"\n{name}: FAILED: {exc}", flush=True)

    def memory() -> None:
        with central_process() as url:
            opts = ["--api-url", url, "--flows", str(args.flows), "--warmup", str(args.mem_warmup)]
            report_memory(run_child("memory", *numbers, *opts))

    opts = ["--lookups", str(args.lookups), "--warmup", str(args.warmup)]
    part("start", lambda: report_start(bench_start(args.starts), args.starts))
    part("latency", lambda: report_latency(run_child("latency", *numbers, *opts)))
    stall = ["--latency-ms", str(args.latency_ms), "--stall-lookups", str(args.stall_lookups)]
    part("stall", lambda: report_stall(run_child("stall", *numbers, *stall), args.latency_ms))
    part("memory", memory)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
