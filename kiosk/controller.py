"""The controller: the window's one counterpart. It forwards the screens' intents to the drivers
(kiosk.drivers: receive, send, maintenance), passes the screens they show on to the window, and
owns what is Qt's: signals, the one-second tick, the translators. QtCore only, no widgets.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QTranslator, Signal, Slot

from kiosk import i18n, views
from kiosk.accessibility.help_requests import Place
from kiosk.accessibility.mode import STANDARD, AccessMode, Need
from kiosk.drivers import Drivers
from kiosk.log import LogArea
from kiosk.maintenance.service import MaintenanceService
from kiosk.printed_text import TR_CONTEXT
from kiosk.receive.driver import ReceiveDriver
from kiosk.receive.lookup_guard import LookupGuard
from kiosk.receive.pickup import pickup_code_of
from kiosk.tasks import Outcome

log = logging.getLogger(LogArea.FLOW.logger_name)

# Receive screens besides the tracking screen where a scanned tracking number starts a lookup.
_RESCAN_SCREENS = frozenset(
    {
        views.RECEIVE_PHONE,
        views.RECEIVE_OTP,
        views.RECEIVE_NOT_FOUND,
        views.RECEIVE_NOT_ARRIVED,
        views.RECEIVE_DELIVERED,
        views.RECEIVE_RETURNED,
        views.ERROR,
    }
)

_PICKUP_SCAN_SCREENS = _RESCAN_SCREENS | {
    views.HOME,
    views.RECEIVE_TRACKING,
    views.RECEIVE_PICKUP_CODE,
}


def translate_printed(text: str) -> str:
    """A printed document's label in the current language (the translators the controller
    installs); the drivers' ``tr``."""
    return QCoreApplication.translate(TR_CONTEXT, text)


class GuiDelivery(QObject):
    """The task runner's ``deliver``: hands an outcome from a worker thread to its callback on
    the GUI thread (a queued signal). The controller keeps it once it is handed over."""

    _delivered = Signal(object, object)  # (callback, outcome), emitted from worker threads

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._delivered.connect(self._call)

    def __call__(self, callback: Callable[[Outcome[Any]], None], outcome: Outcome[Any]) -> None:
        self._delivered.emit(callback, outcome)

    @Slot(object, object)
    def _call(self, callback: Callable[[Outcome[Any]], None], outcome: Outcome[Any]) -> None:
        callback(outcome)


