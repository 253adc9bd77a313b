"""The self-test wizard, as a plain state machine: detect the printer, print a slip with a short
code that staff type back, scan a test code, reach the central API, then a pass/fail summary
saved with the date (``<data_dir>/self-test.jsonl``). The service runs the blocking steps."""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from kiosk.log import LogArea
from kiosk.maintenance.names import SelfTestStep
from kiosk.ports.printer import PrinterStatus

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

STEPS = (SelfTestStep.PRINTER, SelfTestStep.SLIP, SelfTestStep.SCAN, SelfTestStep.API)
FILE_NAME = "self-test.jsonl"


@dataclass(frozen=True)
class StepResult:
    step: SelfTestStep
    ok: bool
    detail: str = ""


class SelfTest:
    """``step`` is the step under way: one of STEPS, or DONE."""

    def __init__(self, code: str | None = None) -> None:
        self.code = code or f"{secrets.randbelow(10_000):04d}"
        self.results: list[StepResult] = []
        self.step = STEPS[0]
        self.waiting_for_code = False  # the slip printed: staff type its code

    def record(self, ok: bool, detail: str = "") -> None:
        self.results.append(StepResult(self.step, ok, detail))
        self.waiting_for_code = False
        following = STEPS.index(self.step) + 1
        self.step = STEPS[following] if following < len(STEPS) else SelfTestStep.DONE

    def printer_detected(self, status: PrinterStatus) -> None:
        """Passes when the printer can print (paper near its end still can)."""
        words = " · ".join(p for p in (str(status.state), status.detail) if p)
        self.record(status.can_print, words)

    def slip_printed(self, ok: bool, detail: str) -> None:
        if ok:
            self.waiting_for_code = True
        else:
            self.record(False, detail or "not printed")

    def code_typed(self, typed: str) -> bool:
        """True when it matched; a wrong code fails the step (the slip shows what to type)."""
        ok = typed == self.code
        self.record(ok, "" if ok else "the code typed differs from the slip")
        return ok

    def scanned(self, code: str, source: str) -> None:
        self.record(True, f"{code} ({source})")

    def skip(self) -> None:
        self.record(False, "skipped")

    @property
    def done(self) -> bool:
        return self.step is SelfTestStep.DONE

    @property
    def passed(self) -> bool:
        return self.done and all(result.ok for result in self.results)

    def summary(self, at: dt.datetime, staff_id: str) -> dict[str, object]:
        return {
            "at": at.isoformat(timespec="seconds"),
            "staff_id": staff_id,
            "passed": self.passed,
            "steps": [{"step": str(r.step), "ok": r.ok, "detail": r.detail} for r in self.results],
        }


def save_summary(path: Path, summary: dict[str, object]) -> None:
    """Disk I/O: on the io lane. A failing disk is logged."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(summary, ensure_ascii=False) + "\n")
    except OSError as exc:
        log.error("self-test summary not saved to %s: %s", path, exc.strerror)
