"""Mock mode: the dev dock shows the SMS the central server's fake gateway "sent", fetched off the
GUI thread, with the phone masked, so QA can read the code."""

from __future__ import annotations

from dev_sms import latest_code
from kiosk_driver import WAIT_MS, tap, type_keys

from kiosk import views
from kiosk.app.devtools import show_sent_sms
from kiosk.dev_sms import fetch_latest_sms
from ui.devdock import DevDock

PHONE = "+77011234567"


def test_the_dock_shows_the_sms_with_its_code_and_a_masked_phone(qtbot, build_kiosk, central):
    kiosk = build_kiosk(central.url)
    dock = DevDock()
    qtbot.addWidget(dock)
    relay = show_sent_sms(dock, kiosk.controller, central.url)
    tap(qtbot, kiosk.window, "receive")
    tap(qtbot, kiosk.window, "use_phone")
    type_keys(qtbot, kiosk.window, PHONE[2:])
    tap(qtbot, kiosk.window, "submit")
    qtbot.waitUntil(lambda: dock.sms.count() == 1, timeout=WAIT_MS)
    assert kiosk.controller.screen == views.RECEIVE_OTP
    text = dock.sms.item(0).text()
    assert text.startswith("+7 701 *** ** 67: ")
    assert latest_code(central.url, PHONE) in text
    assert PHONE[2:] not in text
    del relay


def test_a_server_without_the_dev_endpoint_says_so(central):
    text = fetch_latest_sms("http://127.0.0.1:9/api/v1", PHONE, timeout_s=1, tries=1)
    assert text == "+7 701 *** ** 67: the server has no dev SMS endpoint"
