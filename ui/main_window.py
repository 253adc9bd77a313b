"""The kiosk window: a stack of screens driven by the controller's ``screen_changed`` signal.

The window only shows what the controller says and forwards the screens' intents to the
controller's slots; it does no work of its own (the controller runs everything off the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk import views
from kiosk.accessibility.keypad_map import DEFAULT_KEYS
from kiosk.accessibility.mode import AccessMode
from kiosk.log import LogArea
from kiosk.speech.spoken_texts import STAFF_SCREENS
from ui import theme
from ui.focus import KeypadFocus
from ui.idle import COUNTDOWN_MS, IDLE_TIMEOUT_MS, IdleOverlay, IdleWatcher
from ui.idle_warning import IdleWarning, Speak, Tone, sound_effect_tone
from ui.keypad import KeypadInput
from ui.screens.base import Screen
from ui.screens.cooldown import CooldownScreen
from ui.screens.done import AUTO_HOME_MS, DoneScreen
from ui.screens.error import ErrorScreen
from ui.screens.home import HomeScreen
from ui.screens.items import ItemsScreen
from ui.screens.otp import OtpScreen
from ui.screens.out_of_service import OutOfServiceScreen
from ui.screens.phone import PhoneScreen
from ui.screens.pickup_code import PickupCodeScreen
from ui.screens.result import ResultScreen
from ui.screens.send import SendConfirmScreen, SendDoneScreen, SendScanScreen
from ui.screens.stations import STATION_SCREEN_TYPES
from ui.screens.stations.base import StationScreen
from ui.screens.status import DeliveredScreen, NotArrivedScreen, NotFoundScreen, ReturnedScreen
from ui.screens.tracking import TrackingScreen
from ui.widgets.hidden_corner import HiddenCorner

if TYPE_CHECKING:
    from kiosk.controller import Controller
    from ui.screens.maintenance.pin import MaintenancePinScreen
    from ui.screens.maintenance.screen import MaintenanceScreen

log = logging.getLogger(LogArea.UI.logger_name)

WINDOWED_SIZE = QSize(1280, 800)
# Screens without the customer's "Are you still there?" (maintenance closes itself after 2 min).
# A staff station signs its staff out by itself (kiosk.stations.signin).
NO_CUSTOMER_IDLE = (
    views.HOME,
    views.OUT_OF_SERVICE,
    views.MAINTENANCE_PIN,
    views.MAINTENANCE,
    *views.STATION_SCREENS,
)
FULLSCREEN_SIZE = QSize(1920, 1080)
MINIMUM_SIZE = QSize(640, 400)


class MainWindow(QMainWindow):
    screen_shown = Signal(str)

    def __init__(
        self,
        controller: Controller,
        *,
        fullscreen: bool = True,
        windowed_size: QSize = WINDOWED_SIZE,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        idle_countdown_ms: int = COUNTDOWN_MS,
        done_timeout_ms: int = AUTO_HOME_MS,
        hide_cursor: bool = True,
        tone: Tone | None = None,
        keypad_keys: Mapping[str, str] | None = DEFAULT_KEYS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("Kiosk")
        self.controller = controller
        self.fullscreen = fullscreen
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFont(QFont(theme.load_fonts()))
        self._metrics: theme.Metrics | None = None
        self._high_contrast: bool | None = None
        self._size = windowed_size if not fullscreen else FULLSCREEN_SIZE
        self.access: AccessMode = controller.access
        # The tactile keypad's filter goes first, so that the idle watcher (and the wedge scanner,
        # installed later) see each key before it does: Qt asks the filter installed last first.
        self.keypad_input = KeypadInput(
            self, keypad_keys or DEFAULT_KEYS, enabled=keypad_keys is not None
        )

        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        # Screens are designed to fit the window; never let a long text grow the window instead.
        self.stack.setMinimumSize(MINIMUM_SIZE)
        self.setCentralWidget(self.stack)
        self.home = HomeScreen()
        self.tracking = TrackingScreen()
        self.result = ResultScreen()
        self.done = DoneScreen(auto_home_ms=done_timeout_ms)
        self.not_found = NotFoundScreen()
        self.not_arrived = NotArrivedScreen()
        self.delivered = DeliveredScreen()
        self.returned = ReturnedScreen()
        self.error = ErrorScreen()
        self.out_of_service = OutOfServiceScreen()
        self.send_scan = SendScanScreen()
        self.send_confirm = SendConfirmScreen()
        self.send_done = SendDoneScreen(auto_home_ms=done_timeout_ms)
        self.screens: dict[str, Screen] = {}
        customer_screens: tuple[Screen, ...] = (
            self.home,
            self.tracking,
            self.result,
            self.done,
            self.not_found,
            self.not_arrived,
            self.delivered,
            self.returned,
            self.error,
            self.out_of_service,
            self.send_scan,
            self.send_confirm,
            self.send_done,
        )
        for screen in customer_screens:
            self.screens[screen.name] = screen
            self.stack.addWidget(screen)
        # Receiving by phone number (the countdowns use the controller's clock) and maintenance
        # (the staff corner on the screens a customer does not use) are not needed for the first
        # frame: built after it (build_deferred_screens), or when first shown or used.
        self._languages: tuple[str, ...] | None = None
        self._deferred: dict[str, Callable[[], Screen]] = {
            views.RECEIVE_PHONE: self._new_phone,
            views.RECEIVE_OTP: self._new_otp,
            views.RECEIVE_ITEMS: self._new_items,
            views.RECEIVE_COOLDOWN: self._new_cooldown,
            views.MAINTENANCE_PIN: self._new_maintenance_pin,
            views.MAINTENANCE: self._new_maintenance,
        }
        self.pickup_code = PickupCodeScreen()
        self.screens[self.pickup_code.name] = self.pickup_code
        self.stack.addWidget(self.pickup_code)
        self.staff_corners = [HiddenCorner(self.home), HiddenCorner(self.out_of_service)]
        # The staff stations' screens (terminal.role checkout or stocking).
        self.station_screens: list[StationScreen] = [kind() for kind in STATION_SCREEN_TYPES]
        for station_screen in self.station_screens:
            self.screens[station_screen.name] = station_screen
            self.stack.addWidget(station_screen)

        self.keypad = KeypadFocus(self)
        self.keypad_input.action.connect(self.keypad.act)
        self.screen_shown.connect(self.keypad.screen_shown)

        self.idle_overlay = IdleOverlay(self.stack)
        self.idle = IdleWatcher(
            self.idle_overlay,
            idle_timeout_ms=idle_timeout_ms,
            countdown_ms=idle_countdown_ms,
            parent=self,
        )
        self.idle_warning = IdleWarning(
            language=lambda: controller.language,
            access=lambda: self.access,
            tone=tone if tone is not None else sound_effect_tone(self),
            parent=self,
        )
        self.idle.prompted.connect(self.idle_warning.warn)
        self._wire()
        self.keypad.focus_widget.connect(self._reveal)
        self._apply_theme(self._size)
        if fullscreen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
            if hide_cursor:
                self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.resize(windowed_size)
        for screen in self.screens.values():
            screen.set_current_language(controller.language)
            screen.set_access(self.access)
        if controller.view is not None:
            self.show_screen(controller.screen, controller.view)

    def _wire(self) -> None:
        c = self.controller
        c.screen_changed.connect(self.show_screen)
        c.access_changed.connect(self.apply_access)
        for screen in self.screens.values():
            c.language_changed.connect(screen.set_current_language)
            screen.language_requested.connect(c.set_language)
            screen.need_requested.connect(c.toggle_need)
        self.home.receive_requested.connect(c.start_receive)
        self.tracking.submitted.connect(c.submit_tracking)
        self.tracking.back_requested.connect(c.go_home)
        self.result.done_requested.connect(c.finish)
        self.result.help_wanted.connect(c.need_help)
        self.done.home_requested.connect(c.reset_session)  # the next customer's start
        self.not_found.retry_requested.connect(c.edit_tracking)
        # Home from a screen that ends the visit is the next customer's start (default
        # language); Back from an entry screen is the same customer going back.
        for screen in (self.not_found, self.not_arrived, self.delivered, self.returned):
            screen.home_requested.connect(c.reset_session)
        self.error.retry_requested.connect(c.retry)
        self.error.home_requested.connect(c.reset_session)
        self.idle.timed_out.connect(c.reset_session)
        self.tracking.use_phone_requested.connect(c.start_phone)
        self.tracking.use_pickup_code_requested.connect(c.start_pickup_code)
        self.pickup_code.submitted.connect(c.submit_pickup_code)
        self.pickup_code.back_requested.connect(c.start_receive)
        self.home.send_requested.connect(c.start_send)
        self.send_scan.submitted.connect(c.submit_box)
        self.send_scan.back_requested.connect(c.go_home)
        self.send_confirm.confirmed.connect(c.confirm_send)
        self.send_confirm.back_requested.connect(c.send_back)
        self.send_done.home_requested.connect(c.reset_session)
        for corner in self.staff_corners:
            corner.clicked.connect(c.staff_corner_tapped)
        for station_screen in self.station_screens:
            station_screen.action_requested.connect(c.station_action)
            station_screen.touched.connect(c.station_touched)

    # ---- the screens built after the first frame ----

    @property
    def phone(self) -> PhoneScreen:
        return cast(PhoneScreen, self.screen_named(views.RECEIVE_PHONE))

    @property
    def otp(self) -> OtpScreen:
        return cast(OtpScreen, self.screen_named(views.RECEIVE_OTP))

    @property
    def items(self) -> ItemsScreen:
        return cast(ItemsScreen, self.screen_named(views.RECEIVE_ITEMS))

    @property
    def cooldown(self) -> CooldownScreen:
        return cast(CooldownScreen, self.screen_named(views.RECEIVE_COOLDOWN))

    @property
    def maintenance_pin(self) -> MaintenancePinScreen:
        return cast("MaintenancePinScreen", self.screen_named(views.MAINTENANCE_PIN))

    @property
    def maintenance(self) -> MaintenanceScreen:
        return cast("MaintenanceScreen", self.screen_named(views.MAINTENANCE))

    def screen_named(self, name: str) -> Screen:
        """The screen called ``name``, built now if it was not yet."""
        built = self.screens.get(name) or self._build(name)
        if built is None:
            raise KeyError(name)
        return built

    def screen_names(self) -> list[str]:
        """Every screen's name, built or not yet."""
        return [*self.screens, *self._deferred]

    def build_deferred_screens(self) -> None:
        """Build the screens the first frame did not need (the kiosk calls it after that frame)."""
        for name in list(self._deferred):
            self._build(name)

    def _build(self, name: str) -> Screen | None:
        make = self._deferred.pop(name, None)
        if make is None:
            return None
        screen = make()
        self.screens[screen.name] = screen
        self.stack.addWidget(screen)
        c = self.controller
        c.language_changed.connect(screen.set_current_language)
        screen.language_requested.connect(c.set_language)
        screen.need_requested.connect(c.toggle_need)
        screen.set_current_language(c.language)
        screen.set_access(self.access)
        if self._languages is not None:
            screen.set_languages(self._languages)
        if self._metrics is not None:
            screen.apply_metrics(self._metrics)
        return screen

    def _new_phone(self) -> PhoneScreen:
        c, screen = self.controller, PhoneScreen()
        screen.submitted.connect(c.submit_phone)
        screen.back_requested.connect(c.start_receive)
        return screen

    def _new_otp(self) -> OtpScreen:
        c = self.controller
        screen = OtpScreen(clock=lambda: c.monotonic())
        screen.submitted.connect(c.submit_code)
        screen.resend_requested.connect(c.resend_code)
        screen.back_requested.connect(c.edit_phone)
        return screen

    def _new_items(self) -> ItemsScreen:
        c, screen = self.controller, ItemsScreen()
        screen.done_requested.connect(c.finish)
        screen.home_requested.connect(c.reset_session)
        screen.help_wanted.connect(c.need_help)
        return screen

    def _new_cooldown(self) -> CooldownScreen:
        c = self.controller
        screen = CooldownScreen(clock=lambda: c.monotonic())
        screen.home_requested.connect(c.reset_session)
        return screen

    def _new_maintenance_pin(self) -> MaintenancePinScreen:
        from ui.screens.maintenance.pin import MaintenancePinScreen

        c = self.controller
        screen = MaintenancePinScreen(clock=lambda: c.monotonic())
        screen.submitted.connect(c.submit_staff_pin)
        screen.back_requested.connect(c.close_maintenance)
        screen.touched.connect(c.maintenance_touched)
        return screen

    def _new_maintenance(self) -> MaintenanceScreen:
        from ui.screens.maintenance.screen import MaintenanceScreen  # ~20 modules, staff only

        c, screen = self.controller, MaintenanceScreen()
        screen.action_requested.connect(c.maintenance_action)
        screen.close_requested.connect(c.close_maintenance)
        screen.touched.connect(c.maintenance_touched)
        return screen

    def present(self) -> None:
        """Show the window: full-screen and frameless on a kiosk, a normal window otherwise."""
        if self.fullscreen:
            # A bare X server with no window manager (a common kiosk set-up) ignores the
            # full-screen request, so the window is first given the whole screen itself.
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()
        else:
            self.show()

    @Slot(str, object)
    def show_screen(self, name: str, view: object) -> None:
        screen = self.screens.get(name) or self._build(name)
        if screen is None:
            log.error("no screen named %r", name)
            return
        if isinstance(view, views.HomeView):  # the terminal's languages, for every screen's bar
            self._languages = view.languages
            for each in self.screens.values():
                each.set_languages(view.languages)
        screen.show_view(view)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(screen)
        self.idle.set_active(name not in NO_CUSTOMER_IDLE)
        self.keypad_input.paused = name in STAFF_SCREENS
        self.screen_shown.emit(name)

    @Slot(object)
    def apply_access(self, mode: AccessMode) -> None:
        """The session's accessible mode: large text, high contrast, the buttons that show them."""
        self.access = mode
        for screen in self.screens.values():
            screen.set_access(mode)
        self.idle.set_time_factor(mode.time_factor)
        self._apply_theme(self._size)

    def set_speaker(self, speak: Speak | None) -> None:
        """What says the idle question aloud: the speech engine's ``say(text, language)``."""
        self.idle_warning.speak = speak

    @Slot(object)
    def _reveal(self, widget: QWidget) -> None:
        """The keypad's focus moved to ``widget``: the page scrolls it into view (large text)."""
        self.current_screen().reveal(widget)

    def current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def current_screen_name(self) -> str:
        current = self.stack.currentWidget()
        return current.objectName() if current is not None else ""

    def is_busy(self) -> bool:
        current = self.current_screen()
        if current is self.pickup_code:
            return current.busy
        if current is self.phone or current is self.otp or current is self.maintenance_pin:
            return current.busy
        if current is self.send_scan or current is self.send_confirm:
            return current.busy
        if isinstance(current, StationScreen):
            return bool(getattr(current, "busy", False))
        return current is self.tracking and self.tracking.busy

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._size = event.size()
        self._apply_theme(event.size())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle.set_active(False)
        super().closeEvent(event)

    def _apply_theme(self, size: QSize) -> None:
        text = theme.LARGE_TEXT_FACTOR if self.access.large_text else 1.0
        metrics = theme.Metrics.for_size(size.width(), size.height(), text=text)
        if metrics == self._metrics and self.access.high_contrast == self._high_contrast:
            return
        self._metrics = metrics
        self._high_contrast = self.access.high_contrast
        self.setStyleSheet(theme.stylesheet(metrics, high_contrast=self.access.high_contrast))
        for screen in self.screens.values():
            screen.apply_metrics(metrics)
        self.idle_overlay.apply_metrics(metrics)
