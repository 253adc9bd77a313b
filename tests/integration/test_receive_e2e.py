"""Receive by tracking number end to end: keyboard → real central server → mock printer."""

from __future__ import annotations

import http.server
import threading
from typing import ClassVar

import pytest
import requests
from escpos_stream import code128_text, parse
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk import views

DEMO_PARCEL = "CC016695190KZ"  # awaiting pickup at row 3, compartment 12 in the demo data


def tap(qtbot, window, button_id: str) -> None:
    buttons = [b for b in window.findChildren(QAbstractButton, button_id) if b.isVisible()]
    assert buttons, f"no visible button {button_id!r}"
    assert buttons[0].isEnabled(), f"button {button_id!r} is disabled"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def type_on_keyboard(qtbot, window, text: str) -> None:
    for char in text:
        tap(qtbot, window, f"key_{char}")


def visible_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def wait_for_screen(qtbot, kiosk, screen: str) -> None:
    def shown() -> None:
        assert kiosk.controller.screen == screen
        assert kiosk.window.stack.currentWidget().objectName() == screen

    qtbot.waitUntil(shown, timeout=10_000)


def test_tracking_number_typed_on_keyboard_prints_a_ticket_and_records_it(
    qtbot, central, build_kiosk
):
    kiosk = build_kiosk(central.url)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    assert kiosk.window.findChild(object, "tracking_number").text() == "CC 0166 9519 0 KZ"

    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=10_000) as recorded:
        tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)

    [job] = kiosk.printer.jobs
    barcodes = [c for c in parse(job.bin_path.read_bytes()) if c.name == "GS k"]
    # the item, then the ticket's reference for the checkout (its record's key begins with it)
    assert [code128_text(c.payload) for c in barcodes] == [
        DEMO_PARCEL,
        job.document.job_id[:8].upper(),
    ]
    assert job.png_path.stat().st_size > 0
    texts = job.document.texts()
    assert "3" in texts
    assert "12" in texts
    assert DEMO_PARCEL in texts
    shown = visible_texts(kiosk.window)
    assert "3" in shown
    assert "12" in shown

    records = requests.get(
        central.url + "/dev/tickets", params={"terminal_id": "T-ALA-01"}, timeout=5
    ).json()
    assert len(records) == 1
    assert records[0]["tracking_numbers"] == [DEMO_PARCEL]
    assert records[0]["ticket_id"] == recorded.args[0]


def test_bad_check_digit_shows_the_inline_error_and_sends_no_request(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, "CC016695191KZ")
    tap(qtbot, kiosk.window, "submit")

    error = kiosk.window.findChild(QLabel, "error")
    qtbot.waitUntil(lambda: error.isVisible() and error.text() != "", timeout=5_000)
    assert kiosk.controller.screen == views.RECEIVE_TRACKING
    assert kiosk.api.calls == []
    assert kiosk.printer.jobs == []


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.flow", "lookup failed: service_unavailable")
def test_server_down_shows_service_unavailable_then_retry_works(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url)
    requests.post(central.url + "/dev/faults", json={"down": True}, timeout=5).raise_for_status()
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.ERROR)
    assert kiosk.printer.jobs == []

    requests.post(central.url + "/dev/faults", json={"down": False}, timeout=5).raise_for_status()
    tap(qtbot, kiosk.window, "retry")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert len(kiosk.printer.jobs) == 1


class _GarbageHandler(http.server.BaseHTTPRequestHandler):
    bodies: ClassVar[dict[str, bytes]] = {
        "/api/v1/parcels/" + DEMO_PARCEL: b'{"tracking_number": 42, "status": "teleported"}',
    }

    def do_GET(self) -> None:
        body = self.bodies.get(self.path, b"<html>Gateway says hello</html>")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:
        pass


@pytest.fixture
def garbage_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GarbageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.mark.expected_log("kiosk.flow", "lookup failed: service_unavailable")
@pytest.mark.parametrize("number", [DEMO_PARCEL, "RR123456785KZ"])
def test_a_server_answering_nonsense_shows_service_unavailable(
    qtbot, garbage_server, build_kiosk, number
):
    kiosk = build_kiosk(garbage_server)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, number)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.ERROR)
    assert kiosk.printer.jobs == []
    tap(qtbot, kiosk.window, "home")  # still alive and usable
    wait_for_screen(qtbot, kiosk, views.HOME)


@pytest.mark.parametrize(
    ("status", "screen"),
    [
        ("in_transit", views.RECEIVE_NOT_ARRIVED),
        ("delivered", views.RECEIVE_DELIVERED),
        ("returned_to_sender", views.RECEIVE_RETURNED),
    ],
)
def test_parcels_that_cannot_be_collected_print_nothing(
    qtbot, central, build_kiosk, status, screen
):
    number = "RR000000155KZ"
    requests.post(
        central.url + "/dev/parcels",
        json={"tracking_number": number, "status": status},
        timeout=5,
    ).raise_for_status()
    kiosk = build_kiosk(central.url)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, number)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, screen)
    assert kiosk.printer.jobs == []


