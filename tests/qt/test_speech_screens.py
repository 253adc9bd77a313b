"""The screens speak: while the customer's speech is on, every customer screen shown by the real
window is said in the screen's language through the mock voice (espeak-ng writing WAV files), a
new screen cuts the old one short, and the home screen's button switches it on and off."""

from __future__ import annotations

from pathlib import Path

import pytest
from clocks import FakeClock
from customer_views import VARIANTS
from fake_jack import FakeJack
from kiosk_builder import kiosk_config
from kiosk_driver import WAIT_MS, tap, type_keys, wait_for_screen
from speech_events import SpeechEvents
from ts_translations import translator
from wav_audio import duration_s, rms_dbfs, samples

from kiosk import views
from kiosk.accessibility.mode import STANDARD, AccessMode, Need
from kiosk.app.speech import watch_headphones
from kiosk.app.wiring import Clocks
from kiosk.ports.speech import SpeechEvent
from kiosk.speech.phrases import TR_CONTEXT
from kiosk.speech.spoken_texts import spoken_text

LANGUAGES = ("kk", "ru", "en")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(build_kiosk, central, clock):
    return build_kiosk(central.url, clocks=Clocks(monotonic=clock))


@pytest.fixture
def events(kiosk) -> SpeechEvents:
    listener = SpeechEvents()
    kiosk.core.speech.add_listener(listener)
    return listener


def records(kiosk) -> list[dict]:
    return kiosk.core.speech.records()


def show(kiosk, screen: str, view: object) -> None:
    kiosk.controller.drivers.display.show(screen, view)
    assert kiosk.window.current_screen_name() == screen


def speech_on(qtbot, kiosk) -> None:
    with qtbot.waitSignal(kiosk.controller.access_changed):
        tap(qtbot, kiosk.window, Need.SPEECH.value)
    assert kiosk.controller.access.speech


