"""Benchmark of speech latency through the real window: a customer screen changes → the first audio
sample exists (budget: p95 ≤ 300 ms, DESIGN.md).

Run from the repository root (a script, not a test):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_speech_screens.py [--samples 5]

The kiosk is wired as the app wires it (kiosk.app.wiring.wire, the real controller, narrator and
main window; the committed .qm translations), with espeak-ng streaming its audio to the benchmark
instead of the sound device. The customer's speech is switched on as the home screen's button
does; then, for each customer screen in kk, ru and en, the display shows it (the controller's
``screen_changed``: the window renders it, the narrator builds its words and hands them to the
engine) and the clock runs until the engine's AUDIO event (the first samples past the WAV header),
while the Qt event loop keeps running (the window paints). Each screen interrupts the one before,
as when a customer moves on. Prints p50, p95 and max in milliseconds; exits 1 over budget.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "support")]

from bench_speech import LANGUAGES, FirstAudio, report  # noqa: E402
from customer_views import VARIANTS  # noqa: E402
from kiosk_builder import kiosk_config  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.accessibility.mode import Need  # noqa: E402
from kiosk.app.speech import connect_window  # noqa: E402
from kiosk.app.wiring import Factories, wire  # noqa: E402
from printers.mock import MockPrinter  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from voices.espeak import EspeakEngine, find_espeak  # noqa: E402


class FirstAudioWithEvents(FirstAudio):
    def wait_running(self, utterance_id: int, qapp: QApplication) -> float:
        """The time of the utterance's first sample; the event loop runs meanwhile."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with self.changed:
                if self.changed.wait_for(lambda: utterance_id in self.heard, timeout=0.002):
                    return self.heard[utterance_id]
            qapp.processEvents()
        raise SystemExit(f"no audio for utterance {utterance_id}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5, help="rounds over every screen")
    args = parser.parse_args()
    if find_espeak() is None:
        print("espeak-ng is not installed: tools/system-deps.sh run", file=sys.stderr)
        return 2
    qapp = QApplication.instance() or QApplication([])
    first_audio = FirstAudioWithEvents()
    engine = EspeakEngine(stream=lambda utterance, chunk: None)
    engine.add_listener(first_audio)
    latencies: dict[str, list[float]] = {language: [] for language in LANGUAGES}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        config = kiosk_config(data, "http://127.0.0.1:9")  # nothing here calls the server
        printer = MockPrinter(data / "tickets")
        core = wire(config, Factories(open_printer=lambda: printer, speech=lambda: engine))
        window = MainWindow(core.controller, fullscreen=False)
        connect_window(core.controller, core.narrator, window)
        window.show()
        controller, display = core.controller, core.controller.drivers.display
        try:
            controller.toggle_need(Need.SPEECH.value)
            for _ in range(args.samples):
                for language in LANGUAGES:
                    controller.set_language(language)
                    for screen, variants in VARIANTS.items():
                        started = time.perf_counter()
                        display.show(screen, variants[0])
                        said = first_audio.wait_running(engine_last_id(core), qapp)
                        latencies[language].append((said - started) * 1000)
        finally:
            window.close()
            core.close()
    return report(latencies, "through the window")


def engine_last_id(core) -> int:
    """The id of the utterance the narrator asked for last (the screen just shown)."""
    return core.narrator.last_id


if __name__ == "__main__":
    sys.exit(main())
