"""Measuring spoken WAV files: loudness (RMS in dBFS) and length, for the speech tests."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np

FULL_SCALE = 32768.0


def samples(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2, path
        assert wav.getnchannels() == 1, path
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.float64)


def samples_of_bytes(data: bytes, header: int = 44) -> np.ndarray:
    body = data[header : header + (len(data) - header) // 2 * 2]
    return np.frombuffer(body, dtype="<i2").astype(np.float64)


def rms_dbfs(values: np.ndarray) -> float:
    """Root mean square level of the whole signal in dBFS; -inf for digital silence. (Over the
    whole signal, not its loud part: a threshold would keep more of a loud voice than of a quiet
    one and shrink the measured difference.)"""
    if values.size == 0 or not np.any(values):
        return -math.inf
    return 20 * math.log10(math.sqrt(float(np.mean(values**2))) / FULL_SCALE)


def duration_s(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()
