"""A camera for tests: plays a script of frames on the camera worker's thread."""

from __future__ import annotations

import threading

import numpy as np
from barcode_frames import frame


class FakeSource:
    """Plays ``frames`` once, then blank frames; ``done`` is set when the script has played.
    Each read waits a moment, as a camera does for its next frame."""

    def __init__(self, frames: list[np.ndarray], size: tuple[int, int] = (640, 480)) -> None:
        self._frames = list(frames)
        self._blank = frame(size, [])
        self.done = threading.Event()
        self.closed = False
        self._tick = threading.Event()

    def read(self) -> np.ndarray | None:
        self._tick.wait(0.002)  # ~ a fast camera's frame time
        if self._frames:
            return self._frames.pop(0)
        self.done.set()
        return self._blank

    def close(self) -> None:
        self.closed = True
