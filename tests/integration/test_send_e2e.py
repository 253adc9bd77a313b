"""Send a box end to end: taps and scans → real central server → outbox → mock printer → delivery.

The kiosk is wired as the app wires it (``build_kiosk``): a real outbox in ``tmp_path`` and a real
delivery worker with a client of its own, against the session's central server.
"""

from __future__ import annotations

import pytest
import requests
from escpos_stream import code128_text, parse
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk import views
from kiosk.api import CentralApi
from kiosk.ports.printer import PrinterState
from kiosk.send.driver import SendOptions

BOX = "CB200000010KZ"  # unused, size M, in the demo data
SECOND_BOX = "CB200000023KZ"
DISPATCHED_BOX = "CB200099990KZ"  # registered at a post office: already dispatched
UNSOLD_BOX = "CB300000012KZ"  # well formed, never sold
TRACKING_URL = "https://track.example.kz/{tracking_number}"
WAIT_MS = 15_000


def tap(qtbot, window, button_id: str) -> None:
    buttons = [b for b in window.findChildren(QAbstractButton, button_id) if b.isVisible()]
    assert len(buttons) == 1, f"expected one visible button {button_id!r}"
    assert buttons[0].isEnabled(), f"button {button_id!r} is disabled"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def visible_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def wait_for_screen(qtbot, kiosk, screen: str) -> None:
    def shown() -> None:
        assert kiosk.controller.screen == screen
        assert kiosk.window.current_screen_name() == screen

    qtbot.waitUntil(shown, timeout=WAIT_MS)


def dispatches(central) -> list[dict]:
    response = requests.get(
        central.url + "/dev/dispatches", params={"terminal_id": "T-ALA-01"}, timeout=5
    )
    response.raise_for_status()
    return response.json()


def set_faults(central, **faults) -> None:
    requests.post(central.url + "/dev/faults", json=faults, timeout=5).raise_for_status()


@pytest.fixture
def sender(build_kiosk, central):
    """A kiosk offering the send flow, accepting boxes while the central system is unreachable;
    its outbox (``kiosk.outbox``) is delivered by its own delivery worker."""

    def build(offline_accept: bool = True):
        options = SendOptions(offline_accept=offline_accept, tracking_url=TRACKING_URL)
        kiosk = build_kiosk(central.url, send=options)
        kiosk.controller.set_language("en")  # the tests read English texts
        return kiosk

    return build


def scan_box(qtbot, kiosk, barcode: str) -> None:
    tap(qtbot, kiosk.window, "send")
    wait_for_screen(qtbot, kiosk, views.SEND_SCAN)
    kiosk.controller.scanned(barcode, "test")


def delivered_once(central, barcode: str, key: str) -> None:
    records = [d for d in dispatches(central) if d["box_barcode"] == barcode]
    assert len(records) == 1, records
    assert records[0]["idempotency_key"] == key


def test_typed_barcode_sends_prints_the_receipt_and_is_delivered_once(qtbot, central, sender):
    kiosk = sender()
    outbox = kiosk.outbox
    [home_send] = kiosk.window.findChildren(QAbstractButton, "send")
    assert home_send.isEnabled()
    tap(qtbot, kiosk.window, "send")
    wait_for_screen(qtbot, kiosk, views.SEND_SCAN)
    for char in BOX:
        tap(qtbot, kiosk.window, f"key_{char}")
    assert kiosk.window.send_scan.field.text() == "CB 2000 0001 0 KZ"
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    assert "CB 2000 0001 0 KZ" in visible_texts(kiosk.window)

    tap(qtbot, kiosk.window, "confirm_send")
    kiosk.controller.confirm_send()  # a double tap arriving before the screen turned busy
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)

    [job] = kiosk.printer.jobs
    assert job.document.kind == "send_receipt"
    commands = parse(job.bin_path.read_bytes())
    assert [code128_text(c.payload) for c in commands if c.name == "GS k"] == [BOX]
    qr_data = [c.payload for c in commands if c.name == "GS ( k" and c.payload[:3] == b"1P0"]
    assert qr_data == [b"1P0" + TRACKING_URL.format(tracking_number=BOX).encode()]
    [entry] = outbox.all()
    texts = job.document.texts()
    assert entry.idempotency_key[:8].upper() in texts  # the dispatch reference
    assert "T-ALA-01" in texts
    assert "Almaty, Abay 1" in texts
    assert not any("automatically" in text for text in texts)  # it was checked online

    qtbot.waitUntil(lambda: delivered_once(central, BOX, entry.idempotency_key), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: outbox.get(entry.id).state == "delivered", timeout=WAIT_MS)
    assert outbox.stats().depth == 0
    box = requests.get(
        central.url + f"/api/v1/boxes/{BOX}",
        headers={"Authorization": "Bearer dev-T-ALA-01"},
        timeout=5,
    ).json()
    assert box["status"] == "dispatched"


