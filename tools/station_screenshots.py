"""Screenshots of the staff stations' screens (and the customer's pickup-code screen) in kk, ru
and en, taken offscreen with ``QWidget.grab()``: each station wired as the app wires it
(``kiosk.app.wiring.wire``) against an embedded demo central server, driven through its controller
as staff would (badge, PIN, scans). Saved as ``docs/screens/<screen>-<lang>.png``::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/station_screenshots.py
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("kk", "ru", "en")
STAFF_ID, STAFF_PIN = "S001", "2468"
TERMINALS = {"customer": "T-ALA-01", "checkout": "T-ALA-CHECKOUT", "stocking": "T-ALA-STOCKING"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from central.server import start_embedded

    qapp = QApplication.instance() or QApplication(["kiosk"])
    central = start_embedded(dev=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            shoot_checkout(Station(qapp, central.url, "checkout", Path(tmp)), args.out)
            shoot_stocking(Station(qapp, central.url, "stocking", Path(tmp)), args.out)
            shoot_customer(Station(qapp, central.url, "customer", Path(tmp)), args.out)
    finally:
        central.stop()
    return 0


class Station:
    def __init__(self, qapp: Any, url: str, role: str, tmp: Path) -> None:
        from PySide6.QtCore import QSize

        from kiosk.app.wiring import wire
        from kiosk.config import KioskConfig
        from kiosk.maintenance.pins import hash_pin
        from ui.main_window import MainWindow

        terminal = TERMINALS[role]
        data = tmp / role
        config = KioskConfig.model_validate(
            {
                "terminal": {"id": terminal, "location": "Almaty, Abylai Khan 1", "role": role},
                "api": {"url": url, "token": "dev-" + terminal},
                "printer": {"backend": "mock", "out_dir": str(data / "printer"), "required": False},
                "data": {"data_dir": str(data)},
                "maintenance": {
                    "staff": [{"id": STAFF_ID, "pin_hash": hash_pin(STAFF_PIN)}],
                    "badge_prefix": "STAFF-",
                },
            }
        )
        self.qapp = qapp
        self.core = wire(config)
        self.controller = self.core.controller
        self.window = MainWindow(self.controller, fullscreen=False, windowed_size=QSize(1280, 800))
        self.window.show()
        self.settle()

    def settle(self, until: Callable[[], bool] = lambda: True, timeout_s: float = 10.0) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            self.qapp.processEvents()
            if until() and not self.window.is_busy():
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"stuck on {self.controller.screen}")
            time.sleep(0.01)
        for _ in range(5):
            self.qapp.processEvents()

    def on(self, screen: str) -> None:
        self.settle(lambda: self.controller.screen == screen)

    def sign_in(self, first: str) -> None:
        self.controller.scanned("STAFF-" + STAFF_ID, "shots")
        self.controller.station_action("submit_pin", STAFF_PIN)
        self.on(first)

    def shoot(self, out: Path, name: str) -> None:
        for language in LANGUAGES:
            self.controller.set_language(language)
            self.settle()
            self.window.grab().save(str(out / f"{name}-{language}.png"))
        print("shot", name)

    def close(self) -> None:
        self.window.close()
        self.core.close()


def shoot_checkout(s: Station, out: Path) -> None:
    s.on("station_sign_in")
    s.shoot(out, "station_sign_in")
    s.controller.scanned("STAFF-" + STAFF_ID, "shots")  # the badge: the PIN step
    s.settle()
    s.shoot(out, "station_sign_in-pin")
    s.controller.station_action("submit_pin", STAFF_PIN)
    s.on("checkout_scan")
    s.controller.scanned("CC016695190KZ", "shots")
    s.on("checkout_parcels")
    s.shoot(out, "checkout_parcels")
    s.controller.station_action("not_handed_over", "")
    s.settle()
    s.shoot(out, "checkout_parcels-reason")
    s.controller.station_action("back", "")
    s.controller.station_action("hand_over", "")
    s.on("checkout_scan")
    s.shoot(out, "checkout_scan")
    s.close()


def shoot_stocking(s: Station, out: Path) -> None:
    s.on("station_sign_in")
    s.sign_in("stocking_menu")
    s.shoot(out, "stocking_menu")
    s.controller.station_action("open", "shelve")
    s.controller.scanned("CC300000012KZ", "shots")
    s.controller.scanned("SHELF:04-07", "shots")
    s.settle()
    s.controller.scanned("CC300000012KZ", "shots")
    s.controller.scanned("SHELF:04-08", "shots")
    s.settle()
    s.shoot(out, "stocking_shelve")
    s.controller.station_action("back", "")
    s.controller.station_action("open", "labels")
    s.on("stocking_labels")
    s.shoot(out, "stocking_labels")
    s.controller.station_action("back", "")
    s.controller.station_action("open", "returns")
    s.on("stocking_returns")
    s.settle()
    s.shoot(out, "stocking_returns")
    s.controller.station_action("back", "")
    s.controller.station_action("open", "collection")
    s.controller.scanned("CB200000023KZ", "shots")  # an unused box: no dispatch yet
    s.settle()
    s.shoot(out, "stocking_collection")
    s.close()


def shoot_customer(s: Station, out: Path) -> None:
    s.controller.start_receive()
    s.on("receive_tracking")
    s.shoot(out, "receive_tracking")
    s.controller.start_pickup_code()
    s.on("receive_pickup_code")
    s.shoot(out, "receive_pickup_code")
    s.close()


if __name__ == "__main__":
    raise SystemExit(main())
