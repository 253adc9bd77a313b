"""The way into maintenance and who is in it: the hidden-corner gesture and staff badges open the
PIN pad, the PIN is checked on the io lane (hashing is slow), wrong PINs lock the pad for a while,
and a session without a touch closes itself. At a staff station, the staff member signed in there
opens it from the station's home screen (``open_signed_in``: their PIN was checked at the sign-in).
Either way only a staff member with the maintenance right gets in (``StaffGate.may_maintain``).
Every staff action is audited from here, with the staff id and the time. GUI-thread state."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from kiosk import views
from kiosk.log import LogArea
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.names import AuditAction, AuditDetail
from kiosk.maintenance.ports import Host, Runner, ignore_outcome
from kiosk.maintenance.settings import MaintenanceSettings
from kiosk.maintenance.staff import StaffGate, TapCounter, check_pin
from kiosk.tasks import Outcome

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

ENTRY_SCREENS = (views.HOME, views.OUT_OF_SERVICE)  # where the gesture and a badge open the pad


class StaffSession:
    def __init__(
        self,
        *,
        settings: MaintenanceSettings,
        runner: Runner,
        host: Host,
        audit: AuditLog,
        monotonic: Callable[[], float],
        wall_clock: Callable[[], dt.datetime],
        opened: Callable[[], None],
    ) -> None:
        """``opened``: a staff member's PIN was right (the dashboard shows itself)."""
        self._settings = settings
        self._runner = runner
        self._host = host
        self._audit = audit
        self._monotonic = monotonic
        self._wall_clock = wall_clock
        self._opened = opened
        self.gate = StaffGate(
            settings.staff,
            badge_prefix=settings.badge_prefix,
            max_wrong=settings.max_wrong_pins,
            lockout_s=settings.lockout_s,
            clock=monotonic,
        )
        self.corner = TapCounter(
            taps=settings.corner_taps, window_s=settings.corner_window_s, clock=monotonic
        )
        self.staff_id: str | None = None
        self._pin_for: str | None = None  # the staff member a badge named
        self._pin_busy = False
        self._pin_wrong = False
        self._pin_refused = False  # the PIN was right, but its staff member has no right
        self._last_touch = monotonic()

    @property
    def active(self) -> bool:
        """A staff member is in maintenance, or the PIN pad is open."""
        return self.staff_id is not None or self._host.current_screen() == views.MAINTENANCE_PIN

    def touch(self) -> None:
        self._last_touch = self._monotonic()

    def close_if_idle(self) -> None:
        idle = self._monotonic() - self._last_touch > self._settings.idle_close_s
        if self.active and idle:
            log.info("maintenance closed after %.0f s without a touch", self._settings.idle_close_s)
            self.close(AuditDetail.IDLE)

    def corner_tapped(self) -> None:
        if self._host.current_screen() in ENTRY_SCREENS and self.corner.tap():
            self.open_pin(None)

    def badge_scanned(self, code: str) -> bool:
        """Outside maintenance: True when the scan was for it (a staff badge, or any scan while
        the PIN pad is open); a badge opens its staff member's PIN pad."""
        staff_id = self.gate.badge_staff_id(code)
        if staff_id is None:
            return self.active
        if self._host.current_screen() in (*ENTRY_SCREENS, views.MAINTENANCE_PIN):
            self.open_pin(staff_id)
        return True  # a badge is never a tracking number

    def open_pin(self, staff_id: str | None) -> None:
        if self.staff_id is not None:
            return
        log.info("maintenance PIN pad opened (%s)", "badge" if staff_id else "gesture")
        self._pin_for, self._pin_wrong, self._pin_busy = staff_id, False, False
        self._pin_refused = False
        self.touch()
        self._show_pin()

    def submit_pin(self, pin: str) -> None:
        if self._host.current_screen() != views.MAINTENANCE_PIN or self._pin_busy:
            return
        self.touch()
        if self.gate.locked:
            self._show_pin()
            return
        staff, staff_id = self.gate.staff, self._pin_for
        self._pin_busy = True
        self._show_pin()
        self._runner.run_io(lambda: check_pin(staff, pin, staff_id), self._pin_checked)

    def _pin_checked(self, outcome: Outcome[str | None]) -> None:
        self._pin_busy = False
        if self._host.current_screen() != views.MAINTENANCE_PIN:
            return  # the pad was closed meanwhile
        found = outcome.value if outcome.ok else None
        self.gate.record(found)
        self._pin_wrong, self._pin_refused = found is None, False
        if found is not None and not self._may_open(found):
            self._pin_refused = True
        if found is None or self._pin_refused:
            self._show_pin()
            return
        self.staff_id = found
        self.record(AuditAction.OPEN, AuditDetail.BADGE if self._pin_for else AuditDetail.GESTURE)
        self._opened()

    def open_signed_in(self, staff_id: str) -> bool:
        """A staff station's signed-in staff member asks for maintenance: the dashboard opens for
        them (True), unless they have no maintenance right (False: the station says so)."""
        if self.staff_id is not None:
            return self.staff_id == staff_id
        if not self._may_open(staff_id):
            return False
        self.staff_id, self._pin_for = staff_id, None
        self.touch()
        self.record(AuditAction.OPEN, AuditDetail.STATION)
        self._opened()
        return True

    def _may_open(self, staff_id: str) -> bool:
        if self.gate.may_maintain(staff_id):
            return True
        log.info("maintenance refused: staff %s has no maintenance right", staff_id)
        return False

    def _show_pin(self) -> None:
        locked_until = self._monotonic() + self.gate.remaining_s() if self.gate.locked else 0.0
        view = views.MaintenancePinView(
            staff_id=self._pin_for,
            wrong=self._pin_wrong,
            refused=self._pin_refused,
            attempts_left=self.gate.attempts_left,
            locked_until=locked_until,
            busy=self._pin_busy,
        )
        self._host.show(views.MAINTENANCE_PIN, view)

    def close(self, reason: str = "") -> None:
        """Leave maintenance (or the PIN pad) for the home or out-of-service screen."""
        if self.staff_id is not None:
            self.record(AuditAction.CLOSE, reason)
        self.staff_id, self._pin_for = None, None
        self._host.show_home()

    def record(self, action: AuditAction, detail: str = "", staff_id: str | None = None) -> None:
        """Audited with ``staff_id`` (who asked, for a result that comes back later), else the
        staff member in maintenance now. The file is written on the io lane."""
        who = staff_id or self.staff_id or "-"
        entry = self._audit.entry(who, action, detail, at=self._wall_clock())
        log.info("maintenance: %s %s %s", entry.staff_id, action, detail)
        audit = self._audit
        self._runner.run_io(lambda: audit.write(entry), ignore_outcome)
