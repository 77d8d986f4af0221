"""Danish CPR numbers (CPR-kontoret) and Norwegian fødselsnummer (Skatteetaten).

Control digits in this file were worked out by hand from the published weights
(CPR 4,3,2,7,6,5,4,3,2,1; fødselsnummer K1 3,7,6,1,8,9,4,5,2 and K2 5,4,3,2,7,6,5,4,3,2);
15108695088 is python-stdnum's documented example and 30108299920 / 30108299939 are
Skatteetaten's own examples for the 2032 rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from pgp_desk.domain.national_id import (
    Country,
    IdKind,
    Message,
    cpr_century,
    fnr_century,
    parse_national_id,
)

TODAY = date(2025, 6, 1)


def parse(text, country=None, today=TODAY):
    return parse_national_id(text, country, today=today)


# ----- Denmark


def test_cpr_with_modulus_11_is_valid_with_birth_date():
    """070761-4285 passes modulus 11 and was born 7 July 1961 (7th digit 4, year 61)."""
    result = parse("070761-4285")
    assert result.valid
    assert result.country is Country.DK
    assert result.kind is IdKind.CPR
    assert result.birth_date == date(1961, 7, 7)
    assert result.mod11_ok is True
    assert result.message_code is Message.OK
    assert result.formatted == "070761-4285"


def test_cpr_leap_day_2000():
    """290200-4001: 7th digit 4 with year 00 means 2000, a leap year, so 29 Feb is valid."""
    result = parse("2902004001")
    assert result.valid
    assert result.birth_date == date(2000, 2, 29)


def test_cpr_leap_day_1900_is_not_a_date():
    """290200-1234: 7th digit 1 means 1900, which had no 29 February."""
    result = parse("290200-1234")
    assert not result.valid
    assert result.message_code is Message.BAD_DATE


def test_cpr_30_february_is_a_bad_date():
    """300290-xxxx is refused as a date that does not exist."""
    result = parse("300290-1234")
    assert (result.valid, result.message_code) == (False, Message.BAD_DATE)
    assert result.birth_date is None


def test_cpr_failing_modulus_11_is_still_valid():
    """Since 2007 CPR issues numbers without modulus 11: valid, flagged, with a birth date."""
    result = parse("290200-4000")
    assert result.valid
    assert result.mod11_ok is False
    assert result.message_code is Message.OK_WITHOUT_MOD11
    assert result.birth_date == date(2000, 2, 29)


@pytest.mark.parametrize(
    ("year2", "digit7", "century"),
    [
        (99, 0, 1900), (0, 3, 1900),
        (36, 4, 2000), (37, 4, 1900),
        (36, 9, 2000), (37, 9, 1900),
        (57, 5, 2000), (58, 5, 1800), (57, 8, 2000), (58, 8, 1800),
    ],
)
def test_cpr_century_table(year2, digit7, century):
    """The century follows the CPR-kontoret table, including its boundary years."""
    assert cpr_century(year2, digit7) == century


def test_cpr_century_in_whole_numbers():
    """Worked examples: 1858, 1937, 2005 and 2010 births, read from full numbers."""
    assert parse("010158-5000").birth_date == date(1858, 1, 1)
    assert parse("0101374009").birth_date == date(1937, 1, 1)
    assert parse("010105-6000").birth_date == date(2005, 1, 1)
    assert parse("010110-9000").birth_date == date(2010, 1, 1)


def test_cpr_birth_in_the_future_is_refused():
    """010157-5xxx means 2057, which has not happened yet."""
    assert parse("010157-5000").message_code is Message.FUTURE_DATE


def test_cpr_with_spaces_and_country_given():
    """Spaces are ignored and an explicit 'dk' country is accepted in any case."""
    assert parse(" 070761 4285 ", "dk").valid


# ----- Norway


def test_fodselsnummer_with_correct_control_digits():
    """15108695088: both control digits right, born 15 October 1986 (individual 950)."""
    result = parse("15108695088")
    assert result.valid
    assert result.country is Country.NO
    assert result.kind is IdKind.FNR
    assert result.birth_date == date(1986, 10, 15)
    assert result.control_rule == "classic"
    assert result.formatted == "151086 95088"


@pytest.mark.parametrize("number", ["15108695077", "15108695089", "24039012338"])
def test_fodselsnummer_with_wrong_control_digits(number):
    """Changing a control digit makes the number invalid with 'bad_control_digits'."""
    result = parse(number)
    assert (result.valid, result.message_code) == (False, Message.BAD_CONTROL_DIGITS)


def test_d_number_is_accepted_and_flagged():
    """55108695071: day 55 = 15 + 40, a D-number for someone born 15 October 1986."""
    result = parse("551086 95071")
    assert result.valid
    assert result.kind is IdKind.D_NUMBER
    assert result.birth_date == date(1986, 10, 15)


def test_h_number_is_accepted_and_flagged():
    """15508695060: month 50 = 10 + 40, an H-number."""
    result = parse("15508695060")
    assert result.valid
    assert result.kind is IdKind.H_NUMBER
    assert result.birth_date == date(1986, 10, 15)


def test_synthetic_test_number_is_flagged():
    """15918695033: month 91 = 11 + 80, a synthetic number from Skatteetaten's test data."""
    result = parse("15918695033")
    assert result.valid
    assert result.synthetic
    assert result.birth_date == date(1986, 11, 15)


