"""espeak-ng as the kiosk's voice: one subprocess per utterance, run from the engine's own thread.

espeak-ng (Debian's ``espeak-ng``, tools/system-deps.sh) is offline and has Kazakh, Russian and
English voices. Each utterance is one process, so interrupting is killing it: the new screen's
words follow at once instead of after the old sentence. Text goes in on standard input (UTF-8),
never on the command line, so no text can be read as an option.

Where the audio goes is the ``output``: the sound device (espeak-ng plays it itself), a WAV file
(``-w``, the mock), or a stream (``--stdout``) handed chunk by chunk to a callable, which also
tells when the first sample exists (the latency benchmark measures that).
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import queue
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.log import LogArea
from kiosk.ports.speech import (
    RATE_DEFAULT_WPM,
    VOLUME_DEFAULT_DB,
    SpeechEvent,
    SpeechListener,
    Utterance,
    clamp_rate_wpm,
    clamp_volume_db,
)

log = logging.getLogger(LogArea.SPEECH.logger_name)

EXECUTABLE = "espeak-ng"
VOICES: dict[str, str] = {"kk": "kk", "ru": "ru", "en": "en-gb"}
"""The espeak-ng voice for each kiosk language (British English for en)."""

# espeak-ng's amplitude (-a) is linear up to 100; above that it clips. 0 dB is amplitude 100.
AMPLITUDE_AT_0_DB = 100
WAV_HEADER_BYTES = 44
SAMPLE_RATE_HZ = 22050

AudioChunks = Callable[[Utterance, bytes], None]


def amplitude(volume_db: float) -> int:
    """``0`` dB → 100, ``-6`` → 50, ``-24`` → 6: espeak-ng's amplitude for a volume in dB."""
    return max(1, round(AMPLITUDE_AT_0_DB * math.pow(10.0, clamp_volume_db(volume_db) / 20.0)))


def command(
    language: str,
    *,
    volume_db: float,
    rate_wpm: int,
    wav: Path | None = None,
    stream: bool = False,
    executable: str = EXECUTABLE,
) -> list[str]:
    """The espeak-ng command line for one utterance (its text comes on standard input)."""
    try:
        voice = VOICES[language]
    except KeyError:
        raise ValueError(f"no voice for language {language!r}") from None
    args = [executable, "-v", voice, "-a", str(amplitude(volume_db)), "-s", str(rate_wpm)]
    args += ["-b", "1"]  # the input is UTF-8
    if wav is not None:
        args += ["-w", str(wav)]
    elif stream:
        args += ["--stdout"]
    return args


def find_espeak(executable: str = EXECUTABLE) -> str | None:
    """The path of espeak-ng, or None when it is not installed."""
    return shutil.which(executable)


def missing_voices(executable: str = EXECUTABLE) -> list[str]:
    """The kiosk languages whose espeak-ng voice is not installed (all of them without espeak-ng).
    Runs espeak-ng: call it at start-up or in a self-test, not on the GUI thread."""
    path = find_espeak(executable)
    if path is None:
        return list(VOICES)
    listing = subprocess.run(  # noqa: S603 - our own command line, no shell
        [path, "--voices"], capture_output=True, text=True, timeout=10, check=False
    ).stdout
    names = {line.split()[1] for line in listing.splitlines()[1:] if len(line.split()) > 1}
    return [language for language, voice in VOICES.items() if voice not in names]


@dataclass
class _Playing:
    utterance: Utterance
    process: subprocess.Popen[bytes]


