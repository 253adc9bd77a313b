"""A calm pause after too many attempts (the server's rate limit or the kiosk's own): how long to
wait, counted down live, and a way back to the start."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk import views
from ui.screens.base import Screen
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label

TICK_MS = 1000


class CooldownScreen(Screen):
    name = views.RECEIVE_COOLDOWN

    home_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.title = label("title", name="title", center=True)
        self.message = label("body", name="message", center=True)
        self.countdown = label("subtitle", name="countdown", center=True)
        self.home = BigButton("home", "primary")
        self.home.clicked.connect(self.home_requested)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.refresh_countdown)
        self.add_language_row()
        self.root.addStretch(1)
        self.root.addWidget(self.title)
        self.root.addWidget(self.message)
        self.root.addWidget(self.countdown)
        self.root.addStretch(1)
        self.add_row(self.home)
        self.retranslate_ui()

    def seconds_left(self) -> int:
        if not isinstance(self.view, views.CooldownView):
            return 0
        return max(0, math.ceil(self.view.until - self.clock()))

    def apply_view(self) -> None:
        self.refresh_countdown()

    def refresh_countdown(self) -> None:
        left = self.seconds_left()
        if left > 0:
            self.countdown.setText(
                self.tr("You can try again in {time}.").format(time=f"{left // 60}:{left % 60:02d}")
            )
        else:
            self.countdown.setText(self.tr("You can try again now."))
        if left > 0 and self.isVisible():
            self.ticker.start()
        else:
            self.ticker.stop()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Let's take a short pause"))
        self.message.setText(
            self.tr(
                "There were too many attempts, so for your safety this terminal waits a little. "
                "Nothing is wrong with your parcels."
            )
        )
        self.home.setText(self.tr("Start over"))
        self.refresh_countdown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_countdown()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.ticker.stop()
        super().hideEvent(event)
