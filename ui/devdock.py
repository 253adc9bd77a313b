"""The mock-hardware panel (``--mock`` only): printed tickets with previews, printer faults and
injected scans. A developer and QA tool in its own small window, so it is not translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PRINTER_STATES = ("ok", "paper_near_end", "paper_out", "cover_open", "offline", "error")
PATH_ROLE = Qt.ItemDataRole.UserRole
TICKETS_LISTED = 200  # the newest; the mock printer's folder keeps them all


class DevDock(QWidget):
    printer_state_requested = Signal(str, bool)  # state, midway (fail the next job part-way)
    scan_requested = Signal(str)
    image_requested = Signal(str)  # an image file's path, for the camera decoder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("dev_dock")
        self.setWindowTitle("Kiosk mock hardware")
        self.resize(QSize(520, 900))

        self.tickets = QListWidget()
        self.tickets.setObjectName("tickets")
        self.tickets.currentItemChanged.connect(self._show_selected)
        self.preview = QLabel("No ticket printed yet")
        self.preview.setObjectName("ticket_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumHeight(320)
        self._pixmap = QPixmap()

        self.printer_state = QComboBox()
        self.printer_state.setObjectName("printer_state")
        self.printer_state.addItems(PRINTER_STATES)
        self.apply_printer_state = QPushButton("Set printer state")
        self.apply_printer_state.setObjectName("apply_printer_state")
        self.apply_printer_state.clicked.connect(self._request_printer_state)
        self.printer_midway = QCheckBox("during the next job")
        self.printer_midway.setObjectName("printer_midway")
        self.printer_midway.setToolTip(
            "Unticked: the printer is in this state now. Ticked: the next job starts, then the "
            "printer falls into this state half-way through it."
        )

        self.scan_code = QLineEdit()
        self.scan_code.setObjectName("scan_code")
        self.scan_code.setPlaceholderText("CC016695190KZ")
        self.scan_code.returnPressed.connect(self._request_scan)
        self.inject_scan = QPushButton("Scan")
        self.inject_scan.setObjectName("inject_scan")
        self.inject_scan.clicked.connect(self._request_scan)

        layout = QVBoxLayout(self)
        layout.addWidget(self._group("Printed tickets", self.tickets, self.preview), 1)
        layout.addWidget(
            self._group(
                "Printer", self.printer_state, self.printer_midway, self.apply_printer_state
            )
        )
        layout.addWidget(self._group("Scanner", self.scan_code, self.inject_scan))

        # The SMS the central server's fake gateway "sent" (the kiosk fetches them off the GUI
        # thread and hands the text in), so QA can read the one-time code.
        self.sms = QListWidget()
        self.sms.setObjectName("sms")
        self.sms.setMaximumHeight(160)
        self.sms.setWordWrap(True)
        layout.addWidget(self._group("SMS sent (fake gateway)", self.sms))
        self.choose_image = QPushButton("Camera image…")
        self.choose_image.setObjectName("choose_image")
        self.choose_image.setToolTip("Decode an image file as the camera would (or drop it here)")
        self.choose_image.clicked.connect(self._choose_image)
        self.image_result = QLabel("Drop an image file here")
        self.image_result.setObjectName("image_result")
        self.image_result.setWordWrap(True)
        layout.addWidget(self._group("Camera", self.choose_image, self.image_result))
        self.setAcceptDrops(True)

    @staticmethod
    def _group(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box) if title == "Printed tickets" else QHBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    @Slot(str, str)
    def add_ticket(self, png_path: str, title: str) -> None:
        """List a printed ticket (newest first) and show its preview."""
        item = QListWidgetItem(title)
        item.setData(PATH_ROLE, png_path)
        item.setToolTip(png_path)
        self.tickets.insertItem(0, item)
        self.tickets.setCurrentItem(item)
        while self.tickets.count() > TICKETS_LISTED:  # a long QA session must not grow the memory
            self.tickets.takeItem(self.tickets.count() - 1)  # unowned now: freed with the wrapper

    def selected_ticket_path(self) -> str:
        item = self.tickets.currentItem()
        return str(item.data(PATH_ROLE)) if item is not None else ""

    def _show_selected(self, current: QListWidgetItem | None) -> None:
        path = str(current.data(PATH_ROLE)) if current is not None else ""
        self._pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if self._pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText("Preview unavailable" if path else "No ticket printed yet")
        self._scale_preview()

    def _scale_preview(self) -> None:
        if self._pixmap.isNull():
            return
        width = max(1, min(self.preview.width(), self._pixmap.width()))
        self.preview.setPixmap(
            self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale_preview()

    def _request_printer_state(self) -> None:
        self.printer_state_requested.emit(
            self.printer_state.currentText(), self.printer_midway.isChecked()
        )

    def _request_scan(self) -> None:
        code = self.scan_code.text().strip()
        if code:
            self.scan_requested.emit(code)
            self.scan_code.clear()

    @Slot(str)
    def add_sms(self, text: str) -> None:
        """Show an SMS the fake gateway sent (newest first); the phone in it is masked."""
        self.sms.insertItem(0, QListWidgetItem(text))
        self.sms.setCurrentRow(0)

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Image for the camera decoder", "", "Images (*.png *.jpg *.jpeg *.bmp *.webp)"
        )
        if path:
            self.request_image(path)

    def request_image(self, path: str) -> None:
        self.image_result.setText(f"{Path(path).name}: decoding…")
        self.image_requested.emit(path)

    @Slot(str, str)
    def show_image_result(self, name: str, result: str) -> None:
        self.image_result.setText(f"{name}: {result}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.request_image(url.toLocalFile())
        event.acceptProposedAction()