def test_a_scan_on_the_confirm_screen_and_back_keep_one_dispatch(qtbot, central, sender):
    kiosk = sender()
    outbox = kiosk.outbox
    scan_box(qtbot, kiosk, BOX)
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    kiosk.controller.scanned(BOX, "test")  # the customer scans again
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    tap(qtbot, kiosk.window, "back")
    wait_for_screen(qtbot, kiosk, views.SEND_SCAN)
    kiosk.controller.scanned(BOX, "test")
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    tap(qtbot, kiosk.window, "confirm_send")
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)
    [entry] = outbox.all()
    qtbot.waitUntil(lambda: delivered_once(central, BOX, entry.idempotency_key), timeout=WAIT_MS)

    tap(qtbot, kiosk.window, "home")  # the next customer tries the same box
    wait_for_screen(qtbot, kiosk, views.HOME)
    tap(qtbot, kiosk.window, "lang_en")
    scan_box(qtbot, kiosk, BOX)
    qtbot.waitUntil(lambda: "already been handed in" in " ".join(visible_texts(kiosk.window)))
    assert kiosk.controller.screen == views.SEND_SCAN
    assert len(outbox.all()) == 1


@pytest.mark.parametrize(
    ("barcode", "message"),
    [
        (UNSOLD_BOX, "does not belong to a prepaid box"),
        (DISPATCHED_BOX, "already been handed in"),
        ("CB300000011KZ", "not a box barcode"),  # wrong check digit: never sent to the server
    ],
)
def test_boxes_that_cannot_be_sent_get_a_clear_message(qtbot, central, sender, barcode, message):
    kiosk = sender()
    outbox = kiosk.outbox
    scan_box(qtbot, kiosk, barcode)
    qtbot.waitUntil(lambda: message in " ".join(visible_texts(kiosk.window)), timeout=WAIT_MS)
    assert kiosk.controller.screen == views.SEND_SCAN
    assert outbox.all() == []
    assert kiosk.printer.jobs == []


@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_server_down_during_the_send_queues_then_delivers_exactly_once(qtbot, central, sender):
    kiosk = sender()
    outbox = kiosk.outbox
    scan_box(qtbot, kiosk, SECOND_BOX)
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)  # checked while the server was up
    set_faults(central, down=True)
    tap(qtbot, kiosk.window, "confirm_send")
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)
    [entry] = outbox.all()
    qtbot.waitUntil(lambda: outbox.get(entry.id).attempts >= 2, timeout=WAIT_MS)  # tried, failed
    assert outbox.stats().depth == 1
    assert dispatches(central) == []

    set_faults(central, down=False)
    qtbot.waitUntil(lambda: outbox.get(entry.id).state == "delivered", timeout=WAIT_MS)
    delivered_once(central, SECOND_BOX, entry.idempotency_key)
    assert outbox.stats().depth == 0


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.flow", "box check: central system unreachable")
@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_unreachable_box_check_accepted_offline_says_so_on_the_receipt(qtbot, central, sender):
    kiosk = sender(offline_accept=True)
    outbox = kiosk.outbox
    set_faults(central, down=True)
    scan_box(qtbot, kiosk, BOX)
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    assert any("registered automatically" in t for t in visible_texts(kiosk.window))
    tap(qtbot, kiosk.window, "confirm_send")
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)
    [job] = kiosk.printer.jobs
    assert any("registered automatically" in text for text in job.document.texts())
    [entry] = outbox.all()
    assert entry.offline

    set_faults(central, down=False)
    qtbot.waitUntil(lambda: delivered_once(central, BOX, entry.idempotency_key), timeout=WAIT_MS)


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.flow", "box check: central system unreachable")
def test_unreachable_box_check_refused_when_configured(qtbot, central, sender):
    kiosk = sender(offline_accept=False)
    outbox = kiosk.outbox
    set_faults(central, down=True)
    scan_box(qtbot, kiosk, BOX)
    qtbot.waitUntil(
        lambda: "cannot be checked right now" in " ".join(visible_texts(kiosk.window)),
        timeout=WAIT_MS,
    )
    assert kiosk.controller.screen == views.SEND_SCAN
    assert outbox.all() == []


