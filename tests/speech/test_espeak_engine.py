"""espeak-ng behind the speech port: real audio, in kk, ru and en, loud enough, as long as its
text, interruptible, with an 18 dB volume range and a rate control."""

from __future__ import annotations

import shutil
import threading

import pytest
from wav_audio import duration_s, rms_dbfs, samples, samples_of_bytes

from kiosk.ports.speech import (
    RATE_MAX_WPM,
    RATE_MIN_WPM,
    VOLUME_MAX_DB,
    VOLUME_MIN_DB,
    SpeechEngine,
    SpeechEvent,
    Utterance,
)
from voices.espeak import SAMPLE_RATE_HZ, EspeakEngine, amplitude, command
from voices.mock import WavFolderEngine

SHORT = {
    "kk": "Қатар үш.",
    "ru": "Ряд три.",
    "en": "Row three.",
}
LONG = {
    "kk": "Сәлемдемеңіз осында: қатар үш, ұяшық он екі. Талонды төмендегі принтерден алыңыз.",
    "ru": "Ваша посылка здесь: ряд три, ячейка двенадцать. Возьмите талон из принтера внизу.",
    "en": "Your parcel is here: row three, compartment twelve. Take your ticket from the printer.",
}


@pytest.fixture
def wav_engine(tmp_path, espeak, events):
    engine = WavFolderEngine(tmp_path / "speech")
    engine.add_listener(events)
    yield engine
    engine.close()


def spoken(engine, events, text, language):
    n = engine.say(text, language)
    events.wait_for(n, SpeechEvent.FINISHED)
    return engine.wav_path(n)


def test_the_engines_implement_the_port(wav_engine):
    assert isinstance(wav_engine, SpeechEngine)
    streaming = EspeakEngine(stream=lambda utterance, chunk: None)
    assert isinstance(streaming, SpeechEngine)
    streaming.close()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_speech_is_not_silent_and_grows_with_its_text(wav_engine, events, language):
    short = spoken(wav_engine, events, SHORT[language], language)
    long = spoken(wav_engine, events, LONG[language], language)
    for wav in (short, long):
        assert rms_dbfs(samples(wav)) > -40, wav
    assert duration_s(short) > 0.3
    assert duration_s(long) > 2.5 * duration_s(short)


def test_the_volume_range_is_at_least_18_db(wav_engine, events):
    levels = {}
    for volume in (VOLUME_MIN_DB, VOLUME_MAX_DB):
        wav_engine.set_volume_db(volume)
        levels[volume] = rms_dbfs(samples(spoken(wav_engine, events, LONG["ru"], "ru")))
    assert levels[VOLUME_MAX_DB] - levels[VOLUME_MIN_DB] >= 18, levels
    assert levels[VOLUME_MAX_DB] < -3  # and the loudest level does not clip


def test_volume_and_rate_are_clamped_to_their_ranges(wav_engine):
    wav_engine.set_volume_db(10)
    assert wav_engine.volume_db == VOLUME_MAX_DB
    wav_engine.set_volume_db(-100)
    assert wav_engine.volume_db == VOLUME_MIN_DB
    wav_engine.set_rate_wpm(1000)
    assert wav_engine.rate_wpm == RATE_MAX_WPM
    wav_engine.set_rate_wpm(1)
    assert wav_engine.rate_wpm == RATE_MIN_WPM


def test_volume_maps_to_espeak_amplitude_without_clipping():
    assert amplitude(0) == 100  # espeak-ng clips above 100
    assert amplitude(-6) == 50
    assert amplitude(-24) == 6


def test_a_faster_rate_speaks_faster(wav_engine, events):
    wav_engine.set_rate_wpm(RATE_MIN_WPM)
    slow = duration_s(spoken(wav_engine, events, LONG["en"], "en"))
    wav_engine.set_rate_wpm(RATE_MAX_WPM)
    fast = duration_s(spoken(wav_engine, events, LONG["en"], "en"))
    assert fast < 0.6 * slow


def test_the_mock_lists_what_was_said_with_its_texts(wav_engine, events):
    first = spoken(wav_engine, events, SHORT["kk"], "kk")
    second = spoken(wav_engine, events, SHORT["en"], "en")
    records = wav_engine.records()
    assert [(r["n"], r["text"], r["language"]) for r in records] == [
        (1, SHORT["kk"], "kk"),
        (2, SHORT["en"], "en"),
    ]
    assert [r["wav"] for r in records] == [str(first), str(second)]
    assert first.with_suffix(".txt").read_text(encoding="utf-8") == SHORT["kk"] + "\n"


