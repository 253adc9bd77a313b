"""The parcel-supermarket kiosk: the application core (Qt-free but for app, controller and qa)."""

__version__ = "0.1.0"