class EspeakEngine:
    """The speech port over espeak-ng. ``stream`` sends the audio to that callable instead of the
    sound device; `WavFolderEngine` (voices/mock.py) writes files instead."""

    def __init__(
        self,
        *,
        executable: str = EXECUTABLE,
        volume_db: float = VOLUME_DEFAULT_DB,
        rate_wpm: int = RATE_DEFAULT_WPM,
        stream: AudioChunks | None = None,
    ) -> None:
        self._executable = executable
        self._volume_db = clamp_volume_db(volume_db)
        self._rate_wpm = clamp_rate_wpm(rate_wpm)
        self._stream = stream
        self._listeners: list[SpeechListener] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._wanted = 0  # the id that may still be spoken; 0 after stop()
        self._playing: _Playing | None = None
        self._queue: queue.SimpleQueue[Utterance | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # ---- the port ------------------------------------------------------------------------

    @property
    def volume_db(self) -> float:
        return self._volume_db

    @property
    def rate_wpm(self) -> int:
        return self._rate_wpm

    def set_volume_db(self, volume_db: float) -> None:
        self._volume_db = clamp_volume_db(volume_db)

    def set_rate_wpm(self, rate_wpm: int) -> None:
        self._rate_wpm = clamp_rate_wpm(rate_wpm)

    def add_listener(self, listener: SpeechListener) -> None:
        self._listeners.append(listener)

    def say(self, text: str, language: str) -> int:
        if language not in VOICES:
            raise ValueError(f"no voice for language {language!r}")
        with self._lock:
            utterance = Utterance(next(self._ids), text, language)
            self._wanted = utterance.id
            self._kill_playing()
        self._queue.put(utterance)
        return utterance.id

    def stop(self) -> None:
        with self._lock:
            self._wanted = 0
            self._kill_playing()

    def close(self) -> None:
        self.stop()
        self._queue.put(None)
        self._thread.join(timeout=5)

    # ---- for subclasses ------------------------------------------------------------------

    def prepare(self, utterance: Utterance) -> bool:
        """On the engine's thread, before ``utterance`` is spoken (or found superseded): False
        when it cannot be spoken (it then FAILED)."""
        return True

    def command_for(self, utterance: Utterance) -> list[str]:
        return command(
            utterance.language,
            volume_db=self._volume_db,
            rate_wpm=self._rate_wpm,
            stream=self._stream is not None,
            executable=self._executable,
        )

    # ---- the engine's thread -------------------------------------------------------------

    def _kill_playing(self) -> None:
        """Under the lock: end the process of the utterance being spoken, if any."""
        if self._playing is not None and self._playing.process.poll() is None:
            self._playing.process.kill()

    def _run(self) -> None:
        while (utterance := self._queue.get()) is not None:
            self._speak(utterance)

    def _start(self, utterance: Utterance) -> subprocess.Popen[bytes] | None:
        """Under the lock: start espeak-ng for ``utterance`` unless it was superseded meanwhile."""
        if utterance.id != self._wanted:
            return None
        try:
            process = subprocess.Popen(  # noqa: S603 - no shell; the text is on stdin
                self.command_for(utterance),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE if self._stream else subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as error:
            log.error("espeak-ng could not be started: %s", error)
            self._wanted = 0
            return None
        self._playing = _Playing(utterance, process)
        return process

    def _speak(self, utterance: Utterance) -> None:
        if not self.prepare(utterance):
            self._tell(utterance, SpeechEvent.FAILED)
            return
        with self._lock:
            wanted = utterance.id == self._wanted
            process = self._start(utterance)
        if process is None:
            self._tell(utterance, SpeechEvent.FAILED if wanted else SpeechEvent.INTERRUPTED)
            return
        self._tell(utterance, SpeechEvent.STARTED)
        try:
            self._feed(process, utterance)
            errors = process.stderr.read() if process.stderr else b""
            code = process.wait()
        finally:
            for pipe in (process.stdin, process.stdout, process.stderr):
                if pipe is not None:
                    pipe.close()
            with self._lock:
                self._playing = None
                interrupted = utterance.id != self._wanted
        if interrupted:
            self._tell(utterance, SpeechEvent.INTERRUPTED)
        elif code != 0:
            log.error("espeak-ng failed (%s): %s", code, errors.decode(errors="replace").strip())
            self._tell(utterance, SpeechEvent.FAILED)
        else:
            self._tell(utterance, SpeechEvent.FINISHED)

    def _feed(self, process: subprocess.Popen[bytes], utterance: Utterance) -> None:
        """Write the text to espeak-ng; in stream mode, pass its audio on as it comes."""
        assert process.stdin is not None
        try:
            process.stdin.write(utterance.text.encode("utf-8"))
            process.stdin.close()
        except BrokenPipeError:  # killed before it read the text
            return
        if self._stream is None or process.stdout is None:
            return
        header = b""
        heard = False
        fd = process.stdout.fileno()
        while chunk := os.read(fd, 65536):
            if not heard:
                header += chunk
                if len(header) <= WAV_HEADER_BYTES:
                    continue
                chunk, heard = header, True
                self._tell(utterance, SpeechEvent.AUDIO)
            self._stream(utterance, chunk)

    def _tell(self, utterance: Utterance, event: SpeechEvent) -> None:
        for listener in self._listeners:
            try:
                listener(utterance, event)
            except Exception:
                log.exception("a speech listener failed on %s", event)
