"""English numbers, dates and amounts as words (num2words for the numbers)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from num2words import num2words

from kiosk.speech.words import Noun, Words

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
NOUNS: dict[Noun, tuple[str, str]] = {
    Noun.ITEM: ("item", "items"),
    Noun.ATTEMPT: ("attempt", "attempts"),
    Noun.MINUTE: ("minute", "minutes"),
    Noun.SECOND: ("second", "seconds"),
    Noun.DIGIT: ("digit", "digits"),
    Noun.CHARACTER: ("character", "characters"),
}


class EnglishWords(Words):
    language = "en"
    digit_names = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    letter_names: ClassVar[dict[str, str]] = {
        chr(c): chr(c) for c in range(ord("A"), ord("Z") + 1)
    }  # espeak says "R" well
    plus = "plus"

    def number(self, n: int) -> str:
        return str(num2words(n, lang="en")).replace(",", "")

    def amount_kzt(self, amount: int) -> str:
        return f"{self.number(amount)} tenge"

    def date(self, day: dt.date) -> str:
        day = self.day_of(day)
        return f"the {num2words(day.day, lang='en', to='ordinal')} of {MONTHS[day.month - 1]}"

    def until(self, day: dt.date) -> str:
        return f"until {self.date(day)}"

    def count(self, n: int, noun: Noun) -> str:
        one, many = NOUNS[noun]
        return f"{self.number(n)} {one if n == 1 else many}"

    def count_object(self, n: int, noun: Noun) -> str:
        return self.count(n, noun)

    def join_duration(self, parts: list[str]) -> str:
        return " and ".join(parts)
