"""The tracking-number screen: on-screen keys, grouping as typed, inline errors, no lookup."""

from __future__ import annotations

import pytest
from kiosk_driver import WAIT_MS, expected, messages, tap, type_keys, wait_for_screen

from kiosk import views
from kiosk.identifiers import S10Problem

# What the field shows after each key of CC016695190KZ: grouped as "CC 0166 9519 0 KZ" while typed.
GROUPED_AS_TYPED = [
    "C",
    "CC",
    "CC 0",
    "CC 01",
    "CC 016",
    "CC 0166",
    "CC 0166 9",
    "CC 0166 95",
    "CC 0166 951",
    "CC 0166 9519",
    "CC 0166 9519 0",
    "CC 0166 9519 0 K",
    "CC 0166 9519 0 KZ",
]


@pytest.fixture
def entry(qtbot, kiosk):
    """The kiosk on its tracking-number screen."""
    tap(qtbot, kiosk.window, "receive")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    return kiosk


def test_keys_type_and_the_number_is_grouped_as_it_is_typed(qtbot, entry):
    field = entry.window.tracking.field
    shown = []
    for char in "CC016695190KZ":
        tap(qtbot, entry.window, f"key_{char}")
        shown.append(field.text())
    assert shown == GROUPED_AS_TYPED
    assert field.value == "CC016695190KZ"


def test_a_fourteenth_character_is_refused(qtbot, entry):
    type_keys(qtbot, entry.window, "CC016695190KZ")
    tap(qtbot, entry.window, "key_7")
    assert entry.window.tracking.field.text() == "CC 0166 9519 0 KZ"


def test_backspace_deletes_across_the_group_space_and_clear_empties(qtbot, entry):
    field = entry.window.tracking.field
    type_keys(qtbot, entry.window, "CC0166")
    assert field.text() == "CC 0166"
    tap(qtbot, entry.window, "key_backspace")
    assert field.text() == "CC 016"
    tap(qtbot, entry.window, "key_backspace")
    tap(qtbot, entry.window, "key_backspace")
    tap(qtbot, entry.window, "key_backspace")
    assert field.text() == "CC"  # the space after CC went with the 0
    tap(qtbot, entry.window, "key_9")
    assert field.text() == "CC 9"
    tap(qtbot, entry.window, "key_clear")
    assert field.text() == ""
    assert field.value == ""


def test_a_bad_check_digit_shows_an_inline_error_and_looks_nothing_up(qtbot, entry):
    window = entry.window
    type_keys(qtbot, window, "CC016695191KZ")  # CC016695190KZ with a wrong check digit
    shown = record_screens(entry.controller)
    with qtbot.waitSignal(window.tracking.submitted, timeout=WAIT_MS) as submitted:
        tap(qtbot, window, "submit")
    assert submitted.args == ["CC 0166 9519 1 KZ"]

    error = window.tracking.error
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    # The controller answered with the entry screen and its problem, never a busy (lookup) view.
    assert shown == [(views.RECEIVE_TRACKING, S10Problem.CHECK_DIGIT, False)]
    assert error.text() == expected(
        "kk", "TrackingScreen", "This number has a typing error: please check every digit."
    )
    assert entry.controller.screen == views.RECEIVE_TRACKING
    assert not window.tracking.busy
    assert window.tracking.field.text() == "CC 0166 9519 1 KZ"  # kept, to be corrected

    tap(qtbot, window, "key_backspace")  # editing hides the error
    assert not error.isVisible()

    # The correct number is looked up: the only lookup the API ever saw.
    tap(qtbot, window, "key_backspace")
    tap(qtbot, window, "key_backspace")
    type_keys(qtbot, window, "0KZ")
    tap(qtbot, window, "submit")
    wait_for_screen(qtbot, entry, views.RECEIVE_RESULT)
    assert entry.api.calls.count("get_parcel") == 1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("CC0166", "The number has 13 characters, like {example}. You entered %n."),
        ("1C016695190KZ", "The number starts with two Latin letters, like CC or RR."),
        ("CC01669519OKZ", "After the first two letters come 9 digits: check for a letter O typed "
                          "instead of a zero."),
        ("CC016695190K1", "The number ends with two Latin letters, like KZ."),
        ("SS016695190KZ", "Tracking numbers never start with J, K, S, T or W: please check the "
                          "first letter."),
    ],
)  # fmt: skip
def test_each_problem_has_its_own_message_and_no_lookup(qtbot, entry, typed, message):
    window = entry.window
    type_keys(qtbot, window, typed)
    shown = record_screens(entry.controller)
    tap(qtbot, window, "submit")
    qtbot.waitUntil(window.tracking.error.isVisible, timeout=WAIT_MS)
    form = messages("kk")[("TrackingScreen", message)][0]  # Kazakh has one form for any number
    assert window.tracking.error.text() == form.replace("%n", "6").format(example="CC016695190KZ")
    assert [(name, busy) for name, _, busy in shown] == [(views.RECEIVE_TRACKING, False)]
    assert entry.api.calls == []


def record_screens(controller) -> list[tuple[str, object, bool]]:
    """Every screen the controller asks for from now on: (name, problem, busy)."""
    shown: list[tuple[str, object, bool]] = []

    def record(name: str, view: object) -> None:
        shown.append((name, getattr(view, "problem", None), getattr(view, "busy", False)))

    controller.screen_changed.connect(record)
    return shown
