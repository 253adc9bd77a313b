"""The hall end to end: three stations (stocking, customer, checkout) on one central server.

A manifest's parcel is shelved → its recipient's SMS carries a pickup code → the code typed at the
customer terminal → a ticket → the checkout scans the ticket → handed over → the customer terminal
reports the parcel as collected; and a box sent at the customer terminal → collected by the
courier at the stocking station, on a printed slip.
"""

from __future__ import annotations

import requests
from dev_sms import latest_code
from kiosk_driver import WAIT_MS, tap, text_of, type_keys, wait_for_screen
from station_driver import customer_status, scan, sign_in, wait_until_idle

from kiosk import views
from kiosk.send.driver import SendOptions

ARRIVAL, PHONE = "CC300000030KZ", "+77011234567"  # on the demo manifest
BOX = "CB200000010KZ"  # an unused demo box


def dispatched(url: str, barcode: str) -> bool:
    response = requests.get(url + "/dev/dispatches", params={"terminal_id": "T-ALA-01"}, timeout=5)
    response.raise_for_status()
    return any(d["box_barcode"] == barcode for d in response.json())


def test_a_parcel_and_a_box_travel_through_the_hall(qtbot, central, build_kiosk):
    stocking = build_kiosk(central.url, role="stocking")
    customer = build_kiosk(central.url, send=SendOptions())
    checkout = build_kiosk(central.url, role="checkout")
    for kiosk in (stocking, customer, checkout):
        kiosk.controller.set_language("en")

    # Stocking: the arrival goes on a shelf; its recipient gets a pickup code.
    sign_in(qtbot, stocking, views.STOCKING_MENU)
    tap(qtbot, stocking.window, "open_shelve")
    scan(stocking, ARRIVAL)
    scan(stocking, "SHELF:05-01")
    qtbot.waitUntil(
        lambda: "row 5, compartment 1" in text_of(stocking.window, "shelve_result"),
        timeout=WAIT_MS,
    )
    code = latest_code(central.url, PHONE)

    # Customer: the code, typed → the recipient's parcels → one ticket, recorded on the server.
    tap(qtbot, customer.window, "receive")
    tap(qtbot, customer.window, "use_pickup_code")
    wait_for_screen(qtbot, customer, views.RECEIVE_PICKUP_CODE)
    type_keys(qtbot, customer.window, code)
    with qtbot.waitSignal(customer.controller.ticket_recorded, timeout=WAIT_MS):
        tap(qtbot, customer.window, "submit")
        wait_for_screen(qtbot, customer, views.RECEIVE_ITEMS)
    [ticket] = [j.document for j in customer.printer.jobs if j.document.kind == "receive_ticket"]
    assert ARRIVAL in ticket.texts()
    ticket_ref = ticket.job_id[:8].upper()
    assert ticket_ref in ticket.texts()  # printed, and as its Code128
    tap(qtbot, customer.window, "home")

    # Checkout: the ticket scanned → its parcels → handed over.
    sign_in(qtbot, checkout, views.CHECKOUT_SCAN)
    scan(checkout, ticket_ref)
    wait_for_screen(qtbot, checkout, views.CHECKOUT_PARCELS)
    assert ARRIVAL in text_of(checkout.window, "checkout_items")
    tap(qtbot, checkout.window, "hand_over")
    wait_for_screen(qtbot, checkout, views.CHECKOUT_SCAN)
    assert customer_status(central.url, ARRIVAL) == "delivered"

    # Customer: that parcel is now reported as collected, and no ticket prints for it.
    printed = len(customer.printer.jobs)
    wait_for_screen(qtbot, customer, views.RECEIVE_DONE)
    tap(qtbot, customer.window, "home")
    wait_for_screen(qtbot, customer, views.HOME)
    tap(qtbot, customer.window, "receive")
    type_keys(qtbot, customer.window, ARRIVAL)
    tap(qtbot, customer.window, "submit")
    wait_for_screen(qtbot, customer, views.RECEIVE_DELIVERED)
    assert len(customer.printer.jobs) == printed

    # A box sent at the customer terminal, collected by the courier at the stocking station.
    tap(qtbot, customer.window, "home")
    wait_for_screen(qtbot, customer, views.HOME)
    tap(qtbot, customer.window, "send")
    wait_for_screen(qtbot, customer, views.SEND_SCAN)
    scan(customer, BOX)
    wait_for_screen(qtbot, customer, views.SEND_CONFIRM)
    tap(qtbot, customer.window, "confirm_send")
    wait_for_screen(qtbot, customer, views.SEND_DONE)
    qtbot.waitUntil(lambda: dispatched(central.url, BOX), timeout=WAIT_MS)

    tap(qtbot, stocking.window, "back")
    tap(qtbot, stocking.window, "open_collection")
    wait_for_screen(qtbot, stocking, views.STOCKING_COLLECTION)
    scan(stocking, BOX)
    wait_until_idle(qtbot, stocking)
    assert stocking.controller.view.problem is None
    assert BOX in text_of(stocking.window, "round_list")
    tap(qtbot, stocking.window, "print_slip")
    qtbot.waitUntil(
        lambda: any(j.document.kind == "collection_slip" for j in stocking.printer.jobs),
        timeout=WAIT_MS,
    )
    [slip] = [j.document for j in stocking.printer.jobs if j.document.kind == "collection_slip"]
    assert BOX in slip.texts()
