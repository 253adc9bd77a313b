"""Identifiers the customer types or scans: UPU S10 item numbers and Kazakhstan mobile numbers.

Everything here is pure and Qt-free; the central reference server uses it too, so both sides agree
on what a valid tracking number or phone number is.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

S10_LENGTH = 13
S10_EXAMPLE = "CC016695190KZ"
_S10_RE = re.compile(r"^[A-Z]{2}[0-9]{8}[0-9][A-Z]{2}$")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_RESERVED_FIRST_LETTERS = frozenset("JKSTW")

# Cyrillic letters that look like Latin ones, as typed under a Kazakh or Russian layout.
_CYRILLIC_LOOKALIKES = str.maketrans(
    {
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "У": "Y",
    }
)
_SEPARATORS = re.compile(r"[\s\-.]+")


class S10Problem(enum.Enum):
    """Why a tracking number is not valid, precise enough to tell the customer what to fix."""

    EMPTY = "empty"
    WRONG_LENGTH = "wrong_length"
    BAD_PREFIX = "bad_prefix"  # first two characters must be letters
    BAD_SERIAL = "bad_serial"  # characters 3 to 11 must be digits
    BAD_COUNTRY = "bad_country"  # last two characters must be letters
    RESERVED_SERVICE = "reserved_service"  # J, K, S, T, W are not used for items
    CHECK_DIGIT = "check_digit"
    NOT_A_TRACKING_CODE = "not_a_tracking_code"  # a scanned code that is none (a link, a label)


@dataclass(frozen=True)
class S10Check:
    """The outcome of validating a (normalised) tracking number."""

    value: str
    problem: S10Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def normalize_s10(text: str) -> str:
    """Strip separators, upper-case and map Cyrillic look-alikes to Latin."""
    return _SEPARATORS.sub("", text).upper().translate(_CYRILLIC_LOOKALIKES)


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an 8-digit serial number."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError("an S10 serial number is exactly 8 digits")
    total = sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True))
    digit = 11 - total % 11
    return {10: 0, 11: 5}.get(digit, digit)


def check_s10(text: str) -> S10Check:
    """Normalise ``text`` and say whether it is a valid S10 identifier, and if not, why."""
    value = normalize_s10(text)
    problem = _s10_problem(value)
    return S10Check(value=value, problem=problem)


def _s10_problem(value: str) -> S10Problem | None:
    if not value:
        return S10Problem.EMPTY
    if len(value) != S10_LENGTH:
        return S10Problem.WRONG_LENGTH
    if not (value[:2].isascii() and value[:2].isalpha()):
        return S10Problem.BAD_PREFIX
    if not (value[2:11].isascii() and value[2:11].isdigit()):
        return S10Problem.BAD_SERIAL
    if not (value[11:].isascii() and value[11:].isalpha()):
        return S10Problem.BAD_COUNTRY
    if not _S10_RE.match(value):  # pragma: no cover - the checks above cover the regex
        return S10Problem.WRONG_LENGTH
    if value[0] in _RESERVED_FIRST_LETTERS:
        return S10Problem.RESERVED_SERVICE
    if s10_check_digit(value[2:10]) != int(value[10]):
        return S10Problem.CHECK_DIGIT
    return None


def is_valid_s10(text: str) -> bool:
    return check_s10(text).ok


def group_s10(text: str) -> str:
    """Group a (partial) tracking number for display as it is typed: ``CC 0166 9519 0 KZ``."""
    value = normalize_s10(text)
    parts = [value[0:2], value[2:6], value[6:10], value[10:11], value[11:13]]
    return " ".join(p for p in parts if p)


def mask_s10(value: str) -> str:
    """Mask the middle of a tracking number for screens: ``CC01****190KZ``."""
    if len(value) != S10_LENGTH:
        return value
    return value[:4] + "****" + value[8:]


class PhoneProblem(enum.Enum):
    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NOT_KAZAKHSTAN = "not_kazakhstan"  # e.g. a Russian +7 9xx number
    NOT_MOBILE = "not_mobile"  # a landline


@dataclass(frozen=True)
class PhoneCheck:
    """The outcome of validating a phone number; ``value`` is E.164 (``+77011234567``) when ok."""

    value: str
    problem: PhoneProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_kz_mobile(text: str) -> PhoneCheck:
    """Accept the forms customers type (``8 701…``, ``+7701…``, ``7701…``, ``701…``)."""
    digits = re.sub(r"\D", "", text)
    if not digits:
        return PhoneCheck(value="", problem=PhoneProblem.EMPTY)
    if len(digits) == 10:
        digits = "7" + digits
    elif len(digits) == 11 and digits[0] == "8":
        digits = "7" + digits[1:]
    if len(digits) != 11 or digits[0] != "7":
        return PhoneCheck(value="", problem=PhoneProblem.NOT_A_NUMBER)
    import phonenumbers  # here, not at the top: its metadata would slow every start by ~35 ms

    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return PhoneCheck(value="", problem=PhoneProblem.NOT_A_NUMBER)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(value="", problem=PhoneProblem.NOT_A_NUMBER)
    if phonenumbers.region_code_for_number(number) != "KZ":
        return PhoneCheck(value="", problem=PhoneProblem.NOT_KAZAKHSTAN)
    number_type = phonenumbers.number_type(number)
    if number_type not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return PhoneCheck(value="", problem=PhoneProblem.NOT_MOBILE)
    return PhoneCheck(value=e164, problem=None)


def mask_phone(e164: str) -> str:
    """``+77011234567`` → ``+7 701 *** ** 67``; anything else is masked but its last two digits."""
    digits = re.sub(r"\D", "", e164)
    if len(digits) == 11 and digits[0] == "7":
        return f"+7 {digits[1:4]} *** ** {digits[-2:]}"
    return "*" * max(0, len(digits) - 2) + digits[-2:]


def mask_name(full_name: str) -> str:
    """``Айгерим Нурланова`` → ``А*** Н.``: first letter of the given name, surname initial."""
    parts = full_name.split()
    if not parts:
        return ""
    first = parts[0][0] + "***"
    return f"{first} {parts[1][0]}." if len(parts) > 1 else first


PHONE_ENTRY_DIGITS = 10  # typed after the fixed +7


def format_phone_entry(digits: str) -> str:
    """The phone being typed after the fixed ``+7``: ``70112`` → ``+7 (701) 12_-__-__``."""
    d = (re.sub(r"\D", "", digits)[:PHONE_ENTRY_DIGITS]).ljust(PHONE_ENTRY_DIGITS, "_")
    return f"+7 ({d[0:3]}) {d[3:6]}-{d[6:8]}-{d[8:10]}"
