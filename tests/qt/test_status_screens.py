"""The screens for a parcel that cannot be handed out, and for a service that cannot be reached."""

from __future__ import annotations

import pytest
import requests
from kiosk_driver import WAIT_MS, button, expected, tap, type_keys, wait_for_screen
from PySide6.QtWidgets import QAbstractButton

from kiosk import views
from kiosk.identifiers import group_s10

# Numbers from the reference server's demo data (central/demo.py), and the headline expected.
CASES = {
    views.RECEIVE_NOT_FOUND: (
        "RR000000080KZ",  # valid, but unknown
        "NotFoundScreen",
        "We could not find a parcel with this number.",
    ),
    views.RECEIVE_NOT_ARRIVED: (
        "RR473124829GB",  # in transit
        "NotArrivedScreen",
        "Your parcel is on its way and has not arrived yet.",
    ),
    views.RECEIVE_DELIVERED: (
        "RB123456785GB",
        "DeliveredScreen",
        "This parcel has already been collected.",
    ),
    views.RECEIVE_RETURNED: (
        "CC100000136KZ",  # returned to the sender
        "ReturnedScreen",
        "This parcel has been returned to the sender.",
    ),
}
DEMO_PARCEL = "CC016695190KZ"


def look_up(qtbot, kiosk, number: str, screen: str) -> tuple[str, str]:
    """From home: enter ``number``, submit, wait for ``screen``; its (headline, advice)."""
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, number)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, screen)
    current = kiosk.window.current_screen()
    return current.title.text(), current.message.text()


def visible_buttons(window, button_id: str) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton, button_id) if b.isVisible()]


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.flow", "lookup failed: service_unavailable")
def test_each_outcome_has_its_own_words_and_a_way_back(qtbot, central, kiosk):
    shown: dict[str, tuple[str, str]] = {}
    for screen, (number, context, headline) in CASES.items():
        shown[screen] = look_up(qtbot, kiosk, number, screen)
        assert shown[screen][0] == expected("kk", context, headline)
        assert group_s10(number) in kiosk.window.current_screen().number.text()
        tap(qtbot, kiosk.window, "home")
        wait_for_screen(qtbot, kiosk, views.HOME)

    requests.post(central.url + "/dev/faults", json={"down": True}, timeout=5).raise_for_status()
    shown[views.ERROR] = look_up(qtbot, kiosk, DEMO_PARCEL, views.ERROR)
    assert shown[views.ERROR][0] == expected(
        "kk", "ErrorScreen", "The service is temporarily unavailable."
    )

    headlines = [headline for headline, _ in shown.values()]
    advice = [text for _, text in shown.values()]
    assert all(headlines)
    assert all(advice)
    assert len(set(headlines)) == len(headlines), headlines
    assert len(set(advice)) == len(advice), advice
    assert kiosk.printer.jobs == []

    # Service unavailable offers a retry, which looks the same number up again.
    calls = kiosk.api.calls.count("get_parcel")
    assert button(kiosk.window, "retry").text() == expected("kk", "ErrorScreen", "Try again")
    requests.post(central.url + "/dev/faults", json={"down": False}, timeout=5).raise_for_status()
    tap(qtbot, kiosk.window, "retry")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert kiosk.api.calls.count("get_parcel") == calls + 1
    qtbot.waitUntil(lambda: len(kiosk.printer.jobs) == 1, timeout=WAIT_MS)


def test_only_not_found_offers_to_check_the_number(qtbot, kiosk):
    look_up(qtbot, kiosk, "RR000000080KZ", views.RECEIVE_NOT_FOUND)
    assert button(kiosk.window, "retry").text() == expected(
        "kk", "NotFoundScreen", "Check the number"
    )
    tap(qtbot, kiosk.window, "home")
    wait_for_screen(qtbot, kiosk, views.HOME)
    look_up(qtbot, kiosk, "RB123456785GB", views.RECEIVE_DELIVERED)
    assert visible_buttons(kiosk.window, "retry") == []
    assert len(visible_buttons(kiosk.window, "home")) == 1
