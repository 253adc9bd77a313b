"""The checkout desk: scan the customer's ticket (its Code128: the ticket's reference) or a
parcel → what it covers, the recipient hint, the fees and cash on delivery → Handed over, or Not
handed over with a reason. Every handover goes through the outbox with its idempotency key
(kiosk.stations.writes): kept before it is sent, left to the delivery worker when the central
system does not answer, never recorded twice. The lookups are online only.

Qt-free: the station driver forwards the screens' intents and the scans here.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from functools import partial

from kiosk import views
from kiosk.display import Display
from kiosk.identifiers import check_s10
from kiosk.log import LogArea
from kiosk.ports.central import CheckoutApi
from kiosk.stations.models import NOT_HANDED_OVER_REASONS, CheckoutList, Handover
from kiosk.stations.views import CheckoutParcelsView, CheckoutScanView
from kiosk.stations.writes import Queued, StaffWriter, handover_body, problem_of
from kiosk.tasks import Outcome, Runner

log = logging.getLogger(LogArea.FLOW.logger_name)

TICKET_PREFIX = "TICKET:"  # tolerated in front of a ticket reference (a QR or an older label)


def ticket_ref(code: str) -> str:
    """A scanned or typed ticket reference, as the server looks it up."""
    text = code.strip().upper()
    return text.removeprefix(TICKET_PREFIX).strip()


class CheckoutDesk:
    def __init__(
        self,
        *,
        runner: Runner,
        api: CheckoutApi,
        display: Display,
        staff_id: Callable[[], str],
        writer: StaffWriter,
    ) -> None:
        self._runner = runner
        self._api = api
        self._display = display
        self._staff_id = staff_id
        self._writer = writer
        self.scan_view = CheckoutScanView(staff_id="")
        self.parcels_view: CheckoutParcelsView | None = None
        self._request = 0  # the scan whose answer is awaited (older answers are dropped)

    def start(self, problem: str | None = None) -> None:
        """The scan screen, empty: the next customer (``problem``: what the desk has to say)."""
        self.parcels_view = None
        self.scan_view = CheckoutScanView(staff_id=self._staff_id(), problem=problem)
        self._show()

    # ---- the scan ----------------------------------------------------------------------------

    def submit(self, code: str) -> None:
        """A ticket or a parcel, scanned or typed (on either screen: a new customer)."""
        text = code.strip().upper()
        if not text or self._busy():
            return
        self.parcels_view = None
        self._request += 1
        request = self._request
        self.scan_view = CheckoutScanView(staff_id=self._staff_id(), text=text, busy=True)
        self._show()
        if check_s10(text).ok:
            call = partial(self._api.checkout_parcel, text)
        else:
            call = partial(self._api.checkout_ticket, ticket_ref(text))
        self._runner.run_io(call, partial(self._looked_up, request, text))

    def _looked_up(self, request: int, text: str, outcome: Outcome[CheckoutList]) -> None:
        if request != self._request:
            return
        listing = outcome.value
        if outcome.ok and listing is not None:
            log.info("checkout: %d item(s) found", len(listing.parcels))
            self.scan_view = CheckoutScanView(staff_id=self._staff_id())
            self.parcels_view = CheckoutParcelsView(staff_id=self._staff_id(), listing=listing)
        else:
            problem, _detail = problem_of(outcome.error, "checkout lookup", read=True)
            self.scan_view = CheckoutScanView(staff_id=self._staff_id(), text=text, problem=problem)
        self._show()

    # ---- the handover ------------------------------------------------------------------------

    def hand_over(self) -> None:
        self._write("handed_over", None)

    def not_handed_over(self) -> None:
        """Ask for the reason (the parcels stay on the counter)."""
        view = self.parcels_view
        if view is not None and not view.busy:
            self.parcels_view = dataclasses.replace(view, choosing_reason=True, problem=None)
            self._show()

    def reason(self, reason: str) -> None:
        if reason in NOT_HANDED_OVER_REASONS:
            self._write("not_handed_over", reason)

    def back(self) -> None:
        """From the reasons back to the parcels; from the parcels, the scan screen."""
        view = self.parcels_view
        if view is not None and view.choosing_reason and not view.busy:
            self.parcels_view = dataclasses.replace(view, choosing_reason=False)
            self._show()
        elif view is None or not view.busy:
            self.start()

    def _write(self, outcome: str, reason: str | None) -> None:
        view = self.parcels_view
        if view is None or view.busy:
            return
        numbers = tuple(p.tracking_number for p in view.listing.parcels if p.can_hand_over)
        if not numbers:
            return
        ticket_id = view.listing.ticket_id
        write = ("handover", numbers, ticket_id, outcome, reason)
        staff = self._staff_id()
        self.parcels_view = dataclasses.replace(view, busy=True, problem=None)
        self._show()
        self._writer.write(
            write,
            "handover",
            handover_body(
                numbers, ticket_id=ticket_id, outcome=outcome, reason=reason, staff_id=staff
            ),
            lambda key, at: self._api.hand_over(
                numbers,
                ticket_id=ticket_id,
                outcome=outcome,
                reason=reason,
                staff_id=staff,
                key=key,
                done_at=at,
            ),
            partial(self._written, outcome, len(numbers)),
        )

    def _written(self, outcome: str, count: int, result: Outcome[Handover | Queued]) -> None:
        view = self.parcels_view
        if result.ok:
            queued = isinstance(result.value, Queued)
            log.info("checkout: %s, %d item(s)%s", outcome, count, " (queued)" if queued else "")
            self.parcels_view = None
            self.scan_view = CheckoutScanView(
                staff_id=self._staff_id(), notice=outcome, notice_count=count, queued=queued
            )
            self._show()
            return
        problem, detail = problem_of(result.error, "handover")
        if view is not None:
            self.parcels_view = dataclasses.replace(
                view, busy=False, problem=problem, problem_detail=detail
            )
        self._show()

    # ---- what is shown -----------------------------------------------------------------------

    def _busy(self) -> bool:
        view = self.parcels_view
        return self.scan_view.busy or (view is not None and view.busy)

    def _show(self) -> None:
        if self.parcels_view is not None:
            self._display.show(views.CHECKOUT_PARCELS, self.parcels_view)
        else:
            self._display.show(views.CHECKOUT_SCAN, self.scan_view)
