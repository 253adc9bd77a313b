"""The self-test page: the step under way, the slip's code typed back on a keypad, Skip, and each
step's verdict."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk import views
from kiosk.maintenance.names import Action, SelfTestStep
from ui.theme import Metrics
from ui.widgets.big_button import BigButton
from ui.widgets.digit_field import DigitField, spaced_code
from ui.widgets.keypad import NumericKeypad
from ui.widgets.labels import label

SLIP_CODE_DIGITS = 4


class SelfTestPage(QWidget):
    action_requested = Signal(str, str)
    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = label("subtitle", name="selftest_step")
        self.results = label("body", name="selftest_results")
        self.code = DigitField("selftest_code", SLIP_CODE_DIGITS, self._spaced)
        self.keypad = NumericKeypad()
        self.keypad.set_target(self.code)
        self.keypad.digit_entered.connect(lambda _digit: self.touched.emit())
        self.submit = BigButton("selftest_submit", "primary")
        self.submit.clicked.connect(
            lambda: self.action_requested.emit(Action.SELFTEST_CODE, self.code.digits)
        )
        self.skip = BigButton("selftest_skip", "secondary")
        self.skip.clicked.connect(lambda: self.action_requested.emit(Action.SELFTEST_SKIP, ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit)
        buttons.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.step, self.code, self.keypad):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.results)
        layout.addStretch(1)

    @staticmethod
    def _spaced(digits: str) -> str:
        return spaced_code(digits, SLIP_CODE_DIGITS)

    def apply_metrics(self, metrics: Metrics) -> None:
        self.keypad.apply_metrics(metrics)

    def apply(self, test: views.SelfTestView | None) -> None:
        """The code entry while the slip's code is awaited; Skip while a step can be skipped."""
        typing = test is not None and test.step == SelfTestStep.SLIP and test.waiting_for_code
        for widget in (self.code, self.keypad, self.submit):
            widget.setVisible(typing)
        if not typing:
            self.code.set_digits("")
        self.skip.setVisible(test is not None and (typing or test.step == SelfTestStep.SCAN))

    def retranslate(self, test: views.SelfTestView | None) -> None:
        self.submit.setText(self.tr("Confirm"))
        self.skip.setText(self.tr("Skip"))
        if test is None:
            self.step.setText("")
            self.results.setText("")
            return
        self.step.setText(self._step_text(test))
        steps = {
            SelfTestStep.PRINTER: self.tr("Printer"),
            SelfTestStep.SLIP: self.tr("Test slip"),
            SelfTestStep.SCAN: self.tr("Scanner"),
            SelfTestStep.API: self.tr("Central system"),
        }
        lines = []
        for step, ok, detail in test.results:
            verdict = self.tr("pass") if ok else self.tr("fail")
            line = f"{'✔' if ok else '✘'} {steps.get(step, step)}: {verdict}"
            lines.append(line + (f" ({detail})" if detail else ""))
        self.results.setText("\n".join(lines))

    def _step_text(self, test: views.SelfTestView) -> str:
        if test.step == SelfTestStep.PRINTER:
            return self.tr("Checking the printer…")
        if test.step == SelfTestStep.SLIP:
            if test.waiting_for_code:
                return self.tr("Type the code printed on the test slip.")
            return self.tr("Printing the test slip…")
        if test.step == SelfTestStep.SCAN:
            return self.tr("Scan any barcode with this terminal's scanner.")
        if test.step == SelfTestStep.API:
            return self.tr("Reaching the central system…")
        return self.tr("Self-test passed.") if test.passed else self.tr("Self-test failed.")
