"""Maintenance settings from the configuration file (the composition root calls this)."""

from __future__ import annotations

from kiosk.config import KioskConfig
from kiosk.maintenance.service import MaintenanceSettings
from kiosk.maintenance.staff import StaffMember


def settings_from_config(config: KioskConfig) -> MaintenanceSettings:
    m, fleet = config.maintenance, config.fleet
    required = [
        name for name, on in (("api", fleet.require_api), ("scanner", fleet.require_scanner)) if on
    ]
    if config.printer.required:
        required.append("printer")
    return MaintenanceSettings(
        staff=tuple(StaffMember(entry.id, entry.pin_hash) for entry in m.staff),
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
