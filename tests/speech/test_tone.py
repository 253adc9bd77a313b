"""The idle warning's tone through the system's sound player: through real ALSA (aplay into a
file-backed PCM the test defines), once at a time, and a player that fails said once, not raised."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from wav_audio import duration_s, rms_dbfs, samples

from kiosk.app.speech import tone_player
from kiosk.config import KioskConfig
from voices.tone import PLAYERS, PlayerTone, find_player, player_command

TONE = Path(__file__).resolve().parents[2] / "assets" / "sounds" / "attention.wav"
WAIT_S = 10


def alsa_file_sink(home: Path, out: Path) -> None:
    """An ALSA default device that writes what is played into ``out`` (no sound card needed)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / ".asoundrc").write_text(
        textwrap.dedent(f"""\
            pcm.!default {{
                type file
                slave.pcm "null"
                file "{out}"
                format "wav"
            }}
            """),
        encoding="utf-8",
    )


def test_the_tone_is_played_through_alsa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    aplay = shutil.which("aplay")
    if aplay is None:
        pytest.fail("aplay (alsa-utils) is not installed: run tools/system-deps.sh test")
    out = tmp_path / "played.wav"
    alsa_file_sink(tmp_path / "home", out)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    tone = PlayerTone(TONE, [aplay, "-q"])
    tone.play()
    assert tone.wait(WAIT_S) == 0
    played = samples(out)
    assert rms_dbfs(played) > -30  # a tone, not silence
    assert duration_s(out) == pytest.approx(duration_s(TONE), abs=0.05)


def counting_player(tmp_path: Path) -> tuple[list[str], Path, Path]:
    """A player that counts its starts and sounds until the test writes to its FIFO."""
    count, fifo = tmp_path / "count", tmp_path / "release"
    os.mkfifo(fifo)
    script = (
        "import sys\n"
        f"open({str(count)!r}, 'a').write(sys.argv[-1] + '\\n')\n"
        f"open({str(fifo)!r}).read()\n"
    )
    return [sys.executable, "-c", script], count, fifo


def release(fifo: Path) -> None:
    with open(fifo, "w") as end:  # blocks until the player has opened it: it has started
        end.write("done")


def test_a_tone_still_sounding_is_not_started_again(tmp_path: Path):
    player, count, fifo = counting_player(tmp_path)
    tone = PlayerTone(TONE, player)
    tone.play()
    with open(fifo, "w") as end:  # the player is sounding (it waits on the FIFO)
        tone.play()  # a second warning while the first tone sounds
        tone.play()
        end.write("done")
    assert tone.wait(WAIT_S) == 0
    assert count.read_text(encoding="utf-8").splitlines() == [str(TONE)]
    tone.play()  # the next warning sounds again
    release(fifo)
    assert tone.wait(WAIT_S) == 0
    assert len(count.read_text(encoding="utf-8").splitlines()) == 2


def test_close_stops_a_tone_still_sounding(tmp_path: Path):
    player, _count, _fifo = counting_player(tmp_path)
    tone = PlayerTone(TONE, player)
    tone.play()
    tone.close()
    assert tone.wait(WAIT_S) is None  # nothing sounds, and the player was reaped


@pytest.mark.expected_log("kiosk.speech", "ended with status 3")
def test_a_failing_player_is_said_once(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    tone = PlayerTone(TONE, [sys.executable, "-c", "raise SystemExit(3)"])
    for _ in range(3):
        tone.play()
        assert tone.wait(WAIT_S) == 3
    tone.play()
    tone.close()
    said = [r.getMessage() for r in caplog.records if "tone" in r.getMessage()]
    assert said == [f"the warning tone's player {sys.executable} ended with status 3"]


@pytest.mark.expected_log("kiosk.speech", "cannot be started")
def test_a_missing_player_is_said_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    tone = PlayerTone(TONE, [str(tmp_path / "no-such-player")])
    tone.play()
    assert tone.wait(WAIT_S) is None
    assert any("cannot be started" in r.getMessage() for r in caplog.records)


def test_the_player_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fake = tmp_path / "aplay"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_player() == [str(fake), "-q"]
    assert player_command("auto") == [str(fake), "-q"]
    assert player_command("off") is None
    assert player_command("my-player --device 'hw:1,0'") == ["my-player", "--device", "hw:1,0"]
    assert [p[0] for p in PLAYERS] == ["pw-play", "paplay", "aplay"]  # the sound server first
    config = KioskConfig.model_validate({"speech": {"tone_player": "off"}})
    assert tone_player(config) is None
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert tone_player(KioskConfig()) is None  # none installed: the warning is spoken only
