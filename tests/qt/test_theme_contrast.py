"""Contrast, computed from the theme itself: which colour the QSS template draws as text on which
background (read from the template), and the WCAG 2 contrast ratio of each pair in both colour
tables: at least 4.5:1 in the standard theme, at least 7:1 in the high-contrast one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui import palettes, theme

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
PLACEHOLDER = re.compile(r"\$\{(\w+)\}")
NAME = re.compile(r"@(\w+)")  # a placeholder once its braces are out of the parser's way
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
STATE = re.compile(r":(pressed|disabled|checked|hover|focus)\b")
UI_DIR = Path(theme.__file__).resolve().parent


@dataclass(frozen=True)
class Rule:
    selector: str
    color: str | None
    background: str | None
    drawn_on: tuple[str, ...]  # the "on: a, b" comment: the backgrounds its text is drawn on


def _placeholder(body: str, prop: str) -> str | None:
    match = re.search(rf"(?<![-\w]){prop}\s*:\s*([^;]+);", body)
    if match is None:
        return None
    names = NAME.findall(match.group(1))
    assert len(names) == 1, f"{prop}: {match.group(1)!r} is not one colour of the table"
    return names[0]


def rules(qss: str) -> list[Rule]:
    parsed = []
    for match in RULE.finditer(PLACEHOLDER.sub(r"@\1", qss)):
        selector = " ".join(COMMENT.sub("", match.group(1)).split())
        body = match.group(2)
        notes = " ".join(COMMENT.findall(body))
        on = re.search(r"on:\s*([\w,\s]+)", notes)
        drawn_on = tuple(n.strip() for n in on.group(1).split(",")) if on else ()
        plain = COMMENT.sub("", body)
        parsed.append(
            Rule(
                selector, _placeholder(plain, "color"), _placeholder(plain, "background"), drawn_on
            )
        )
    return parsed


def text_pairs(parsed: list[Rule]) -> set[tuple[str, str]]:
    """Every (text, background) pair the rules draw; fails on a text colour with no background."""
    pairs = set()
    for rule in parsed:
        if rule.color is None:
            continue
        grounds = (rule.background,) if rule.background else rule.drawn_on
        assert grounds, f"{rule.selector}: a text colour with no background and no 'on:' note"
        pairs |= {(rule.color, ground) for ground in grounds}
    return pairs


def luminance(hex_colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def template_rules() -> list[Rule]:
    return rules(theme.QSS_TEMPLATE.read_text(encoding="utf-8"))


def test_the_ratio_is_wcags():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def test_the_template_draws_only_declared_pairs(template_rules):
    assert len(template_rules) > 30
    drawn = text_pairs(template_rules)
    assert ("on_accent", "accent") in drawn  # the parser reads it
    assert ("text", "bg") in drawn
    assert drawn - palettes.TEXT_PAIRS == set()
    assert palettes.TEXT_PAIRS - drawn == set()  # and declares nothing it does not draw


def test_a_state_rule_sets_its_text_and_its_background(template_rules):
    states = [r for r in template_rules if STATE.search(r.selector) and (r.color or r.background)]
    assert len(states) >= 8
    incomplete = [r.selector for r in states if r.color is None or r.background is None]
    assert incomplete == []


@pytest.mark.parametrize(
    ("table", "minimum"),
    [
        (palettes.STANDARD_COLORS, palettes.MIN_CONTRAST["standard"]),
        (palettes.HIGH_CONTRAST_COLORS, palettes.MIN_CONTRAST["high_contrast"]),
    ],
    ids=["standard", "high_contrast"],
)
def test_every_text_pair_has_enough_contrast(table, minimum):
    ratios = {(fg, bg): round(contrast(table[fg], table[bg]), 2) for fg, bg in palettes.TEXT_PAIRS}
    assert {pair: r for pair, r in ratios.items() if r < minimum} == {}


def test_both_tables_fill_the_same_placeholders():
    assert palettes.STANDARD_COLORS.keys() == palettes.HIGH_CONTRAST_COLORS.keys()
    for table in (palettes.STANDARD_COLORS, palettes.HIGH_CONTRAST_COLORS):
        for fg, bg in palettes.TEXT_PAIRS:
            assert HEX.fullmatch(table[fg])
            assert HEX.fullmatch(table[bg])
    high = theme.stylesheet(theme.Metrics(1.0), high_contrast=True)
    standard = theme.stylesheet(theme.Metrics(1.0))
    assert palettes.HIGH_CONTRAST_COLORS["accent"] in high
    assert palettes.HIGH_CONTRAST_COLORS["accent"] not in standard


def test_no_colour_is_set_outside_the_theme():
    """Widgets' own style sheets set sizes only: every colour comes from the tables."""
    found = []
    for path in UI_DIR.rglob("*.py"):
        if path.name == "palettes.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEX.search(line) or re.search(
                r"(?<![-\w])(color|background)\s*:(?!\s*transparent)", line
            ):
                found.append(f"{path.relative_to(UI_DIR)}:{number}: {line.strip()}")
    assert found == []
