"""Carries out the send flow's effects: the box check and the outbox write on the io lane, the
receipt on the printer lane; outcomes come back (on the GUI thread, through the task runner's
``deliver``) into the flow, and the flow's screen is shown.

Qt-free: the controller forwards the screens' intents to one of these.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from kiosk.display import Display
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
from kiosk.log import LogArea
from kiosk.models import Box
from kiosk.outbox import AlreadyQueued, Outbox, OutboxEntry
from kiosk.ports.central import SendApi
from kiosk.ports.printer import Printer, PrintResult
from kiosk.send.flow import BoxCheck, CheckBox, Effect, PrintReceipt, QueueDispatch, SendFlow
from kiosk.send.receipt import build_send_receipt
from kiosk.tasks import Outcome, Runner
from kiosk.terminal import TerminalInfo

log = logging.getLogger(LogArea.FLOW.logger_name)


@dataclass(frozen=True)
class SendOptions:
    offline_accept: bool = True
    tracking_url: str = "https://post.kz/mail-search/track/{tracking_number}"


@dataclass(frozen=True)
class TerminalRefused:
    """The box check's answer was a refusal of this terminal (401/403), not of the box."""

    detail: str


class SendDriver:
    def __init__(
        self,
        *,
        runner: Runner,
        api: SendApi,
        outbox: Outbox,
        printer: Printer,
        display: Display,
        terminal: TerminalInfo,
        tr: Callable[[str], str],
        clock: Callable[[], dt.datetime],
        options: SendOptions,
    ) -> None:
        self._runner = runner
        self._api = api
        self._outbox = outbox
        self._printer = printer
        self._display = display
        self._terminal = terminal
        self._tr = tr
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
                    partial(self._check, effect.barcode), partial(self._checked, flow)
                )
            elif isinstance(effect, QueueDispatch):
                self._runner.run_io(partial(self._queue, effect), partial(self._queued, flow))
            elif isinstance(effect, PrintReceipt):
                document = self._receipt(effect, flow.box)
                self._runner.run_printer(
                    partial(self._printer.print, document), partial(self._printed, flow)
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

    def _queue(self, effect: QueueDispatch) -> OutboxEntry:
        """On the io lane: the dispatch, durably, before anything else happens."""
        return self._outbox.add(
            effect.barcode, effect.accepted_at, effect.idempotency_key, offline=effect.offline
        )

    def _checked(self, flow: SendFlow, outcome: Outcome[Box | BoxCheck | TerminalRefused]) -> None:
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

    def _printed(self, flow: SendFlow, outcome: Outcome[PrintResult]) -> None:
        result = outcome.value
        ok = bool(outcome.ok and result is not None and result.ok)
        if not ok:
            detail = result.detail if result is not None else ""
            log.warning("receipt not printed: %s", outcome.error or detail)
        self._handle(flow, flow.print_finished(ok))

    def _receipt(self, effect: PrintReceipt, box: Box | None) -> Document:
        return build_send_receipt(
            barcode=effect.barcode,
            box_size=box.size if box is not None else "",
            dispatch_ref=effect.idempotency_key[:8].upper(),
            tracking_url=self.options.tracking_url.format(tracking_number=effect.barcode),
            offline=effect.offline,
            terminal_id=self._terminal.terminal_id,
            terminal_location=self._terminal.location,
            accepted_at=effect.accepted_at,
            language=self._display.language,
            tr=self._tr,
            job_id=effect.idempotency_key,
        )

    def _show_flow(self, flow: SendFlow) -> None:
        if flow is self.flow:  # a customer who walked away sees nothing more
            self._display.show(*flow.view())
