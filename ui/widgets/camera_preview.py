"""The camera's live picture on the scan screens, so a customer can aim the phone or the box.

It receives ready QImages (the camera scanner makes them on its own thread; the ui never touches
OpenCV) and stays hidden until the first frame arrives and after the camera stops.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget


class CameraPreview(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camera_preview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setVisible(False)
        self.live = False

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        if self.width() > 1 and self.height() > 1:
            pixmap = pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        self.setPixmap(pixmap)
        if not self.live:
            self.live = True
            self.setVisible(True)

    @Slot(bool)
    def set_live(self, live: bool) -> None:
        """The camera started (no change until a frame comes) or stopped (hide)."""
        if not live:
            self.live = False
            self.clear()
            self.setVisible(False)
