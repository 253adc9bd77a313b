"""The drivers the controller forwards the screens' intents to, built here from their parts: the
receive and send drivers, maintenance (with the heartbeat), the availability of the terminal, and
the display they all show their screens on. Qt-free: the caller hands in ``deliver`` (how an
outcome gets back onto the GUI thread) and ``tr`` (how printed texts are translated); see
kiosk.controller for the Qt ones.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.availability import AvailabilityTracker
from kiosk.display import Display
from kiosk.log import LogArea
from kiosk.maintenance.service import (
    Host,
    MaintenancePorts,
    MaintenanceService,
    MaintenanceSettings,
)
from kiosk.outbox.dispatches import DispatchQueue
from kiosk.outbox.ticket_records import TicketRecordQueue
from kiosk.ports.central import CheckoutApi, ReceiveApi, SendApi, StockingApi
from kiosk.ports.printer import Printer
from kiosk.receive.driver import ReceiveDriver
from kiosk.receive.lookup_guard import LookupGuard
from kiosk.send.driver import SendDriver, SendOptions
from kiosk.tasks import Deliver, Outcome, TaskRunner
from kiosk.terminal import TerminalInfo

if TYPE_CHECKING:
    from kiosk.stations.station import StationDriver

log = logging.getLogger(LogArea.FLOW.logger_name)


class CentralForFlows(ReceiveApi, SendApi, Protocol):
    """The central system as the customer flows use it (kiosk.api.CentralApi is one)."""


class CentralForStations(CheckoutApi, StockingApi, Protocol):
    """The central system as the staff stations use it (kiosk.stations.client.StationApi)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Drivers:
    terminal: TerminalInfo
    display: Display
    runner: TaskRunner
    availability: AvailabilityTracker
    receive: ReceiveDriver
    send: SendDriver | None  # None: the send flow is not offered here
    maintenance: MaintenanceService
    monotonic: Callable[[], float]  # the clock of countdowns on screens (resend, cool-down)
    prepare_api: Callable[[], None] | None = None
    start_printer: Callable[[], None] | None = None
    station: StationDriver | None = None  # a staff station (terminal.role checkout, stocking)

    def warm_up(self) -> None:
        """Load what the start left for later (the HTTP stack, the printer) in the background,
        so it happens after the first paint and not in the first customer's wait."""
        if self.prepare_api is not None:
            self.runner.run_io(self.prepare_api, _warmed_up)
        if self.start_printer is not None:
            self.start_printer()  # the printer's own worker thread opens it and polls its status
        self.maintenance.start()  # the audit of earlier runs, then the heartbeats

    def end_sessions(self) -> None:
        """The customer is gone (home, idle): every flow forgets its session."""
        self.receive.end()
        if self.send is not None:
            self.send.end()


def _warmed_up(outcome: Outcome[Any]) -> None:
    if not outcome.ok:
        log.warning("the API client could not be prepared yet: %s", outcome.error)


def build_drivers(
    *,
    api: CentralForFlows,
    printer: Printer,
    terminal: TerminalInfo,
    tickets: TicketRecordQueue,
    deliver: Deliver,
    tr: Callable[[str], str],
    outbox: DispatchQueue | None = None,
    send_options: SendOptions | None = None,
    maintenance_settings: MaintenanceSettings | None = None,
    maintenance_ports: MaintenancePorts | None = None,
    lookup_guard: LookupGuard | None = None,
    clock: Callable[[], dt.datetime] = _now,
    monotonic: Callable[[], float] = time.monotonic,
    prepare_api: Callable[[], None] | None = None,
    start_printer: Callable[[], None] | None = None,
    role: str = "customer",
    station_api: CentralForStations | None = None,
) -> Drivers:
    """``outbox``: the send flow needs one; without it the send flow is not offered.
    ``prepare_api``, ``start_printer``: what `Drivers.warm_up` starts after the first paint."""
    settings = maintenance_settings or MaintenanceSettings()
    required = set(settings.required) | ({"printer"} if terminal.printer_required else set())
    required.add("storage")  # a record that cannot be kept: no new customers
    availability = AvailabilityTracker(
        required, down_after_s=settings.down_after_s, clock=monotonic
    )
    display = Display(availability, languages=terminal.languages, send_enabled=outbox is not None)
    runner = TaskRunner(deliver)
    guard = lookup_guard or LookupGuard(clock=monotonic)
    receive = ReceiveDriver(
        runner=runner,
        api=api,
        printer=printer,
        tickets=tickets,
        display=display,
        terminal=terminal,
        guard=guard,
        tr=tr,
        clock=clock,
        monotonic=monotonic,
    )
    send = None
    if outbox is not None:
        send = SendDriver(
            runner=runner,
            api=api,
            outbox=outbox,
            printer=printer,
            display=display,
            terminal=terminal,
            tr=tr,
            clock=clock,
            options=send_options or SendOptions(),
        )
    maintenance = MaintenanceService(
        settings=settings,
        ports=maintenance_ports or MaintenancePorts(),
        runner=runner,
        host=Host(
            show=display.show,
            show_home=display.show_home,
            current_screen=lambda: display.screen,
            availability_changed=display.availability_changed,
        ),
        availability=availability,
        printer=printer,
        terminal_id=terminal.terminal_id,
        lookup_alerts=guard.alerts,
        drain_lookup_alerts=guard.drain_alerts,
        monotonic=monotonic,
        wall_clock=lambda: clock().astimezone(),
    )
    station = None
    if role != "customer" and station_api is not None:
        station = _station(
            role, station_api, settings, runner, display, printer, terminal, tr, clock, monotonic
        )
        station.open_maintenance = maintenance.open_signed_in
        display.station_home = station.show_home
    return Drivers(
        station=station,
        terminal=terminal,
        display=display,
        runner=runner,
        availability=availability,
        receive=receive,
        send=send,
        maintenance=maintenance,
        monotonic=monotonic,
        prepare_api=prepare_api,
        start_printer=start_printer,
    )


def _station(
    role: str,
    api: CentralForStations,
    settings: MaintenanceSettings,
    runner: TaskRunner,
    display: Display,
    printer: Printer,
    terminal: TerminalInfo,
    tr: Callable[[str], str],
    clock: Callable[[], dt.datetime],
    monotonic: Callable[[], float],
) -> StationDriver:
    """The staff station of ``role``: its sign-in (maintenance's staff, badges and lockout) and
    its work (imported here: a customer terminal does not load the stations)."""
    from kiosk.stations.checkout import CheckoutDesk
    from kiosk.stations.signin import StaffSignIn
    from kiosk.stations.station import StationDriver
    from kiosk.stations.stocking import StockingStation

    signin = StaffSignIn(
        role=role,
        staff=settings.staff,
        badge_prefix=settings.badge_prefix,
        runner=runner,
        monotonic=monotonic,
        max_wrong=settings.max_wrong_pins,
        lockout_s=settings.lockout_s,
    )

    def staff_id() -> str:
        return signin.staff_id or ""

    if role == "checkout":
        desk = CheckoutDesk(runner=runner, api=api, display=display, staff_id=staff_id)
        return StationDriver(signin=signin, display=display, checkout=desk)
    stocking = StockingStation(
        runner=runner,
        api=api,
        printer=printer,
        display=display,
        terminal=terminal,
        staff_id=staff_id,
        tr=tr,
        clock=clock,
    )
    return StationDriver(signin=signin, display=display, stocking=stocking)
