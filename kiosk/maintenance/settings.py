"""Maintenance's settings, and how they are read from the configuration file (the composition
root calls :func:`settings_from_config`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.maintenance.staff import StaffMember

if TYPE_CHECKING:
    from kiosk.config import KioskConfig


@dataclass(frozen=True)
class MaintenanceSettings:
    staff: tuple[StaffMember, ...] = ()
    badge_prefix: str = ""
    corner_taps: int = 5
    corner_window_s: float = 3.0
    max_wrong_pins: int = 5
    lockout_s: float = 300.0
    idle_close_s: float = 120.0
    reprint_window_s: float = 600.0
    heartbeat_interval_s: float = 30.0
    outbox_alert_age_s: float = 600.0
    required: tuple[str, ...] = ()
    down_after_s: float = 0.0
    app_version: str = __version__


def settings_from_config(config: KioskConfig) -> MaintenanceSettings:
    m, fleet = config.maintenance, config.fleet
    required = [
        name for name, on in (("api", fleet.require_api), ("scanner", fleet.require_scanner)) if on
    ]
    if config.printer.required:
        required.append("printer")
    return MaintenanceSettings(
        staff=tuple(StaffMember(entry.id, entry.pin_hash, entry.maintenance) for entry in m.staff),
        badge_prefix=m.badge_prefix,
        corner_taps=m.corner_taps,
        corner_window_s=m.corner_window_s,
        max_wrong_pins=m.max_wrong_pins,
        lockout_s=m.lockout_s,
        idle_close_s=m.idle_close_s,
        reprint_window_s=m.reprint_window_s,
        heartbeat_interval_s=fleet.heartbeat_interval_s,
        outbox_alert_age_s=fleet.outbox_alert_age_s,
        required=tuple(required),
        down_after_s=fleet.down_after_s,
    )
