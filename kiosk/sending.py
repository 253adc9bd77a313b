"""Carries out the send flow's effects: the box check and the outbox write on the io lane, the
receipt on the printer lane; outcomes come back (on the GUI thread, through the task runner's
``deliver``) into the flow, and the flow's screen is shown.

Qt-free: the controller owns one, passes its task runner, and forwards the screens' intents.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk import views
from kiosk.documents import Document
from kiosk.errors import (
    ApiError,
    BoxAlreadyDispatched,
    BoxUnknown,
    InvalidIdentifier,
    NotFound,
    RateLimited,
    ServiceUnavailable,
)
from kiosk.flows.send import (
    BoxCheck,
    CheckBox,
    Effect,
    PrintReceipt,
    QueueDispatch,
    SendFlow,
)
from kiosk.log import LogArea
from kiosk.models import Box
from kiosk.outbox import AlreadyQueued, Outbox, OutboxEntry
from kiosk.tasks import Outcome, TaskRunner

log = logging.getLogger(LogArea.FLOW.logger_name)


class BoxApi(Protocol):
    def get_box(self, barcode: str) -> Box: ...


class ReceiptPrinter(Protocol):
    def print(self, document: Document) -> Any: ...


@dataclass(frozen=True)
class SendOptions:
    offline_accept: bool = True
    tracking_url: str = "https://post.kz/mail-search/track/{tracking_number}"


ReceiptBuilder = Callable[[PrintReceipt, Box | None], Document]


@dataclass(frozen=True)
class TerminalRefused:
    """The box check's answer was a refusal of this terminal (401/403), not of the box."""

    detail: str


class SendDriver:
    def __init__(
        self,
        *,
        runner: TaskRunner,
        api: BoxApi,
        outbox: Outbox,
        printer: ReceiptPrinter,
        show: Callable[[str, views.View], None],
        receipt: ReceiptBuilder,
        clock: Callable[[], dt.datetime],
        options: SendOptions,
    ) -> None:
        self._runner = runner
        self._api = api
        self._outbox = outbox
        self._printer = printer
        self._show = show
        self._receipt = receipt
        self._clock = clock
        self.options = options
        self.flow: SendFlow | None = None

    # ---- intents (GUI thread) ------------------------------------------------------------------

    def start(self) -> None:
        self.flow = SendFlow(offline_accept=self.options.offline_accept)
        self._show_flow(self.flow)

    def end(self) -> None:
        """The session is over (home, idle). Work in flight still completes."""
        self.flow = None

    def submit(self, text: str) -> None:
        if self.flow is not None:
            self._handle(self.flow, self.flow.submit(text))

    def confirm(self) -> None:
        if self.flow is not None:
            self._handle(self.flow, self.flow.confirm(self._clock()))

    def back(self) -> bool:
        """Back from the confirmation to scanning; False if there was nothing to go back to."""
        if self.flow is None or not self.flow.back():
            return False
        self._show_flow(self.flow)
        return True

    # ---- effects -------------------------------------------------------------------------------

    def _handle(self, flow: SendFlow, effects: list[Effect]) -> None:
        for effect in effects:
            if isinstance(effect, CheckBox):
                self._runner.run_io(
                    lambda barcode=effect.barcode: self._check(barcode),
                    lambda outcome, flow=flow: self._checked(flow, outcome),
                )
            elif isinstance(effect, QueueDispatch):
                self._runner.run_io(
                    lambda effect=effect: self._outbox.add(
                        effect.barcode,
                        effect.accepted_at,
                        effect.idempotency_key,
                        offline=effect.offline,
                    ),
                    lambda outcome, flow=flow: self._queued(flow, outcome),
                )
            elif isinstance(effect, PrintReceipt):
                document = self._receipt(effect, flow.box)
                self._runner.run_printer(
                    lambda document=document: self._printer.print(document),
                    lambda outcome, flow=flow: self._printed(flow, outcome),
                )
        self._show_flow(flow)

    def _check(self, barcode: str) -> Box | BoxCheck | TerminalRefused:
        """On the io lane: the outbox first (handed in here, maybe not yet registered), then the
        central system."""
        if self._outbox.open_entry(barcode) is not None:
            return BoxCheck.ALREADY_DISPATCHED
        try:
            return self._api.get_box(barcode)
        except (BoxUnknown, NotFound, InvalidIdentifier):
            return BoxCheck.UNKNOWN
        except BoxAlreadyDispatched:
            return BoxCheck.ALREADY_DISPATCHED
        except (ServiceUnavailable, RateLimited) as exc:  # it may answer in a moment
            log.warning("box check: central system unreachable: %s", exc)
            return BoxCheck.UNAVAILABLE
        except ApiError as exc:  # 401/403: this terminal is refused; the dispatch would be too
            log.error("box check refused for this terminal: %s", exc)
            return TerminalRefused(str(exc))

    def _checked(self, flow: SendFlow, outcome: Outcome[Box | BoxCheck]) -> None:
        result = outcome.value
        if isinstance(result, Box):
            effects = flow.checked(result)
        elif isinstance(result, BoxCheck):
            effects = flow.check_failed(result)
        elif isinstance(result, TerminalRefused):
            effects = flow.check_failed(BoxCheck.UNAVAILABLE, may_accept=False)
        else:
            log.error("box check failed unexpectedly: %r", outcome.error)
            effects = flow.check_failed(BoxCheck.UNAVAILABLE)
        self._handle(flow, effects)

    def _queued(self, flow: SendFlow, outcome: Outcome[OutboxEntry]) -> None:
        entry = outcome.value
        if outcome.ok and entry is not None:
            self._handle(flow, flow.queued(entry.accepted_at))
            return
        already = isinstance(outcome.error, AlreadyQueued)
        if not already:
            log.error("the outbox could not save the dispatch: %r", outcome.error)
        self._handle(flow, flow.queue_failed(already))

    def _printed(self, flow: SendFlow, outcome: Outcome[Any]) -> None:
        result = outcome.value
        ok = bool(outcome.ok and result is not None and result.ok)
        if not ok:
            log.warning("receipt not printed: %s", outcome.error or getattr(result, "detail", ""))
        self._handle(flow, flow.print_finished(ok))

    def _show_flow(self, flow: SendFlow) -> None:
        if flow is self.flow:  # a customer who walked away sees nothing more
            self._show(*flow.view())
