"""The narrator (Qt-free): silent until speech is on, then every customer screen in its language,
the focus and the typing, repeat, volume and rate; the keypad's key map as the configuration
checks it."""

from __future__ import annotations

import pytest
from customer_views import VARIANTS
from ts_translations import translator

from kiosk import views
from kiosk.accessibility.keypad_map import ACTIONS, DEFAULT_KEYS, split_key, valid_key_map
from kiosk.accessibility.narrator import Focus, FocusKind, Narrator
from kiosk.config import KioskConfig
from kiosk.ports.speech import (
    RATE_DEFAULT_WPM,
    VOLUME_DEFAULT_DB,
    VOLUME_MAX_DB,
    VOLUME_MIN_DB,
    clamp_rate_wpm,
    clamp_volume_db,
)
from kiosk.speech.focus_phrases import FOCUS_PHRASES
from kiosk.speech.phrases import TR_CONTEXT
from kiosk.speech.spoken_texts import spoken_text

LANGUAGES = ("kk", "ru", "en")


class FakeEngine:
    """The speech port, remembering what it was asked."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.stops = 0
        self.volume_db = VOLUME_DEFAULT_DB
        self.rate_wpm = RATE_DEFAULT_WPM

    def say(self, text: str, language: str) -> int:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.said.append((text, language))
        return len(self.said)

    def stop(self) -> None:
        self.stops += 1

    def set_volume_db(self, volume_db: float) -> None:
        self.volume_db = clamp_volume_db(volume_db)

    def set_rate_wpm(self, rate_wpm: int) -> None:
        self.rate_wpm = clamp_rate_wpm(rate_wpm)


class Translations:
    """``tr`` in whichever language the test set, as Qt's installed translator answers."""

    def __init__(self) -> None:
        self.language = "kk"

    def __call__(self, text: str) -> str:
        return translator(self.language, TR_CONTEXT)(text)


@pytest.fixture
def tr() -> Translations:
    return Translations()


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def narrator(engine, tr) -> Narrator:
    return Narrator(engine, tr, clock=lambda: 0.0)  # type: ignore[arg-type]


def home_view() -> object:
    return VARIANTS[views.HOME][0]


def test_silent_until_speech_is_switched_on_then_the_screen_at_once(narrator, engine, tr):
    narrator.screen_shown(views.HOME, home_view(), "kk")
    assert engine.said == []
    narrator.set_speech(True)
    assert engine.said == [(spoken_text(views.HOME, home_view(), "kk", tr), "kk")]
    narrator.set_speech(False)
    assert engine.stops == 1
    narrator.screen_shown(views.RECEIVE_TRACKING, VARIANTS[views.RECEIVE_TRACKING][0], "kk")
    assert len(engine.said) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_customer_screen_in_every_variant_is_said_in_its_language(
    narrator, engine, tr, language
):
    tr.language = language
    narrator.set_speech(True)
    for screen, variants in VARIANTS.items():
        for view in variants:
            narrator.screen_shown(screen, view, language)
            expected = spoken_text(screen, view, language, tr, now=0.0)
            assert engine.said[-1] == (expected, language), (screen, view)


def test_the_same_view_again_is_not_said_twice_but_repeat_says_it(narrator, engine):
    narrator.set_speech(True)
    narrator.screen_shown(views.HOME, home_view(), "kk")
    narrator.screen_shown(views.HOME, home_view(), "kk")
    assert len(engine.said) == 1
    narrator.repeat()
    assert len(engine.said) == 2
    assert engine.said[0] == engine.said[1]


def test_a_language_change_says_the_screen_in_the_new_language(narrator, engine, tr):
    narrator.screen_shown(views.HOME, home_view(), "kk")
    narrator.set_speech(True)
    tr.language = "en"
    narrator.language_changed("en")
    assert engine.said[-1] == (spoken_text(views.HOME, home_view(), "en", tr), "en")


def test_staff_screens_stop_the_voice_and_say_nothing(narrator, engine):
    narrator.screen_shown(views.HOME, home_view(), "kk")
    narrator.set_speech(True)
    narrator.screen_shown(views.MAINTENANCE_PIN, None, "kk")
    assert len(engine.said) == 1  # home only
    assert engine.stops == 1


