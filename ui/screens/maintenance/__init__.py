"""The staff screens: the PIN pad (``pin``) and the dashboard (``screen``), whose pages each have
a module of their own."""

from ui.screens.maintenance.pin import MaintenancePinScreen
from ui.screens.maintenance.screen import MaintenanceScreen

__all__ = ["MaintenancePinScreen", "MaintenanceScreen"]
