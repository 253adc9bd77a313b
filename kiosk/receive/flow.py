"""Receiving by tracking number: enter → look up → print → record, as a Qt-free state machine.

Each event method returns the effects the receive driver carries out (an API call, a print job);
the driver feeds their outcomes back. The ticket is recorded on the server only after the
printer reported success, so the central count of issued tickets never includes a ticket that did
not print.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass

from kiosk import views
from kiosk.identifiers import S10Problem, check_s10
from kiosk.models import Parcel


class Step(enum.Enum):
    ENTERING = "entering"
    LOOKING_UP = "looking_up"
    PRINTING = "printing"
    PRINTED = "printed"
    PRINT_FAILED = "print_failed"
    NOT_FOUND = "not_found"
    NOT_ARRIVED = "not_arrived"
    DELIVERED = "delivered"
    RETURNED = "returned"
    UNAVAILABLE = "unavailable"
    DONE = "done"


class LookupFailure(enum.Enum):
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class LookupParcel:
    tracking_number: str


@dataclass(frozen=True)
class PrintTicket:
    """Print the ticket and, once it printed, record it on the server: the record is written
    durably by the print job itself (see kiosk.receive.driver), so no ticket goes unrecorded and
    none is recorded that did not print."""

    parcels: tuple[Parcel, ...]
    job_id: str  # also the Idempotency-Key of the ticket record


Effect = LookupParcel | PrintTicket

# What a scanned tracking number can hold: letters (Latin, or Cyrillic look-alikes from a
# keyboard layout), digits, and the spaces, dashes and dots of its printed grouping.
_TRACKING_CHARACTERS = re.compile(r"[0-9A-Za-zА-Яа-яЁё .\-]+")

_STATUS_STEPS = {
    "in_transit": Step.NOT_ARRIVED,
    "delivered": Step.DELIVERED,
    "returned_to_sender": Step.RETURNED,
}


class ReceiveFlow:
    """One customer's receive session. Events that do not fit the current step are ignored."""

    def __init__(self) -> None:
        self.step = Step.ENTERING
        self.ticket_printed = False
        self.text = ""
        self.problem: S10Problem | None = None
        self.tracking_number = ""
        self.parcel: Parcel | None = None
        self._job_id = ""

    def submit(self, text: str, *, scanned: bool = False) -> list[Effect]:
        """The customer pressed Submit, or (``scanned``) a scanner finished a code. A scanned
        code with characters no tracking number has (a link's ``:`` and ``/``, say) is not put in
        the field to be read as a mistyped number: the customer is told it is no tracking
        number."""
        if self.step not in (Step.ENTERING, Step.UNAVAILABLE, Step.NOT_FOUND):
            return []
        if scanned and not _TRACKING_CHARACTERS.fullmatch(text.strip()):
            self.text = ""
            self.problem = S10Problem.NOT_A_TRACKING_CODE
            self.step = Step.ENTERING
            return []
        self.text = text
        check = check_s10(text)
        self.problem = check.problem
        if not check.ok:
            self.step = Step.ENTERING
            return []
        self.tracking_number = check.value
        self.step = Step.LOOKING_UP
        return [LookupParcel(check.value)]

    def retry(self) -> list[Effect]:
        if self.step is not Step.UNAVAILABLE:
            return []
        self.step = Step.LOOKING_UP
        return [LookupParcel(self.tracking_number)]

    def edit(self) -> None:
        """Back to the entry screen keeping what was typed (from not-found, unavailable)."""
        if self.step in (Step.NOT_FOUND, Step.UNAVAILABLE, Step.ENTERING):
            self.step = Step.ENTERING
            self.problem = None

    def lookup_succeeded(self, parcel: Parcel) -> list[Effect]:
        if self.step is not Step.LOOKING_UP:
            return []
        self.parcel = parcel
        if parcel.awaiting_pickup:
            self.step = Step.PRINTING
            self._job_id = str(uuid.uuid4())
            return [PrintTicket((parcel,), self._job_id)]
        self.step = _STATUS_STEPS.get(parcel.status, Step.NOT_FOUND)
        return []

    def lookup_failed(self, failure: LookupFailure) -> list[Effect]:
        if self.step is not Step.LOOKING_UP:
            return []
        self.step = Step.NOT_FOUND if failure is LookupFailure.NOT_FOUND else Step.UNAVAILABLE
        return []

    def print_finished(self, ok: bool) -> None:
        if self.step is Step.PRINTING and self.parcel is not None:
            self.step = Step.PRINTED if ok else Step.PRINT_FAILED

    def finish(self) -> None:
        if self.step in (Step.PRINTED, Step.PRINT_FAILED):
            self.ticket_printed = self.step is Step.PRINTED
            self.step = Step.DONE

    @property
    def busy(self) -> bool:
        return self.step in (Step.LOOKING_UP, Step.PRINTING)

    def view(self) -> tuple[str, views.View]:
        """The screen this step shows, with its data."""
        step = self.step
        if step in (Step.ENTERING, Step.LOOKING_UP, Step.PRINTING):
            return views.RECEIVE_TRACKING, views.TrackingEntryView(
                text=self.text,
                problem=self.problem,
                busy=self.busy,
                printing=step is Step.PRINTING,
            )
        if step in (Step.PRINTED, Step.PRINT_FAILED) and self.parcel is not None:
            return views.RECEIVE_RESULT, views.ResultView(
                parcel=self.parcel, printed=step is Step.PRINTED
            )
        if step is Step.UNAVAILABLE:
            return views.ERROR, views.ErrorView(can_retry=True)
        if step is Step.DONE:
            return views.RECEIVE_DONE, views.DoneView(printed=self.ticket_printed)
        screen = {
            Step.NOT_FOUND: views.RECEIVE_NOT_FOUND,
            Step.NOT_ARRIVED: views.RECEIVE_NOT_ARRIVED,
            Step.DELIVERED: views.RECEIVE_DELIVERED,
            Step.RETURNED: views.RECEIVE_RETURNED,
        }[step]
        return screen, views.ParcelStatusView(self.tracking_number, self.parcel)
