"""The staff stations' screens (checkout desk, stocking station): dumb views of the views in
kiosk.stations.views; every intent is ``action_requested(name, text)`` (kiosk.stations.names)."""

from ui.screens.stations.checkout import CheckoutParcelsScreen, CheckoutScanScreen
from ui.screens.stations.rounds import CollectionScreen, ReturnsScreen
from ui.screens.stations.sign_in import SignInScreen
from ui.screens.stations.stocking import LabelsScreen, ShelveScreen, StockingMenuScreen

STATION_SCREEN_TYPES = (
    SignInScreen,
    CheckoutScanScreen,
    CheckoutParcelsScreen,
    StockingMenuScreen,
    ShelveScreen,
    LabelsScreen,
    ReturnsScreen,
    CollectionScreen,
)

__all__ = ["STATION_SCREEN_TYPES"]
