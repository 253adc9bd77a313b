from __future__ import annotations

import threading

import pytest

from kiosk.ports.speech import SpeechEvent, Utterance
from voices.espeak import find_espeak, missing_voices


@pytest.fixture(scope="session")
def espeak() -> str:
    path = find_espeak()
    if path is None:
        pytest.fail("espeak-ng is not installed: run tools/system-deps.sh test")
    missing = missing_voices()
    assert missing == [], f"espeak-ng voices missing: {missing}"
    return path


class Events:
    """Collects an engine's events (they come on its thread) and waits for one."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, SpeechEvent]] = []
        self._changed = threading.Condition()

    def __call__(self, utterance: Utterance, event: SpeechEvent) -> None:
        with self._changed:
            self.seen.append((utterance.id, event))
            self._changed.notify_all()

    def wait_for(self, utterance_id: int, event: SpeechEvent, timeout: float = 15) -> None:
        with self._changed:
            found = self._changed.wait_for(
                lambda: (utterance_id, event) in self.seen, timeout=timeout
            )
        assert found, f"no {event} for utterance {utterance_id}; seen {self.seen}"

    def of(self, utterance_id: int) -> list[SpeechEvent]:
        with self._changed:
            return [event for n, event in self.seen if n == utterance_id]


@pytest.fixture
def events() -> Events:
    return Events()
