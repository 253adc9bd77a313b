"""The kinds of item as the customer screens name them: one translation for every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.models import Parcel

CONTEXT = "ParcelKinds"


def kind_name(parcel: Parcel) -> str:
    if parcel.kind == "small_package":
        return QCoreApplication.translate("ParcelKinds", "Small package")
    if parcel.kind == "parcel_locker_item":
        return QCoreApplication.translate("ParcelKinds", "Parcel locker item")
    return QCoreApplication.translate("ParcelKinds", "Parcel")
