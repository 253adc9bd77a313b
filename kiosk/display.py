"""What the kiosk shows now, and the one way every feature shows a screen. Qt-free.

The features (receive, send, maintenance) show their screens through `Display.show`; the
controller passes each one on to the window. The home screen is the display's own: it is the
out-of-service screen instead while a required part of the terminal is down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk import views
from kiosk.availability import AvailabilityTracker
from kiosk.log import LogArea

log = logging.getLogger(LogArea.FLOW.logger_name)

ScreenListener = Callable[[str, views.View], None]


def _nobody(_screen: str, _view: views.View) -> None:
    """No window listens yet."""


class Display:
    def __init__(
        self,
        availability: AvailabilityTracker,
        *,
        languages: tuple[str, ...],
        send_enabled: bool,
    ) -> None:
        self.availability = availability
        self.languages = languages
        self.send_enabled = send_enabled
        self.screen = ""
        self.view: views.View | None = None
        self.language = ""  # the customer's language; the controller sets it
        self.on_show: ScreenListener = _nobody
        self.station_home: Callable[[], None] | None = None  # a staff station's own home

    @property
    def out_of_service(self) -> bool:
        return not self.availability.current().in_service

    def show(self, screen: str, view: views.View) -> None:
        self.screen, self.view = screen, view
        log.debug("screen %s", screen)
        self.on_show(screen, view)

    def show_home(self) -> None:
        """The home screen, or the out-of-service screen while a required part is down; a staff
        station's home is its own (its sign-in, or its first screen)."""
        if self.station_home is not None:
            self.station_home()
            return
        if self.out_of_service:
            state = self.availability.current()
            view = views.OutOfServiceView(state.reason, state.message)
            if self.screen != views.OUT_OF_SERVICE or self.view != view:
                log.warning("out of service: %s", state.reason)
                self.show(views.OUT_OF_SERVICE, view)
            return
        if self.screen == views.OUT_OF_SERVICE:
            log.info("back in service")
        self.show(
            views.HOME, views.HomeView(languages=self.languages, send_enabled=self.send_enabled)
        )

    def availability_changed(self) -> None:
        """New customers only: a customer in a flow finishes it and meets the change at home."""
        if self.screen in (views.HOME, views.OUT_OF_SERVICE) and self.station_home is None:
            self.show_home()
