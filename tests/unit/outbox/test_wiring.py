"""The outbox as the app opens it: the file under the data directory (or where it is told), the
configured backoff; its figures, refused entries and QA report over both
queues; closing it closes the worker's client and the file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.config import KioskConfig, load_config
from kiosk.errors import BoxAlreadyDispatched
from kiosk.models import TicketRecord
from kiosk.outbox import FILE_NAME, open_outbox

AT = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
NUMBERS = ["CC016695190KZ", "RR123456785KZ"]


class Server:
    """Records every ticket; refuses every dispatch for good."""

    def __init__(self) -> None:
        self.closed = False

    def create_dispatch(self, box_barcode, accepted_at, sender_phone, idempotency_key):
        raise BoxAlreadyDispatched("registered by another action", status=409)

    def record_ticket(self, tracking_numbers, printed_at, language, idempotency_key):
        return TicketRecord(ticket_id="TK-1", issued_at=printed_at)

    def close(self) -> None:
        self.closed = True


def config(tmp_path: Path) -> KioskConfig:
    file = tmp_path / "kiosk.toml"
    data_dir = (tmp_path / "data").as_posix()
    file.write_text(
        f'[data]\ndata_dir = "{data_dir}"\n[send]\nretry_min_s = 0.5\nretry_max_s = 8\n',
        encoding="utf-8",
    )
    return load_config(file)


def test_the_outbox_opens_under_the_data_directory_with_the_configured_backoff(tmp_path: Path):
    api = Server()
    outbox = open_outbox(config(tmp_path), api)
    try:
        assert outbox.store.path == tmp_path / "data" / FILE_NAME
        assert not outbox.delivery.running  # the app starts it after the first paint
        assert all(0.25 <= outbox.delivery.backoff(1) <= 0.5 for _ in range(20))
        assert all(4.0 <= outbox.delivery.backoff(30) <= 8.0 for _ in range(20))
    finally:
        assert outbox.close()
    assert api.closed


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_the_outbox_opens_where_it_is_told_with_its_clock(tmp_path: Path):
    outbox = open_outbox(
        config(tmp_path), Server(), path=tmp_path / "demo" / FILE_NAME, clock=lambda: 1_000.0
    )
    try:
        entry = outbox.dispatches.add("CB200000010KZ", AT, "key-1")
        assert (entry.created_at, entry.next_attempt_at) == (1_000.0, 1_000.0)
        assert outbox.store.path == tmp_path / "demo" / FILE_NAME
    finally:
        outbox.close()
    assert not (tmp_path / "data" / FILE_NAME).exists()  # the data directory's is left alone


@pytest.mark.expected_log("kiosk.outbox", "refused, kept for staff")
def test_figures_refused_entries_and_the_qa_report_cover_both_queues(tmp_path: Path):
    outbox = open_outbox(config(tmp_path), Server())
    try:
        dispatch = outbox.dispatches.add("CB200000010KZ", AT, "key-d", sender_phone="+77011234567")
        outbox.ticket_records.add(NUMBERS, AT, "kk", "key-t")
        stats = outbox.stats()
        assert (stats.depth, stats.parked) == (2, 0)

        assert outbox.delivery.sync_now() == 0  # the record delivered, the dispatch refused
        assert (outbox.stats().depth, outbox.stats().parked) == (0, 1)
        [refused] = outbox.parked()
        assert (refused.kind, refused.what) == ("dispatch", ("CB200000010KZ",))

        report = json.loads(json.dumps(outbox.report()))  # as the QA port sends it
        assert (report["depth"], report["oldest_age_s"], report["parked"]) == (0, None, 1)
        [entry] = report["entries"]
        assert entry == {
            "id": dispatch.id,
            "box_barcode": "CB200000010KZ",
            "idempotency_key": "key-d",
            "accepted_at": AT.isoformat(),
            "offline": False,
            "state": "parked",
            "attempts": 1,
            "last_error": "box_already_dispatched 409: registered by another action",
            "dispatch_id": "",
        }
        [record] = report["ticket_records"]
        assert (record["tracking_numbers"], record["state"], record["ticket_id"]) == (
            NUMBERS,
            "delivered",
            "TK-1",
        )
        assert "7011234567" not in json.dumps(report)  # no phone number

        outbox.requeue("dispatch", refused.id)
        assert outbox.parked() == []
        assert outbox.stats().depth == 1
    finally:
        outbox.close()
