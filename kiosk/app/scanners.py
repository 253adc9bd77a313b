"""The kiosk's scanners: the configured ones started and wired to the controller, the mock
scanner of the dev dock and the QA port, and a camera's live picture on the screens that show it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk import views
from kiosk.config import KioskConfig
from kiosk.controller import Controller


def mock_scanner_for(controller: Controller) -> Any:
    """The dev dock's and the QA port's scanner (``--mock``): typed codes and image files."""
    from scanners.mock import MockScanner

    scanner = MockScanner()
    scanner.scanned.connect(controller.scanned)
    return scanner


def start_scanners(
    config: KioskConfig, qapp: QApplication, controller: Any, *, wedge_only: bool
) -> list[Any]:
    """The configured scanners, wired to the controller and started: the keyboard wedge at once
    (``wedge_only``), the device scanners (evdev, serial, camera) after the first paint."""
    from scanners.factory import ScannerSettings, create_scanners

    s = config.scanners
    if wedge_only:
        settings = ScannerSettings(
            wedge=s.wedge, wedge_max_gap_ms=s.wedge_max_gap_ms, wedge_min_length=s.wedge_min_length
        )
    else:
        settings = ScannerSettings(
            wedge=False,
            evdev_device=str(s.evdev_device) if s.evdev_device else None,
            serial_port=s.serial_port or None,
            serial_baudrate=s.serial_baudrate,
            camera_index=s.camera_index,
        )
    scanners = create_scanners(settings, app=qapp)
    for scanner in scanners:
        scanner.scanned.connect(controller.scanned)
        scanner.start()
    return scanners


# Where a camera's picture shows: the tracking screen, the send flow's scan screen, the
# maintenance dashboard and its scanner test.
PREVIEWS = (
    (views.RECEIVE_TRACKING, "camera_preview"),
    (views.SEND_SCAN, "camera_preview"),
    (views.MAINTENANCE, "dashboard_preview"),
    (views.MAINTENANCE, "camera_preview"),
)


def show_camera_previews(scanners: list[Any], window: Any) -> None:
    """A camera's live picture on the screens of ``PREVIEWS`` that this terminal shows (hidden
    while no frames come)."""
    cameras = [scanner for scanner in scanners if hasattr(scanner, "preview")]
    if not cameras:
        return
    shown = set(window.screen_names())
    for name, place in PREVIEWS:
        if name not in shown:
            continue
        preview = getattr(window.screen_named(name), place)
        for camera in cameras:
            camera.preview.connect(preview.show_frame)
            camera.running_changed.connect(preview.set_live)


def scanner_states(scanners: list[Any]) -> list[tuple[str, str]]:
    """(kind, state) of each scanner, for the maintenance dashboard and the heartbeat."""
    return [(str(getattr(s, "source", type(s).__name__)), _state(s)) for s in scanners]


def _state(scanner: Any) -> str:
    running = getattr(scanner, "running", None)
    if callable(running):
        running = running()
    return "ok" if running is None or running else "stopped"