class Controller(QObject):
    """One per window. Intents are slots; ``screen_changed(name, view)`` drives the window."""

    screen_changed = Signal(str, object)
    language_changed = Signal(str)
    ticket_recorded = Signal(str)  # ticket id, once the server has the record
    code_requested = Signal(str)  # E.164 phone an SMS code went to (the mock dev dock shows it)
    access_changed = Signal(object)  # the session's AccessMode

    def __init__(
        self,
        drivers: Drivers,
        delivery: GuiDelivery,
        *,
        translations_dir: Path = i18n.TRANSLATIONS_DIR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.drivers = drivers
        delivery.setParent(self)
        self._terminal = drivers.terminal
        self._display = drivers.display
        self._display.on_show = self._screen_shown
        self.receive: ReceiveDriver = drivers.receive
        self.receive.on_code_requested = self.code_requested.emit
        self._send = drivers.send
        self.maintenance: MaintenanceService = drivers.maintenance
        self.availability = drivers.availability
        self.station = drivers.station  # a staff station's driver (None: a customer terminal)
        self._translations_dir = translations_dir
        self._translator: QTranslator | None = None
        self.printer_fault = ""  # the printer's fault state, "" while it can print
        self.access: AccessMode = STANDARD
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start()
        self.set_language(self._terminal.default_language)
        self._display.show_home()

    # ---- what is shown ---------------------------------------------------------------------------

    @property
    def screen(self) -> str:
        return self._display.screen

    @property
    def view(self) -> views.View | None:
        return self._display.view

    @property
    def language(self) -> str:
        return self._display.language

    @property
    def monotonic(self) -> Callable[[], float]:
        """The clock of countdowns on screens (resend, cool-down)."""
        return self.drivers.monotonic

    @property
    def lookup_guard(self) -> LookupGuard:
        return self.receive.guard

    @property
    def out_of_service(self) -> bool:
        return self._display.out_of_service

    @property
    def role(self) -> str:
        """``terminal.role``: "customer", or the staff station's ("checkout", "stocking")."""
        return self.station.role if self.station is not None else "customer"

    def _screen_shown(self, screen: str, view: views.View) -> None:
        self.screen_changed.emit(screen, view)

    # ---- the kiosk -------------------------------------------------------------------------------

    @Slot()
    def warm_up(self) -> None:
        """Load what the start left for later in the background (see Drivers.warm_up)."""
        self.drivers.warm_up()

    @Slot(str, bool)
    def printer_status(self, state: str, fault: bool) -> None:
        """The printer's status changed (from its worker, re-emitted on the GUI thread).

        A required printer in a fault turns new customers away; a customer in a flow finishes it
        (a failed print keeps row and compartment on the screen), and meets the out-of-service
        screen only when they are done. When the printer recovers, the home screen comes back.
        """
        self.printer_fault = state if fault else ""
        self.availability.report("printer", not fault, state)
        self.maintenance.rerender()
        self._display.availability_changed()

    @Slot(str, str)
    def scanned(self, code: str, source: str) -> None:
        """A scanner read a code: on home, the receive screens and the service-unavailable screen
        it is a tracking number; on the send screens, a box barcode."""
        log.info("scan from %s (%d characters) on %s", source, len(code), self.screen)
        if self.station is not None and self.station.scanned(code):
            return  # a staff station's screens take every scan
        if self.maintenance.scanned(code, source):
            return  # a staff badge, or a scan during maintenance
        if self.screen in _PICKUP_SCAN_SCREENS and pickup_code_of(code) is not None:
            if not self.out_of_service or self.screen != views.HOME:
                self.receive.submit_pickup_code(code)  # the SMS's code or its QR link
            return
        if self.screen == views.HOME:
            self.start_receive()
        if self.screen == views.RECEIVE_TRACKING:
            self.submit_tracking(code, scanned=True)
        elif self.screen in (views.SEND_SCAN, views.SEND_CONFIRM):
            self.submit_box(code)
        elif self.screen in _RESCAN_SCREENS:
            self.receive.scanned_elsewhere(code)

    @Slot()
    def go_home(self) -> None:
        """Back to the start; what was typed is forgotten. In-flight work still completes."""
        self.drivers.end_sessions()
        self._display.show_home()

    @Slot()
    def reset_session(self) -> None:
        """Idle timeout: home, the terminal's default language and the standard mode."""
        self.set_language(self._terminal.default_language)
        self.set_access(STANDARD)
        self.go_home()

    @Slot(str)
    def toggle_need(self, need: str) -> None:
        """Switch one accessibility need (a :class:`Need` value) on or off for this session."""
        try:
            chosen = Need(need)
        except ValueError:
            log.error("no accessibility need named %r", need)
            return
        self.set_access(self.access.toggled(chosen))

    def set_access(self, mode: AccessMode) -> None:
        if mode == self.access:
            return
        self.access = mode
        log.info("accessible mode: %s", mode)
        self.access_changed.emit(mode)

    @Slot(str)
    def set_language(self, language: str) -> None:
        if language not in i18n.LANGUAGES or language == self.language:
            return
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if app is not None:  # English too: its .qm has the plural forms and wording fixes
            translator = QTranslator(self)
            path = i18n.qm_path(language, self._translations_dir)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translator = translator
            elif language != i18n.SOURCE_LANGUAGE:
                log.error("translation file missing or unreadable: %s", path)
        self._display.language = language
        self.language_changed.emit(language)

    @Slot()
    def tick(self) -> None:
        """Once a second: maintenance idle close, heartbeat due, grace times of components, a
        staff station's idle sign-out."""
        self.maintenance.tick()
        if self.station is not None and not self.maintenance.active:
            self.station.tick()  # maintenance, opened from the station, closes itself when idle

    def shutdown(self) -> None:
        self._tick_timer.stop()
        self.drivers.runner.shutdown(wait=True)

    # ---- receiving (the work is in kiosk.receive) --------------------------------------------

    @Slot()
    def start_receive(self) -> None:
        if self.out_of_service:
            self._display.show_home()
            return
        if self._send is not None:
            self._send.end()
        self.receive.start()

    @Slot(str)
    def submit_tracking(self, text: str, scanned: bool = False) -> None:
        self.receive.submit_tracking(text, scanned)

    @Slot()
    def retry(self) -> None:
        self.receive.retry()

    @Slot()
    def edit_tracking(self) -> None:
        self.receive.edit_tracking()

    @Slot()
    def finish(self) -> None:
        self.receive.finish()

    @Slot()
    def need_help(self) -> None:
        """ "I can't reach it / I need help" on a result screen: staff are told where the parcels
        lie and will bring them; the screen says so."""
        view = self._display.view
        if isinstance(view, views.ResultView):
            parcels: tuple[Any, ...] = (view.parcel,)
        elif isinstance(view, views.ItemsView):
            parcels = view.ready
        else:
            return
        if view.help_requested:
            return  # asked already: one request per visit
        places = tuple(Place(p.location.row, p.location.compartment) for p in parcels if p.location)
        self.maintenance.help_requested(places)
        self._display.show(self._display.screen, dataclasses.replace(view, help_requested=True))

    @Slot()
    def start_phone(self) -> None:
        self.receive.start_phone()

    @Slot()
    def start_pickup_code(self) -> None:
        self.receive.start_pickup_code()

    @Slot(str)
    def submit_pickup_code(self, text: str) -> None:
        self.receive.submit_pickup_code(text)

    @Slot(str)
    def submit_phone(self, digits: str) -> None:
        self.receive.submit_phone(digits)

    @Slot(str)
    def submit_code(self, code: str) -> None:
        self.receive.submit_code(code)

    @Slot()
    def resend_code(self) -> None:
        self.receive.resend_code()

    @Slot()
    def edit_phone(self) -> None:
        self.receive.edit_phone()

    # ---- sending (the work is in kiosk.send) -------------------------------------------------

    @Slot()
    def start_send(self) -> None:
        if self.out_of_service:
            self._display.show_home()
            return
        if self._send is not None:
            self.receive.end()
            self._send.start()

    @Slot(str)
    def submit_box(self, text: str) -> None:
        """A box barcode, scanned or typed (the send flow's scan and confirm screens)."""
        if self._send is not None:
            self._send.submit(text)

    @Slot()
    def confirm_send(self) -> None:
        if self._send is not None:
            self._send.confirm()

    @Slot()
    def send_back(self) -> None:
        """Back from the confirmation to scanning; from scanning, home."""
        if self._send is None or not self._send.back():
            self.go_home()

    # ---- maintenance (the work is in kiosk.maintenance) --------------------------------------

    @Slot()
    def staff_corner_tapped(self) -> None:
        self.maintenance.corner_tapped()

    @Slot(str)
    def submit_staff_pin(self, pin: str) -> None:
        self.maintenance.submit_pin(pin)

    @Slot()
    def maintenance_touched(self) -> None:
        self.maintenance.touch()
        self.station_touched()  # a staff station's sign-in counts the touches in maintenance

    @Slot()
    def close_maintenance(self) -> None:
        self.maintenance.close("staff")

    @Slot(str, str)
    def maintenance_action(self, action: str, text: str = "") -> None:
        self.maintenance.action(action, text)
        self.station_touched()

    # ---- a staff station (the work is in kiosk.stations) -------------------------------------

    @Slot(str, str)
    def station_action(self, action: str, text: str = "") -> None:
        if self.station is not None:
            self.station.action(action, text)

    @Slot()
    def station_touched(self) -> None:
        if self.station is not None:
            self.station.touch()
