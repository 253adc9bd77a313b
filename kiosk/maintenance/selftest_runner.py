"""Runs the self-test wizard (kiosk.maintenance.selftest's state machine): each step's blocking
part on its lane (the printer's status and the slip on the printer lane, the API on the io lane),
its result back on the GUI thread, and the summary saved and audited at the end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from kiosk import views
from kiosk.maintenance.names import AuditAction, AuditDetail, SelfTestStep
from kiosk.maintenance.ports import Runner, ignore_outcome
from kiosk.maintenance.printing import ServicePrints
from kiosk.maintenance.selftest import FILE_NAME, SelfTest, save_summary
from kiosk.maintenance.session import StaffSession
from kiosk.maintenance.status import Probe, probe
from kiosk.models import Health
from kiosk.ports.printer import Printer, PrinterStatus
from kiosk.tasks import Outcome


class SelfTestRunner:
    def __init__(
        self,
        *,
        printer: Printer,
        prints: ServicePrints,
        runner: Runner,
        health: Callable[[], Health] | None,
        data_dir: Path | None,
        session: StaffSession,
        wall_clock: Callable[[], dt.datetime],
        rerender: Callable[[], None],
    ) -> None:
        self._printer = printer
        self._prints = prints
        self._runner = runner
        self._health = health
        self._data_dir = data_dir
        self._session = session
        self._wall_clock = wall_clock
        self._rerender = rerender
        self.current: SelfTest | None = None

    def view(self) -> views.SelfTestView | None:
        test = self.current
        if test is None:
            return None
        return views.SelfTestView(
            step=test.step,
            results=tuple((r.step, r.ok, r.detail) for r in test.results),
            waiting_for_code=test.waiting_for_code,
            passed=test.passed,
        )

    def start(self) -> None:
        self.current = SelfTest()
        self._session.record(AuditAction.SELF_TEST_STARTED)
        self._run()

    def scanned(self, code: str, source: str) -> None:
        """A scan while the wizard is open: the scan step passes when it is under way."""
        test = self.current
        if test is not None and test.step is SelfTestStep.SCAN:
            test.scanned(code, source)
            self._run()

    def code_typed(self, typed: str) -> None:
        test = self.current
        if test is None or test.step is not SelfTestStep.SLIP or not test.waiting_for_code:
            return
        test.code_typed(typed.strip())
        self._run()

    def skip(self) -> None:
        test = self.current
        if test is None or test.step not in (SelfTestStep.SLIP, SelfTestStep.SCAN):
            return
        test.skip()
        self._run()

    def _run(self) -> None:
        """Start the blocking part of the step under way (results come back on the GUI thread)."""
        test = self.current
        if test is None:
            return
        if test.step is SelfTestStep.PRINTER:
            self._runner.run_printer(
                self._printer.status, lambda outcome: self._printer_answered(test, outcome)
            )
        elif test.step is SelfTestStep.SLIP and not test.waiting_for_code:
            self._prints.test_slip(
                lambda ok, detail: self._slip_printed(test, ok, detail), code=test.code
            )
        elif test.step is SelfTestStep.API:
            health = self._health
            self._runner.run_io(
                lambda: probe(health, None, None),
                lambda outcome: self._api_answered(test, outcome),
            )
        elif test.done:
            self._finished(test)

    def _printer_answered(self, test: SelfTest, outcome: Outcome[PrinterStatus]) -> None:
        if test is not self.current:
            return
        status = outcome.value
        if outcome.ok and status is not None:
            test.printer_detected(status)
        else:
            test.record(False, str(outcome.error))
        self._run()
        self._rerender()

    def _slip_printed(self, test: SelfTest, ok: bool, detail: str) -> None:
        if test is not self.current:
            return
        test.slip_printed(ok, detail)
        self._run()

    def _api_answered(self, test: SelfTest, outcome: Outcome[Probe]) -> None:
        if test is not self.current:
            return
        result = outcome.value
        if outcome.ok and result is not None:
            latency = f"{result.api_latency_ms:.0f} ms" if result.api_latency_ms else ""
            test.record(result.api_ok, latency if result.api_ok else result.api_detail)
        else:
            test.record(False, str(outcome.error))
        self._run()
        self._rerender()

    def _finished(self, test: SelfTest) -> None:
        summary = test.summary(self._wall_clock(), self._session.staff_id or "-")
        verdict = AuditDetail.PASSED if test.passed else AuditDetail.FAILED
        self._session.record(AuditAction.SELF_TEST, verdict)
        data_dir = self._data_dir
        if data_dir is not None:
            path = data_dir / FILE_NAME
            self._runner.run_io(lambda: save_summary(path, summary), ignore_outcome)
