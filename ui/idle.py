"""Idle handling: after a minute without a touch, ask "Are you still there?"; any key or touch (or
Continue) answers it, and if nobody does within the countdown, ``timed_out`` fires and the window
resets the session.

``IdleWatcher`` watches every input event of the application (it is an application event filter);
it is inactive on the home screen. Timeouts are in milliseconds so tests can make them short; the
accessible mode multiplies both by its time factor (``set_time_factor``). When the question shows,
``prompted`` fires (the window sounds the warning: ui/idle_warning.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label

IDLE_TIMEOUT_MS = 45_000  # then the question's countdown: home after 60 s without a touch
COUNTDOWN_MS = 15_000
TICK_MS = 1_000

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleOverlay(QWidget):
    """A dimmed layer over the whole window with a card: question, countdown, Continue."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle_overlay")
        self.setProperty("covers_screen", True)  # the QA port: nothing under it can be tapped
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card = QFrame(self)
        self.card.setObjectName("idle_card")
        self.title = label("title", name="idle_title", center=True)
        self.countdown = label("body", name="idle_countdown", center=True)
        self.continue_button = BigButton("continue", "big")
        self.continue_button.clicked.connect(self.continue_requested)
        card = QVBoxLayout(self.card)
        card.addWidget(self.title)
        card.addWidget(self.countdown)
        card.addWidget(self.continue_button)
        self._card_layout = card
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._seconds = 0
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()
        self.retranslate_ui()

    def apply_metrics(self, metrics: Metrics) -> None:
        pad = metrics.px(64)
        self._card_layout.setContentsMargins(pad, pad, pad, pad)
        self._card_layout.setSpacing(metrics.px(40))
        self.card.setFixedWidth(metrics.px(1100))

    def show_countdown(self, seconds: int) -> None:
        self._seconds = seconds
        self.retranslate_ui()
        if self.isHidden():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.show()
            self.raise_()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.countdown.setText(self.tr("Returning to the start in %n s.", "", self._seconds))
        self.continue_button.setText(self.tr("Continue"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class IdleWatcher(QObject):
    """Restarts its idle timer on every touch, click or key; ``set_active(False)`` on home."""

    prompted = Signal()
    timed_out = Signal()

    def __init__(
        self,
        overlay: IdleOverlay,
        *,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        countdown_ms: int = COUNTDOWN_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.overlay = overlay
        self.overlay.continue_requested.connect(self.dismiss)
        self._countdown_ms = countdown_ms
        self._remaining_ms = countdown_ms
        self._base = (idle_timeout_ms, countdown_ms)
        self._factor = 1
        self._active = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._prompt)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._count_down)
        self.set_timeouts(idle_timeout_ms, countdown_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeouts(self, idle_timeout_ms: int, countdown_ms: int) -> None:
        """Idle time before the question, and the countdown after it (before the time factor);
        from the next restart on."""
        self._base = (idle_timeout_ms, countdown_ms)
        idle_ms, countdown = idle_timeout_ms * self._factor, countdown_ms * self._factor
        self._idle.setInterval(idle_ms)
        self._countdown_ms = countdown
        self._tick.setInterval(min(TICK_MS, max(1, countdown)))

    def set_time_factor(self, factor: int) -> None:
        """The accessible mode's factor on both timeouts; a running idle timer starts again."""
        if factor == self._factor:
            return
        self._factor = factor
        self.set_timeouts(*self._base)
        if self._active and not self.prompting:
            self._idle.start()

    @property
    def timeouts_ms(self) -> tuple[int, int]:
        """The idle time and the countdown in force (the time factor applied)."""
        return self._idle.interval(), self._countdown_ms

    @property
    def remaining_ms(self) -> int:
        """Time left before the question (-1 while the timer is not running)."""
        return self._idle.remainingTime()

    @property
    def prompting(self) -> bool:
        return self._tick.isActive()

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        """Watch for idleness (any screen but home) or not; either way, restart from zero."""
        self._active = active
        self._stop_prompt()
        if active:
            self._idle.start()
        else:
            self._idle.stop()

    def dismiss(self) -> None:
        """The customer is still there."""
        self.set_active(self._active)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._active and event.type() in _ACTIVITY:
            if self.prompting:  # any key or touch answers the question: the time is extended
                self.dismiss()
            else:
                self._idle.start()
        return False

    def _prompt(self) -> None:
        self._remaining_ms = self._countdown_ms
        self._tick.start()
        self.overlay.show_countdown(self._seconds_left())
        self.prompted.emit()

    def _count_down(self) -> None:
        self._remaining_ms -= self._tick.interval()
        if self._remaining_ms <= 0:
            self._stop_prompt()
            self._active = False
            self.timed_out.emit()
            return
        self.overlay.show_countdown(self._seconds_left())

    def _seconds_left(self) -> int:
        return math.ceil(self._remaining_ms / 1000)

    def _stop_prompt(self) -> None:
        self._tick.stop()
        self.overlay.hide()
