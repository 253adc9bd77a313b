"""The accessible mode's time: three times longer before the idle question and the closing screens'
way home, and the question sounded (a tone) and spoken in the screen's language."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk_driver import WAIT_MS, expected, tap, wait_for_screen
from PySide6.QtCore import QElapsedTimer

from kiosk import views
from kiosk.accessibility.mode import EXTENDED_TIME_FACTOR, STANDARD, AccessMode, Need
from kiosk.app.speech import sound_the_warning
from voices.mock import WavFolderEngine

IDLE_MS = 150
WAIT_S = 10
COUNTDOWN_MS = 5_000


class RecordedTone:
    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1


def idle_until_prompted(qtbot, window) -> int:
    """Milliseconds from the last touch (a tap on Receive) to the question."""
    clock = QElapsedTimer()
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        tap(qtbot, window, "receive")
        clock.start()
    return clock.elapsed()


def test_standard_and_three_times_longer_timeouts(qtbot, kiosk):
    window = kiosk.window
    window.idle.set_timeouts(IDLE_MS, COUNTDOWN_MS)
    assert window.idle.timeouts_ms == (IDLE_MS, COUNTDOWN_MS)
    done_ms = window.done.auto_home.interval()

    kiosk.controller.toggle_need(Need.LARGE_TEXT.value)
    assert window.idle.timeouts_ms == (3 * IDLE_MS, 3 * COUNTDOWN_MS)
    assert window.done.auto_home.interval() == EXTENDED_TIME_FACTOR * done_ms
    assert window.send_done.auto_home.interval() == EXTENDED_TIME_FACTOR * done_ms
    # and the timer really waits that long (a timer may fire up to 5 % early)
    assert idle_until_prompted(qtbot, window) >= 0.95 * 3 * IDLE_MS

    tap(qtbot, window, "continue")
    kiosk.controller.set_access(STANDARD)
    assert window.idle.timeouts_ms == (IDLE_MS, COUNTDOWN_MS)
    assert window.done.auto_home.interval() == done_ms


def test_the_question_sounds_and_is_spoken_in_the_screens_language(qtbot, kiosk, tmp_path: Path):
    window = kiosk.window
    tone = RecordedTone()
    engine = WavFolderEngine(tmp_path / "speech")
    window.idle_warning.tone = tone
    window.set_speaker(engine.say)
    window.idle.set_timeouts(IDLE_MS, COUNTDOWN_MS)
    tap(qtbot, window, "lang_ru")
    kiosk.controller.set_access(AccessMode(speech=True))
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        tap(qtbot, window, "receive")
    assert window.idle_overlay.isVisible()
    assert tone.played == 1
    question = expected(
        "ru", "Speech", "Are you still there? Touch the screen or press any key to continue."
    )
    qtbot.waitUntil(lambda: len(engine.records()) == 1, timeout=WAIT_MS)
    [record] = engine.records()
    assert (record["text"], record["language"]) == (question, "ru")
    written = tmp_path / "speech" / "0001.txt"  # on the engine's thread
    qtbot.waitUntil(written.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: written.read_text(encoding="utf-8") == question + "\n", timeout=WAIT_MS)
    engine.close()

    tap(qtbot, window, "continue")  # a touch extends: the question goes, the customer stays
    assert not window.idle_overlay.isVisible()
    assert kiosk.controller.screen == views.RECEIVE_TRACKING


def test_without_the_mode_only_the_tone_sounds(qtbot, kiosk, tmp_path: Path):
    window = kiosk.window
    tone = RecordedTone()
    spoken: list[tuple[str, str]] = []
    window.idle_warning.tone = tone
    window.set_speaker(lambda text, language: spoken.append((text, language)))
    window.idle.set_timeouts(IDLE_MS, COUNTDOWN_MS)
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        tap(qtbot, window, "receive")
    assert (tone.played, spoken) == (1, [])


def test_any_key_extends_the_time(qtbot, kiosk):
    window = kiosk.window
    window.idle.set_timeouts(IDLE_MS, 60_000)
    tap(qtbot, window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        pass
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        qtbot.keyClick(window.tracking.field, "5")  # a key: the question goes, the timer restarts
        assert not window.idle.prompting


def test_the_question_sounds_through_the_systems_player(qtbot, kiosk, tmp_path: Path):
    """Without QtMultimedia the app's wiring gives the warning a tone played by a system player
    (here a script that notes which file it was asked to play)."""
    window = kiosk.window
    played = tmp_path / "played"
    window.idle_warning.tone = None
    player = [sys.executable, "-c", f"import sys; open({str(played)!r}, 'w').write(sys.argv[-1])"]
    sound_the_warning(window, player)
    window.idle.set_timeouts(IDLE_MS, COUNTDOWN_MS)
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        tap(qtbot, window, "receive")
    tone = window.idle_warning.tone
    assert tone.wait(WAIT_S) == 0
    assert played.read_text(encoding="utf-8") == str(window.idle_warning.sound)
    assert window.idle_warning.sound.is_file()
