"""Kazakh numbers, dates and amounts as words.

Cardinals come from num2words (lang "kz"); it has no ordinals, so they are made here: the last
word of the cardinal takes -ншы/-нші after a vowel, -ыншы/-інші after a consonant, by vowel
harmony (он бесінші, жиырмасыншы, отыз бірінші). A noun after a numeral stays singular
(үш жөнелтілім). "Until" is the dative of the month and дейін: он бесінші желтоқсанға дейін.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from num2words import num2words

from kiosk.speech.words import Noun, Words

MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
MONTHS_DATIVE = (
    "қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
    "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға",
)  # fmt: skip
NOUNS: dict[Noun, str] = {
    Noun.ITEM: "жөнелтілім",
    Noun.ATTEMPT: "әрекет",
    Noun.MINUTE: "минут",
    Noun.SECOND: "секунд",
    Noun.DIGIT: "цифр",
    Noun.CHARACTER: "таңба",
}
# Words whose ordinal is not the regular one (жиырма takes -сыншы, қырық drops its ы).
IRREGULAR_ORDINALS = {"жиырма": "жиырмасыншы", "қырық": "қырқыншы", "елу": "елуінші"}
BACK_VOWELS = set("аоұыя")
FRONT_VOWELS = set("әеөүіэю")
VOWELS = BACK_VOWELS | FRONT_VOWELS | set("уи")
LETTERS = {
    "A": "а", "B": "бэ", "C": "цэ", "D": "дэ", "E": "е", "F": "эф", "G": "гэ", "H": "аш",
    "I": "и", "J": "жи", "K": "ка", "L": "эль", "M": "эм", "N": "эн", "O": "о", "P": "пэ",
    "Q": "кю", "R": "эр", "S": "эс", "T": "тэ", "U": "у", "V": "вэ", "W": "дабл-ю", "X": "икс",
    "Y": "игрек", "Z": "зет",
}  # fmt: skip


def is_back(word: str) -> bool:
    """Vowel harmony: the word's last vowel is a back vowel (а, о, ұ, ы)."""
    for letter in reversed(word):
        if letter in BACK_VOWELS:
            return True
        if letter in FRONT_VOWELS:
            return False
    return False


def ordinal_word(word: str) -> str:
    if word in IRREGULAR_ORDINALS:
        return IRREGULAR_ORDINALS[word]
    back = is_back(word)
    if word[-1] in VOWELS:
        return word + ("ншы" if back else "нші")
    return word + ("ыншы" if back else "інші")


def cardinal(n: int) -> str:
    return str(num2words(n, lang="kz"))


def ordinal(n: int) -> str:
    """``15`` → "он бесінші", ``20`` → "жиырмасыншы", ``31`` → "отыз бірінші"."""
    *head, last = cardinal(n).split()
    return " ".join([*head, ordinal_word(last)])


class KazakhWords(Words):
    language = "kk"
    digit_names = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
    letter_names: ClassVar[dict[str, str]] = LETTERS
    plus = "плюс"

    def number(self, n: int) -> str:
        return cardinal(n)

    def amount_kzt(self, amount: int) -> str:
        return f"{cardinal(amount)} теңге"

    def date(self, day: dt.date) -> str:
        day = self.day_of(day)
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]}"

    def until(self, day: dt.date) -> str:
        day = self.day_of(day)
        return f"{ordinal(day.day)} {MONTHS_DATIVE[day.month - 1]} дейін"

    def count(self, n: int, noun: Noun) -> str:
        return f"{cardinal(n)} {NOUNS[noun]}"

    def count_object(self, n: int, noun: Noun) -> str:
        return self.count(n, noun)

    def join_duration(self, parts: list[str]) -> str:
        return " ".join(parts)
