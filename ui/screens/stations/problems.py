"""What a station tells staff about a refusal or a failure, by the problem code (the server's, or
the station's own: kiosk.stations.views)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def problem_text(problem: str | None, _detail: str = "") -> str:
    """One sentence for staff, in their language (the server's English detail goes to the log)."""
    if not problem:
        return ""
    texts = {
        "unavailable": QCoreApplication.translate(
            "StationProblem", "Not saved: the central system cannot be reached. Try again."
        ),
        "unreachable": QCoreApplication.translate(
            "StationProblem",
            "The central system cannot be reached, and this needs it. Try again in a moment.",
        ),
        "not_found": QCoreApplication.translate(
            "StationProblem", "Not found. Check the code and scan again."
        ),
        "ticket_not_found": QCoreApplication.translate(
            "StationProblem",
            "This ticket is not known yet (it may still be on its way from the terminal). "
            "Scan the parcel instead.",
        ),
        "not_on_manifest": QCoreApplication.translate(
            "StationProblem", "This parcel is on no manifest. Put it aside for the supervisor."
        ),
        "already_shelved": QCoreApplication.translate(
            "StationProblem", "This parcel is already on a shelf."
        ),
        "already_collected": QCoreApplication.translate(
            "StationProblem", "This parcel has already been collected."
        ),
        "returned": QCoreApplication.translate(
            "StationProblem", "This parcel has been returned to the sender."
        ),
        "not_shelved": QCoreApplication.translate(
            "StationProblem", "This parcel is not on a shelf: shelve it first."
        ),
        "not_due": QCoreApplication.translate(
            "StationProblem", "This parcel's last day has not passed: put it back on its shelf."
        ),
        "dispatch_not_registered": QCoreApplication.translate(
            "StationProblem", "Not registered yet: keep this box back for the next collection."
        ),
        "wrong_role": QCoreApplication.translate(
            "StationProblem", "This station is not allowed to do that: check its role."
        ),
        "invalid_identifier": QCoreApplication.translate(
            "StationProblem", "This is not a valid code."
        ),
        "invalid_request": QCoreApplication.translate(
            "StationProblem", "Row or compartment not accepted."
        ),
        "not_a_parcel": QCoreApplication.translate(
            "StationProblem", "Scan the parcel's barcode first."
        ),
        "not_a_place": QCoreApplication.translate(
            "StationProblem", "Scan the compartment's shelf label, or type row and compartment."
        ),
        "not_a_box": QCoreApplication.translate("StationProblem", "This is not a box barcode."),
        "already_scanned": QCoreApplication.translate(
            "StationProblem", "This box is already on the list."
        ),
        "bad_range": QCoreApplication.translate(
            "StationProblem", "Type the first and last row and the first and last compartment."
        ),
        "too_many": QCoreApplication.translate(
            "StationProblem", "Too many labels at once: print a smaller range."
        ),
        "print": QCoreApplication.translate(
            "StationProblem", "Not printed: check the printer and try again."
        ),
        "no_maintenance_right": QCoreApplication.translate(
            "StationProblem", "You have no maintenance right. Ask a supervisor."
        ),
        "implausible_time": QCoreApplication.translate(
            "StationProblem", "This station's clock is wrong: ask a supervisor to check it."
        ),
        "rate_limited": QCoreApplication.translate(
            "StationProblem", "Too many attempts: wait a minute and try again."
        ),
    }
    return texts.get(problem) or QCoreApplication.translate(
        "StationProblem", "Refused by the central system."
    )


def saved_offline_text() -> str:
    """A write the central system did not answer, kept by the station's outbox (not an error)."""
    return QCoreApplication.translate(
        "StationProblem",
        "Saved on this station: it will be sent when the connection returns. Carry on.",
    )
