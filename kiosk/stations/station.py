"""A staff station (``terminal.role`` "checkout" or "stocking"): the sign-in in front, then the
role's work; the station's home is its sign-in screen, or its first screen once signed in. The
controller forwards scans, the screens' actions (``action(name, text)``) and its tick here. The
home screen's Maintenance opens maintenance's dashboard for the signed-in staff member through
``open_maintenance`` (maintenance checks the right; refused, the home screen says so); leaving
maintenance shows the station's home again (kiosk.display).

Qt-free, like kiosk.receive and kiosk.send.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk import views
from kiosk.display import Display
from kiosk.log import LogArea
from kiosk.stations.checkout import CheckoutDesk
from kiosk.stations.names import StationAction
from kiosk.stations.signin import StaffSignIn
from kiosk.stations.stocking import StockingStation

log = logging.getLogger(LogArea.FLOW.logger_name)

ROLES = ("customer", "checkout", "stocking")
NO_MAINTENANCE_RIGHT = "no_maintenance_right"  # a home screen's problem


def _no_maintenance(_staff_id: str) -> bool:
    return False


class StationDriver:
    def __init__(
        self,
        *,
        signin: StaffSignIn,
        display: Display,
        checkout: CheckoutDesk | None = None,
        stocking: StockingStation | None = None,
        open_maintenance: Callable[[str], bool] = _no_maintenance,
    ) -> None:
        """``open_maintenance(staff_id)``: maintenance's dashboard opened for that staff member
        (False: refused, no maintenance right)."""
        self.signin = signin
        self._display = display
        self.checkout = checkout
        self.stocking = stocking
        self.open_maintenance = open_maintenance
        signin.on_changed = self._show_sign_in
        signin.on_signed_in = self.show_home

    @property
    def role(self) -> str:
        return self.signin.role

    def show_home(self, problem: str | None = None) -> None:
        if not self.signin.signed_in:
            self._show_sign_in()
        elif self.checkout is not None:
            self.checkout.start(problem)
        elif self.stocking is not None:
            self.stocking.menu(problem=problem)

    def _maintenance(self) -> None:
        staff_id = self.signin.staff_id
        if staff_id is None:
            self._show_sign_in()
        elif not self.open_maintenance(staff_id):
            self.show_home(NO_MAINTENANCE_RIGHT)

    def _show_sign_in(self) -> None:
        if not self.signin.signed_in:
            self._display.show(views.STATION_SIGN_IN, self.signin.view())

    # ---- from the controller -----------------------------------------------------------------

    def scanned(self, code: str) -> bool:
        """True when the scan was the station's (every scan on its screens is)."""
        if self._display.screen not in views.STATION_SCREENS:
            return False
        self.signin.touch()
        if self.signin.badge(code) or not self.signin.signed_in:
            return True
        if self.checkout is not None:
            self.checkout.submit(code)
        elif self.stocking is not None:
            self.stocking.scanned(code)
        return True

    def action(self, name: str, text: str = "") -> None:
        self.signin.touch()
        handlers: dict[str, Callable[[], None]] = {
            StationAction.NAME_STAFF: lambda: self.signin.name(text),
            StationAction.SUBMIT_PIN: lambda: self.signin.submit_pin(text),
            StationAction.SIGN_OUT: lambda: self.sign_out("button"),
            StationAction.MAINTENANCE: self._maintenance,
        }
        handler = handlers.get(name)
        if handler is not None:
            handler()
        elif not self.signin.signed_in:
            self._show_sign_in()
        elif self.checkout is not None:
            self._checkout_action(self.checkout, name, text)
        elif self.stocking is not None:
            self.stocking.action(name, text)

    def _checkout_action(self, desk: CheckoutDesk, name: str, text: str) -> None:
        if name == StationAction.SUBMIT:
            desk.submit(text)
        elif name == StationAction.HAND_OVER:
            desk.hand_over()
        elif name == StationAction.NOT_HANDED_OVER:
            desk.not_handed_over()
        elif name == StationAction.REASON:
            desk.reason(text)
        elif name == StationAction.BACK:
            desk.back()

    def touch(self) -> None:
        self.signin.touch()

    def tick(self) -> None:
        """Once a second: sign out after ``idle_s`` without a touch."""
        if self.signin.idle():
            self.sign_out("idle")

    def sign_out(self, reason: str) -> None:
        self.signin.sign_out(reason)
        if self.stocking is not None:
            self.stocking.reset()
        self._show_sign_in()