@pytest.mark.parametrize(
    ("language", "focus", "expected"),
    [
        ("kk", Focus(FocusKind.BUTTON, "submit", "Табу"), "Табу, түйме."),
        ("ru", Focus(FocusKind.BUTTON, "back", "Назад"), "Назад, кнопка."),
        ("en", Focus(FocusKind.KEY, "key_C", "C"), "C, key."),
        ("ru", Focus(FocusKind.KEY, "key_7", "7"), "Семь, клавиша."),
        ("kk", Focus(FocusKind.FIELD, "tracking_number"), "Трек-нөмір, енгізу өрісі, бос."),
        (
            "ru",
            Focus(FocusKind.FIELD, "tracking_number", value="RR1234"),
            "Трек-номер, поле ввода: эр эр, один два три четыре.",
        ),
        (
            "en",
            Focus(FocusKind.FIELD, "phone", value="70112"),
            "Phone number, text field: plus seven, seven zero one, one two.",
        ),
        ("kk", Focus(FocusKind.FIELD, "otp_code", value="4821"), None),
        ("en", Focus(FocusKind.BUTTON, "lang_ru", "Русский"), "Русский"),
    ],
)
def test_the_focus_is_said_with_its_role_and_what_a_field_holds(
    narrator, engine, tr, language, focus, expected
):
    tr.language = language
    narrator.screen_shown(views.RECEIVE_TRACKING, VARIANTS[views.RECEIVE_TRACKING][0], language)
    narrator.set_speech(True)
    narrator.focus_moved(focus)
    text, spoken_in = engine.said[-1]
    if expected is None:  # the SMS code: its digits one by one
        assert text == "Эсэмэстегі код, енгізу өрісі: төрт сегіз екі бір."
    else:
        assert text == expected
    assert spoken_in == ("ru" if focus.name == "lang_ru" else language)


def test_typing_is_said_back(narrator, engine):
    narrator.screen_shown(views.RECEIVE_PHONE, VARIANTS[views.RECEIVE_PHONE][0], "ru")
    narrator.set_speech(True)
    narrator.typed("5")
    narrator.typed("K")
    assert [text for text, _ in engine.said[-2:]] == ["пять", "ка"]


def test_volume_and_rate_steps_and_their_limits(narrator, engine, tr):
    narrator.screen_shown(views.HOME, home_view(), "en")
    tr.language = "en"
    narrator.set_speech(True)
    narrator.change_volume(-1)
    assert engine.volume_db == VOLUME_DEFAULT_DB - 3
    assert engine.said[-1] == ("Quieter.", "en")
    for _ in range(20):
        narrator.change_volume(-1)
    assert engine.volume_db == VOLUME_MIN_DB
    assert engine.said[-1] == ("That is the limit.", "en")
    for _ in range(20):
        narrator.change_volume(1)
    assert engine.volume_db == VOLUME_MAX_DB
    assert VOLUME_MAX_DB - VOLUME_MIN_DB >= 18
    narrator.change_rate(1)
    assert engine.rate_wpm == RATE_DEFAULT_WPM + 20
    assert engine.said[-1] == ("Faster.", "en")
    narrator.set_speech(False)  # the visit ends: the next customer starts from the configuration
    assert (engine.volume_db, engine.rate_wpm) == (VOLUME_DEFAULT_DB, RATE_DEFAULT_WPM)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_focus_phrase_is_translated(language):
    tr = translator(language, TR_CONTEXT)  # fails on a missing translation
    for source in FOCUS_PHRASES.values():
        assert tr(source) != source


def test_the_built_in_key_map_gives_every_action_a_key():
    assert set(DEFAULT_KEYS.values()) == set(ACTIONS)
    assert valid_key_map(dict(DEFAULT_KEYS)) == DEFAULT_KEYS
    assert split_key("kp:Plus") == (True, "Plus")
    assert split_key("F1") == (False, "F1")
    assert KioskConfig().keypad.key_map == DEFAULT_KEYS


def test_the_configuration_refuses_a_wrong_key_map():
    with pytest.raises(ValueError, match="unknown action: louder"):
        valid_key_map({**DEFAULT_KEYS, "F9": "louder"})
    with pytest.raises(ValueError, match="not a key name"):
        valid_key_map({**DEFAULT_KEYS, "kp 5": "5"})
    with pytest.raises(ValueError, match="no key for: help"):
        valid_key_map({k: v for k, v in DEFAULT_KEYS.items() if v != "help"})
    mine = {k: v for k, v in DEFAULT_KEYS.items() if not v.startswith("rate")}
    assert KioskConfig.model_validate({"keypad": {"keys": mine}}).keypad.key_map == mine
