"""The dashboard tells staff about the outbox's disk, in their language: all is well, or the
records file was damaged and rebuilt at start (with SQLite's reason and what was kept)."""

from __future__ import annotations

import pytest
from disk_faults import write_garbage
from kiosk_driver import WAIT_MS, expected, tap, text_of, type_keys, wait_for_screen
from maintenance_kiosk import PINS, build, close
from PySide6.QtCore import Qt

from kiosk import views
from kiosk.outbox import FILE_NAME


@pytest.fixture
def make(qtbot, tmp_path, central):
    built = []

    def make_kiosk(garbage: bool):
        data_dir = tmp_path / f"k{len(built)}"
        if garbage:
            data_dir.mkdir()
            write_garbage(data_dir / FILE_NAME)
        kiosk = build(qtbot, data_dir, central.url)
        built.append(kiosk)
        wait_for_screen(qtbot, kiosk, views.HOME)
        return kiosk

    yield make_kiosk
    for kiosk in built:
        close(kiosk)


def storage_figure(qtbot, kiosk) -> str:
    corner = next(c for c in kiosk.window.staff_corners if c.isVisible())
    for _ in range(5):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE_PIN)
    type_keys(qtbot, kiosk.window, PINS["S001"])
    tap(qtbot, kiosk.window, "submit")
    wait_for_screen(qtbot, kiosk, views.MAINTENANCE)
    qtbot.waitUntil(lambda: text_of(kiosk.window, "figure_storage") != "", timeout=WAIT_MS)
    return text_of(kiosk.window, "figure_storage")


def test_a_sound_outbox_is_ok_on_the_dashboard(qtbot, make):
    kiosk = make(garbage=False)
    assert storage_figure(qtbot, kiosk) == expected("kk", "DashboardPage", "ok")


@pytest.mark.expected_log("kiosk.outbox", "unusable")
def test_a_salvaged_outbox_is_shown_to_staff_with_what_was_kept(qtbot, make):
    kiosk = make(garbage=True)
    text = storage_figure(qtbot, kiosk)
    assert text.startswith(
        expected("kk", "DashboardPage", "the records file was damaged and rebuilt")
    )
    assert "0 entries saved, 0 lost, old file kept as outbox.sqlite3.broken-" in text
