"""Benchmark of speech latency: a screen changes → the first audio sample exists (budget: p95
≤ 300 ms, DESIGN.md).

Run from the repository root (a script, not a test):

    .venv/bin/python tests/bench/bench_speech.py [--samples 20]

For each customer screen in kk, ru and en, it times what the kiosk does on a screen change: build
the screen's spoken text from its view and the committed translations, hand it to the espeak-ng
engine (which interrupts what it was saying), and wait for the engine's AUDIO event (the first
chunk of samples past the WAV header, on espeak-ng's standard output). Each sample speaks while the
previous screen's text is still being spoken, as when a customer taps through, so the time to stop
the old utterance is counted too. Prints p50, p95 and max in milliseconds; exits 1 over budget.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "support")]

from customer_views import VARIANTS  # noqa: E402
from ts_translations import translator  # noqa: E402

from kiosk.ports.speech import SpeechEvent, Utterance  # noqa: E402
from kiosk.speech.phrases import TR_CONTEXT  # noqa: E402
from kiosk.speech.spoken_texts import spoken_text  # noqa: E402
from voices.espeak import EspeakEngine, find_espeak  # noqa: E402

BUDGET_P95_MS = 300.0
LANGUAGES = ("kk", "ru", "en")


class FirstAudio:
    def __init__(self) -> None:
        self.heard: dict[int, float] = {}
        self.changed = threading.Condition()

    def __call__(self, utterance: Utterance, event: SpeechEvent) -> None:
        if event is SpeechEvent.AUDIO:
            with self.changed:
                self.heard[utterance.id] = time.perf_counter()
                self.changed.notify_all()

    def wait(self, utterance_id: int) -> float:
        with self.changed:
            if not self.changed.wait_for(lambda: utterance_id in self.heard, timeout=10):
                raise SystemExit(f"no audio for utterance {utterance_id}")
            return self.heard[utterance_id]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20, help="rounds over every screen")
    args = parser.parse_args()
    if find_espeak() is None:
        print("espeak-ng is not installed: tools/system-deps.sh run", file=sys.stderr)
        return 2
    translators = {language: translator(language, TR_CONTEXT) for language in LANGUAGES}
    first_audio = FirstAudio()
    engine = EspeakEngine(stream=lambda utterance, chunk: None)
    engine.add_listener(first_audio)
    latencies: dict[str, list[float]] = {language: [] for language in LANGUAGES}
    try:
        for _ in range(args.samples):
            for language in LANGUAGES:
                for screen, variants in VARIANTS.items():
                    started = time.perf_counter()
                    text = spoken_text(screen, variants[0], language, translators[language])
                    utterance_id = engine.say(text, language)
                    heard = first_audio.wait(utterance_id)
                    latencies[language].append((heard - started) * 1000)
    finally:
        engine.close()
    return report(latencies, "(espeak-ng)")


def report(latencies: dict[str, list[float]], how: str) -> int:
    """Print the latencies per language and over all; 0 when their p95 is within the budget."""
    every = [ms for values in latencies.values() for ms in values]
    print(f"screen change → first audio sample {how}, {len(every)} screen changes")
    for name, values in [*latencies.items(), ("all", every)]:
        print(
            f"  {name:>3}: p50 {statistics.median(values):6.1f} ms   "
            f"p95 {percentile(values, 0.95):6.1f} ms   max {max(values):6.1f} ms"
        )
    p95 = percentile(every, 0.95)
    verdict = "within" if p95 <= BUDGET_P95_MS else "OVER"
    print(f"p95 {p95:.1f} ms: {verdict} the budget of {BUDGET_P95_MS:.0f} ms")
    return 0 if p95 <= BUDGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
