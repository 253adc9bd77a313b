"""A printer for development and QA: each job becomes ``NNNN-<kind>.bin`` (the very ESC/POS bytes a
real printer would get) and ``NNNN-<kind>.png`` (the preview) in a folder. With the compact
encoding the preview is drawn from the bytes (`printers.paper`), user-defined characters included.

Faults are injected as on real hardware: a printer state that refuses jobs up front
(`set_state`), or a job that dies half-way (`fail_next_job_midway`). Files appear only for a
complete job — written under temporary names, then renamed — so a watcher never sees half a ticket,
and a failed job leaves nothing behind.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from kiosk.documents import Document
from kiosk.log import LogArea
from kiosk.ports.printer import PrinterState, PrinterStatus, PrintResult
from printers import escpos, layout, paper
from printers.encoding import Encoding, encoder_for
from printers.errors import PrinterError
from printers.ledger import JobLedger

log = logging.getLogger(LogArea.PRINTER.logger_name)

JOBS_KEPT = 200  # jobs remembered in memory; the folder keeps them all
_JOB_FILE = re.compile(r"^(\d{4,})-")


@dataclass(frozen=True)
class PrintedJob:
    n: int
    bin_path: Path
    png_path: Path
    printed_at: datetime
    document: Document


JobListener = Callable[[PrintedJob], None]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MockPrinter:
    """The Printer port, writing files; thread-safe, jobs run one at a time like on a printer."""

    def __init__(
        self,
        out_dir: Path,
        width_px: int = layout.WIDTH_80MM,
        *,
        profile: str = escpos.DEFAULT_PROFILE,
        on_job: JobListener | None = None,
        clock: Callable[[], datetime] = _utc_now,
        encoding: Encoding = "raster",
    ) -> None:
        self._out_dir = Path(out_dir)
        self._encoding = encoding
        self._encoder = encoder_for(encoding)
        self._out_dir.mkdir(parents=True, exist_ok=True)
        self._width = width_px
        self._profile = profile
        self._on_job = on_job
        self._clock = clock
        self._lock = threading.Lock()  # printer state, jobs list, listener: held briefly
        self._job_lock = threading.Lock()  # the job being printed (and _next_n)
        self._state = PrinterState.OK
        self._detail = ""
        self._fail_midway: PrinterState | None = None
        self._jobs: deque[PrintedJob] = deque(maxlen=JOBS_KEPT)
        self._ledger = JobLedger()
        self._next_n = _last_job_number(self._out_dir) + 1

    @property
    def out_dir(self) -> Path:
        return self._out_dir

    @property
    def jobs(self) -> list[PrintedJob]:
        """The most recent jobs (JOBS_KEPT of them: a long QA session must not grow the memory);
        the folder keeps every one."""
        with self._lock:
            return list(self._jobs)

    def set_job_listener(self, on_job: JobListener | None) -> None:
        """Called (on the printing thread) with every job that printed; a Qt dock must re-emit."""
        with self._lock:
            self._on_job = on_job

    def set_state(self, state: PrinterState, detail: str = "") -> None:
        with self._lock:
            self._state = state
            self._detail = detail

    def fail_next_job_midway(self, state: PrinterState = PrinterState.ERROR) -> None:
        """The next job passes the status check, then fails while printing; the printer is then
        left in ``state`` (as a real one would be, say, after its paper ran out mid-ticket)."""
        with self._lock:
            self._fail_midway = state

    def status(self) -> PrinterStatus:
        with self._lock:
            return PrinterStatus(self._state, self._detail)

    def print(self, document: Document) -> PrintResult:
        job_id = document.job_id
        with self._job_lock:  # one job at a time, like a printer; state stays readable meanwhile
            earlier = self._ledger.printed(job_id)
            if earlier is not None:
                log.info("job %s already printed; not printing it again", job_id)
                return earlier
            with self._lock:
                status = PrinterStatus(self._state, self._detail)
                if status.is_fault:
                    return PrintResult.failed(
                        job_id, status.state, status.detail or status.state.value
                    )
                fail_state, self._fail_midway = self._fail_midway, None
            try:
                job = self._print_job(document, fail_state)
            except PrinterError as exc:
                self.set_state(exc.state, exc.detail)
                log.warning("job %s failed mid-way: %s", job_id, exc.detail)
                return PrintResult.failed(job_id, exc.state, exc.detail)
            except Exception as exc:
                log.exception("job %s failed", job_id)
                return PrintResult.failed(job_id, PrinterState.ERROR, str(exc))
            result = PrintResult.succeeded(job_id, job.printed_at, detail=str(job.png_path))
            self._ledger.record(result)
            with self._lock:
                self._jobs.append(job)
                listener = self._on_job
        if listener is not None:
            _notify(listener, job)
        return result

    def _print_job(self, document: Document, fail_state: PrinterState | None) -> PrintedJob:
        """Render and write one job (under the job lock only: the slow part, 50 ms or more)."""
        data = self._encoder(document, self._profile, self._width)
        if self._encoding == "compact":  # drawn from the bytes, as the printer would print them
            preview = paper.render(data, self._width)
        else:
            preview = layout.render_preview(document, self._width)
        n = self._next_n
        stem = f"{n:04d}-{document.kind}"
        bin_path, png_path = self._out_dir / f"{stem}.bin", self._out_dir / f"{stem}.png"
        _write_job(bin_path, data, png_path, preview, fail_state)
        self._next_n += 1
        log.info("job %s printed as %s", document.job_id, stem)
        return PrintedJob(n, bin_path, png_path, self._clock(), document)

    def close(self) -> None:
        """Nothing to release; the files stay for the developer."""


def _write_job(
    bin_path: Path,
    data: bytes,
    png_path: Path,
    preview: Image.Image,
    fail_state: PrinterState | None,
) -> None:
    """Write both files under temporary names, then rename: the .png appears last, for watchers."""
    bin_tmp = _temp_path(bin_path)
    png_tmp = _temp_path(png_path)
    renamed: list[Path] = []
    try:
        with bin_tmp.open("wb") as f:
            if fail_state is not None:
                f.write(data[: len(data) // 2])
                raise PrinterError(fail_state, "the printer failed in the middle of the job")
            f.write(data)
        preview.save(png_tmp, format="PNG")
        for tmp, final in ((bin_tmp, bin_path), (png_tmp, png_path)):
            os.replace(tmp, final)
            renamed.append(final)
    except BaseException:
        for path in (bin_tmp, png_tmp, *renamed):
            path.unlink(missing_ok=True)
        raise


def _temp_path(final: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
    os.close(fd)
    return Path(name)


def _last_job_number(out_dir: Path) -> int:
    """Continue after the jobs already in the folder, so a restart never overwrites a ticket."""
    numbers = (int(m.group(1)) for p in out_dir.iterdir() if (m := _JOB_FILE.match(p.name)))
    return max(numbers, default=0)


def _notify(listener: JobListener, job: PrintedJob) -> None:
    try:
        listener(job)
    except Exception:
        log.exception("the print job listener failed")
