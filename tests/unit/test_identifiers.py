import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.identifiers import (
    PhoneProblem,
    S10Problem,
    check_kz_mobile,
    check_s10,
    group_s10,
    mask_name,
    mask_phone,
    mask_s10,
    normalize_s10,
    s10_check_digit,
)

VALID = [
    "CC016695190KZ",
    "RR123456785KZ",
    "EE471108151FR",
    "RR473124829GB",
    "RB123456785GB",
    "RR000000080KZ",
    "RR000000155KZ",
    "RR000000005KZ",
]


@pytest.mark.parametrize("number", VALID)
def test_domain_valid_vectors(number):
    assert check_s10(number).ok


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("CC016695191KZ", S10Problem.CHECK_DIGIT),
        ("RR123456786KZ", S10Problem.CHECK_DIGIT),
        ("CC01669519OKZ", S10Problem.BAD_SERIAL),
        ("", S10Problem.EMPTY),
        ("CC0166951KZ", S10Problem.WRONG_LENGTH),
        ("1C016695190KZ", S10Problem.BAD_PREFIX),
        ("CC0166951901Z", S10Problem.BAD_COUNTRY),
        ("JJ123456785KZ", S10Problem.RESERVED_SERVICE),
    ],
)
def test_invalid_numbers_say_why(number, problem):
    assert check_s10(number).problem is problem


def test_check_digit_edge_cases():
    assert s10_check_digit("00000008") == 0  # C = 10 → 0
    assert s10_check_digit("00000015") == 5  # C = 11 → 5
    assert s10_check_digit("00000000") == 5  # S = 0 → 5


def test_normalisation_of_cyrillic_lookalikes_and_separators():
    assert normalize_s10("сс 0166-9519.0 кz") == "CC016695190KZ"
    assert check_s10("РР 123 456 785 КZ").value == "PP123456785KZ"
    assert check_s10("сс016695190kz").ok


@given(st.text(max_size=40))
def test_check_never_raises_and_ok_means_well_formed(text):
    result = check_s10(text)
    if result.ok:
        assert len(result.value) == 13
        assert result.value[:2].isalpha()


@given(st.from_regex(r"[A-HL-RU-VX-Z]{2}[0-9]{8}[A-Z]{2}", fullmatch=True))
def test_any_serial_with_its_check_digit_is_valid(raw):
    number = raw[:10] + str(s10_check_digit(raw[2:10])) + raw[10:]
    assert check_s10(number).ok
    wrong = raw[:10] + str((s10_check_digit(raw[2:10]) + 1) % 10) + raw[10:]
    assert check_s10(wrong).problem is S10Problem.CHECK_DIGIT


def test_grouping_and_masking():
    assert group_s10("CC016695190KZ") == "CC 0166 9519 0 KZ"
    assert group_s10("cc0166") == "CC 0166"
    assert mask_s10("CC016695190KZ") == "CC01****190KZ"


@pytest.mark.parametrize(
    "text", ["87011234567", "+77011234567", "77011234567", "7011234567", "8 (701) 123-45-67"]
)
def test_kz_mobile_forms_normalise(text):
    assert check_kz_mobile(text).value == "+77011234567"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("+7 916 123 45 67", PhoneProblem.NOT_KAZAKHSTAN),
        ("+7 727 250 12 34", PhoneProblem.NOT_MOBILE),
        ("12345", PhoneProblem.NOT_A_NUMBER),
        ("", PhoneProblem.EMPTY),
    ],
)
def test_phone_rejections(text, problem):
    assert check_kz_mobile(text).problem is problem


def test_masks_reveal_nothing_whole():
    assert mask_phone("+77011234567") == "+7 701 *** ** 67"
    assert mask_name("Айгерим Нурланова") == "А*** Н."
