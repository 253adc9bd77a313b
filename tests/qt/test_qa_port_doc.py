"""docs/qa-port.md lists every screen, button and input the QA port can see: these tests read its
tables and compare them with the real window, so a screen, a button or an input added or renamed in
the code fails here until the page says so too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from ui import screen_table

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "qa-port.md"
LANGUAGE_BUTTONS = {"lang_kk", "lang_ru", "lang_en"}
KEYS_OF = {  # the "keys" column: the on-screen keys a screen has
    "none": set(),
    "digits": {f"key_{d}" for d in "0123456789"} | {"key_backspace", "key_clear"},
    "letters and digits": {f"key_{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
    | {"key_backspace", "key_clear"},
    "pickup code": {f"key_{c}" for c in "23456789ACDEFHJKMNPQRTUVWXY"}
    | {"key_backspace", "key_clear", "key_space"},  # the space key made hidden
}
STAFF_MESSAGE_KEYS = "staff message"  # the message keyboard: its letters follow the language


def table(section: str) -> list[list[str]]:
    """The rows (cells, stripped) of the first table under ``## section``, header excluded."""
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(section)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"{DOC.name} has no section {section!r}"
    lines = [line for line in match.group(1).splitlines() if line.startswith("|")]
    assert len(lines) > 2, f"no table under {section!r}"
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


def ids(cell: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", cell))


def the_id(cell: str) -> str:
    [name] = ids(cell)
    return name


def object_names(widget: QWidget, kind: type[QWidget]) -> set[str]:
    return {w.objectName() for w in widget.findChildren(kind) if w.objectName()}


def screen_rows() -> dict[str, list[str]]:
    rows = {the_id(cells[0]): cells for cells in table("Screens")}
    assert len(rows) == len(table("Screens")), "a screen is listed twice"
    return rows


def test_the_screens_table_names_every_screen_of_the_window(build_kiosk, central):
    shown = set()  # a terminal shows the screens of its role: the customer's or a station's
    for role in ("customer", "checkout", "stocking"):
        shown |= set(build_kiosk(central.url, role=role).window.screen_names())
    assert set(screen_rows()) == shown


@pytest.mark.parametrize("column", ["buttons", "inputs", "languages", "keys"])
def test_each_screen_row_lists_what_the_screen_has(kiosk, column):
    wrong = {}
    for name, cells in screen_rows().items():
        _name, _shows, buttons, inputs, languages, keys = cells
        screen = kiosk.window.screen_named(name)
        on_screen = object_names(screen, QAbstractButton)
        key_ids = {b for b in on_screen if b.startswith("key_")}
        if column == "buttons":
            documented, real = ids(buttons), on_screen - key_ids - LANGUAGE_BUTTONS
        elif column == "inputs":
            documented, real = ids(inputs), object_names(screen, QLineEdit)
        elif column == "languages":
            documented, real = languages == "yes", on_screen >= LANGUAGE_BUTTONS
            assert languages in ("yes", "no"), name
        elif keys == STAFF_MESSAGE_KEYS:
            documented, real = True, {"key_space", "key_backspace", "key_clear"} <= key_ids
        else:
            documented, real = KEYS_OF[keys], key_ids
        if documented != real:
            wrong[name] = {"doc": documented, "code": real}
    assert wrong == {}


def test_the_buttons_table_describes_every_button_and_no_other(kiosk):
    rows = [the_id(cells[0]) for cells in table("Buttons")]
    assert len(rows) == len(set(rows)), "a button is listed twice"
    patterns = {row for row in rows if "<" in row}
    documented = set(rows) - patterns
    for kind in screen_table.SCREENS:  # the customer's and the stations' screens
        kiosk.window.screen_named(kind.name)
    real = object_names(kiosk.window, QAbstractButton)  # the idle question's button included
    keys = {b for b in real if re.fullmatch(r"key_.", b)}
    assert "key_<character>" in patterns
    assert keys
    assert real - keys == documented


def test_each_button_id_made_per_entry_is_made_by_the_ui():
    """``requeue_<kind>_<id>`` exists only while staff look at a refused entry: its prefix must be
    the one the UI's code builds button ids with."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "ui").rglob("*.py"))
    built = set(re.findall(r'(?:BigButton|_key)\(f"([a-z_]+_)\{', source))
    patterns = {the_id(cells[0]) for cells in table("Buttons") if "<" in cells[0]}
    prefixes = {pattern.split("<", 1)[0] for pattern in patterns}
    assert prefixes - built == set()
    assert built - prefixes - {"lang_"} == set()  # the language buttons are listed one by one
