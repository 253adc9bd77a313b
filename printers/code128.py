"""Code128 planned once, printed twice: as ESC/POS `GS k` data and as bars for the preview.

Runs of digits go into code set C (two digits per symbol), the rest into set B. For a tracking
number like ``RR123456785KZ`` that saves 12 % of the width, which lets an 80 mm printer use
0.375 mm modules (3 dots) and a 58 mm printer keep full quiet zones at 0.25 mm. The printer and
the preview encode the same symbols, so the preview's bars are the paper's bars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from barcode.charsets.code128 import CODES

CodeSet = Literal["B", "C"]

QUIET_ZONE_MODULES = 10
BAR_HEIGHT_DOTS = 96  # 12 mm at 203 dpi: easy for a handheld scanner at the checkout
MAX_MODULE_DOTS = 3
MIN_MODULE_DOTS = 2  # the smallest `GS w` accepts

STOP = "1100011101011"  # with its final two-module bar (python-barcode keeps that apart)
_START = {"B": 104, "C": 105}
_SWITCH_TO = {"B": 100, "C": 99}
_TOKENS = re.compile(r"[0-9]+|[^0-9]+")


@dataclass(frozen=True)
class Run:
    code_set: CodeSet
    text: str


def plan(data: str) -> tuple[Run, ...]:
    """Split ``data`` into code-set runs; raises ValueError for characters set B cannot carry."""
    if not data:
        raise ValueError("a Code128 barcode needs data")
    bad = sorted({c for c in data if not " " <= c <= "~"})
    if bad:
        raise ValueError(f"Code128 set B cannot encode {bad!r}")
    runs: list[Run] = []
    for match in _TOKENS.finditer(data):
        token, start, end = match.group(), match.start(), match.end()
        if token[0].isdigit() and _set_c_pays(len(token), start == 0, end == len(data)):
            runs.extend(_digit_runs(token, at_start=start == 0))
        else:
            runs.append(Run("B", token))
    return _merged(runs)


def _set_c_pays(length: int, at_start: bool, at_end: bool) -> bool:
    odd = length % 2
    if odd and at_start:
        enter, leave = 0, 1  # the odd digit follows in set B
    else:
        enter, leave = (0 if at_start else 1), (0 if at_end else 1)
    return length // 2 + odd + enter + leave < length


def _digit_runs(digits: str, *, at_start: bool) -> list[Run]:
    if len(digits) % 2 == 0:
        return [Run("C", digits)]
    if at_start:
        return [Run("C", digits[:-1]), Run("B", digits[-1])]
    return [Run("B", digits[0]), Run("C", digits[1:])]


def _merged(runs: list[Run]) -> tuple[Run, ...]:
    out: list[Run] = []
    for run in runs:
        if out and out[-1].code_set == run.code_set:
            out[-1] = Run(run.code_set, out[-1].text + run.text)
        else:
            out.append(run)
    return tuple(out)


def symbols(data: str) -> list[int]:
    """Symbol values: start code, data and code switches, check symbol (no stop)."""
    runs = plan(data)
    values = [_START[runs[0].code_set]]
    for i, run in enumerate(runs):
        if i:
            values.append(_SWITCH_TO[run.code_set])
        if run.code_set == "C":
            values.extend(int(run.text[j : j + 2]) for j in range(0, len(run.text), 2))
        else:
            values.extend(ord(c) - 32 for c in run.text)
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return [*values, check]


def modules(data: str) -> str:
    """The bar pattern, one character per module: ``1`` bar, ``0`` space (no quiet zones)."""
    return "".join(CODES[v] for v in symbols(data)) + STOP


def escpos_data(data: str) -> str:
    """ESC/POS ``GS k 73`` data: ``{B``/``{C`` selectors; set C digit pairs as bytes 0-99."""
    parts: list[str] = []
    for run in plan(data):
        parts.append("{" + run.code_set)
        if run.code_set == "C":
            parts.extend(chr(int(run.text[j : j + 2])) for j in range(0, len(run.text), 2))
        else:
            parts.append(run.text.replace("{", "{{"))
    return "".join(parts)


def module_dots(data: str, width_px: int) -> int:
    """The widest module (in dots) that fits the printable width with its quiet zones.

    When even the narrowest module leaves no room for full quiet zones, the bars alone must fit:
    the paper's unprintable margins are blank too. Raises ValueError when they do not.
    """
    count = len(modules(data))
    for dots in range(MAX_MODULE_DOTS, MIN_MODULE_DOTS - 1, -1):
        if (count + 2 * QUIET_ZONE_MODULES) * dots <= width_px:
            return dots
    if count * MIN_MODULE_DOTS <= width_px:
        return MIN_MODULE_DOTS
    raise ValueError(f"{data!r} is too long for a Code128 barcode {width_px} dots wide")
