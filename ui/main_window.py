"""The kiosk window: a stack of screens driven by the controller's ``screen_changed`` signal.

The window only shows what the controller says and forwards the screens' intents to the
controller's slots; it does no work of its own (the controller runs everything off the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from kiosk import views
from kiosk.accessibility.keypad_map import DEFAULT_KEYS
from kiosk.accessibility.mode import AccessMode
from kiosk.log import LogArea
from kiosk.speech.spoken_texts import STAFF_SCREENS
from ui import screen_table, theme
from ui.focus import KeypadFocus
from ui.idle import COUNTDOWN_MS, IDLE_TIMEOUT_MS, IdleOverlay, IdleWatcher
from ui.idle_warning import IdleWarning, Speak, Tone, sound_effect_tone
from ui.keypad import KeypadInput
from ui.screens.base import Screen
from ui.screens.done import AUTO_HOME_MS
from ui.widgets.hidden_corner import HiddenCorner

if TYPE_CHECKING:
    from kiosk.controller import Controller
    from ui.screens.cooldown import CooldownScreen
    from ui.screens.done import DoneScreen
    from ui.screens.home import HomeScreen
    from ui.screens.items import ItemsScreen
    from ui.screens.maintenance.pin import MaintenancePinScreen
    from ui.screens.maintenance.screen import MaintenanceScreen
    from ui.screens.otp import OtpScreen
    from ui.screens.phone import PhoneScreen
    from ui.screens.pickup_code import PickupCodeScreen
    from ui.screens.result import ResultScreen
    from ui.screens.send import SendConfirmScreen, SendDoneScreen, SendScanScreen
    from ui.screens.tracking import TrackingScreen

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


S = TypeVar("S", bound=Screen)


class ScreenOf(Generic[S]):
    """``window.tracking``: the window's screen of that name, built when first used."""

    def __init__(self, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type[MainWindow]) -> ScreenOf[S]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type[MainWindow]) -> S: ...
    def __get__(self, window: MainWindow | None, owner: type[MainWindow]) -> ScreenOf[S] | S:
        if window is None:
            return self
        return cast(S, window.screen_named(self.name))


