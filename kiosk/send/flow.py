"""Sending a prepaid box: scan → check the box → confirm with Send → outbox → receipt → done.

A Qt-free state machine like :mod:`kiosk.receive.flow`: events return effects, the send driver
carries them out and feeds the outcomes back. The dispatch is written to the outbox (durable,
delivered in the background) before anything else happens, so once the customer has pressed Send
and walked away the dispatch cannot be lost; the receipt prints after that.

One idempotency key per box per session: scanning the same box again, or a second tap on Send,
reuses it, and the outbox refuses a second key for a box it already holds — no box is dispatched
twice.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from kiosk import views
from kiosk.identifiers import S10Problem, check_s10
from kiosk.models import Box


class Step(enum.Enum):
    SCANNING = "scanning"
    CHECKING = "checking"
    CONFIRMING = "confirming"
    QUEUING = "queuing"
    PRINTING = "printing"
    DONE = "done"


class BoxCheck(enum.Enum):
    """What the check of a scanned box found, besides an unused box."""

    UNKNOWN = "unknown"  # never sold (404 box_unknown)
    ALREADY_DISPATCHED = "already_dispatched"  # registered already, here or elsewhere
    UNAVAILABLE = "unavailable"  # the central system cannot be reached


@dataclass(frozen=True)
class CheckBox:
    barcode: str


@dataclass(frozen=True)
class QueueDispatch:
    barcode: str
    accepted_at: dt.datetime
    idempotency_key: str
    offline: bool


@dataclass(frozen=True)
class PrintReceipt:
    barcode: str
    accepted_at: dt.datetime
    idempotency_key: str  # also the print job id and, shortened, the receipt's dispatch reference
    offline: bool


Effect = CheckBox | QueueDispatch | PrintReceipt


class SendFlow:
    """One customer's send session. Events that do not fit the current step are ignored."""

    def __init__(self, *, offline_accept: bool = False) -> None:
        self.offline_accept = offline_accept
        self.step = Step.SCANNING
        self.text = ""
        self.problem: S10Problem | None = None
        self.refusal: BoxCheck | None = None
        self.barcode = ""
        self.box: Box | None = None
        self.offline = False
        self.printed = False
        self.accepted_at: dt.datetime | None = None
        self._keys: dict[str, str] = {}

    # ---- events ------------------------------------------------------------------------------

    def submit(self, text: str) -> list[Effect]:
        """A scanner read a code, or the customer typed it and pressed Check."""
        if self.step not in (Step.SCANNING, Step.CONFIRMING):
            return []
        self.text = text
        self.refusal = None
        check = check_s10(text)
        self.problem = check.problem
        if not check.ok:
            self.step = Step.SCANNING
            return []
        self.barcode = check.value
        self.box = None
        self.offline = False
        self.step = Step.CHECKING
        return [CheckBox(check.value)]

    def checked(self, box: Box) -> list[Effect]:
        if self.step is not Step.CHECKING:
            return []
        if box.status != "unused":
            return self.check_failed(BoxCheck.ALREADY_DISPATCHED)
        self.box = box
        self.step = Step.CONFIRMING
        return []

    def check_failed(self, failure: BoxCheck, *, may_accept: bool = True) -> list[Effect]:
        """``may_accept`` False: the central system answered but refused this terminal (a bad
        token, a terminal it does not know), so a box accepted offline would only be refused at
        delivery too; it is not accepted whatever ``offline_accept`` says."""
        if self.step is not Step.CHECKING:
            return []
        if failure is BoxCheck.UNAVAILABLE and self.offline_accept and may_accept:
            self.offline = True  # the check digit is valid: accept, register later
            self.step = Step.CONFIRMING
            return []
        self.refusal = failure
        self.step = Step.SCANNING
        return []

    def confirm(self, now: dt.datetime) -> list[Effect]:
        """The customer pressed the big Send: the moment the dispatch is accepted."""
        if self.step is not Step.CONFIRMING:
            return []
        self.accepted_at = now
        self.refusal = None
        self.step = Step.QUEUING
        key = self._keys.setdefault(self.barcode, str(uuid.uuid4()))
        return [QueueDispatch(self.barcode, now, key, self.offline)]

    def queued(self, accepted_at: dt.datetime | None = None) -> list[Effect]:
        """The outbox holds the dispatch (``accepted_at``: the one it holds, if written before)."""
        if self.step is not Step.QUEUING or self.accepted_at is None:
            return []
        self.accepted_at = accepted_at or self.accepted_at
        self.step = Step.PRINTING
        key = self._keys[self.barcode]
        return [PrintReceipt(self.barcode, self.accepted_at, key, self.offline)]

    def queue_failed(self, already_queued: bool) -> list[Effect]:
        """The outbox refused (the box is already handed in) or could not write (disk)."""
        if self.step is not Step.QUEUING:
            return []
        if already_queued:
            self.refusal = BoxCheck.ALREADY_DISPATCHED
            self.step = Step.SCANNING
        else:
            self.step = Step.CONFIRMING  # nothing written: the customer may press Send again
            self.refusal = BoxCheck.UNAVAILABLE
        return []

    def print_finished(self, ok: bool) -> list[Effect]:
        if self.step is not Step.PRINTING:
            return []
        self.printed = ok
        self.step = Step.DONE
        return []

    def back(self) -> bool:
        """From the confirmation back to scanning; False when there is nothing to go back to."""
        if self.step is not Step.CONFIRMING:
            return False
        self.step = Step.SCANNING
        self.refusal = None
        self.problem = None
        return True

    # ---- what to show --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.step in (Step.CHECKING, Step.QUEUING, Step.PRINTING)

    @property
    def idempotency_key(self) -> str:
        return self._keys.get(self.barcode, "")

    def view(self) -> tuple[str, views.View]:
        step = self.step
        if step in (Step.SCANNING, Step.CHECKING):
            return views.SEND_SCAN, views.SendScanView(
                text=self.text,
                problem=self.problem,
                refusal=None if self.refusal is None else self.refusal.value,
                busy=step is Step.CHECKING,
            )
        if step is Step.DONE:
            return views.SEND_DONE, views.SendDoneView(
                barcode=self.barcode, printed=self.printed, offline=self.offline
            )
        return views.SEND_CONFIRM, views.SendConfirmView(
            barcode=self.barcode,
            size=self.box.size if self.box is not None else "",
            offline=self.offline,
            busy=self.busy,
            printing=step is Step.PRINTING,
            failed=self.refusal is BoxCheck.UNAVAILABLE,
        )