def test_nothing_is_said_until_the_customer_asks_for_speech(qtbot, kiosk):
    tap(qtbot, kiosk.window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    tap(qtbot, kiosk.window, "back")
    wait_for_screen(qtbot, kiosk, views.HOME)
    assert records(kiosk) == []


def test_the_button_says_the_home_screen_and_switches_speech_off_again(qtbot, kiosk, events):
    button = kiosk.window.home.access_bar.buttons[Need.SPEECH]
    assert button.property("current") in (None, False)
    speech_on(qtbot, kiosk)
    assert button.property("current") is True
    [said] = records(kiosk)
    tr = translator("kk", TR_CONTEXT)
    assert said["language"] == "kk"
    assert said["text"] == spoken_text(views.HOME, kiosk.controller.view, "kk", tr)
    with qtbot.waitSignal(kiosk.controller.access_changed) as changed:
        tap(qtbot, kiosk.window, Need.SPEECH.value)
    assert changed.args == [STANDARD]
    assert button.property("current") is False
    assert events.wait_end(said["n"]) in (SpeechEvent.FINISHED, SpeechEvent.INTERRUPTED)
    tap(qtbot, kiosk.window, "receive")
    assert len(records(kiosk)) == 1  # off: the next screen is silent


def test_every_customer_screen_speaks_in_its_language(qtbot, kiosk, events, clock):
    speech_on(qtbot, kiosk)
    for language in LANGUAGES:
        kiosk.controller.set_language(language)
        tr = translator(language, TR_CONTEXT)
        lengths: dict[str, tuple[int, float]] = {}
        for screen, variants in VARIANTS.items():
            show(kiosk, screen, variants[0])
            said = records(kiosk)[-1]
            expected = spoken_text(screen, variants[0], language, tr, now=clock())
            assert (said["language"], said["text"]) == (language, expected), screen
            assert events.wait_end(said["n"]) is SpeechEvent.FINISHED, screen
            wav = Path(said["wav"])
            assert rms_dbfs(samples(wav)) > -40, f"{screen} in {language} is silent"
            lengths[screen] = (len(said["text"]), duration_s(wav))
        by_text = sorted(lengths.values())
        shortest, longest = by_text[0], by_text[-1]
        assert longest[0] > 2 * shortest[0]
        assert longest[1] > 1.5 * shortest[1], f"{language}: {by_text}"


def test_a_new_screen_interrupts_what_was_being_said(qtbot, kiosk, events):
    speech_on(qtbot, kiosk)
    result = VARIANTS[views.RECEIVE_RESULT][0]
    show(kiosk, views.RECEIVE_RESULT, result)  # a long text: row, storage, payment, ticket
    long_one = records(kiosk)[-1]["n"]
    show(kiosk, views.RECEIVE_DONE, VARIANTS[views.RECEIVE_DONE][0])
    next_one = records(kiosk)[-1]["n"]
    assert events.wait_end(long_one) is SpeechEvent.INTERRUPTED
    assert events.wait_end(next_one) is SpeechEvent.FINISHED


def test_a_language_change_says_the_screen_again_in_that_language(qtbot, kiosk):
    speech_on(qtbot, kiosk)
    tap(qtbot, kiosk.window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    tap(qtbot, kiosk.window, "lang_ru")
    said = records(kiosk)[-1]
    tr = translator("ru", TR_CONTEXT)
    assert said["language"] == "ru"
    assert said["text"] == spoken_text(views.RECEIVE_TRACKING, kiosk.controller.view, "ru", tr)


def test_the_speech_lasts_the_visit_and_a_view_shown_again_is_not_repeated(qtbot, kiosk):
    speech_on(qtbot, kiosk)
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, "RR000000080KZ")  # valid, but not in the demo data
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_NOT_FOUND)
    texts = [r["text"] for r in records(kiosk)]
    assert len(texts) == len(set(texts))  # home, tracking, searching, not found: each once
    assert kiosk.controller.access == AccessMode(speech=True)
    tap(qtbot, kiosk.window, "home")  # the visit is over: speech off for the next customer
    wait_for_screen(qtbot, kiosk, views.HOME)
    count = len(records(kiosk))
    tap(qtbot, kiosk.window, "receive")
    qtbot.waitUntil(lambda: kiosk.controller.screen == views.RECEIVE_TRACKING, timeout=WAIT_MS)
    assert len(records(kiosk)) == count


def test_staff_screens_say_nothing(qtbot, kiosk, events):
    speech_on(qtbot, kiosk)
    home = records(kiosk)[-1]["n"]
    for _ in range(5):
        tap(qtbot, kiosk.window, "staff_corner")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    assert records(kiosk)[-1]["n"] == home
    assert events.wait_end(home) in (SpeechEvent.INTERRUPTED, SpeechEvent.FINISHED)


def test_headphones_plugged_in_switch_speech_on(qtbot, kiosk, tmp_path):
    jack = FakeJack()
    config = kiosk_config(tmp_path, "http://127.0.0.1:9", speech={"headphones_device": "/dev/j"})
    watcher = watch_headphones(config, kiosk.controller, open_device=lambda path: jack)
    assert watcher is not None
    watcher.start()
    try:
        with qtbot.waitSignal(kiosk.controller.access_changed, timeout=WAIT_MS):
            jack.plug_in()
    finally:
        watcher.stop()
    assert kiosk.controller.access.speech
    assert records(kiosk)[-1]["text"].startswith("Сәлемдемелерді алу")


def test_the_idle_question_is_said_by_the_kiosks_own_voice(qtbot, kiosk):
    """The app's wiring gives the window the engine that says the screens: while speech is on,
    "are you still there?" is the last thing said, in the screen's language."""
    window = kiosk.window
    speech_on(qtbot, kiosk)
    window.idle.set_timeouts(150, 60_000)
    with qtbot.waitSignal(window.idle.prompted, timeout=WAIT_MS):
        tap(qtbot, window, "receive")
    question = window.idle_warning.question()
    qtbot.waitUntil(lambda: records(kiosk)[-1]["text"] == question, timeout=WAIT_MS)
    assert records(kiosk)[-1]["language"] == kiosk.controller.language
    tap(qtbot, window, "continue")
