"""Screenshots of the accessible mode: large text and high contrast in kk, ru and en.

Builds the real window (the core as the app wires it, the mock printer, no central server: the
screens are shown with demo views) offscreen at 1280×800, switches the mode and grabs it:
``docs/screens/accessibility/<mode>-<screen>-<lang>.png``. Run it from the repository:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/access_screenshots.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import views  # noqa: E402
from kiosk.accessibility.mode import AccessMode  # noqa: E402
from kiosk.app.wiring import wire  # noqa: E402
from kiosk.config import KioskConfig  # noqa: E402
from kiosk.models import Location, Parcel  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

SIZE = QSize(1280, 800)
LANGUAGES = ("kk", "ru", "en")
MODES = {
    "large": AccessMode(large_text=True),
    "contrast": AccessMode(high_contrast=True),
    "large-contrast": AccessMode(large_text=True, high_contrast=True),
}
DEMO_PARCEL = Parcel(  # central/demo.py's CC016695190KZ
    tracking_number="CC016695190KZ",
    kind="parcel",
    status="awaiting_pickup",
    location=Location(row="3", compartment="12"),
    arrived_at=dt.datetime(2026, 12, 1, 5, tzinfo=dt.UTC),
    free_until=dt.date(2026, 12, 15),
    storage_until=dt.date(2026, 12, 31),
    storage_fee_kzt=0,
    cod_amount_kzt=15_900,
)
SCREENS: dict[str, tuple[str, views.View]] = {
    "home": (views.HOME, views.HomeView(languages=LANGUAGES, send_enabled=True)),
    "tracking": (views.RECEIVE_TRACKING, views.TrackingEntryView(text="CC0166951")),
    "result": (views.RECEIVE_RESULT, views.ResultView(parcel=DEMO_PARCEL, printed=True)),
    "help": (
        views.RECEIVE_RESULT,
        views.ResultView(parcel=DEMO_PARCEL, printed=True, help_requested=True),
    ),
}
SCROLLED = frozenset({"help"})  # shown scrolled to the bottom (large text scrolls)
SHOTS = {  # which screens each mode shows
    "large": ("home", "tracking", "result", "help"),
    "contrast": ("home", "result"),
    "large-contrast": ("result", "help"),
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens" / "accessibility")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as data:
        config = KioskConfig.model_validate(
            {
                "terminal": {"id": "T-ALA-01", "location": "Almaty", "flows": ["receive", "send"]},
                "api": {"url": "http://127.0.0.1:9", "token": "dev-T-ALA-01"},
                "printer": {"backend": "mock", "out_dir": f"{data}/tickets", "required": False},
                "data": {"data_dir": data},
            }
        )
        core = wire(config)
        window = MainWindow(core.controller, fullscreen=False, windowed_size=SIZE)
        window.show()
        try:
            for language in LANGUAGES:
                core.controller.set_language(language)
                for mode_name, mode in MODES.items():
                    core.controller.set_access(mode)
                    for shot in SHOTS[mode_name]:
                        window.show_screen(*SCREENS[shot])
                        settle(app)
                        if shot in SCROLLED:  # what the customer sees after scrolling down
                            bar = window.current_screen().page_scroll.verticalScrollBar()
                            bar.setValue(bar.maximum())
                            settle(app)
                        path = args.out / f"{mode_name}-{shot}-{language}.png"
                        window.grab().save(str(path))
                        print(path)
        finally:
            window.close()
            core.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
