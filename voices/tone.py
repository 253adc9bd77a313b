"""A short tone through the sound card: a WAV played by the system's command-line player
(PipeWire's ``pw-play``, PulseAudio's ``paplay`` or ALSA's ``aplay``, from Debian's alsa-utils).

The kiosk's Qt (PySide6-Essentials) has no QtMultimedia, so a sound that is not speech goes out
the way espeak-ng's does: a short-lived process. ``play`` returns at once; a tone still sounding
is not started again; a player that failed is said in the log at the next ``play`` (its exit
status, once), never raised.
"""

from __future__ import annotations

import logging
import shlex
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from kiosk.log import LogArea

log = logging.getLogger(LogArea.SPEECH.logger_name)

PLAYERS: tuple[tuple[str, ...], ...] = (("pw-play",), ("paplay",), ("aplay", "-q"))
"""The players looked for, in this order: the sound server's own first, then ALSA's."""


def find_player() -> list[str] | None:
    """The first player installed on this machine, as a command line, or None."""
    for player in PLAYERS:
        path = shutil.which(player[0])
        if path is not None:
            return [path, *player[1:]]
    return None


def player_command(setting: str) -> list[str] | None:
    """``speech.tone_player``: ``auto`` (find one), ``off``, or a command line of its own."""
    if setting == "off":
        return None
    if setting == "auto":
        return find_player()
    return shlex.split(setting)


class PlayerTone:
    """``sound`` played by ``player`` (a command line; the file's path is added at its end)."""

    def __init__(self, sound: Path, player: Sequence[str]) -> None:
        self.sound = Path(sound)
        self.player = list(player)
        self._process: subprocess.Popen[bytes] | None = None
        self._failed_told = False

    def play(self) -> None:
        if self._still_playing():
            return
        try:
            self._process = subprocess.Popen(  # noqa: S603 - our own command line, no shell
                [*self.player, str(self.sound)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            self._process = None
            self._tell_failure(f"cannot be started ({exc})")

    def wait(self, timeout: float) -> int | None:
        """Waits for the tone sounding now to end: its player's exit status (None: none sounds)."""
        process = self._process
        return None if process is None else process.wait(timeout)

    def close(self) -> None:
        """Stops a tone still sounding, and reaps it."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def _still_playing(self) -> bool:
        process = self._process
        if process is None:
            return False
        status = process.poll()
        if status is None:
            return True
        self._process = None
        if status != 0:
            self._tell_failure(f"ended with status {status}")
        return False

    def _tell_failure(self, what: str) -> None:
        if not self._failed_told:  # once: a terminal without a sound card would say it forever
            self._failed_told = True
            log.warning("the warning tone's player %s %s", self.player[0], what)
