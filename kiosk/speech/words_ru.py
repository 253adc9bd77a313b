"""Russian numbers, dates and amounts as words, with agreement.

num2words gives the numerals in any case and gender; this module picks them: a count agrees with
its noun (одна попытка, два отправления, пять минут), a wait is an object (через одну минуту),
a date is an ordinal with the month in the genitive (пятнадцатое декабря; до пятнадцатого
декабря). Тенге does not decline.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from num2words import num2words

from kiosk.speech.words import Noun, Words

MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
# gender, (one, few, many) in the nominative, the singular in the accusative
NOUNS: dict[Noun, tuple[str, tuple[str, str, str], str]] = {
    Noun.ITEM: ("n", ("отправление", "отправления", "отправлений"), "отправление"),
    Noun.ATTEMPT: ("f", ("попытка", "попытки", "попыток"), "попытку"),
    Noun.MINUTE: ("f", ("минута", "минуты", "минут"), "минуту"),
    Noun.SECOND: ("f", ("секунда", "секунды", "секунд"), "секунду"),
    Noun.DIGIT: ("f", ("цифра", "цифры", "цифр"), "цифру"),
    Noun.CHARACTER: ("m", ("символ", "символа", "символов"), "символ"),
}
LETTERS = {
    "A": "а", "B": "бэ", "C": "цэ", "D": "дэ", "E": "е", "F": "эф", "G": "гэ", "H": "аш",
    "I": "и", "J": "йот", "K": "ка", "L": "эль", "M": "эм", "N": "эн", "O": "о", "P": "пэ",
    "Q": "ку", "R": "эр", "S": "эс", "T": "тэ", "U": "у", "V": "вэ", "W": "дубль-вэ", "X": "икс",
    "Y": "игрек", "Z": "зэт",
}  # fmt: skip


def plural_form(n: int) -> int:
    """0: one (1, 21, 101), 1: few (2-4, 22-24), 2: many (0, 5-20, 25-30, 111)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def numeral(n: int, *, gender: str = "m", case: str = "n") -> str:
    """A cardinal in a case (n, g, a, …) and gender (m, f, n), for inanimate nouns."""
    text = str(num2words(n, lang="ru", gender=gender, case=case, animate=False))
    # "тысяча сто", as one says it, not "одна тысяча сто"; 21 000 keeps its "одна"
    return text.removeprefix("одна ") if text.startswith("одна тысяч") else text


class RussianWords(Words):
    language = "ru"
    digit_names = (
        "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
    )  # fmt: skip
    letter_names: ClassVar[dict[str, str]] = LETTERS
    plus = "плюс"

    def number(self, n: int) -> str:
        return numeral(n)

    def amount_kzt(self, amount: int) -> str:
        return f"{numeral(amount)} тенге"

    def _ordinal_day(self, day: dt.date, case: str) -> str:
        day = self.day_of(day)
        ordinal = num2words(day.day, lang="ru", to="ordinal", gender="n", case=case)
        return f"{ordinal} {MONTHS_GENITIVE[day.month - 1]}"

    def date(self, day: dt.date) -> str:
        return self._ordinal_day(day, "n")

    def until(self, day: dt.date) -> str:
        return f"до {self._ordinal_day(day, 'g')}"

    def count(self, n: int, noun: Noun) -> str:
        gender, forms, _ = NOUNS[noun]
        return f"{numeral(n, gender=gender)} {forms[plural_form(n)]}"

    def count_object(self, n: int, noun: Noun) -> str:
        gender, forms, accusative_one = NOUNS[noun]
        form = plural_form(n)
        word = accusative_one if form == 0 else forms[form]
        return f"{numeral(n, gender=gender, case='a')} {word}"

    def count_alone(self, n: int, noun: Noun) -> str:
        return numeral(n, gender=NOUNS[noun][0])

    def join_duration(self, parts: list[str]) -> str:
        return " ".join(parts)
