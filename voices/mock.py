"""The mock voice for ``--mock`` and QA: every utterance becomes ``NNNN.wav`` (espeak-ng ``-w``) and
``NNNN.txt`` in a folder, and a list of what was said, ``[{n, text, language, wav}]``, for the QA
port. Interrupting works as on the real engine (a killed utterance leaves a short WAV).
Without espeak-ng installed the texts are still written and listed, with ``wav`` None.

``say`` only lists the utterance (the list is in memory, so the QA port sees it at once); its
files are written on the engine's thread, the ``.txt`` before espeak-ng writes the WAV. A folder
that cannot be made stops the engine at its start (the app then has no voice); one that can no
longer be written fails each utterance with an error, and the kiosk goes on.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TypedDict

from kiosk.log import LogArea
from kiosk.ports.speech import RATE_DEFAULT_WPM, VOLUME_DEFAULT_DB, Utterance
from voices.espeak import EXECUTABLE, EspeakEngine, command, find_espeak

log = logging.getLogger(LogArea.SPEECH.logger_name)


class SpokenRecord(TypedDict):
    n: int
    text: str
    language: str
    wav: str | None


class WavFolderEngine(EspeakEngine):
    def __init__(
        self,
        folder: Path,
        *,
        executable: str = EXECUTABLE,
        volume_db: float = VOLUME_DEFAULT_DB,
        rate_wpm: int = RATE_DEFAULT_WPM,
    ) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._has_espeak = find_espeak(executable) is not None
        if not self._has_espeak:
            log.info("espeak-ng is not installed: the mock voice writes texts only")
        self._records: list[SpokenRecord] = []
        self._records_lock = threading.Lock()
        self._writable = True  # the engine's thread only: the last write worked
        super().__init__(executable=executable, volume_db=volume_db, rate_wpm=rate_wpm)

    def wav_path(self, utterance_id: int) -> Path:
        return self.folder / f"{utterance_id:04d}.wav"

    def say(self, text: str, language: str) -> int:
        with self._records_lock:  # held over the queuing: the list stays in the order said
            utterance_id = super().say(text, language)
            wav = str(self.wav_path(utterance_id)) if self._has_espeak else None
            self._records.append(
                {"n": utterance_id, "text": text, "language": language, "wav": wav}
            )
        return utterance_id

    def prepare(self, utterance: Utterance) -> bool:
        """The utterance's text file, written on the engine's thread."""
        text_file = self.wav_path(utterance.id).with_suffix(".txt")
        try:
            text_file.write_text(utterance.text + "\n", encoding="utf-8")
        except OSError as exc:
            if self._writable:  # once, until a write works again
                log.error("the speech folder %s cannot be written (%s)", self.folder, exc)
            self._writable = False
            return False
        self._writable = True
        return True

    def records(self) -> list[SpokenRecord]:
        """What was said, oldest first (a WAV is complete once its utterance is FINISHED)."""
        with self._records_lock:
            return [SpokenRecord(**record) for record in self._records]

    def command_for(self, utterance: Utterance) -> list[str]:
        if not self._has_espeak:
            return ["true"]  # nothing to synthesise with: the text file is the record
        return command(
            utterance.language,
            volume_db=self.volume_db,
            rate_wpm=self.rate_wpm,
            wav=self.wav_path(utterance.id),
            executable=self._executable,
        )
