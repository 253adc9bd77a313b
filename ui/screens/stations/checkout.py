"""The checkout desk's screens: scan the ticket or a parcel; then the parcels, the ID check, what
to collect, and Handed over / Not handed over (with a reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk import views
from kiosk.formatting import format_kzt
from kiosk.stations.models import NOT_HANDED_OVER_REASONS, CheckoutItem
from kiosk.stations.names import StationAction
from kiosk.stations.views import CheckoutParcelsView, CheckoutScanView
from ui.screens.parcel_kinds import kind_name
from ui.screens.stations.base import CodeEntry, StationScreen
from ui.screens.stations.problems import problem_text
from ui.theme import Metrics
from ui.widgets.labels import label


class CheckoutScanScreen(StationScreen):
    name = views.CHECKOUT_SCAN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = label("subtitle", name="checkout_hint")
        self.notice = label("notice", name="checkout_notice")
        self.error = label("error", name="checkout_error")
        self.busy_text = label("busy", name="busy_text")
        self.entry = CodeEntry("code_input")
        self.entry.submitted.connect(lambda text: self.act(StationAction.SUBMIT, text))
        self.maintenance = self.maintenance_button()
        hint_row = self.add_row(self.hint, self.maintenance)
        hint_row.setStretch(1, 0)
        self.root.addWidget(self.entry.field)
        self.root.addWidget(self.notice)
        self.root.addWidget(self.error)
        self.root.addWidget(self.busy_text)
        self.root.addStretch(1)
        self.root.addWidget(self.entry)
        self.retranslate_ui()

    @property
    def busy(self) -> bool:
        return isinstance(self.view, CheckoutScanView) and self.view.busy

    def apply_metrics(self, metrics: Metrics) -> None:
        super().apply_metrics(metrics)
        self.entry.apply_metrics(metrics)

    def apply_view(self) -> None:
        view = self.view
        if isinstance(view, CheckoutScanView):
            self.entry.set_enabled(not view.busy)
            self.entry.field.setFocus()

    def retranslate_ui(self) -> None:
        view = self.view if isinstance(self.view, CheckoutScanView) else None
        self.title.setText(QCoreApplication.translate("Station", "Checkout desk"))
        self.staff_line(view.staff_id if view else "")
        self.hint.setText(
            QCoreApplication.translate("Station", "Scan the customer's ticket, or a parcel.")
        )
        self.entry.submit.setText(QCoreApplication.translate("Station", "Find"))
        self.maintenance.setText(self.maintenance_text())
        self.busy_text.setText(QCoreApplication.translate("Station", "Looking it up…"))
        self.busy_text.setVisible(bool(view and view.busy))
        notice = ""
        if view is not None and view.notice == "handed_over":
            notice = QCoreApplication.translate(
                "Station", "Handed over: {n} item(s). Next customer."
            ).format(n=view.notice_count)
        elif view is not None and view.notice == "not_handed_over":
            notice = QCoreApplication.translate(
                "Station", "Recorded as not handed over. Next customer."
            )
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.error.setText(problem_text(view.problem) if view else "")
        self.error.setVisible(bool(self.error.text()))


def _reason_label(reason: str) -> str:
    return {
        "no_id": QCoreApplication.translate("Station", "No ID document"),
        "id_mismatch": QCoreApplication.translate("Station", "ID does not match"),
        "refused_cod": QCoreApplication.translate("Station", "Refused to pay"),
        "damaged": QCoreApplication.translate("Station", "Parcel damaged"),
        "other": QCoreApplication.translate("Station", "Other reason"),
    }[reason]


def _can_not(item: CheckoutItem) -> str:
    reasons = {
        "already_collected": QCoreApplication.translate("Station", "already collected"),
        "returned": QCoreApplication.translate("Station", "returned to sender"),
        "not_shelved": QCoreApplication.translate("Station", "not on a shelf"),
    }
    return reasons.get(
        item.reason or "", QCoreApplication.translate("Station", "cannot be handed over")
    )


class CheckoutParcelsScreen(StationScreen):
    name = views.CHECKOUT_PARCELS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = self.button("back", StationAction.BACK, role="secondary")
        self.recipient = label("subtitle", name="recipient")
        self.id_check = label("notice", name="id_check")
        self.items = label("body", name="checkout_items")
        self.totals = label("field_value", name="checkout_totals")
        self.error = label("error", name="checkout_error")
        self.hand_over = self.button("hand_over", StationAction.HAND_OVER, role="primary")
        self.not_handed = self.button(
            "not_handed_over", StationAction.NOT_HANDED_OVER, role="secondary"
        )
        self.reasons = {
            reason: self.button(f"reason_{reason}", StationAction.REASON, reason, role="primary")
            for reason in NOT_HANDED_OVER_REASONS
        }
        self.root.addWidget(self.recipient)
        self.root.addWidget(self.id_check)
        self.root.addWidget(self.items)
        self.root.addWidget(self.totals)
        self.root.addWidget(self.error)
        self.root.addStretch(1)
        self._decision = self.add_row(self.back, self.not_handed, self.hand_over)
        reasons = list(self.reasons.values())  # two by two: the longest reasons fit
        self._reason_rows = [
            self.add_row(*reasons[pair : pair + 2]) for pair in range(0, len(reasons), 2)
        ]
        self.retranslate_ui()

    @property
    def parcels_view(self) -> CheckoutParcelsView | None:
        return self.view if isinstance(self.view, CheckoutParcelsView) else None

    @property
    def busy(self) -> bool:
        view = self.parcels_view
        return view is not None and view.busy

    def apply_view(self) -> None:
        view = self.parcels_view
        if view is None:
            return
        any_handable = bool(view.listing.handable)
        choosing = view.choosing_reason
        self.hand_over.setVisible(not choosing)
        self.not_handed.setVisible(not choosing)
        # Choosing a reason, Back takes the free place beside the last reason (one row less).
        row = self._reason_rows[-1] if choosing else self._decision
        if row.indexOf(self.back) < 0:
            row.insertWidget(0 if row is self._decision else row.count(), self.back, 1)
        for button in self.reasons.values():
            button.setVisible(choosing)
            button.setEnabled(not view.busy)
        self.hand_over.setEnabled(any_handable and not view.busy)
        self.not_handed.setEnabled(any_handable and not view.busy)
        self.back.setEnabled(not view.busy)

    def retranslate_ui(self) -> None:
        view = self.parcels_view
        self.title.setText(QCoreApplication.translate("Station", "Checkout desk"))
        self.staff_line(view.staff_id if view else "")
        self.back.setText(QCoreApplication.translate("Station", "Back"))
        self.hand_over.setText(QCoreApplication.translate("Station", "Handed over"))
        self.not_handed.setText(QCoreApplication.translate("Station", "Not handed over"))
        for reason, button in self.reasons.items():
            button.setText(_reason_label(reason))
        self.id_check.setText(
            QCoreApplication.translate(
                "Station", "Check the customer's ID document before handing over."
            )
        )
        if view is None:
            return
        listing = view.listing
        hints = sorted({p.recipient_hint for p in listing.parcels if p.recipient_hint})
        self.recipient.setText(
            QCoreApplication.translate("Station", "Recipient: {name}").format(
                name=", ".join(hints) or "—"
            )
        )
        lines = []
        place = QCoreApplication.translate("Station", "Row / compartment")
        for p in listing.parcels:
            where = f"{p.location.row} / {p.location.compartment}" if p.location else "—"
            line = f"{place} {where}   {p.tracking_number}   {kind_name(p)}"
            if not p.can_hand_over:
                line += f"   ({_can_not(p)})"
            lines.append(line)
        self.items.setText("\n".join(lines))
        self.totals.setText(
            QCoreApplication.translate(
                "Station", "Storage fee {fee} · Cash on delivery {cod} · To collect {total}"
            ).format(
                fee=format_kzt(listing.storage_fee_total_kzt),
                cod=format_kzt(listing.cod_total_kzt),
                total=format_kzt(listing.total_kzt),
            )
        )
        if view.choosing_reason:
            error = QCoreApplication.translate("Station", "Why was it not handed over?")
        else:
            error = problem_text(view.problem, view.problem_detail)
        self.error.setText(error)
        self.error.setVisible(bool(error))
