"""Touchscreen rules (DOMAIN.md): big touch targets with gaps, large text, nothing cut off in any
language (Kazakh and Russian strings are longer than English)."""

from __future__ import annotations

import datetime as dt

import pytest
from kiosk_driver import WAIT_MS, cut_off_texts
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk import views
from kiosk.identifiers import PhoneProblem, S10Problem
from kiosk.maintenance.names import Panel
from kiosk.maintenance.status import DashboardStatus
from kiosk.models import Location, Parcel
from kiosk.ports.printer import PrinterState, PrinterStatus

KIOSK_SCREEN = QSize(1920, 1080)  # a 21.5" 1080p kiosk screen: 0.248 mm per pixel
MIN_TOUCH_PX = 60  # 15 mm
MIN_GAP_PX = 8  # 2 mm between keys
MIN_CAP_HEIGHT_PX = 19  # body text at least 4.8 mm high

LONGEST_PARCEL = Parcel(
    tracking_number="CC016695190KZ",
    kind="parcel_locker_item",  # the longest item kind in every language
    status="awaiting_pickup",
    location=Location(row="12", compartment="148"),
    arrived_at=dt.datetime(2026, 11, 20, 5, tzinfo=dt.UTC),
    free_until=dt.date(2026, 12, 3),
    storage_until=dt.date(2026, 12, 19),
    storage_fee_kzt=12_400,
    cod_amount_kzt=1_250_000,
)
SCREENS = {
    "home": (views.HOME, views.HomeView(languages=("kk", "ru", "en"))),
    "tracking": (
        views.RECEIVE_TRACKING,
        views.TrackingEntryView(text="CC01669519O", problem=S10Problem.BAD_SERIAL),
    ),
    "tracking_busy": (views.RECEIVE_TRACKING, views.TrackingEntryView(text="CC", busy=True)),
    "result": (views.RECEIVE_RESULT, views.ResultView(parcel=LONGEST_PARCEL, printed=False)),
    "result_help": (
        views.RECEIVE_RESULT,
        views.ResultView(parcel=LONGEST_PARCEL, printed=True, help_requested=True),
    ),
    "not_found": (views.RECEIVE_NOT_FOUND, views.ParcelStatusView("RR000000080KZ")),
    "not_arrived": (views.RECEIVE_NOT_ARRIVED, views.ParcelStatusView("RR000000080KZ")),
    "delivered": (views.RECEIVE_DELIVERED, views.ParcelStatusView("RR000000080KZ")),
    "returned": (views.RECEIVE_RETURNED, views.ParcelStatusView("RR000000080KZ")),
    "error": (views.ERROR, views.ErrorView()),
    "done": (views.RECEIVE_DONE, views.DoneView()),
    "phone": (
        views.RECEIVE_PHONE,
        views.PhoneEntryView(digits="9161234567", problem=PhoneProblem.NOT_KAZAKHSTAN),
    ),
    "phone_busy": (views.RECEIVE_PHONE, views.PhoneEntryView(digits="7011234567", busy=True)),
    "otp": (
        views.RECEIVE_OTP,
        views.OtpEntryView(masked_phone="+7 701 *** ** 67", resend_at=1e12, wrong=True, dead=True),
    ),
    "otp_wrong": (
        views.RECEIVE_OTP,
        views.OtpEntryView(
            masked_phone="+7 701 *** ** 67", resend_at=1e12, wrong=True, attempts_left=2
        ),
    ),
    "items": (
        views.RECEIVE_ITEMS,
        views.ItemsView(
            ready=(LONGEST_PARCEL,) * 5,
            others=(LONGEST_PARCEL.model_copy(update={"status": "in_transit", "location": None}),),
            printed=False,
        ),
    ),
    "no_items": (views.RECEIVE_ITEMS, views.ItemsView()),
    "cooldown": (views.RECEIVE_COOLDOWN, views.CooldownView(until=1e12)),
}


