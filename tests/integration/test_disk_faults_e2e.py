"""The kiosk against the real central server, started on a damaged outbox file or a data
directory it cannot write, or meeting a full disk while it runs: it stays alive, its screen is
sane, every entry that could be read reaches the server once, and the stored heartbeat says what
happened. Real files, really damaged (tests/support/disk_faults.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests
from disk_faults import (
    damage_page,
    fill,
    is_root,
    remount,
    small_filesystem,
    table_pages,
    truncate,
    write_garbage,
)
from kiosk_builder import TERMINAL
from kiosk_driver import WAIT_MS, tap, type_keys, visible_texts, wait_for_screen
from maintenance_kiosk import beat

from kiosk import views
from kiosk.outbox import FILE_NAME, Outbox

AT = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
DEMO_PARCEL = "CC016695190KZ"  # awaiting pickup at row 3, compartment 12 in the demo data
BOXES = ["CB200000010KZ", "CB200000023KZ"]  # unused boxes of the demo data
RECORDS = 150  # ticket records on disk: several pages

pytestmark = [
    pytest.mark.expected_log("kiosk.outbox", "unusable"),
    pytest.mark.expected_log("kiosk.outbox", "cannot be written"),
    pytest.mark.expected_log("kiosk.outbox", "free space"),
    pytest.mark.expected_log("kiosk.outbox", "queue failed"),
    pytest.mark.expected_log("kiosk.outbox", "held when the kiosk stopped"),
    pytest.mark.expected_log("kiosk.flow", "out of service: storage"),
    pytest.mark.expected_log("kiosk.flow", "not printed"),
    pytest.mark.expected_log("kiosk.availability", ""),
]


class Unused:
    """No server while the file is written."""

    def close(self) -> None:
        pass


def outbox_on_disk(data_dir: Path) -> Path:
    """What an earlier run left pending: two dispatches, many ticket records; closed."""
    outbox = Outbox.open(data_dir / FILE_NAME, Unused(), disk_low_bytes=0, disk_reserve_bytes=0)
    outbox.store.execute("PRAGMA synchronous=OFF")  # the test's writing only: faster
    for n, box in enumerate(BOXES):
        outbox.dispatches.add(box, AT, f"disk-d-{n}")
    for n in range(RECORDS):
        outbox.ticket_records.add([DEMO_PARCEL], AT, "kk", f"disk-t-{n}")
    outbox.store.close()
    return data_dir / FILE_NAME


def on_server(central, what: str) -> list[str]:
    rows = requests.get(
        f"{central.url}/dev/{what}", params={"terminal_id": TERMINAL}, timeout=10
    ).json()
    return [row["idempotency_key"] for row in rows]


def stored_heartbeat(central) -> dict:
    answer = requests.get(f"{central.url}/dev/terminals/{TERMINAL}", timeout=10)
    return answer.json()["last_heartbeat"]


def delivered_once(qtbot, central, kiosk, keys: set[str]) -> None:
    """Every key in ``keys`` on the server exactly once (and nothing else of the file)."""

    def there() -> None:
        got = on_server(central, "tickets") + on_server(central, "dispatches")
        mine = [k for k in got if k.startswith("disk-")]
        assert len(mine) == len(set(mine))
        assert set(mine) == keys

    kiosk.delivery.wake()
    qtbot.waitUntil(there, timeout=30_000)


def receive(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.window, "receive")
    type_keys(qtbot, kiosk.window, DEMO_PARCEL)
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.RECEIVE_RESULT)


def damage(kind: str, path: Path) -> None:
    if kind == "garbage":
        write_garbage(path)
    elif kind == "truncated":
        truncate(path, 0.5)
    else:
        root, leaves = table_pages(path, kind)
        damage_page(path, leaves[-1] if len(leaves) > 1 else root)


def readable_keys(path: Path) -> set[str]:
    """The keys the damaged file still gives (as the salvage reads them)."""
    import tempfile

    from kiosk.outbox.salvage import copy_rows
    from kiosk.outbox.store import OutboxStore

    with tempfile.TemporaryDirectory() as scratch:
        store = OutboxStore(Path(scratch) / "copy.sqlite3")
        try:
            copy_rows(path, store, read_only=True)
            rows = store.execute(
                "SELECT idempotency_key FROM dispatches UNION SELECT idempotency_key "
                "FROM ticket_records"
            )
        finally:
            store.close()
    return {str(r[0]) for r in rows}


@pytest.mark.parametrize("kind", ["garbage", "truncated", "dispatches", "ticket_records"])
def test_a_damaged_outbox_is_salvaged_delivered_once_and_the_kiosk_serves(
    qtbot, central, build_kiosk, tmp_path, kind
):
    data_dir = tmp_path / "kiosk-0"
    path = outbox_on_disk(data_dir)
    damage(kind, path)
    readable = readable_keys(path) if kind != "garbage" else set()
    if kind in ("truncated", "ticket_records"):
        assert 0 < len(readable) < RECORDS + len(BOXES)

    kiosk = build_kiosk(central.url)
    wait_for_screen(qtbot, kiosk, views.HOME)
    delivered_once(qtbot, central, kiosk, readable)
    assert [p.name for p in data_dir.iterdir() if ".broken-" in p.name]  # kept aside
    beat(qtbot, kiosk)
    [alert] = [a for a in stored_heartbeat(central)["alerts"] if a.startswith("outbox_salvaged:")]
    assert f"{len(readable)} entries saved" in alert
    # and it serves: a receive prints and its record reaches the server
    with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=WAIT_MS):
        receive(qtbot, kiosk)
    assert len(kiosk.printer.jobs) == 1


@pytest.mark.expected_log("kiosk.speech", "cannot be written")  # the mock voice's WAV folder
def test_a_read_only_data_directory_is_out_of_service_with_heartbeat_and_delivery(
    qtbot, central, build_kiosk, tmp_path
):
    if is_root():
        mounted = small_filesystem(tmp_path / "kiosk-0", 8192)
    else:
        from contextlib import nullcontext

        mounted = nullcontext(tmp_path / "kiosk-0")
    with mounted as data_dir:
        outbox_on_disk(data_dir)
        if is_root():
            remount(data_dir, read_only=True)
        else:
            data_dir.chmod(0o555)
        try:
            kiosk = build_kiosk(central.url)
            kiosk.controller.maintenance.tick()
            wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
            keys = {f"disk-d-{n}" for n in range(len(BOXES))}
            keys |= {f"disk-t-{n}" for n in range(RECORDS)}
            delivered_once(qtbot, central, kiosk, keys)  # from memory
            beat(qtbot, kiosk)
            body = stored_heartbeat(central)
            assert body["state"] == "out_of_service"
            assert any(a.startswith("data_dir_read_only:") for a in body["alerts"])
        finally:
            if not is_root():
                data_dir.chmod(0o755)


def test_a_full_disk_prints_nothing_shows_the_place_and_stops_new_customers_until_space(
    qtbot, central, build_kiosk, tmp_path
):
    with small_filesystem(tmp_path / "small", 4096) as data_dir:
        kiosk = build_kiosk(
            central.url,
            data={"data_dir": str(data_dir), "disk_low_mb": 1.0, "disk_reserve_mb": 0.0},
        )
        wait_for_screen(qtbot, kiosk, views.HOME)
        filler = fill(data_dir)  # full: the ticket's record cannot be held
        receive(qtbot, kiosk)
        qtbot.waitUntil(lambda: kiosk.controller.receive.flow.step.name == "PRINT_FAILED")
        assert kiosk.printer.jobs == []  # nothing printed without its record
        shown = visible_texts(kiosk.window)
        assert "3" in shown  # row and compartment, on screen all the same
        assert "12" in shown
        tap(qtbot, kiosk.window, "home")
        kiosk.controller.maintenance.tick()
        wait_for_screen(qtbot, kiosk, views.OUT_OF_SERVICE)
        beat(qtbot, kiosk)
        body = stored_heartbeat(central)
        assert body["state"] == "out_of_service"
        assert any(a.startswith("disk_full:") for a in body["alerts"])
        assert "SQLITE_FULL" in next(a for a in body["alerts"] if a.startswith("disk_full:"))
        filler.unlink()  # space comes back: the watch sees it, the terminal is back
        kiosk.delivery.wake()

        def back() -> None:
            kiosk.controller.maintenance.tick()
            assert kiosk.controller.screen == views.HOME

        qtbot.waitUntil(back, timeout=30_000)
        with qtbot.waitSignal(kiosk.controller.ticket_recorded, timeout=WAIT_MS):
            receive(qtbot, kiosk)
