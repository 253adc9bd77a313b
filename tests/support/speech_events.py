"""An engine's events, collected from its thread, for the tests that listen to a running kiosk's
voice (the Qt tests, through the WAV engine the kiosk builder configures)."""

from __future__ import annotations

import threading

from kiosk.ports.speech import SpeechEvent, Utterance

END_EVENTS = frozenset({SpeechEvent.FINISHED, SpeechEvent.INTERRUPTED, SpeechEvent.FAILED})


class SpeechEvents:
    def __init__(self) -> None:
        self.seen: list[tuple[Utterance, SpeechEvent]] = []
        self._changed = threading.Condition()

    def __call__(self, utterance: Utterance, event: SpeechEvent) -> None:
        with self._changed:
            self.seen.append((utterance, event))
            self._changed.notify_all()

    def of(self, utterance_id: int) -> list[SpeechEvent]:
        with self._changed:
            return [event for u, event in self.seen if u.id == utterance_id]

    def wait_for(
        self, utterance_id: int, events: frozenset[SpeechEvent], timeout: float = 15
    ) -> SpeechEvent:
        """Wait until utterance ``utterance_id`` has one of ``events``; that event."""

        def found() -> SpeechEvent | None:
            return next((e for u, e in self.seen if u.id == utterance_id and e in events), None)

        with self._changed:
            event = self._changed.wait_for(found, timeout=timeout)
        assert event is not None, f"no {set(events)} for utterance {utterance_id}: {self.seen}"
        return event

    def wait_end(self, utterance_id: int, timeout: float = 15) -> SpeechEvent:
        return self.wait_for(utterance_id, END_EVENTS, timeout)
