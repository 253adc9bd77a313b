"""Generated camera frames with barcodes in them, for the decoder's tests and its benchmark:
the hall's four formats, placed on a textured background, then rotated, blurred, faded and noised
the way a cheap camera in a bright hall sees a phone screen or a box."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

Format = zxingcpp.BarcodeFormat
SAMPLES: dict[str, tuple[Format, str]] = {
    "code128": (Format.Code128, "RR123456785KZ"),
    "qr": (Format.QRCode, "CC016695190KZ"),
    "datamatrix": (Format.DataMatrix, "EE123456789KZ"),
    "ean13": (Format.EAN13, "4006381333931"),
}

LINEAR = ("code128", "ean13")


@dataclass(frozen=True)
class Distortion:
    rotation_deg: float = 0.0
    blur_sigma: float = 0.0
    contrast: float = 1.0  # 1 = black on white; 0.3 = dark gray on light gray
    brightness: float = 0.0  # added to every pixel: a dim or a glaring hall
    noise_sigma: float = 0.0
    scale: int = 3  # pixels per module


def code_image(text: str, fmt: Format, scale: int) -> np.ndarray:
    """A crisp code, black on white, with a white margin of its own."""
    image = np.asarray(zxingcpp.create_barcode(text, fmt).to_image(scale=scale))
    return cv2.copyMakeBorder(image, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)


def _rotated(image: np.ndarray, degrees: float) -> np.ndarray:
    if not degrees:
        return image
    h, w = image.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return cv2.warpAffine(image, matrix, (new_w, new_h), borderValue=255)


def frame(
    size: tuple[int, int],
    codes: list[tuple[Format, str]],
    distortion: Distortion = Distortion(),
    seed: int = 0,
) -> np.ndarray:
    """A grayscale ``size`` (width, height) frame holding ``codes`` side by side."""
    width, height = size
    rng = np.random.default_rng(seed)
    background = rng.normal(150, 25, (height // 8 + 1, width // 8 + 1)).clip(0, 255)
    canvas = cv2.resize(background.astype(np.uint8), (width, height))
    slot = width // max(1, len(codes))
    for n, (fmt, text) in enumerate(codes):
        image = _rotated(code_image(text, fmt, distortion.scale), distortion.rotation_deg)
        h, w = image.shape
        if w > slot or h > height:
            factor = min(slot / w, height / h) * 0.95
            image = cv2.resize(image, (int(w * factor), int(h * factor)), cv2.INTER_AREA)
            h, w = image.shape
        x = n * slot + (slot - w) // 2
        y = (height - h) // 2 + int(rng.integers(-height // 8, height // 8 + 1))
        y = min(max(0, y), height - h)
        canvas[y : y + h, x : x + w] = image
    out = canvas.astype(np.float32)
    if distortion.blur_sigma:
        out = cv2.GaussianBlur(out, (0, 0), distortion.blur_sigma)
    if distortion.contrast != 1.0:
        out = 128 + (out - 128) * distortion.contrast
    if distortion.brightness:
        out += distortion.brightness
    if distortion.noise_sigma:
        out += rng.normal(0, distortion.noise_sigma, out.shape).astype(np.float32)
    return out.clip(0, 255).astype(np.uint8)


def distorted_set(size: tuple[int, int], count: int, seed: int = 1) -> list[tuple[np.ndarray, str]]:
    """``count`` frames, each with one code under a random mix of distortions, and its text."""
    rng = np.random.default_rng(seed)
    names = list(SAMPLES)
    frames = []
    for n in range(count):
        name = names[n % len(names)]
        fmt, text = SAMPLES[name]
        tilt = 8 if name in LINEAR else 45  # a linear code tilted further leaves every scan line
        distortion = Distortion(
            rotation_deg=float(rng.uniform(-tilt, tilt)),
            blur_sigma=float(rng.choice([0, 0.7, 1.2])),
            contrast=float(rng.choice([1.0, 0.7, 0.5, 0.35])),
            brightness=float(rng.uniform(-50, 50)),
            noise_sigma=float(rng.choice([0, 4, 8, 12])),
            scale=int(rng.integers(2, 5)),
        )
        frames.append((frame(size, [(fmt, text)], distortion, seed=n), text))
    return frames
