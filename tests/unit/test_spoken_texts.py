"""Every customer screen speaks, in kk, ru and en, from the committed translations: full
sentences, every number as words, nothing left in another language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from ts_translations import context_messages, translator

from kiosk import views
from kiosk.identifiers import PhoneProblem, S10Problem
from kiosk.models import Location, Parcel
from kiosk.speech.phrases import PHRASES, TR_CONTEXT
from kiosk.speech.spoken_texts import CUSTOMER_SCREENS, STAFF_SCREENS, spoken_text

LANGUAGES = ("kk", "ru", "en")
LATIN = re.compile(r"[A-Za-z]")


def parcel(**changes: object) -> Parcel:
    fields: dict[str, object] = {
        "tracking_number": "RR123456785KZ",
        "kind": "parcel",
        "status": "awaiting_pickup",
        "location": Location(row="3", compartment="12"),
        "arrived_at": dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC),
        "free_until": dt.date(2026, 12, 15),
        "storage_until": dt.date(2026, 12, 31),
        "storage_fee_kzt": 0,
        "cod_amount_kzt": 15900,
    }
    fields.update(changes)
    return Parcel.model_validate(fields)


IN_TRANSIT = parcel(tracking_number="CC016695190KZ", status="in_transit", location=None)
VARIANTS: dict[str, list[object]] = {
    views.HOME: [views.HomeView(("kk", "ru", "en")), views.HomeView(("kk",), send_enabled=True)],
    views.RECEIVE_TRACKING: [
        views.TrackingEntryView(),
        views.TrackingEntryView(text="RR1234", busy=True),
        views.TrackingEntryView(text="RR123456785KZ", busy=True, printing=True),
        *[views.TrackingEntryView(text="RR12345", problem=problem) for problem in S10Problem],
    ],
    views.RECEIVE_RESULT: [
        views.ResultView(parcel(), printed=True),
        views.ResultView(parcel(storage_fee_kzt=500, kind="small_package"), printed=False),
    ],
    views.RECEIVE_DONE: [views.DoneView(), views.DoneView(printed=False)],
    views.RECEIVE_NOT_FOUND: [views.ParcelStatusView("RR123456785KZ")],
    views.RECEIVE_NOT_ARRIVED: [views.ParcelStatusView("RR123456785KZ", IN_TRANSIT)],
    views.RECEIVE_DELIVERED: [views.ParcelStatusView("RR123456785KZ")],
    views.RECEIVE_RETURNED: [views.ParcelStatusView("RR123456785KZ")],
    views.ERROR: [views.ErrorView(), views.ErrorView(can_retry=False)],
    views.OUT_OF_SERVICE: [views.OutOfServiceView()],
    views.SEND_SCAN: [
        views.SendScanView(),
        views.SendScanView(text="AB", problem=S10Problem.WRONG_LENGTH),
        views.SendScanView(text="", problem=S10Problem.EMPTY),
        views.SendScanView(text="RR123456784KZ", problem=S10Problem.CHECK_DIGIT),
        views.SendScanView(text="EE123456785KZ", busy=True),
        *[
            views.SendScanView(text="EE123456785KZ", refusal=refusal)
            for refusal in ("unknown", "already_dispatched", "unavailable")
        ],
    ],
    views.SEND_CONFIRM: [
        views.SendConfirmView("EE123456785KZ", size="M"),
        views.SendConfirmView("EE123456785KZ", size="L", offline=True, failed=True),
        views.SendConfirmView("EE123456785KZ", busy=True, printing=True),
        views.SendConfirmView("EE123456785KZ", busy=True),
    ],
    views.SEND_DONE: [
        views.SendDoneView("EE123456785KZ"),
        views.SendDoneView("EE123456785KZ", printed=False, offline=True),
    ],
    views.RECEIVE_PHONE: [
        views.PhoneEntryView(),
        views.PhoneEntryView(digits="70112", busy=True),
        *[views.PhoneEntryView(digits="9161234567", problem=problem) for problem in PhoneProblem],
    ],
    views.RECEIVE_OTP: [
        views.OtpEntryView("+7 701 *** ** 67", resend_at=100.0),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, wrong=True, attempts_left=2),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, wrong=True, attempts_left=1),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, dead=True),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, incomplete=True),
        views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, busy=True, printing=True),
    ],
    views.RECEIVE_ITEMS: [
        views.ItemsView(ready=(parcel(),), others=(IN_TRANSIT,), printed=True),
        views.ItemsView(
            ready=(parcel(), parcel(tracking_number="CC016695190KZ", cod_amount_kzt=0)),
            printed=False,
        ),
        views.ItemsView(others=(parcel(status="delivered"), parcel(status="returned_to_sender"))),
        views.ItemsView(),
    ],
    views.RECEIVE_COOLDOWN: [views.CooldownView(until=299.0), views.CooldownView(until=0.0)],
}
CASES = [
    (screen, index, language)
    for screen, variants in VARIANTS.items()
    for index in range(len(variants))
    for language in LANGUAGES
]


def say(screen: str, view: object, language: str, now: float = 0.0) -> str:
    return spoken_text(screen, view, language, translator(language, TR_CONTEXT), now=now)


def test_the_customer_screens_are_every_screen_of_the_code_but_staff_ones():
    names = {
        value
        for name, value in vars(views).items()
        if name.isupper() and isinstance(value, str) and not name.startswith("_")
    }
    assert names - STAFF_SCREENS == CUSTOMER_SCREENS
    assert set(VARIANTS) == set(CUSTOMER_SCREENS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phrase_is_translated_with_its_placeholders(language):
    table = context_messages(language, TR_CONTEXT)
    for source in PHRASES.values():
        assert source in table, f"{language}: {source!r} has no finished translation"
        translated = table[source]
        assert sorted(re.findall(r"\{\w+\}", translated)) == sorted(
            re.findall(r"\{\w+\}", source)
        ), f"{language}: {source!r} → {translated!r}"
        if language != "en":
            assert translated != source, f"{language}: {source!r} left in English"


@pytest.mark.parametrize(("screen", "index", "language"), CASES)
def test_every_customer_screen_speaks_its_language_in_words(screen, index, language):
    text = say(screen, VARIANTS[screen][index], language)
    assert len(text) > 10
    assert not re.search(r"[0-9{}]", text), text
    if language != "en":
        assert not LATIN.search(text), text
    if language == "kk":
        assert re.search("[әғқңөұүһі]", text), text


def test_a_result_in_full_sentences():
    view = views.ResultView(parcel(), printed=True)
    assert say(views.RECEIVE_RESULT, view, "en") == (
        "Your parcel is here: row three, compartment twelve. Item type: parcel. "
        "Free storage until the fifteenth of December. "
        "Kept here until the thirty-first of December. "
        "Cash on delivery fifteen thousand nine hundred tenge, paid at the checkout. "
        "Take your ticket from the printer below."
    )
    assert say(views.RECEIVE_RESULT, view, "ru") == (
        "Ваша посылка здесь: ряд три, ячейка двенадцать. Вид отправления: посылка. "
        "Бесплатное хранение до пятнадцатого декабря. "
        "Хранится здесь до тридцать первого декабря. "
        "Наложенный платёж пятнадцать тысяч девятьсот тенге, оплата на кассе. "
        "Возьмите талон из принтера внизу."
    )
    assert say(views.RECEIVE_RESULT, view, "kk") == (
        "Сәлемдемеңіз осында: қатар үш, ұяшық он екі. Жөнелтілім түрі: сәлемдеме. "
        "Он бесінші желтоқсанға дейін тегін сақталады. "
        "Мұнда отыз бірінші желтоқсанға дейін сақталады. "
        "Салынған төлем он бес мың тоғыз жүз теңге, кассада төленеді. "
        "Талонды төмендегі принтерден алыңыз."
    )


def test_what_was_typed_is_spelled_in_groups():
    view = views.TrackingEntryView(text="RR12345678")
    assert "You entered: R R, one two three four, five six seven eight." in say(
        views.RECEIVE_TRACKING, view, "en"
    )
    phone = views.PhoneEntryView(digits="701123")
    assert "Вы ввели: плюс семь, семь ноль один, один два три." in say(
        views.RECEIVE_PHONE, phone, "ru"
    )


def test_counts_agree_in_russian():
    one = views.ItemsView(ready=(parcel(),), printed=True)
    two = views.ItemsView(ready=(parcel(), parcel(tracking_number="CC016695190KZ")))
    assert "Можно забрать одно отправление." in say(views.RECEIVE_ITEMS, one, "ru")
    assert "Можно забрать два отправления." in say(views.RECEIVE_ITEMS, two, "ru")
    wrong = views.OtpEntryView("+7 701 *** ** 67", resend_at=0.0, wrong=True, attempts_left=1)
    assert "Осталось попыток: одна." in say(views.RECEIVE_OTP, wrong, "ru")
    short = views.TrackingEntryView(text="RR1", problem=S10Problem.WRONG_LENGTH)
    assert "а вы ввели три символа." in say(views.RECEIVE_TRACKING, short, "ru")


def test_waits_are_said_from_now():
    view = views.CooldownView(until=400.0)
    assert "Попробуйте снова через четыре минуты пятьдесят девять секунд." in say(
        views.RECEIVE_COOLDOWN, view, "ru", now=101.0
    )
    assert "Қайта көру үшін төрт минут елу тоғыз секунд күтіңіз." in say(
        views.RECEIVE_COOLDOWN, view, "kk", now=101.0
    )
    assert say(views.RECEIVE_COOLDOWN, view, "en", now=500.0).endswith("You can try again now.")


def test_staff_screens_do_not_speak():
    for screen in STAFF_SCREENS:
        with pytest.raises(KeyError):
            spoken_text(screen, None, "en", str)
