"""Numbers, dates, amounts, tracking numbers and phone digits as words in kk, ru and en."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.speech.words import Noun, words_for
from kiosk.speech.words_kk import ordinal as kk_ordinal
from kiosk.speech.words_ru import plural_form

KK, RU, EN = words_for("kk"), words_for("ru"), words_for("en")
DEC_15 = dt.date(2026, 12, 15)


def test_only_the_three_languages_have_words():
    with pytest.raises(KeyError):
        words_for("de")


@pytest.mark.parametrize(
    ("amount", "kk", "ru", "en"),
    [
        (0, "нөл теңге", "ноль тенге", "zero tenge"),
        (1, "бір теңге", "один тенге", "one tenge"),
        (2, "екі теңге", "два тенге", "two tenge"),
        (21, "жиырма бір теңге", "двадцать один тенге", "twenty-one tenge"),
        (100, "жүз теңге", "сто тенге", "one hundred tenge"),
        (500, "бес жүз теңге", "пятьсот тенге", "five hundred tenge"),
        (1100, "бір мың жүз теңге", "тысяча сто тенге", "one thousand one hundred tenge"),
        (2000, "екі мың теңге", "две тысячи тенге", "two thousand tenge"),
        (
            15900,
            "он бес мың тоғыз жүз теңге",
            "пятнадцать тысяч девятьсот тенге",
            "fifteen thousand nine hundred tenge",
        ),
        (21000, "жиырма бір мың теңге", "двадцать одна тысяча тенге", "twenty-one thousand tenge"),
        (
            44444,
            "қырық төрт мың төрт жүз қырық төрт теңге",
            "сорок четыре тысячи четыреста сорок четыре тенге",
            "forty-four thousand four hundred and forty-four tenge",
        ),
        (1000000, "бір миллион теңге", "один миллион тенге", "one million tenge"),
    ],
)
def test_amounts_in_tenge(amount, kk, ru, en):
    assert KK.amount_kzt(amount) == kk
    assert RU.amount_kzt(amount) == ru
    assert EN.amount_kzt(amount) == en


@pytest.mark.parametrize(
    ("day", "kk", "ru", "en"),
    [
        (dt.date(2026, 12, 15), "он бесінші желтоқсан", "пятнадцатое декабря",
         "the fifteenth of December"),
        (dt.date(2027, 1, 1), "бірінші қаңтар", "первое января", "the first of January"),
        (dt.date(2027, 2, 2), "екінші ақпан", "второе февраля", "the second of February"),
        (dt.date(2027, 3, 3), "үшінші наурыз", "третье марта", "the third of March"),
        (dt.date(2027, 4, 6), "алтыншы сәуір", "шестое апреля", "the sixth of April"),
        (dt.date(2027, 5, 9), "тоғызыншы мамыр", "девятое мая", "the ninth of May"),
        (dt.date(2027, 6, 10), "оныншы маусым", "десятое июня", "the tenth of June"),
        (dt.date(2027, 7, 20), "жиырмасыншы шілде", "двадцатое июля", "the twentieth of July"),
        (dt.date(2027, 8, 22), "жиырма екінші тамыз", "двадцать второе августа",
         "the twenty-second of August"),
        (dt.date(2027, 9, 30), "отызыншы қыркүйек", "тридцатое сентября",
         "the thirtieth of September"),
        (dt.date(2027, 10, 31), "отыз бірінші қазан", "тридцать первое октября",
         "the thirty-first of October"),
        (dt.date(2027, 11, 8), "сегізінші қараша", "восьмое ноября", "the eighth of November"),
    ],
)  # fmt: skip
def test_dates(day, kk, ru, en):
    assert KK.date(day) == kk
    assert RU.date(day) == ru
    assert EN.date(day) == en


@pytest.mark.parametrize(
    ("day", "kk", "ru"),
    [
        (dt.date(2026, 12, 15), "он бесінші желтоқсанға дейін", "до пятнадцатого декабря"),
        (dt.date(2027, 4, 3), "үшінші сәуірге дейін", "до третьего апреля"),
        (dt.date(2027, 7, 23), "жиырма үшінші шілдеге дейін", "до двадцать третьего июля"),
        (dt.date(2027, 9, 11), "он бірінші қыркүйекке дейін", "до одиннадцатого сентября"),
        (dt.date(2027, 11, 1), "бірінші қарашаға дейін", "до первого ноября"),
        (dt.date(2027, 1, 7), "жетінші қаңтарға дейін", "до седьмого января"),
    ],
)
def test_until_a_date(day, kk, ru):
    assert KK.until(day) == kk
    assert RU.until(day) == ru
    assert EN.until(dt.date(2026, 12, 15)) == "until the fifteenth of December"


def test_a_moment_is_said_as_its_day_in_almaty():
    late_evening_utc = dt.datetime(2026, 12, 14, 20, 0, tzinfo=dt.UTC)  # 15 December in Almaty
    assert RU.date(late_evening_utc) == "пятнадцатое декабря"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "бірінші"), (4, "төртінші"), (5, "бесінші"), (7, "жетінші"), (12, "он екінші"),
        (16, "он алтыншы"), (19, "он тоғызыншы"), (21, "жиырма бірінші"), (40, "қырқыншы"),
        (50, "елуінші"), (60, "алпысыншы"), (100, "жүзінші"),
    ],
)  # fmt: skip
def test_kazakh_ordinals(n, expected):
    assert kk_ordinal(n) == expected


@pytest.mark.parametrize(
    ("n", "form"),
    [(0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0), (22, 1),
     (25, 2), (101, 0), (111, 2), (112, 2), (1004, 1)],
)  # fmt: skip
def test_russian_plural_forms(n, form):
    assert plural_form(n) == form


@pytest.mark.parametrize(
    ("n", "noun", "kk", "ru", "en"),
    [
        (1, Noun.ITEM, "бір жөнелтілім", "одно отправление", "one item"),
        (2, Noun.ITEM, "екі жөнелтілім", "два отправления", "two items"),
        (5, Noun.ITEM, "бес жөнелтілім", "пять отправлений", "five items"),
        (21, Noun.ITEM, "жиырма бір жөнелтілім", "двадцать одно отправление", "twenty-one items"),
        (1, Noun.ATTEMPT, "бір әрекет", "одна попытка", "one attempt"),
        (2, Noun.ATTEMPT, "екі әрекет", "две попытки", "two attempts"),
        (11, Noun.ATTEMPT, "он бір әрекет", "одиннадцать попыток", "eleven attempts"),
        (6, Noun.DIGIT, "алты цифр", "шесть цифр", "six digits"),
        (10, Noun.DIGIT, "он цифр", "десять цифр", "ten digits"),
    ],
)
def test_counts_agree_with_their_noun(n, noun, kk, ru, en):
    assert KK.count(n, noun) == kk
    assert RU.count(n, noun) == ru
    assert EN.count(n, noun) == en


@pytest.mark.parametrize(
    ("seconds", "kk", "ru", "en"),
    [
        (299, "төрт минут елу тоғыз секунд", "четыре минуты пятьдесят девять секунд",
         "four minutes and fifty-nine seconds"),
        (61, "бір минут бір секунд", "одну минуту одну секунду", "one minute and one second"),
        (120, "екі минут", "две минуты", "two minutes"),
        (21, "жиырма бір секунд", "двадцать одну секунду", "twenty-one seconds"),
        (32, "отыз екі секунд", "тридцать две секунды", "thirty-two seconds"),
        (0, "нөл секунд", "ноль секунд", "zero seconds"),
    ],
)  # fmt: skip
def test_durations_as_the_object_of_wait(seconds, kk, ru, en):
    assert KK.duration(seconds) == kk
    assert RU.duration(seconds) == ru
    assert EN.duration(seconds) == en


def test_tracking_numbers_are_spelled_in_the_screen_groups():
    assert EN.tracking("RR123456785KZ") == (
        "R R, one two three four, five six seven eight, five, K Z"
    )
    assert RU.tracking("cc 0166 9519 0 kz") == (
        "цэ цэ, ноль один шесть шесть, девять пять один девять, ноль, ка зэт"
    )
    assert KK.tracking("RR123456785KZ") == (
        "эр эр, бір екі үш төрт, бес алты жеті сегіз, бес, ка зет"
    )


def test_a_partial_tracking_number_is_spelled_as_far_as_typed():
    assert EN.tracking("RR12") == "R R, one two"
    assert RU.tracking("") == ""


def test_phone_digits_in_groups_after_plus_seven():
    assert EN.phone("7011234567") == (
        "plus seven, seven zero one, one two three, four five, six seven"
    )
    assert RU.phone("701 123") == "плюс семь, семь ноль один, один два три"
    assert KK.phone("70112345678") == (
        "плюс жеті, жеті нөл бір, бір екі үш, төрт бес, алты жеті, сегіз"
    )


@pytest.mark.parametrize(
    ("code", "kk", "ru", "en"),
    [
        ("3", "үш", "три", "three"),
        ("12", "он екі", "двенадцать", "twelve"),
        ("A7", "а жеті", "а семь", "A seven"),
        ("03", "нөл үш", "ноль три", "zero three"),
        ("B-14", "бэ он төрт", "бэ четырнадцать", "B fourteen"),
    ],
)
def test_rows_and_compartments(code, kk, ru, en):
    assert KK.code(code) == kk
    assert RU.code(code) == ru
    assert EN.code(code) == en


@pytest.mark.parametrize("words", [KK, RU, EN])
def test_no_digit_is_left_for_the_engine_to_guess(words):
    said = " ".join(
        [
            words.amount_kzt(123456),
            words.date(DEC_15),
            words.until(DEC_15),
            words.tracking("RR123456785KZ"),
            words.phone("7011234567"),
            words.duration(3599),
            words.code("A12"),
        ]
    )
    assert not any(c.isdigit() for c in said), said
