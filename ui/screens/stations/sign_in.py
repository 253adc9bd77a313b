"""A staff station's sign-in: scan your badge (or type your staff id), then your PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk import views
from kiosk.maintenance.pins import MAX_DIGITS
from kiosk.stations.names import StationAction
from kiosk.stations.views import SignInView
from ui.screens.maintenance.pin import dots
from ui.screens.stations.base import StationScreen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.digit_field import DigitField
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label


class SignInScreen(StationScreen):
    name = views.STATION_SIGN_IN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, sign_out=False)
        self.hint = label("subtitle", name="sign_in_hint")
        self.staff_field = QLineEdit()
        self.staff_field.setObjectName("staff_id")
        self.staff_field.setMaxLength(32)
        self.staff_field.editingFinished.connect(self._named)
        self.pin = DigitField("staff_pin", MAX_DIGITS, dots)
        self.pin.returnPressed.connect(self._submit)
        self.error = label("error", name="sign_in_error")
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.pin)
        self.keypad.digit_entered.connect(lambda _d: self.touched.emit())
        self.submit = BigButton("sign_in", "primary")
        self.submit.clicked.connect(self._submit)
        self.root.addWidget(self.hint)
        self.root.addWidget(self.staff_field)
        self.root.addWidget(self.pin)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        entry = QHBoxLayout()
        entry.addStretch(1)
        entry.addWidget(self.keypad, 3)
        entry.addWidget(self.submit, 2)
        entry.addStretch(1)
        self._entry = entry
        self.root.addLayout(entry)
        self.retranslate_ui()

    @property
    def sign_in_view(self) -> SignInView | None:
        return self.view if isinstance(self.view, SignInView) else None

    @property
    def busy(self) -> bool:
        view = self.sign_in_view
        return view is not None and view.busy

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.keypad.apply_metrics(metrics)
        self._entry.setSpacing(metrics.px(40))

    def apply_view(self) -> None:
        view = self.sign_in_view
        if view is None:
            return
        if view.staff_id and self.staff_field.text() != view.staff_id:
            self.staff_field.setText(view.staff_id)
        if not view.busy:
            self.pin.set_digits("")
        blocked = view.busy or view.locked_until > 0
        self.keypad.setEnabled(not blocked)
        self.submit.setEnabled(not blocked)
        self.pin.setReadOnly(blocked)
        (self.pin if view.staff_id else self.staff_field).setFocus()

    def retranslate_ui(self) -> None:
        view = self.sign_in_view
        role = view.role if view is not None else ""
        titles = {
            "checkout": QCoreApplication.translate("Station", "Checkout desk"),
            "stocking": QCoreApplication.translate("Station", "Stocking station"),
        }
        self.title.setText(titles.get(role, QCoreApplication.translate("Station", "Staff station")))
        self.staff_line("")
        self.hint.setText(
            QCoreApplication.translate(
                "Station", "Scan your staff badge, or type your staff id. Then enter your PIN."
            )
        )
        self.staff_field.setPlaceholderText(QCoreApplication.translate("Station", "Staff id"))
        self.submit.setText(QCoreApplication.translate("Station", "Sign in"))
        self.error.setText(self._error())
        self.error.setVisible(bool(self.error.text()))

    def _error(self) -> str:
        view = self.sign_in_view
        if view is None:
            return ""
        if view.locked_until > 0:
            return QCoreApplication.translate(
                "Station", "Too many wrong PINs: sign-in is locked for a while."
            )
        if view.wrong and not view.busy:
            return QCoreApplication.translate(
                "Station", "Wrong staff id or PIN. Attempts left: {n}."
            ).format(n=view.attempts_left)
        return ""

    def _named(self) -> None:
        self.act(StationAction.NAME_STAFF, self.staff_field.text())

    def _submit(self) -> None:
        pin = self.pin.digits
        if self.busy or not pin:
            return
        if self.staff_field.text().strip():
            self.act(StationAction.NAME_STAFF, self.staff_field.text())
        self.act(StationAction.SUBMIT_PIN, pin)
