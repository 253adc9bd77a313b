"""A staff station's sign-in, in two steps: the staff id (a badge scanned, or the id typed on the
on-screen keyboard, then Next), then the PIN on the numeric keypad. One keyboard at a time, so
both fit a 1280×800 touchscreen and every key is large; "Other staff id" goes back a step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk import views
from kiosk.maintenance.pins import MAX_DIGITS
from kiosk.stations.names import StationAction
from kiosk.stations.views import SignInView
from ui.screens.maintenance.pin import dots
from ui.screens.stations.base import CodeEntry, StationScreen
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.digit_field import DigitField
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label

STAFF_ID_LENGTH = 32


class SignInScreen(StationScreen):
    name = views.STATION_SIGN_IN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, sign_out=False)
        self.hint = label("subtitle", name="sign_in_hint")
        self.error = label("error", name="sign_in_error")
        # The id step: the keyboard's digits and capitals type the staff id.
        self.id_entry = CodeEntry("staff_id", submit_id="next")
        self.id_entry.field.setMaxLength(STAFF_ID_LENGTH)
        self.id_entry.submitted.connect(lambda text: self.act(StationAction.NAME_STAFF, text))
        # The PIN step: the numeric keypad, Sign in, and back to the id.
        self.pin = DigitField("staff_pin", MAX_DIGITS, dots)
        self.pin.returnPressed.connect(self._submit)
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.pin)
        self.keypad.digit_entered.connect(lambda _d: self.touched.emit())
        self.submit = BigButton("sign_in", "primary")
        self.submit.clicked.connect(self._submit)
        self.other = self.button("change_staff", StationAction.NAME_STAFF, role="secondary")
        self.pin_pad = QWidget()
        self.pin_pad.setObjectName("pin_pad")
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        pad = QHBoxLayout(self.pin_pad)
        pad.setContentsMargins(0, 0, 0, 0)
        pad.addStretch(1)
        pad.addWidget(self.keypad, 3)
        pad.addLayout(buttons, 2)
        pad.addStretch(1)
        self._pad, self._buttons = pad, buttons
        self.root.addWidget(self.hint)
        self.root.addWidget(self.id_entry.field)
        self.root.addWidget(self.pin)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        self.root.addWidget(self.id_entry)
        self.root.addWidget(self.pin_pad)
        self._show_step(pin=False)
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
        self.id_entry.apply_metrics(metrics)
        self.keypad.apply_metrics(metrics)
        self._pad.setSpacing(metrics.px(40))
        self._buttons.setSpacing(metrics.px(24))

    def _show_step(self, *, pin: bool) -> None:
        id_step: tuple[QWidget, ...] = (self.id_entry.field, self.id_entry)
        for widget in id_step:
            widget.setVisible(not pin)
        for widget in (self.pin, self.pin_pad):
            widget.setVisible(pin)

    def apply_view(self) -> None:
        view = self.sign_in_view
        if view is None:
            return
        pin_step = bool(view.staff_id)
        self._show_step(pin=pin_step)
        if not view.busy:
            self.pin.set_digits("")
        if not pin_step:
            self.id_entry.field.clear()
        blocked = view.busy or view.locked_until > 0
        self.keypad.setEnabled(not blocked)
        self.submit.setEnabled(not blocked)
        self.other.setEnabled(not view.busy)
        self.pin.setReadOnly(blocked)
        (self.pin if pin_step else self.id_entry.field).setFocus()

    def retranslate_ui(self) -> None:
        view = self.sign_in_view
        role = view.role if view is not None else ""
        titles = {
            "checkout": QCoreApplication.translate("Station", "Checkout desk"),
            "stocking": QCoreApplication.translate("Station", "Stocking station"),
        }
        self.title.setText(titles.get(role, QCoreApplication.translate("Station", "Staff station")))
        self.staff_line("")
        if view is not None and view.staff_id:
            hint = QCoreApplication.translate("Station", "Staff {id}: enter your PIN.").format(
                id=view.staff_id
            )
        else:
            hint = QCoreApplication.translate(
                "Station", "Scan your staff badge, or type your staff id and tap Next."
            )
        self.hint.setText(hint)
        self.id_entry.field.setPlaceholderText(QCoreApplication.translate("Station", "Staff id"))
        self.id_entry.submit.setText(QCoreApplication.translate("Station", "Next"))
        self.submit.setText(QCoreApplication.translate("Station", "Sign in"))
        self.other.setText(QCoreApplication.translate("Station", "Other staff id"))
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

    def _submit(self) -> None:
        pin = self.pin.digits
        if not self.busy and pin:
            self.act(StationAction.SUBMIT_PIN, pin)