@pytest.mark.expected_log("kiosk.flow", "box check refused for this terminal")
def test_a_terminal_the_server_refuses_does_not_accept_boxes_offline(qtbot, central, sender):
    """401 is an answer, not an outage: the dispatch would be refused at delivery too, so the box
    is not accepted, whatever offline_accept says."""
    kiosk = sender(offline_accept=True)
    outbox = kiosk.outbox
    wrong_token = CentralApi(central.url, "not-a-token", "T-ALA-01", read_timeout=5, retries=0)
    kiosk.api._api = wrong_token  # the kiosk's own client, now with a token the server refuses
    try:
        scan_box(qtbot, kiosk, BOX)
        qtbot.waitUntil(
            lambda: "cannot be checked right now" in " ".join(visible_texts(kiosk.window)),
            timeout=WAIT_MS,
        )
        assert kiosk.controller.screen == views.SEND_SCAN
        assert outbox.all() == []
    finally:
        wrong_token.close()


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.flow", "box check: central system unreachable")
@pytest.mark.expected_log("kiosk.outbox", "not delivered")
@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff: box_already_dispatched")
def test_an_offline_accepted_box_dispatched_elsewhere_is_parked_for_staff(qtbot, central, sender):
    kiosk = sender(offline_accept=True)
    outbox = kiosk.outbox
    set_faults(central, down=True)
    scan_box(qtbot, kiosk, DISPATCHED_BOX)
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    tap(qtbot, kiosk.window, "confirm_send")
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)
    set_faults(central, down=False)
    qtbot.waitUntil(lambda: outbox.stats().parked == 1, timeout=WAIT_MS)
    [parked] = outbox.parked()
    assert parked.box_barcode == DISPATCHED_BOX
    assert "box_already_dispatched" in parked.last_error
    assert outbox.stats().depth == 0
    assert dispatches(central) == [] or all(
        d["idempotency_key"] != parked.idempotency_key for d in dispatches(central)
    )


@pytest.mark.expected_log("kiosk.flow", "receipt not printed: paper_out")
def test_a_failed_receipt_still_hands_the_parcel_in(qtbot, central, sender):
    kiosk = sender()
    outbox = kiosk.outbox
    kiosk.printer.set_state(PrinterState.PAPER_OUT)
    scan_box(qtbot, kiosk, BOX)
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    tap(qtbot, kiosk.window, "confirm_send")
    wait_for_screen(qtbot, kiosk, views.SEND_DONE)
    shown = " ".join(visible_texts(kiosk.window))
    assert "could not be printed" in shown
    assert "CB 2000 0001 0 KZ" in shown  # the number to note instead
    assert kiosk.printer.jobs == []
    [entry] = outbox.all()
    qtbot.waitUntil(lambda: delivered_once(central, BOX, entry.idempotency_key), timeout=WAIT_MS)


def test_leaving_right_after_send_still_queues_and_prints(qtbot, central, sender):
    kiosk = sender()
    outbox = kiosk.outbox
    scan_box(qtbot, kiosk, BOX)
    wait_for_screen(qtbot, kiosk, views.SEND_CONFIRM)
    tap(qtbot, kiosk.window, "confirm_send")
    kiosk.controller.reset_session()  # the idle timeout, before the outbox answered
    assert kiosk.controller.screen == views.HOME
    qtbot.waitUntil(lambda: len(kiosk.printer.jobs) == 1, timeout=WAIT_MS)
    [entry] = outbox.all()
    qtbot.waitUntil(lambda: delivered_once(central, BOX, entry.idempotency_key), timeout=WAIT_MS)
    assert kiosk.controller.screen == views.HOME


def test_without_an_outbox_the_send_button_stays_disabled(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url)
    [send] = kiosk.window.findChildren(QAbstractButton, "send")
    assert not send.isEnabled()
    kiosk.controller.start_send()  # even if asked: there is nowhere to keep the dispatch
    assert kiosk.controller.screen == views.HOME
