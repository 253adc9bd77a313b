"""The send flow as a plain state machine: no Qt, no I/O."""

from __future__ import annotations

import datetime as dt

from kiosk import views
from kiosk.identifiers import S10Problem
from kiosk.models import Box
from kiosk.send.flow import (
    BoxCheck,
    CheckBox,
    PrintReceipt,
    QueueDispatch,
    SendFlow,
    Step,
)

BOX = "CB200000010KZ"
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def unused(barcode: str = BOX) -> Box:
    return Box(barcode=barcode, status="unused", size="M", prepaid=True)


def confirming(flow: SendFlow) -> SendFlow:
    assert flow.submit(BOX) == [CheckBox(BOX)]
    assert flow.checked(unused()) == []
    assert flow.step is Step.CONFIRMING
    return flow


def test_the_whole_send():
    flow = SendFlow()
    assert flow.view()[0] == views.SEND_SCAN
    assert flow.submit("cb 2000 0001 0 kz") == [CheckBox(BOX)]  # normalised
    assert flow.busy
    flow.checked(unused())
    screen, view = flow.view()
    assert screen == views.SEND_CONFIRM
    assert view == views.SendConfirmView(barcode=BOX, size="M")

    [queue] = flow.confirm(NOW)
    assert isinstance(queue, QueueDispatch)
    assert (queue.barcode, queue.accepted_at, queue.offline) == (BOX, NOW, False)
    assert flow.view()[1].busy
    [receipt] = flow.queued(NOW)
    assert receipt == PrintReceipt(BOX, NOW, queue.idempotency_key, False)
    assert flow.print_finished(True) == []
    assert flow.view() == (views.SEND_DONE, views.SendDoneView(BOX, printed=True, offline=False))


def test_a_double_tap_on_send_queues_once():
    flow = confirming(SendFlow())
    assert len(flow.confirm(NOW)) == 1
    assert flow.confirm(NOW) == []


def test_the_same_box_scanned_again_keeps_its_key():
    flow = confirming(SendFlow())
    [first] = flow.confirm(NOW)
    flow.queue_failed(already_queued=False)  # the disk hiccuped: nothing written
    assert flow.step is Step.CONFIRMING
    assert flow.view()[1].failed
    flow.submit(BOX)
    flow.checked(unused())
    [second] = flow.confirm(NOW)
    assert second.idempotency_key == first.idempotency_key


def test_a_malformed_barcode_is_explained_and_not_checked():
    flow = SendFlow()
    assert flow.submit("CB200000011KZ") == []
    assert flow.problem is S10Problem.CHECK_DIGIT
    assert flow.view()[1].problem is S10Problem.CHECK_DIGIT


def test_unknown_and_dispatched_boxes_are_refused():
    flow = SendFlow()
    flow.submit(BOX)
    flow.check_failed(BoxCheck.UNKNOWN)
    assert flow.view() == (views.SEND_SCAN, views.SendScanView(text=BOX, refusal="unknown"))
    flow.submit(BOX)
    flow.checked(Box(barcode=BOX, status="dispatched", size="S", prepaid=True))
    assert flow.view()[1].refusal == "already_dispatched"


def test_unreachable_refused_unless_offline_accept():
    refusing = SendFlow(offline_accept=False)
    refusing.submit(BOX)
    refusing.check_failed(BoxCheck.UNAVAILABLE)
    assert refusing.view()[1].refusal == "unavailable"

    accepting = SendFlow(offline_accept=True)
    accepting.submit(BOX)
    accepting.check_failed(BoxCheck.UNAVAILABLE)
    assert accepting.view() == (
        views.SEND_CONFIRM,
        views.SendConfirmView(barcode=BOX, size="", offline=True),
    )
    [queue] = accepting.confirm(NOW)
    assert queue.offline
    [receipt] = accepting.queued()
    assert receipt.offline
    accepting.print_finished(False)
    assert accepting.view()[1] == views.SendDoneView(BOX, printed=False, offline=True)


def test_the_outbox_refusing_the_box_goes_back_to_scanning():
    flow = confirming(SendFlow())
    flow.confirm(NOW)
    flow.queue_failed(already_queued=True)
    assert flow.view()[1].refusal == "already_dispatched"


def test_back_from_confirm_only():
    flow = SendFlow()
    assert not flow.back()
    confirming(flow)
    assert flow.back()
    assert flow.step is Step.SCANNING


def test_a_refused_terminal_is_not_accepted_offline_even_when_configured():
    flow = SendFlow(offline_accept=True)
    flow.submit(BOX)
    assert flow.check_failed(BoxCheck.UNAVAILABLE, may_accept=False) == []
    screen, view = flow.view()
    assert screen == views.SEND_SCAN
    assert view.refusal == "unavailable"
