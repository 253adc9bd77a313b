"""Driving a staff station as staff would: the badge scanned and the PIN tapped, scans, taps."""

from __future__ import annotations

import requests
from kiosk_builder import BADGE_PREFIX, STAFF_ID, STAFF_PIN
from kiosk_driver import WAIT_MS, tap, wait_for_screen

from kiosk import views


def sign_in(
    qtbot, kiosk, first_screen: str, staff_id: str = STAFF_ID, pin: str = STAFF_PIN
) -> None:
    """The badge scanned, the PIN tapped on the station's keypad."""
    wait_for_screen(qtbot, kiosk, views.STATION_SIGN_IN)
    kiosk.controller.scanned(BADGE_PREFIX + staff_id, "test")
    for digit in pin:
        tap(qtbot, kiosk.window, f"key_{digit}")
    tap(qtbot, kiosk.window, "sign_in")
    wait_for_screen(qtbot, kiosk, first_screen)


def scan(kiosk, code: str) -> None:
    kiosk.controller.scanned(code, "test")


def wait_until_idle(qtbot, kiosk) -> None:
    """The station's last request has its answer (its screen is not busy)."""
    qtbot.waitUntil(lambda: not kiosk.window.is_busy(), timeout=WAIT_MS)


def customer_status(url: str, tracking_number: str) -> str:
    """The parcel's status as a customer terminal is told it."""
    response = requests.get(
        f"{url}/api/v1/parcels/{tracking_number}",
        headers={"Authorization": "Bearer dev-T-ALA-01"},
        timeout=10,
    )
    response.raise_for_status()
    return str(response.json()["status"])
