"""Turn identifiers from requests into canonical form, or a precise ``422 invalid_identifier``."""

from __future__ import annotations

from central.problems import ProblemError
from kiosk.identifiers import (
    S10_EXAMPLE,
    PhoneProblem,
    S10Problem,
    check_kz_mobile,
    check_s10,
)

_S10_DETAILS = {
    S10Problem.EMPTY: "The number is empty.",
    S10Problem.WRONG_LENGTH: f"The number has 13 characters, like {S10_EXAMPLE}.",
    S10Problem.BAD_PREFIX: "The number starts with two letters.",
    S10Problem.BAD_SERIAL: "Characters 3 to 11 of the number are digits.",
    S10Problem.BAD_COUNTRY: "The number ends with two letters.",
    S10Problem.RESERVED_SERVICE: "No item numbers start with J, K, S, T or W.",
    S10Problem.CHECK_DIGIT: "The check digit does not match; a character was mistyped.",
}

_PHONE_DETAILS = {
    PhoneProblem.EMPTY: "The phone number is empty.",
    PhoneProblem.NOT_A_NUMBER: "This is not a phone number: +7 and 10 digits, e.g. +77011234567.",
    PhoneProblem.NOT_KAZAKHSTAN: "Only Kazakhstan mobile numbers are accepted.",
    PhoneProblem.NOT_MOBILE: "This is a landline; a mobile number is needed for the SMS code.",
}


def parse_s10(text: str, what: str = "tracking number") -> str:
    check = check_s10(text)
    if check.problem is not None:
        raise ProblemError(
            422, "invalid_identifier", f"Malformed {what}: {_S10_DETAILS[check.problem]}"
        )
    return check.value


def parse_phone(text: str) -> str:
    check = check_kz_mobile(text)
    if check.problem is not None:
        raise ProblemError(422, "invalid_identifier", _PHONE_DETAILS[check.problem])
    return check.value
