"""The keyboard-wedge (HID) scanner: a Qt event filter on the application that tells a scanner's
burst of keys from a person typing, and reads the burst from native scan codes.

A scanner types a whole code in a few milliseconds per key and ends it with Enter or Tab; a person
types slower. So each character key is held back while it could still be the start of a burst: the
next key within ``max_gap_ms`` keeps the burst going; a slower key, a non-character key or the hold
timer lets the held keys through to their widgets in order (a person's typing arrives
``max_gap_ms`` late, otherwise unchanged). A burst of at least ``min_length`` characters ended by
Enter or Tab is a scan: its keys never reach a widget, and it is decoded from the scan codes (X11
and Wayland keycodes are Linux key codes + 8), so a Russian or Kazakh layout cannot change it.
If the filter ever raises, it turns itself off, lets the keys through, and logs why.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from kiosk.log import LogArea
from scanners.keymap import SHIFTS, TERMINATORS, char_for
from scanners.port import ScannerBase

log = logging.getLogger(LogArea.SCANNER.logger_name)

XKB_KEYCODE_OFFSET = 8  # X11/Wayland keycode = Linux key code + 8; Windows' set-1 codes need 0
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _HeldKey:
    receiver: QObject
    event: QKeyEvent
    char: str


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class KeyboardWedge(ScannerBase):
    def __init__(
        self,
        target: QObject,
        *,
        max_gap_ms: float = 40.0,
        min_length: int = 4,
        scan_code_offset: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("wedge", parent)
        self._target = target
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._max_gap_s = max_gap_ms / 1000
        if scan_code_offset is None:
            scan_code_offset = 0 if sys.platform == "win32" else XKB_KEYCODE_OFFSET
        self._offset = scan_code_offset
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._last_key_at = 0.0
        self._replaying = False
        self.active = False
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(max(1, round(max_gap_ms)))
        self._release.timeout.connect(self.release_held)

    def start(self) -> None:
        if not self.active:
            self._target.installEventFilter(self)
            self.active = True

    def stop(self) -> None:
        if self.active:
            self._target.removeEventFilter(self)
            self.active = False
        self.release_held()

    @property
    def holding(self) -> int:
        """How many keys are held back right now."""
        return len(self._held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active or self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        try:
            return self._on_key_press(watched, event)  # type: ignore[arg-type]
        except Exception:
            log.exception("the keyboard-wedge scanner failed: turned off, keys go straight through")
            self._turn_off()
            return False

    def _on_key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        native = event.nativeScanCode()
        if native == 0:  # synthesised without a scan code: not from a keyboard we can read
            self.release_held()
            return False
        code = native - self._offset
        now = self._clock()
        if self._held and now - self._last_key_at > self._max_gap_s:
            self.release_held()  # too slow for a scanner: what was held is a person's typing
        if code in SHIFTS:
            return False  # a scanner presses Shift for capitals: part of a burst, not its end
        if event.modifiers() & _SHORTCUT_MODIFIERS or event.isAutoRepeat():
            self.release_held()
            return False
        if code in TERMINATORS:
            if len(self._held) >= self.min_length:
                text = "".join(key.char for key in self._held)
                self._held.clear()
                self._release.stop()
                self.deliver(text)
                return True
            self.release_held()
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        char = char_for(code, shift=shift)
        if char is None:
            self.release_held()
            return False
        self._held.append(_HeldKey(watched, _copy(event), char))
        self._last_key_at = now
        self._release.start()
        return True

    def release_held(self) -> None:
        """Let the held keys through to their widgets, in the order they came."""
        held, self._held = self._held, []
        self._release.stop()
        if not held:
            return
        self._replaying = True
        try:
            for key in held:
                if shiboken6.isValid(key.receiver):
                    QCoreApplication.sendEvent(key.receiver, key.event)
        finally:
            self._replaying = False

    def _turn_off(self) -> None:
        self._target.removeEventFilter(self)
        self.active = False
        try:
            self.release_held()
        except Exception:
            log.exception("held keys could not be let through")
            self._held.clear()
