"""The stocking station: a menu, then shelving and moving (the parcel, then its place: a shelf
label scanned or row and compartment typed), shelf labels for a range, the returns due and the
courier's collection (kiosk.stations.rounds). Every write carries the staff id and goes through
the outbox: kept before it is sent, left to the delivery worker when the central system does not
answer (kiosk.stations.writes).

Qt-free: the station driver forwards the scans and the screens' actions here.
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
from kiosk.stations.documents import MAX_LABELS, build_shelf_labels, label_places, parse_place
from kiosk.stations.models import ItemAnswer
from kiosk.stations.names import StationAction
from kiosk.stations.rounds import Rounds
from kiosk.stations.views import LabelsView, ShelveView, StockingMenuView
from kiosk.stations.writes import Queued, StaffWriter, place_body, problem_of
from kiosk.tasks import Outcome, Runner
from kiosk.terminal import TerminalInfo

log = logging.getLogger(LogArea.FLOW.logger_name)

PAGES = ("shelve", "move", "labels", "returns", "collection")


class StockingStation:
    def __init__(
        self,
        *,
        runner: Runner,
        api: StockingApi,
        printer: Printer,
        display: Display,
        terminal: TerminalInfo,
        staff_id: Callable[[], str],
        tr: Callable[[str], str],
        clock: Callable[[], dt.datetime],
        writer: StaffWriter,
    ) -> None:
        self._runner = runner
        self._api = api
        self._printer = printer
        self._display = display
        self._staff_id = staff_id
        self._tr = tr
        self._writer = writer
        self.page = ""
        self.shelve_view = ShelveView(staff_id="")
        self.labels_view = LabelsView(staff_id="")
        self.rounds = Rounds(
            runner=runner,
            api=api,
            printer=printer,
            display=display,
            terminal=terminal,
            staff_id=staff_id,
            writer=writer,
            tr=tr,
            clock=clock,
        )

    def menu(self, notice: str | None = None, problem: str | None = None) -> None:
        self.page = ""
        view = StockingMenuView(self._staff_id(), notice, problem=problem)
        self._display.show(views.STOCKING_MENU, view)

    def reset(self) -> None:
        """Signed out: nothing of the last staff member's work stays on screen."""
        self.page = ""
        self.shelve_view = ShelveView(staff_id="")
        self.rounds.reset()

    def open(self, page: str) -> None:
        if page not in PAGES:
            return
        self.page = page
        staff = self._staff_id()
        if page in ("shelve", "move"):
            self.shelve_view = ShelveView(staff_id=staff, mode=page)
            self._show_shelve()
        elif page == "labels":
            self.labels_view = LabelsView(staff_id=staff)
            self._display.show(views.STOCKING_LABELS, self.labels_view)
        else:
            self.rounds.open(page)

    # ---- from the station driver -------------------------------------------------------------

    def scanned(self, code: str) -> None:
        if self.page in ("shelve", "move"):
            self._shelve_scan(code)
        elif self.page in ("returns", "collection"):
            self.rounds.scanned(code)

    def action(self, name: str, text: str) -> None:
        if name == StationAction.OPEN:
            self.open(text)
        elif name == StationAction.BACK:
            self.menu()
        elif name == StationAction.SUBMIT:
            self.scanned(text)
        elif name == StationAction.PLACE:
            self._typed_place(text)
        elif name == StationAction.PRINT_LABELS:
            self._print_labels(text)
        elif name in (StationAction.PRINT_SLIP, StationAction.REFRESH):
            self.rounds.action(name)

    # ---- shelving and moving -----------------------------------------------------------------

    def _shelve_scan(self, code: str) -> None:
        view = self.shelve_view
        if view.busy:
            return
        text = code.strip().upper()
        if check_s10(text).ok:
            self.shelve_view = dataclasses.replace(view, tracking_number=text, problem=None)
            self._show_shelve()
            return
        place = parse_place(text)
        if place is None or not view.tracking_number:
            problem = "not_a_parcel" if not view.tracking_number else "not_a_place"
            self.shelve_view = dataclasses.replace(view, problem=problem, problem_detail="")
            self._show_shelve()
            return
        self._place(*place)

    def _typed_place(self, text: str) -> None:
        place = parse_place(text)
        if place is None:
            self.shelve_view = dataclasses.replace(self.shelve_view, problem="not_a_place")
            self._show_shelve()
        else:
            self._place(*place)

    def _place(self, row: str, compartment: str) -> None:
        view = self.shelve_view
        number = view.tracking_number
        if view.busy or not number:
            return
        write = (view.mode, number, row, compartment)
        staff = self._staff_id()
        call = self._api.shelve if view.mode == "shelve" else self._api.move
        self.shelve_view = dataclasses.replace(view, busy=True, problem=None)
        self._show_shelve()
        self._writer.write(
            write,
            view.mode,
            place_body(number, row, compartment, staff),
            lambda key, at: call(number, row, compartment, staff_id=staff, key=key, done_at=at),
            partial(self._placed, write),
        )

    def _placed(
        self, write: tuple[str, str, str, str], outcome: Outcome[ItemAnswer | Queued]
    ) -> None:
        mode, number, row, compartment = write
        view = self.shelve_view
        answer = outcome.value
        if isinstance(answer, Queued):
            self.shelve_view = ShelveView(
                staff_id=view.staff_id, mode=view.mode, last=(number, row, compartment), queued=True
            )
        elif outcome.ok and answer is not None:
            where = answer.item.location
            place = (where.row, where.compartment) if where else (row, compartment)
            log.info("%s: %s at row %s compartment %s", mode, number, *place)
            self.shelve_view = ShelveView(
                staff_id=view.staff_id, mode=view.mode, last=(number, *place)
            )
        else:
            problem, detail = problem_of(outcome.error, mode)
            self.shelve_view = dataclasses.replace(
                view, busy=False, problem=problem, problem_detail=detail
            )
        self._show_shelve()

    def _show_shelve(self) -> None:
        if self.page in ("shelve", "move"):
            self._display.show(views.STOCKING_SHELVE, self.shelve_view)

    # ---- shelf labels ------------------------------------------------------------------------

    def _print_labels(self, text: str) -> None:
        view = self.labels_view
        numbers = [int(n) for n in text.split() if n.isdigit()]
        if view.busy:
            return
        if len(numbers) != 4 or min(numbers) < 1:
            self._show_labels(dataclasses.replace(view, problem="bad_range"))
            return
        places = label_places((numbers[0], numbers[1]), (numbers[2], numbers[3]))
        if len(places) > MAX_LABELS:
            self._show_labels(dataclasses.replace(view, problem="too_many"))
            return
        document = build_shelf_labels(
            places, language=self._display.language, tr=self._tr, job_id=str(uuid.uuid4())
        )
        self._show_labels(dataclasses.replace(view, busy=True, problem=None))
        self._runner.run_printer(
            partial(self._printer.print, document), partial(self._labels_printed, len(places))
        )

    def _labels_printed(self, count: int, outcome: Outcome[PrintResult]) -> None:
        result = outcome.value
        ok = bool(outcome.ok and result is not None and result.ok)
        if not ok:
            log.warning("shelf labels not printed: %s", outcome.error or (result and result.detail))
        view = dataclasses.replace(
            self.labels_view,
            busy=False,
            printed=count if ok else 0,
            problem=None if ok else "print",
        )
        self._show_labels(view)

    def _show_labels(self, view: LabelsView) -> None:
        self.labels_view = view
        if self.page == "labels":
            self._display.show(views.STOCKING_LABELS, view)
