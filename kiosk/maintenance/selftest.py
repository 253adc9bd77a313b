"""The self-test wizard, as a plain state machine: detect the printer, print a slip with a short
code that staff type back, scan a test code, reach the central API, then a pass/fail summary
saved with the date (``<data_dir>/self-test.jsonl``). The service runs the blocking steps."""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.log import LogArea

log = logging.getLogger(LogArea.MAINTENANCE.logger_name)

STEPS = ("printer", "slip", "scan", "api")
FILE_NAME = "self-test.jsonl"
PRINTER_OK = frozenset({"ok", "paper_near_end"})


@dataclass(frozen=True)
class StepResult:
    step: str
    ok: bool
    detail: str = ""


class SelfTest:
    """``step`` is the step under way: one of STEPS, or "done"."""

    def __init__(self, code: str | None = None) -> None:
        self.code = code or f"{secrets.randbelow(10_000):04d}"
        self.results: list[StepResult] = []
        self.step = STEPS[0]
        self.waiting_for_code = False  # the slip printed: staff type its code

    def record(self, ok: bool, detail: str = "") -> None:
        self.results.append(StepResult(self.step, ok, detail))
        self.waiting_for_code = False
        following = STEPS.index(self.step) + 1
        self.step = STEPS[following] if following < len(STEPS) else "done"

    def printer_detected(self, state: str, detail: str) -> None:
        self.record(state in PRINTER_OK, " · ".join(p for p in (state, detail) if p))

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
        return self.step == "done"

    @property
    def passed(self) -> bool:
        return self.done and all(result.ok for result in self.results)

    def summary(self, at: dt.datetime, staff_id: str) -> dict[str, object]:
        return {
            "at": at.isoformat(timespec="seconds"),
            "staff_id": staff_id,
            "passed": self.passed,
            "steps": [asdict(result) for result in self.results],
        }


def save_summary(path: Path, summary: dict[str, object]) -> None:
    """Disk I/O: on the io lane. A failing disk is logged."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(summary, ensure_ascii=False) + "\n")
    except OSError as exc:
        log.error("self-test summary not saved to %s: %s", path, exc.strerror)
