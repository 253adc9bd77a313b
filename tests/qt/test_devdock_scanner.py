"""The dev dock's scanner and camera panels: typed codes and image files go out as requests, the
decoder's answer is shown."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ui.devdock import DevDock


def test_a_typed_code_is_a_scan_request(qtbot):
    dock = DevDock()
    qtbot.addWidget(dock)
    dock.scan_code.setText(" CC016695190KZ ")
    with qtbot.waitSignal(dock.scan_requested, timeout=1000) as blocker:
        dock.inject_scan.click()
    assert blocker.args == ["CC016695190KZ"]
    assert dock.scan_code.text() == ""


def test_a_dropped_image_file_goes_to_the_camera_decoder(qtbot, tmp_path):
    dock = DevDock()
    qtbot.addWidget(dock)
    image = tmp_path / "box.png"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(dock.image_requested, timeout=1000) as blocker:
        dock.dropEvent(drop)
    assert blocker.args == [str(image)]
    assert dock.image_result.text() == "box.png: decoding…"
    dock.show_image_result("box.png", "CC016695190KZ")
    assert dock.image_result.text() == "box.png: CC016695190KZ"
