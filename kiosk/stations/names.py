"""The actions a staff station's screens ask for (``Controller.station_action(name, text)``);
the screens and the station driver share these names."""

from __future__ import annotations

import enum


class StationAction(enum.StrEnum):
    NAME_STAFF = "name_staff"  # text: the staff id typed
    SUBMIT_PIN = "submit_pin"  # text: the PIN
    SIGN_OUT = "sign_out"
    MAINTENANCE = "maintenance"  # the station's home: maintenance for the signed-in staff member
    SUBMIT = "submit"  # text: a code typed (ticket, parcel, box)
    BACK = "back"
    # checkout
    HAND_OVER = "hand_over"
    NOT_HANDED_OVER = "not_handed_over"
    REASON = "reason"  # text: no_id | id_mismatch | refused_cod | damaged | other
    # stocking
    OPEN = "open"  # text: shelve | move | labels | returns | collection
    PLACE = "place"  # text: "row compartment" typed
    PRINT_LABELS = "print_labels"  # text: "row_from row_to compartment_from compartment_to"
    PRINT_SLIP = "print_slip"
    REFRESH = "refresh"
