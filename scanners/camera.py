"""The camera scanner: frames captured on a worker thread (OpenCV, headless wheel), decoded by the
combined decoder, each code reported once while it stays in view, and a small live preview for the
screens as a QImage (so the ui never touches OpenCV).

A still scene (nothing moved since zxing-cpp and zbar both read it) is not decoded again, so an
idle camera costs a thumbnail per frame. The frame source is injected: ``OpenCvSource`` for a
real camera, anything with ``read()`` and ``close()`` in tests. ``stop()`` asks the worker to
finish and waits for it: a read returns within a frame time, so the worker notices promptly.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.log import LogArea
from scanners.decode import decode_frame
from scanners.port import ThreadedScanner

log = logging.getLogger(LogArea.SCANNER.logger_name)

_LOST_AFTER_EMPTY_READS = 50


class CameraError(OSError):
    """The camera cannot be opened or stopped giving frames."""


class FrameSource(Protocol):
    def read(self) -> np.ndarray | None:
        """The next frame (grayscale or BGR), or ``None`` if none came."""

    def close(self) -> None: ...


class OpenCvSource:
    """A V4L2 (Linux) or default-backend camera by index."""

    def __init__(self, index: int, width: int = 1280, height: int = 720) -> None:
        import cv2

        backend = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
        self._capture = cv2.VideoCapture(index, backend)
        if not self._capture.isOpened():
            self._capture.release()
            raise CameraError(f"camera {index} cannot be opened")
        self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        self._capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of old ones

    def read(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        return frame if ok else None

    def close(self) -> None:
        self._capture.release()


def to_qimage(frame: np.ndarray, width: int) -> QImage:
    """A copy of ``frame`` (grayscale or BGR) at most ``width`` pixels wide, as a QImage."""
    height, current = frame.shape[:2]
    if current > width:
        import cv2

        frame = cv2.resize(frame, (width, max(1, round(height * width / current))))
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    if frame.ndim == 2:
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_Grayscale8)
    else:
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()  # own the pixels: the array goes away


class StillScene:
    """Tells whether a frame shows the same scene as the one last read (nothing moved), from an
    80x45 thumbnail: averaging 16x16 blocks cancels sensor noise, a hand or a phone does not."""

    def __init__(self, threshold: float) -> None:
        self._threshold = threshold
        self._thumb: np.ndarray | None = None
        self.codes: list[str] = []
        self.fully_read = False  # zxing-cpp's full camera pass and zbar have both looked at it
        self.passes: set[str] = set()

    def same(self, frame: np.ndarray) -> bool:
        import cv2

        thumb = cv2.resize(frame, (80, 45), interpolation=cv2.INTER_AREA).astype(np.int16)
        same = (
            self._thumb is not None
            and thumb.shape == self._thumb.shape
            and float(np.abs(thumb - self._thumb).mean()) < self._threshold
        )
        if not same:
            self._thumb = thumb
            self.fully_read = False
            self.passes = set()
        return same

    def read(self, codes: list[str], *, full: bool, second: bool) -> None:
        """What one decoder pass found; the scene is fully read once a code was found, or once the
        full zxing-cpp pass and zbar have both looked at it."""
        self.codes = codes
        self.passes |= {"full"} if full else set()
        self.passes |= {"zbar"} if second else set()
        self.fully_read = bool(codes) or self.passes >= {"full", "zbar"}


def camera_pass(n: int, zbar_every: int) -> tuple[bool, bool]:
    """Frame ``n``'s decoder pass, (second opinion, quick), in turns of ``zbar_every`` frames: the
    quick zxing-cpp pass, the full one (more of them in longer turns), then the quick one with
    zbar's second opinion. Each reads codes the others miss: a code in view for a turn meets all
    three, which together read more than any one, at less cost per frame than the full pass on
    every frame (tests/bench/bench_decode.py). ``zbar_every`` 1: the full pass and zbar, always."""
    if zbar_every <= 1:
        return True, False
    phase = n % zbar_every
    return phase == 0, phase != zbar_every - 1


class CameraScanner(ThreadedScanner):
    preview = Signal(QImage)
    running_changed = Signal(bool)

    def __init__(
        self,
        open_source: Callable[[], FrameSource],
        *,
        decoder: Callable[..., list[str]] = decode_frame,
        forget_after_frames: int = 5,
        zbar_every: int = 3,
        preview_width: int = 480,
        preview_interval_s: float = 0.1,
        reconnect_s: float = 2.0,
        still_threshold: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("camera", parent)
        self._open_source = open_source
        self._decoder = decoder
        self._forget_after = forget_after_frames
        self._zbar_every = max(1, zbar_every)
        self._preview_width = preview_width
        self._preview_interval_s = preview_interval_s
        self._reconnect_s = reconnect_s
        self._still_threshold = still_threshold
        self._clock = clock
        self.frames = 0  # read so far
        self.decoded = 0  # of them decoded (the others showed a scene already read)

    def _run(self) -> None:
        said_missing = False
        while not self._stop.is_set():
            try:
                source = self._open_source()
            except ImportError as exc:  # no OpenCV in this install: retrying cannot help
                log.error("camera scanner off: OpenCV cannot be loaded (%s)", exc)
                return
            except (OSError, RuntimeError) as exc:
                if not said_missing:
                    log.warning("camera not available (%s): retrying", exc)
                    said_missing = True
                self._stop.wait(self._reconnect_s)
                continue
            said_missing = False
            log.info("camera started")
            self.running_changed.emit(True)
            try:
                self._capture(source)
            except CameraError as exc:
                log.warning("%s: reopening the camera", exc)
                said_missing = True
            finally:
                source.close()
                self.running_changed.emit(False)
            self._stop.wait(self._reconnect_s if not self._stop.is_set() else 0)

    def _capture(self, source: FrameSource) -> None:
        last_seen: dict[str, int] = {}
        empty_reads = 0
        last_preview = float("-inf")
        decoder_failed = False
        scene = StillScene(self._still_threshold)
        while not self._stop.is_set():
            frame = source.read()
            if frame is None:
                empty_reads += 1
                if empty_reads >= _LOST_AFTER_EMPTY_READS:
                    raise CameraError("the camera gives no frames")
                continue
            empty_reads = 0
            self.frames += 1
            n = self.frames
            now = self._clock()
            if now - last_preview >= self._preview_interval_s:
                last_preview = now
                self.preview.emit(to_qimage(frame, self._preview_width))
            still = self._still_threshold > 0 and scene.same(frame)
            if still and scene.fully_read:
                codes = scene.codes  # nothing moved since both decoders looked: no need to again
            else:
                second, quick = camera_pass(n, self._zbar_every)
                try:
                    codes = self._decoder(frame, second_opinion=second, quick=quick)
                except Exception:
                    if not decoder_failed:  # once, not thirty times a second
                        log.exception("the camera decoder failed on a frame")
                        decoder_failed = True
                    continue
                self.decoded += 1
                scene.read(codes, full=not quick, second=second)
            for code in codes:
                seen = last_seen.get(code)
                if seen is None or n - seen > self._forget_after:
                    self.deliver(code)
                last_seen[code] = n
            if len(last_seen) > 64:
                last_seen = {c: f for c, f in last_seen.items() if n - f <= self._forget_after}