def show(qtbot, kiosk, size: QSize, language: str, screen: str):
    """The window at ``size`` showing ``screen`` in ``language``, its layout settled."""
    window = kiosk.window
    window.resize(size)
    kiosk.controller.set_language(language)  # the translator is in place at once
    qtbot.waitUntil(lambda: window.size() == size, timeout=WAIT_MS)
    window.show_screen(*SCREENS[screen])  # renders the view in the current language
    assert window.current_screen_name() == SCREENS[screen][0]
    return window


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("size", [KIOSK_SCREEN, QSize(1280, 800)], ids=["1080p", "laptop"])
def test_no_text_is_cut_off(qtbot, kiosk, size, language, screen):
    window = show(qtbot, kiosk, size, language, screen)

    def all_fits() -> None:
        assert cut_off_texts(window) == []

    qtbot.waitUntil(all_fits, timeout=2_000)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_touch_targets_are_at_least_15_mm(qtbot, kiosk, screen):
    window = show(qtbot, kiosk, KIOSK_SCREEN, "kk", screen)

    def big_enough() -> None:
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        assert buttons
        small = [
            (b.objectName(), b.width(), b.height())
            for b in buttons
            if min(b.width(), b.height()) < MIN_TOUCH_PX
        ]
        assert small == []

    qtbot.waitUntil(big_enough, timeout=2_000)


def keys_too_close(window, keys) -> list[tuple[str, str]]:
    """Pairs of keys that overlap or have less than MIN_GAP_PX between them."""
    rects = [(k.objectName(), QRect(k.mapTo(window, QPoint(0, 0)), k.size())) for k in keys]
    close = []
    for i, (name_a, a) in enumerate(rects):
        for name_b, b in rects[i + 1 :]:
            grown = a.adjusted(-MIN_GAP_PX + 1, -MIN_GAP_PX + 1, MIN_GAP_PX - 1, MIN_GAP_PX - 1)
            if grown.intersects(b):
                close.append((name_a, name_b))
    return close


def test_keys_have_gaps_between_them(qtbot, kiosk):
    window = show(qtbot, kiosk, KIOSK_SCREEN, "kk", "tracking")
    keys = [b for b in window.tracking.keyboard.keys.values() if b.isVisible()]
    assert len(keys) == 38  # 10 digits, 26 letters, backspace, clear
    assert keys_too_close(window, keys) == []
    submit = window.tracking.submit
    assert min(submit.width(), submit.height()) >= 2 * MIN_TOUCH_PX


@pytest.mark.parametrize("screen", ["home", "tracking", "result", "not_found", "error"])
def test_text_is_large_enough_to_read(qtbot, kiosk, screen):
    window = show(qtbot, kiosk, KIOSK_SCREEN, "kk", screen)
    small = [
        (label.objectName(), label.fontMetrics().capHeight())
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text()
        and label.fontMetrics().capHeight() < MIN_CAP_HEIGHT_PX
    ]  # fmt: skip
    assert small == []


ALPHABETS = {
    "kk": "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ",
    "ru": "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
}
MESSAGE_PANEL = views.MaintenanceView(
    staff_id="S001",
    status=DashboardStatus("T-ALA-01", "0.1.0", 0.0, PrinterStatus(PrinterState.OK)),
    panel=Panel.MESSAGE,
)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("size", [KIOSK_SCREEN, QSize(1280, 800)], ids=["1080p", "laptop"])
def test_the_out_of_service_message_keyboard_fits_in_every_language(qtbot, kiosk, size, language):
    window = kiosk.window
    window.resize(size)
    kiosk.controller.set_language(language)
    qtbot.waitUntil(lambda: window.size() == size, timeout=WAIT_MS)
    window.show_screen(views.MAINTENANCE, MESSAGE_PANEL)
    keyboard = window.maintenance.keyboard
    bounds = QRect(QPoint(0, 0), size)

    def fits() -> None:
        keys = [k for k in keyboard.keys.values() if k.isVisible()]
        texts = {k.text() for k in keys}
        assert set(ALPHABETS[language]) | set("0123456789:.,-!") <= texts
        assert {"key_space", "key_backspace", "key_clear"} <= {k.objectName() for k in keys}
        assert cut_off_texts(window) == []
        assert keys_too_close(window, keys) == []
        outside = [
            k.objectName()
            for k in keys
            if not bounds.contains(QRect(k.mapTo(window, QPoint(0, 0)), k.size()))
        ]
        assert outside == []
        if size == KIOSK_SCREEN:
            assert min(min(k.width(), k.height()) for k in keys) >= MIN_TOUCH_PX

    qtbot.waitUntil(fits, timeout=2_000)