@pytest.mark.expected_log("kiosk.speech", "cannot be written")
def test_the_mock_writes_on_its_own_thread_and_a_folder_it_cannot_write_fails_each_utterance(
    tmp_path, events, caplog
):
    folder = tmp_path / "speech"
    engine = WavFolderEngine(folder, executable="/nonexistent/espeak-ng")  # texts only
    engine.add_listener(events)
    try:
        shutil.rmtree(folder)
        folder.write_text("not a folder")  # even root cannot write into it now
        lost = [engine.say(text, "en") for text in ("Row three.", "Row four.")]  # no error here
        for n in lost:
            events.wait_for(n, SpeechEvent.FAILED)
        folder.unlink()
        folder.mkdir()
        said = engine.say("Row five.", "en")
        events.wait_for(said, SpeechEvent.FINISHED)
    finally:
        engine.close()
    assert [(r["n"], r["text"]) for r in engine.records()] == [
        (1, "Row three."),
        (2, "Row four."),
        (3, "Row five."),
    ]
    assert [p.name for p in folder.iterdir()] == ["0003.txt"]
    assert (folder / "0003.txt").read_text(encoding="utf-8") == "Row five.\n"
    errors = [r for r in caplog.records if "cannot be written" in r.getMessage()]
    assert len(errors) == 1  # once, not for every utterance
    assert errors[0].threadName == "speech"


def test_a_language_without_a_voice_is_refused(wav_engine):
    with pytest.raises(ValueError, match="de"):
        wav_engine.say("Guten Tag", "de")
    with pytest.raises(ValueError, match="de"):
        command("de", volume_db=0, rate_wpm=160)


def test_an_engine_that_cannot_start_reports_failure(events, caplog):
    engine = EspeakEngine(executable="/nonexistent/espeak-ng", stream=lambda u, c: None)
    engine.add_listener(events)
    n = engine.say("Row three.", "en")
    events.wait_for(n, SpeechEvent.FAILED)
    engine.close()
    assert "espeak-ng could not be started" in caplog.text


class Stream:
    """The audio an engine streams, per utterance; ``first_audio`` is set on the first chunk."""

    def __init__(self) -> None:
        self.audio: dict[int, bytearray] = {}
        self.first_audio = threading.Event()

    def __call__(self, utterance: Utterance, chunk: bytes) -> None:
        self.audio.setdefault(utterance.id, bytearray()).extend(chunk)
        self.first_audio.set()


@pytest.fixture
def streaming(espeak, events):
    stream = Stream()
    engine = EspeakEngine(stream=stream)
    engine.add_listener(events)
    yield engine, stream
    engine.close()


def test_streamed_audio_is_the_whole_utterance(streaming, events):
    engine, stream = streaming
    n = engine.say(LONG["kk"], "kk")
    events.wait_for(n, SpeechEvent.FINISHED)
    assert events.of(n) == [SpeechEvent.STARTED, SpeechEvent.AUDIO, SpeechEvent.FINISHED]
    audio = samples_of_bytes(bytes(stream.audio[n]))
    assert audio.size / SAMPLE_RATE_HZ > 3
    assert rms_dbfs(audio) > -40


def test_stop_cuts_the_utterance_short(streaming, events):
    engine, stream = streaming
    n = engine.say(LONG["ru"] * 20, "ru")  # a minute of speech
    events.wait_for(n, SpeechEvent.AUDIO)
    engine.stop()
    events.wait_for(n, SpeechEvent.INTERRUPTED, timeout=2)
    assert SpeechEvent.FINISHED not in events.of(n)
    assert len(stream.audio[n]) / 2 / SAMPLE_RATE_HZ < 30


def test_a_new_utterance_interrupts_the_one_being_spoken(streaming, events):
    engine, _ = streaming
    first = engine.say(LONG["en"] * 20, "en")
    events.wait_for(first, SpeechEvent.AUDIO)
    second = engine.say(SHORT["en"], "en")
    events.wait_for(second, SpeechEvent.FINISHED)
    assert events.of(first) == [SpeechEvent.STARTED, SpeechEvent.AUDIO, SpeechEvent.INTERRUPTED]


def test_an_utterance_superseded_before_it_started_is_never_spoken(streaming, events):
    engine, stream = streaming
    ids = [engine.say(f"Row {k}.", "en") for k in range(5)]
    events.wait_for(ids[-1], SpeechEvent.FINISHED)
    for n in ids[:-1]:
        events.wait_for(n, SpeechEvent.INTERRUPTED)
    assert set(stream.audio) <= set(ids)
    assert ids[-1] in stream.audio