class MainWindow(QMainWindow):
    """The screens this terminal shows (ui/screen_table.py, by ``terminal.role``): the one the
    controller shows first is built with the window, the others after the first frame
    (``build_deferred_screens``) or when first shown or used (``screen_named``)."""

    screen_shown = Signal(str)
    screens_built = Signal()  # every screen of this terminal is built (build_deferred_screens)

    home: ScreenOf[HomeScreen] = ScreenOf(views.HOME)
    tracking: ScreenOf[TrackingScreen] = ScreenOf(views.RECEIVE_TRACKING)
    result: ScreenOf[ResultScreen] = ScreenOf(views.RECEIVE_RESULT)
    done: ScreenOf[DoneScreen] = ScreenOf(views.RECEIVE_DONE)
    pickup_code: ScreenOf[PickupCodeScreen] = ScreenOf(views.RECEIVE_PICKUP_CODE)
    phone: ScreenOf[PhoneScreen] = ScreenOf(views.RECEIVE_PHONE)
    otp: ScreenOf[OtpScreen] = ScreenOf(views.RECEIVE_OTP)
    items: ScreenOf[ItemsScreen] = ScreenOf(views.RECEIVE_ITEMS)
    cooldown: ScreenOf[CooldownScreen] = ScreenOf(views.RECEIVE_COOLDOWN)
    send_scan: ScreenOf[SendScanScreen] = ScreenOf(views.SEND_SCAN)
    send_confirm: ScreenOf[SendConfirmScreen] = ScreenOf(views.SEND_CONFIRM)
    send_done: ScreenOf[SendDoneScreen] = ScreenOf(views.SEND_DONE)
    maintenance_pin: ScreenOf[MaintenancePinScreen] = ScreenOf(views.MAINTENANCE_PIN)
    maintenance: ScreenOf[MaintenanceScreen] = ScreenOf(views.MAINTENANCE)

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
        self._done_timeout_ms = done_timeout_ms
        self._languages: tuple[str, ...] | None = None
        self.access: AccessMode = controller.access
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        # Screens are designed to fit the window; never let a long text grow the window instead.
        self.stack.setMinimumSize(MINIMUM_SIZE)
        self.setCentralWidget(self.stack)
        self.screens: dict[str, Screen] = {}
        self.staff_corners: list[HiddenCorner] = []
        self._unbuilt = screen_table.screens_of(controller.role)
        self._next_screen = QTimer(self)  # builds the next screen when the event loop is idle
        self._next_screen.setInterval(0)
        self._next_screen.timeout.connect(self._build_next_screen)
        if controller.view is not None:  # the first frame's screen: the others wait for it
            self.screen_named(controller.screen)
        # The tactile keypad's filter goes first, so that the idle watcher (and the wedge scanner,
        # installed later) see each key before it does: Qt asks the filter installed last first.
        self.keypad_input = KeypadInput(
            self, keypad_keys or DEFAULT_KEYS, enabled=keypad_keys is not None
        )
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
        controller.screen_changed.connect(self.show_screen)
        controller.access_changed.connect(self.apply_access)
        self.idle.timed_out.connect(controller.reset_session)
        self.idle_warning = IdleWarning(
            language=lambda: controller.language,
            access=lambda: self.access,
            tone=tone if tone is not None else sound_effect_tone(self),
            parent=self,
        )
        self.idle.prompted.connect(self.idle_warning.warn)
        self.keypad.focus_widget.connect(self._reveal)
        self._apply_theme(self._size)
        if fullscreen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
            if hide_cursor:
                self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.resize(windowed_size)
        if controller.view is not None:
            self.show_screen(controller.screen, controller.view)

    # ---- the screens, each built when first needed ----

    def screen_named(self, name: str) -> Screen:
        """The screen called ``name``, built now if it was not yet (any screen of the table, also
        one this terminal's role does not show; KeyError if there is none)."""
        return self.screens.get(name) or self._build(screen_table.KINDS[name])

    def screen_names(self) -> list[str]:
        """The names of the screens this terminal shows, built or not yet."""
        return [*self.screens, *self._unbuilt]

    def build_deferred_screens(self, *, one_by_one: bool = False) -> None:
        """Build the screens the first frame did not need (the kiosk calls it after that frame):
        all now, or ``one_by_one``, a screen per pass of the event loop (a tap meanwhile waits
        for one screen at most, not for all). ``screens_built`` says when they are all built."""
        if not one_by_one:
            for name in list(self._unbuilt):
                self.screen_named(name)
            self.screens_built.emit()
            return
        self._next_screen.start()

    def _build_next_screen(self) -> None:
        if self._unbuilt:
            self.screen_named(self._unbuilt[0])
        if not self._unbuilt:
            self._next_screen.stop()
            self.screens_built.emit()

    def _build(self, kind: screen_table.ScreenKind) -> Screen:
        c = self.controller
        screen = screen_table.build(kind, c, auto_home_ms=self._done_timeout_ms)
        if kind.name in self._unbuilt:
            self._unbuilt.remove(kind.name)
        self.screens[kind.name] = screen
        self.stack.addWidget(screen)
        c.language_changed.connect(screen.set_current_language)
        screen.language_requested.connect(c.set_language)
        screen.need_requested.connect(c.toggle_need)
        if kind.staff_corner:
            corner = HiddenCorner(screen)
            corner.clicked.connect(c.staff_corner_tapped)
            self.staff_corners.append(corner)
        screen.set_current_language(c.language)
        screen.set_access(self.access)
        if self._languages is not None:
            screen.set_languages(self._languages)
        if self._metrics is not None:
            screen.apply_metrics(self._metrics)
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
        if name not in self.screens and name not in screen_table.KINDS:
            log.error("no screen named %r", name)
            return
        screen = self.screen_named(name)
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
        """The screen shown waits for an answer (a lookup, a code, a PIN, a staff action)."""
        return bool(getattr(self.current_screen(), "busy", False))

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
