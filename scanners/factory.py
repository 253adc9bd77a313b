"""The configured scanners, built from plain settings (the composition root maps the config)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from kiosk.log import LogArea
from scanners.port import ScannerBase

log = logging.getLogger(LogArea.SCANNER.logger_name)


@dataclass(frozen=True)
class ScannerSettings:
    wedge: bool = True
    evdev_device: str | None = None
    serial_port: str | None = None
    serial_baudrate: int = 9600
    camera_index: int = -1  # -1: no camera
    wedge_max_gap_ms: float = 40.0
    wedge_min_length: int = 4


def create_scanners(
    settings: ScannerSettings, *, app: QObject, parent: QObject | None = None
) -> list[ScannerBase]:
    """Every scanner ``settings`` asks for, not started. ``app`` is what the keyboard wedge
    filters (the QApplication)."""
    scanners: list[ScannerBase] = []
    if settings.wedge:
        from scanners.wedge import KeyboardWedge

        scanners.append(
            KeyboardWedge(
                app,
                max_gap_ms=settings.wedge_max_gap_ms,
                min_length=settings.wedge_min_length,
                parent=parent,
            )
        )
    if settings.evdev_device:
        from scanners.evdev import EvdevScanner

        scanners.append(EvdevScanner(settings.evdev_device, parent=parent))
    if settings.serial_port:
        from scanners.serial import SerialScanner

        scanners.append(
            SerialScanner(settings.serial_port, settings.serial_baudrate, parent=parent)
        )
    if settings.camera_index >= 0:
        from scanners.camera import CameraScanner, OpenCvSource

        index = settings.camera_index
        scanners.append(CameraScanner(lambda: OpenCvSource(index), parent=parent))
    log.info("scanners: %s", ", ".join(s.source for s in scanners) or "none")
    return scanners
