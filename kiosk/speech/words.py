"""Saying numbers, dates, amounts and codes as words: the part every language shares.

A `Words` object speaks for one language (`words_for`). The text it returns is meant for a speech
engine: every digit is a word, so the engine never guesses how to read ``15 900 ₸``, ``15.12`` or
``RR 1234 5678 5 KZ``. Grammar that depends on the sentence (Russian cases, Kazakh suffixes) is
chosen by the method: `until` is the whole "until <date>" phrase, so a translated sentence only
places it.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from abc import ABC, abstractmethod
from typing import ClassVar

from kiosk.formatting import local_time


class Noun(enum.Enum):
    """Things the kiosk counts aloud; each language knows their forms."""

    ITEM = "item"
    ATTEMPT = "attempt"
    MINUTE = "minute"
    SECOND = "second"
    DIGIT = "digit"
    CHARACTER = "character"


_RUNS = re.compile(r"[0-9]+|[A-Za-z]+|[^\sA-Za-z0-9]+")
TRACKING_GROUPS = (2, 4, 4, 1, 2)  # RR 1234 5678 5 KZ, as the screens group it (group_s10)
PHONE_GROUPS = (3, 3, 2, 2)  # 701 234 56 78


class Words(ABC):
    language: str
    digit_names: tuple[str, ...]  # 0 … 9
    letter_names: ClassVar[dict[str, str]]  # Latin capital → its name
    plus: str  # the + of +7
    group_pause = ", "  # between spelled groups: a short pause in every engine

    # ---- per language -----------------------------------------------------------------------

    @abstractmethod
    def number(self, n: int) -> str:
        """A cardinal number, as it is said alone (``15`` → "fifteen")."""

    @abstractmethod
    def amount_kzt(self, amount: int) -> str:
        """``15900`` → "fifteen thousand nine hundred tenge"."""

    @abstractmethod
    def date(self, day: dt.date) -> str:
        """A day on its own: "the fifteenth of December"."""

    @abstractmethod
    def until(self, day: dt.date) -> str:
        """The whole phrase "until <day>" in this language's grammar."""

    @abstractmethod
    def count(self, n: int, noun: Noun) -> str:
        """A number of things with the noun agreeing: "one item", "three items"."""

    @abstractmethod
    def count_object(self, n: int, noun: Noun) -> str:
        """`count` as the object of a verb (the Russian accusative: "одну минуту")."""

    def count_alone(self, n: int, noun: Noun) -> str:
        """How many, without the noun but agreeing with it ("Попыток: одна")."""
        return self.number(n)

    @abstractmethod
    def join_duration(self, parts: list[str]) -> str:
        """Minutes and seconds joined as the language says them."""

    # ---- shared -------------------------------------------------------------------------------

    def day_of(self, day: dt.date) -> dt.date:
        """A datetime's day in Almaty (the screens show that day), a date as it is."""
        return local_time(day).date() if isinstance(day, dt.datetime) else day

    def duration(self, seconds: int) -> str:
        """A wait as the object of "wait …" / "try again in …": "four minutes and nine seconds"."""
        seconds = max(0, int(seconds))
        minutes, rest = divmod(seconds, 60)
        parts = []
        if minutes:
            parts.append(self.count_object(minutes, Noun.MINUTE))
        if rest or not minutes:
            parts.append(self.count_object(rest, Noun.SECOND))
        return self.join_duration(parts)

    def digits(self, text: str) -> str:
        """Each digit as a word: ``"701"`` → "seven zero one"."""
        return " ".join(self.digit_names[int(c)] for c in text if c.isdigit())

    def letters(self, text: str) -> str:
        return " ".join(self.letter_names.get(c.upper(), c) for c in text if c.isalpha())

    def spell(self, text: str) -> str:
        """Letters by their names and digits one by one, in the text's own groups."""
        words = []
        for run in _RUNS.findall(text):
            if run.isdigit():
                words.append(self.digits(run))
            elif run.isascii() and run.isalpha():
                words.append(self.letters(run))
        return " ".join(w for w in words if w)

    def code(self, text: str) -> str:
        """A row or compartment as shown ("3", "12", "A7", "03"): numbers as numbers (unless they
        start with a zero), letters by name."""
        words = []
        for run in _RUNS.findall(text.strip()):
            if run.isdigit():
                plain = len(run) <= 4 and not (len(run) > 1 and run.startswith("0"))
                words.append(self.number(int(run)) if plain else self.digits(run))
            elif run.isascii() and run.isalpha():
                words.append(self.letters(run))
        return " ".join(w for w in words if w)

    def tracking(self, text: str) -> str:
        """A (possibly partial) tracking number in the screen's groups, each spelled:
        "R R, one two three four, five six seven eight, five, K Z"."""
        value = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        return self.group_pause.join(self.spell(part) for part in _groups(value, TRACKING_GROUPS))

    def phone(self, digits: str) -> str:
        """The 10 digits typed after +7 (or fewer while typing): "plus seven, seven zero one, …"."""
        value = re.sub(r"\D", "", digits)
        parts = [f"{self.plus} {self.digit_names[7]}"]
        parts += [self.digits(part) for part in _groups(value, PHONE_GROUPS)]
        return self.group_pause.join(parts)


def _groups(value: str, sizes: tuple[int, ...]) -> list[str]:
    parts, start = [], 0
    for size in sizes:
        if start >= len(value):
            break
        parts.append(value[start : start + size])
        start += size
    if start < len(value):
        parts.append(value[start:])
    return parts


def words_for(language: str) -> Words:
    """The `Words` of ``language`` (kk, ru or en); any other raises KeyError (no fallback)."""
    from kiosk.speech.words_en import EnglishWords
    from kiosk.speech.words_kk import KazakhWords
    from kiosk.speech.words_ru import RussianWords

    table: dict[str, type[Words]] = {"kk": KazakhWords, "ru": RussianWords, "en": EnglishWords}
    return table[language]()