def test_fh_number_has_no_birth_date():
    """81234567802: first digit 8, a common help number without a birth date."""
    result = parse("81234567802")
    assert result.valid
    assert result.kind is IdKind.FH_NUMBER
    assert result.birth_date is None


@pytest.mark.parametrize(
    ("number", "born"),
    [
        ("24039012339", date(1990, 3, 24)),  # individual 123 -> 1900s
        ("01015560041", date(1855, 1, 1)),  # 600 with year 55 -> 1800s
        ("01010550048", date(2005, 1, 1)),  # 500 with year 05 -> 2000s
        ("01018590014", date(1985, 1, 1)),  # 900 with year 85 -> 1900s
        ("29020050169", date(2000, 2, 29)),  # leap day 2000
    ],
)
def test_fodselsnummer_century_from_individual_number(number, born):
    """The individual number and the year give the century (Skatteetaten's table)."""
    assert parse(number).birth_date == born


def test_fodselsnummer_individual_number_outside_the_table():
    """01014560013: individual 600 with year 45 belongs to no century."""
    assert parse("01014560013").message_code is Message.BAD_CENTURY
    assert fnr_century(45, 600) is None
    assert fnr_century(45, 800) is None


def test_fodselsnummer_bad_dates():
    """Right control digits but 30 February, or 29 February 1900, is a bad date."""
    assert parse("30029012373").message_code is Message.BAD_DATE
    assert parse("29020012380").message_code is Message.BAD_DATE


def test_2032_rule_refused_before_2032_and_accepted_after():
    """A K1 remainder of 1-3 is only valid from 1 January 2032; then check the birth date."""
    assert parse("30108299939").message_code is Message.BAD_CONTROL_DIGITS
    later = parse("30108299939", today=date(2032, 3, 1))
    assert later.valid
    assert later.control_rule == "2032"
    assert later.birth_date == date(1982, 10, 30)
    assert later.message_code is Message.OK_CHECK_BIRTH_DATE
    assert parse("30108299920").control_rule == "classic"


def test_fodselsnummer_born_in_the_future_is_refused():
    """02013299997 is someone born 2 January 2032: refused before that date."""
    assert parse("02013299997").message_code is Message.FUTURE_DATE
    assert parse("02013299997", today=date(2032, 1, 5)).valid


# ----- input handling


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("", None, Message.EMPTY),
        (None, None, Message.EMPTY),
        ("   ", None, Message.EMPTY),
        ("070761-428", None, Message.WRONG_LENGTH),
        ("0707614285", "NO", Message.WRONG_LENGTH),
        ("15108695088", "DK", Message.WRONG_LENGTH),
        ("070761-428X", None, Message.BAD_CHARACTERS),
        ("070761/4285", None, Message.BAD_CHARACTERS),
        ("٠٧٠٧٦١٤٢٨٥", None, Message.BAD_CHARACTERS),  # Arabic-Indic digits
        ("0707614285", "SE", Message.UNKNOWN_COUNTRY),
    ],
)
def test_input_problems_have_message_codes(text, country, code):
    """Empty, wrong length, stray characters and unknown countries get their own codes."""
    result = parse(text, country)
    assert not result.valid
    assert result.message_code is code


def test_country_is_guessed_from_length():
    """Ten digits are read as Danish, eleven as Norwegian."""
    assert parse("0707614285").country is Country.DK
    assert parse("15108695088").country is Country.NO