def test_unknown_number_shows_not_found_and_lets_the_customer_correct_it(
    qtbot, central, build_kiosk
):
    kiosk = build_kiosk(central.url)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, "RR000000080KZ")
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_NOT_FOUND)
    tap(qtbot, kiosk.window, "retry")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_TRACKING)
    assert kiosk.window.findChild(object, "tracking_number").text() == "RR 0000 0008 0 KZ"


@pytest.mark.expected_log("kiosk.flow", "ticket not printed: paper_out")
def test_printer_out_of_paper_keeps_the_location_on_screen_and_records_nothing(
    qtbot, central, build_kiosk
):
    from kiosk.ports.printer import PrinterState

    kiosk = build_kiosk(central.url)
    kiosk.printer.set_state(PrinterState.PAPER_OUT)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert kiosk.controller.view.printed is False
    assert "12" in visible_texts(kiosk.window)
    assert kiosk.api.calls == ["get_parcel"]
    records = requests.get(central.url + "/dev/tickets", timeout=5).json()
    assert records == []

    tap(qtbot, kiosk.window, "home")  # "Done"
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)
    shown = " ".join(visible_texts(kiosk.window))
    assert "трек-нөміріңізді айтып" in shown  # no "present the ticket": none was printed
    assert "талонды" not in shown.lower()


@pytest.mark.parametrize(
    ("language", "title", "row"),
    [
        ("kk", "Сәлемдеме алу талоны", "Қатар"),
        ("ru", "Талон на получение", "Ряд"),
        ("en", "Pickup ticket", "Row"),
    ],
)
def test_the_ticket_comes_out_in_the_language_the_customer_chose(
    qtbot, central, build_kiosk, language, title, row
):
    kiosk = build_kiosk(central.url)
    tap(qtbot, kiosk.window, f"lang_{language}")
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=10_000):
        tap(qtbot, kiosk.window, "submit")

    [job] = kiosk.printer.jobs
    texts = job.document.texts()
    assert title in texts
    assert row in texts
    [record] = requests.get(
        central.url + "/dev/tickets", params={"terminal_id": "T-ALA-01"}, timeout=5
    ).json()
    assert record["language"] == language


def test_the_next_customer_starts_in_the_default_language(qtbot, central, build_kiosk):
    kiosk = build_kiosk(central.url)
    tap(qtbot, kiosk.window, "lang_en")
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    tap(qtbot, kiosk.window, "home")  # "Done"
    wait_for_screen(qtbot, kiosk, views.RECEIVE_DONE)
    assert kiosk.controller.language == "en"
    tap(qtbot, kiosk.window, "home")  # "Start over": this customer is finished
    wait_for_screen(qtbot, kiosk, views.HOME)
    assert kiosk.controller.language == "kk"


@pytest.mark.expected_log("kiosk.api", "retry")
@pytest.mark.expected_log("kiosk.outbox", "not delivered")
def test_a_ticket_printed_while_the_server_is_down_is_recorded_once_when_it_is_back(
    qtbot, central, build_kiosk, monkeypatch
):
    """The record of a printed ticket is not lost with a failed request: it waits in the outbox
    file and goes out, with its key, when the central system answers again."""
    kiosk = build_kiosk(central.url)
    real_print = kiosk.printer.print

    def print_while_the_server_goes_down(document):
        requests.post(central.url + "/dev/faults", json={"down": True}, timeout=5)
        return real_print(document)

    monkeypatch.setattr(kiosk.printer, "print", print_while_the_server_goes_down)
    tap(qtbot, kiosk.window, "receive")
    type_on_keyboard(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)
    assert len(kiosk.printer.jobs) == 1

    def tried_and_waiting() -> None:
        [entry] = kiosk.tickets.all()
        assert entry.state == "pending"
        assert entry.attempts >= 1

    qtbot.waitUntil(tried_and_waiting, timeout=10_000)
    assert requests.get(central.url + "/dev/tickets", timeout=5).json() == []

    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=10_000) as recorded:
        requests.post(central.url + "/dev/faults", json={}, timeout=5)
    [entry] = kiosk.tickets.all()
    assert (entry.state, entry.ticket_id) == ("delivered", recorded.args[0])
    records = requests.get(central.url + "/dev/tickets", timeout=5).json()
    assert [(r["ticket_id"], r["tracking_numbers"]) for r in records] == [
        (recorded.args[0], [DEMO_PARCEL])
    ]
