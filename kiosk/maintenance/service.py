"""Maintenance mode and the fleet heartbeat as the controller sees them, Qt-free: the controller
forwards intents and a one-second tick; this facade hands them to the part whose job they are
(the staff session and its PIN gate, the dashboard's actions, the self-test, the heartbeat).
Blocking work goes to the task runner's lanes; results come back on the GUI thread (the runner's
``deliver``), where all of this state lives.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from kiosk import views
from kiosk.accessibility.help_requests import HelpRequest, HelpRequests, Place
from kiosk.availability import AvailabilityTracker
from kiosk.formatting import format_time
from kiosk.log import LogArea
from kiosk.maintenance.dashboard import Dashboard
from kiosk.maintenance.heartbeat import TerminalSnapshot
from kiosk.maintenance.heartbeat_sender import Alerts, HeartbeatSender
from kiosk.maintenance.names import Panel, TerminalState
from kiosk.maintenance.ports import Host, MaintenancePorts, Runner
from kiosk.maintenance.printing import ServicePrints
from kiosk.maintenance.selftest_runner import SelfTestRunner
from kiosk.maintenance.session import StaffSession
from kiosk.maintenance.settings import MaintenanceSettings
from kiosk.maintenance.status import DashboardStatus
from kiosk.ports.printer import Printer

__all__ = ["Host", "MaintenancePorts", "MaintenanceService", "MaintenanceSettings"]


log = logging.getLogger(LogArea.MAINTENANCE.logger_name)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).astimezone()


class MaintenanceService:
    def __init__(
        self,
        *,
        settings: MaintenanceSettings,
        ports: MaintenancePorts,
        runner: Runner,
        host: Host,
        availability: AvailabilityTracker,
        printer: Printer,
        terminal_id: str,
        lookup_alerts: Callable[[], Alerts] = list,
        drain_lookup_alerts: Callable[[], Alerts] = list,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.settings = settings
        self.ports = ports
        self.availability = availability
        self.audit = ports.audit
        self._runner = runner
        self._host = host
        self._monotonic = monotonic
        self._wall_clock = wall_clock
        self._started_at = monotonic()
        self._running = False
        self._next_heartbeat = 0.0
        self.help = HelpRequests(wall_clock)
        self.session = StaffSession(
            settings=settings,
            runner=runner,
            host=host,
            audit=ports.audit,
            monotonic=monotonic,
            wall_clock=wall_clock,
            opened=lambda: self.dashboard.opened(),
        )
        prints = ServicePrints(
            printer=printer,
            runner=runner,
            terminal_id=terminal_id,
            version=settings.app_version,
            wall_clock=wall_clock,
            after=self.rerender,
        )
        self.self_test = SelfTestRunner(
            printer=printer,
            prints=prints,
            runner=runner,
            health=ports.health,
            data_dir=ports.data_dir,
            session=self.session,
            wall_clock=wall_clock,
            rerender=self.rerender,
        )
        self.dashboard = Dashboard(
            settings=settings,
            ports=ports,
            runner=runner,
            show=host.show,
            current_screen=host.current_screen,
            availability=availability,
            check_availability=self.check_availability,
            session=self.session,
            prints=prints,
            self_test=self.self_test,
            terminal_id=terminal_id,
            uptime_s=self._uptime_s,
            help_requests=self.help,
        )
        self.heartbeat = HeartbeatSender(
            send=ports.heartbeat,
            run_io=runner.run_io,
            availability=availability,
            snapshot=self._snapshot,
            outbox_stats=ports.outbox_stats,
            outbox_alert_age_s=settings.outbox_alert_age_s,
            lookup_alerts=lookup_alerts,
            drain_lookup_alerts=drain_lookup_alerts,
            on_answer=self._heartbeat_answered,
        )
        self._seen = availability.current()

    # ---- customers asking for help ----------------------------------------------------------

    def help_requested(self, places: tuple[Place, ...]) -> HelpRequest:
        """A customer cannot reach their parcel: the dashboard lists it, a heartbeat goes now."""
        request = self.help.open(places)
        log.info("help requested: %s", request.alert())
        if self._running:
            self.send_heartbeat()
        self.rerender()
        return request

    # ---- life ------------------------------------------------------------------------------

    def start(self) -> None:
        """After the first paint: load the audit of earlier runs; heartbeats begin."""
        self._running = True
        self._runner.run_io(self.audit.load, lambda _outcome: self.rerender())

    @property
    def staff_id(self) -> str | None:
        """The staff member in maintenance (None: nobody)."""
        return self.session.staff_id

    @property
    def active(self) -> bool:
        """A staff member is in maintenance, or the PIN pad is open."""
        return self.session.active

    @property
    def heartbeat_in_flight(self) -> bool:
        return self.heartbeat.in_flight

    @property
    def heartbeats_done(self) -> int:
        return self.heartbeat.done

    @property
    def last_heartbeat(self) -> dict[str, Any] | None:
        """The body the server last accepted."""
        return self.heartbeat.last_body

    def tick(self) -> None:
        """Every second, from the controller's timer."""
        self.session.close_if_idle()
        if self._running and self._monotonic() >= self._next_heartbeat:
            self.send_heartbeat()
        if "scanner" in self.availability.required:
            working = [kind for kind, state in self.ports.scanners() if state == "ok"]
            self.availability.report("scanner", bool(working), "" if working else "no scanner")
        blocking = self.ports.storage_blocking()
        self.availability.report("storage", blocking is None, blocking or "")
        self.check_availability()

    def touch(self) -> None:
        self.session.touch()

    def check_availability(self) -> None:
        current = self.availability.current()
        if current != self._seen:
            self._seen = current
            self._host.availability_changed()

    def _uptime_s(self) -> float:
        return self._monotonic() - self._started_at

    # ---- the session -------------------------------------------------------------------------

    def corner_tapped(self) -> None:
        self.session.corner_tapped()

    def scanned(self, code: str, source: str) -> bool:
        """True when the scan was for maintenance (a staff badge, or any scan while in it)."""
        self.dashboard.last_scan = f"{code} ({source}, {format_time(self._wall_clock())})"
        if self.session.staff_id is None:
            return self.session.badge_scanned(code)
        self.session.touch()
        panel = self.dashboard.panel
        if panel is Panel.SELFTEST:
            self.self_test.scanned(code, source)
        if panel in (Panel.DASHBOARD, Panel.SCANNER, Panel.SELFTEST):  # each shows the scan
            self.rerender()
        return True

    def open_pin(self, staff_id: str | None) -> None:
        self.session.open_pin(staff_id)

    def submit_pin(self, pin: str) -> None:
        self.session.submit_pin(pin)

    def open_signed_in(self, staff_id: str) -> bool:
        """From a staff station: the dashboard for its signed-in staff member (False: they have
        no maintenance right)."""
        return self.session.open_signed_in(staff_id)

    def close(self, reason: str = "") -> None:
        """Leave maintenance (or the PIN pad) for the home or out-of-service screen."""
        self.session.close(reason)

    # ---- the dashboard -----------------------------------------------------------------------

    def action(self, name: str, text: str = "") -> None:
        """A dashboard intent (kiosk.maintenance.names.Action); ``text``: what goes with it."""
        if self.session.staff_id is None:
            return
        self.session.touch()
        if self.dashboard.act(name, text) and self.session.staff_id is not None:
            self.rerender()

    def refresh(self) -> None:
        """Measure the API and the disk again, then show the dashboard."""
        self.dashboard.refresh()

    def status(self) -> DashboardStatus:
        return self.dashboard.status()

    def rerender(self) -> None:
        """Something the dashboard shows changed (the printer's state, a result)."""
        self.dashboard.render()

    # ---- the heartbeat -----------------------------------------------------------------------

    def terminal_state(self) -> TerminalState:
        screen = self._host.current_screen()
        if self.session.staff_id is not None or screen in (
            views.MAINTENANCE_PIN,
            views.MAINTENANCE,
        ):
            return TerminalState.MAINTENANCE
        if not self.availability.current().in_service:
            return TerminalState.OUT_OF_SERVICE
        return TerminalState.READY if screen == views.HOME else TerminalState.BUSY

    def send_heartbeat(self) -> None:
        self._next_heartbeat = self._monotonic() + self.settings.heartbeat_interval_s
        self.heartbeat.send()

    def _snapshot(self) -> TerminalSnapshot:
        """What the heartbeat reports, read now (the outbox is read on the io lane)."""
        return TerminalSnapshot(
            app_version=self.settings.app_version,
            state=self.terminal_state(),
            printer=self.ports.printer_status(),
            scanners=tuple(self.ports.scanners()),
            outbox_depth=0,
            outbox_oldest_s=None,
            uptime_s=self._uptime_s(),
            storage_alerts=tuple(self.ports.storage_alerts()),
            help_alerts=tuple(self.help.alerts()),
        )

    def _heartbeat_answered(self) -> None:
        self.check_availability()
        self.rerender()
