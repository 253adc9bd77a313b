"""What the station screens share: the top row (title, who is signed in, Sign out, languages),
every intent as ``action_requested(name, text)``, a touch (``touched``) on every tap, and a line
of code entry (the field, the on-screen keyboard and the submit button) for when a scan fails."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.stations.names import StationAction
from ui.screens.base import Screen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.labels import label

# Staff screens hold a keyboard and a list or a form: tighter than the customer's screens.
STATION_MARGIN = 24
STATION_SPACING = 16


class StationScreen(Screen):
    action_requested = Signal(str, str)
    touched = Signal()

    def __init__(self, parent: QWidget | None = None, *, sign_out: bool = True) -> None:
        super().__init__(parent)
        # A staff screen fits its window as it is (tests/qt/test_station_layout.py): its content
        # is laid out in the screen itself, not in the page scroll of the customer's large text
        # (whose minimum height counts every wrapped label at its narrowest).
        outer = self.layout()
        assert outer is not None  # Screen's own
        content = self.page_scroll.takeWidget()
        outer.removeWidget(self.page_scroll)
        self.page_scroll.hide()
        outer.addWidget(content)
        self.title = label("title", name="title")
        self.staff = label("hint", name="staff_signed_in")
        heading = QVBoxLayout()  # the staff line under the title: the title keeps the width
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.staff)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        self._rows.append(top)
        self.root.addLayout(top)
        self.sign_out: BigButton | None = None
        if sign_out:
            self.sign_out = BigButton("sign_out", "secondary")
            self.sign_out.clicked.connect(lambda: self.act(StationAction.SIGN_OUT))
            top.addWidget(self.sign_out, 0)
        top.addWidget(self.add_language_bar(), 0)

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        margin, spacing = metrics.px(STATION_MARGIN), metrics.px(STATION_SPACING)
        self.root.setContentsMargins(margin, margin, margin, margin)
        self.root.setSpacing(spacing)

    def reveal(self, widget: QWidget) -> None:
        """Nothing to scroll: the whole screen shows."""

    def act(self, name: str, text: str = "") -> None:
        self.touched.emit()
        self.action_requested.emit(name, text)

    def button(self, button_id: str, action: str, text: str = "", role: str = "big") -> BigButton:
        """A large button that asks for ``action`` (with ``text``)."""
        button = BigButton(button_id, role)  # type: ignore[arg-type]
        button.clicked.connect(lambda: self.act(action, text))
        return button

    def maintenance_button(self) -> BigButton:
        """A station's home: maintenance's dashboard for the signed-in staff member."""
        return self.button("maintenance", StationAction.MAINTENANCE, role="secondary")

    @staticmethod
    def maintenance_text() -> str:
        return QCoreApplication.translate("Station", "Maintenance")

    def staff_line(self, staff_id: str) -> None:
        self.staff.setText(
            QCoreApplication.translate("Station", "Staff {id}").format(id=staff_id)
            if staff_id
            else ""
        )
        self.staff.setVisible(bool(staff_id))
        if self.sign_out is not None:
            self.sign_out.setText(QCoreApplication.translate("Station", "Sign out"))


class CodeEntry(QWidget):
    """A code typed when the scanner cannot read it: the field, the keyboard and the button."""

    submitted = Signal(str)

    def __init__(
        self, field_id: str, parent: QWidget | None = None, *, submit_id: str = "submit"
    ) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName(field_id)
        self.field.setMaxLength(24)
        self.field.returnPressed.connect(self._submit)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_target(self.field)
        self.submit = BigButton(submit_id, "primary")
        self.submit.clicked.connect(self._submit)
        self.submit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keyboard, 1)
        layout.addWidget(self.submit, 0)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.keyboard.apply_metrics(metrics)
        self.submit.setMinimumWidth(metrics.px(280))

    def set_enabled(self, enabled: bool) -> None:
        """While a scan is looked up nothing can be typed (the keys type into an editable field
        only: the keyboard's forty keys are not restyled twice a scan)."""
        self.field.setReadOnly(not enabled)
        self.submit.setEnabled(enabled)

    def _submit(self) -> None:
        text = self.field.text().strip()
        if text:
            self.field.clear()
            self.submitted.emit(text)
