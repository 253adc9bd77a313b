"""The stocking station's two rounds of the hall: the returns due (past their last day, in walking
order; each parcel scanned as it comes off the shelf goes back to the sender) and the courier's
collection (each box on the dispatch shelf scanned: collected, or kept back when its dispatch is
not registered yet; then a slip with the count and the barcodes).

Qt-free; kiosk.stations.stocking forwards the scans and actions of these two screens here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import uuid
from collections.abc import Callable
from functools import partial

from kiosk import views
from kiosk.display import Display
from kiosk.identifiers import check_s10
from kiosk.log import LogArea
from kiosk.ports.central import StockingApi
from kiosk.ports.printer import Printer, PrintResult
from kiosk.stations.documents import build_collection_slip
from kiosk.stations.models import Collection, DueReturns, ItemAnswer
from kiosk.stations.names import StationAction
from kiosk.stations.views import CollectionView, ReturnsView
from kiosk.stations.writes import (
    Queued,
    StaffWriter,
    collection_body,
    problem_of,
    return_body,
)
from kiosk.tasks import Outcome, Runner
from kiosk.terminal import TerminalInfo

log = logging.getLogger(LogArea.FLOW.logger_name)


class Rounds:
    def __init__(
        self,
        *,
        runner: Runner,
        api: StockingApi,
        printer: Printer,
        display: Display,
        terminal: TerminalInfo,
        staff_id: Callable[[], str],
        writer: StaffWriter,
        tr: Callable[[str], str],
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._runner = runner
        self._api = api
        self._printer = printer
        self._display = display
        self._terminal = terminal
        self._staff_id = staff_id
        self._writer = writer
        self._tr = tr
        self._clock = clock
        self.page = ""
        self.returns = ReturnsView(staff_id="")
        self.collection = CollectionView(staff_id="")

    def reset(self) -> None:
        self.page = ""
        self.returns = ReturnsView(staff_id="")
        self.collection = CollectionView(staff_id="")

    def open(self, page: str) -> None:
        self.page = page
        if page == "returns":
            self._load_returns()
        else:
            self._show_collection(CollectionView(staff_id=self._staff_id()))

    def scanned(self, code: str) -> None:
        text = code.strip().upper()
        if self.page == "returns":
            self._return(text)
        elif self.page == "collection":
            self._collect(text)

    def action(self, name: str) -> None:
        if name == StationAction.REFRESH and self.page == "returns":
            self._load_returns()
        elif name == StationAction.PRINT_SLIP and self.page == "collection":
            self._print_slip()

    # ---- returns -----------------------------------------------------------------------------

    def _load_returns(self) -> None:
        self._show_returns(ReturnsView(staff_id=self._staff_id(), loading=True))
        self._runner.run_io(self._api.due_returns, self._returns_loaded)

    def _returns_loaded(self, outcome: Outcome[DueReturns]) -> None:
        due = outcome.value
        if outcome.ok and due is not None:
            log.info("returns due: %d parcel(s)", len(due.parcels))
            view = dataclasses.replace(self.returns, loading=False, due=due.parcels, problem=None)
        else:
            problem, detail = problem_of(outcome.error, "returns due", read=True)
            view = dataclasses.replace(
                self.returns, loading=False, problem=problem, problem_detail=detail
            )
        self._show_returns(view)

    def _return(self, number: str) -> None:
        view = self.returns
        if view.busy or view.loading:
            return
        if not check_s10(number).ok:
            self._show_returns(dataclasses.replace(view, problem="not_a_parcel"))
            return
        write = ("return", number)
        staff = self._staff_id()
        self._show_returns(dataclasses.replace(view, busy=True, problem=None))
        self._writer.write(
            write,
            "return",
            return_body(number, staff),
            lambda key, at: self._api.return_parcel(number, staff_id=staff, key=key, done_at=at),
            partial(self._returned, number),
        )

    def _returned(self, number: str, outcome: Outcome[ItemAnswer | Queued]) -> None:
        view = dataclasses.replace(self.returns, busy=False)
        if outcome.ok:
            queued = isinstance(outcome.value, Queued)
            if not queued:
                log.info("returned to sender: %s", number)
            view = dataclasses.replace(
                view,
                returned=(*view.returned, number) if number not in view.returned else view.returned,
                queued=(*view.queued, number) if queued else view.queued,
                problem=None,
            )
        else:
            problem, detail = problem_of(outcome.error, "return")
            view = dataclasses.replace(view, problem=problem, problem_detail=detail)
        self._show_returns(view)

    def _show_returns(self, view: ReturnsView) -> None:
        self.returns = view
        if self.page == "returns":
            self._display.show(views.STOCKING_RETURNS, view)

    # ---- the courier's collection ------------------------------------------------------------

    def _collect(self, barcode: str) -> None:
        view = self.collection
        if view.busy:
            return
        if not check_s10(barcode).ok:
            self._show_collection(dataclasses.replace(view, problem="not_a_box"))
            return
        if barcode in view.collected:
            self._show_collection(dataclasses.replace(view, problem="already_scanned"))
            return
        write = ("collection", barcode)
        staff = self._staff_id()
        self._show_collection(dataclasses.replace(view, busy=True, problem=None, printed=None))
        self._writer.write(
            write,
            "collection",
            collection_body(barcode, staff),
            lambda key, at: self._api.collect_box(barcode, staff_id=staff, key=key, done_at=at),
            partial(self._collected, barcode),
        )

    def _collected(self, barcode: str, outcome: Outcome[Collection | Queued]) -> None:
        view = dataclasses.replace(self.collection, busy=False)
        if outcome.ok:
            queued = isinstance(outcome.value, Queued)
            if not queued:
                log.info("box collected: %s", barcode)
            kept = tuple(b for b in view.kept_back if b != barcode)
            view = dataclasses.replace(
                view,
                collected=(*view.collected, barcode),
                queued=(*view.queued, barcode) if queued else view.queued,
                kept_back=kept,
                problem=None,
            )
        else:
            problem, detail = problem_of(outcome.error, "collection")
            if problem == "dispatch_not_registered" and barcode not in view.kept_back:
                view = dataclasses.replace(view, kept_back=(*view.kept_back, barcode))
            view = dataclasses.replace(view, problem=problem, problem_detail=detail)
        self._show_collection(view)

    def _print_slip(self) -> None:
        view = self.collection
        if view.busy or not view.collected:
            return
        document = build_collection_slip(
            view.collected,
            staff_id=self._staff_id(),
            terminal_id=self._terminal.terminal_id,
            terminal_location=self._terminal.location,
            collected_at=self._clock(),
            language=self._display.language,
            tr=self._tr,
            job_id=str(uuid.uuid4()),
        )
        self._show_collection(dataclasses.replace(view, busy=True, problem=None))
        self._runner.run_printer(partial(self._printer.print, document), self._slip_printed)

    def _slip_printed(self, outcome: Outcome[PrintResult]) -> None:
        result = outcome.value
        ok = bool(outcome.ok and result is not None and result.ok)
        if not ok:
            log.warning(
                "collection slip not printed: %s", outcome.error or (result and result.detail)
            )
        self._show_collection(dataclasses.replace(self.collection, busy=False, printed=ok))

    def _show_collection(self, view: CollectionView) -> None:
        self.collection = view
        if self.page == "collection":
            self._display.show(views.STOCKING_COLLECTION, view)
