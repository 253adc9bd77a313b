"""Every customer screen speaks, in kk, ru and en, from the committed translations: full
sentences, every number as words, nothing left in another language."""

from __future__ import annotations

import re

import pytest
from customer_views import VARIANTS, parcel
from ts_translations import context_messages, translator

from kiosk import views
from kiosk.identifiers import S10Problem
from kiosk.speech.phrases import PHRASES, TR_CONTEXT
from kiosk.speech.spoken_texts import CUSTOMER_SCREENS, STAFF_SCREENS, spoken_text

LANGUAGES = ("kk", "ru", "en")
LATIN = re.compile(r"[A-Za-z]")


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
        "Take your ticket from the printer below. "
        "If you cannot reach it, choose I need help: staff will bring it to you."
    )
    assert say(views.RECEIVE_RESULT, view, "ru") == (
        "Ваша посылка здесь: ряд три, ячейка двенадцать. Вид отправления: посылка. "
        "Бесплатное хранение до пятнадцатого декабря. "
        "Хранится здесь до тридцать первого декабря. "
        "Наложенный платёж пятнадцать тысяч девятьсот тенге, оплата на кассе. "
        "Возьмите талон из принтера внизу. "
        "Если не можете достать, выберите «Нужна помощь»: сотрудник принесёт посылку."
    )
    assert say(views.RECEIVE_RESULT, view, "kk") == (
        "Сәлемдемеңіз осында: қатар үш, ұяшық он екі. Жөнелтілім түрі: сәлемдеме. "
        "Он бесінші желтоқсанға дейін тегін сақталады. "
        "Мұнда отыз бірінші желтоқсанға дейін сақталады. "
        "Салынған төлем он бес мың тоғыз жүз теңге, кассада төленеді. "
        "Талонды төмендегі принтерден алыңыз. "
        "Қолыңыз жетпесе, «Көмек керек» түймесін таңдаңыз: "
        "қызметкерлер оны өздері әкеліп береді."
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
