"""Danish CPR numbers and Norwegian national identity numbers: check, and read the birth date.

Denmark (CPR-kontoret, "Personnummeret i CPR-systemet" and "Personnumre uden kontrolciffer
(modulus 11 kontrol)", cpr.dk): DDMMYY-SSSS. The century follows from the year and the 7th
digit: 0-3 -> 1900-1999; 4 and 9 -> 2000-2036 for years 00-36, else 1937-1999; 5-8 ->
2000-2057 for years 00-57, else 1858-1899. Since 1 October 2007 CPR issues numbers that
fail the old modulus-11 check (weights 4,3,2,7,6,5,4,3,2,1) and asks every system to
accept them, so a failed check never makes a CPR number invalid; ``mod11_ok`` reports it.

Norway (Skatteetaten, "Fødselsnummer" and "Nytt fødselsnummer fra 2032", Folkeregisteret
API documentation): DDMMYY III K1 K2. Both control digits are modulus 11: K1 with weights
3,7,6,1,8,9,4,5,2 and K2 with 5,4,3,2,7,6,5,4,3,2 (over the first nine digits and K1).
The century follows from the individual number III: 000-499 -> 1900-1999; 500-749 with
year 54-99 -> 1854-1899; 500-999 with year 00-39 -> 2000-2039; 900-999 with year 40-99 ->
1940-1999. D-numbers add 40 to the day, H-numbers (help numbers used in health care) add 40
to the month, synthetic test numbers (Skatteetaten's Tenor) add 80 to the month, and
FH-numbers (common help numbers, first digit 8 or 9) carry no birth date. From 1 January
2032 new numbers may have a K1 remainder of 0, 1, 2 or 3 and their individual number no
longer tells the century; PGP Desk accepts that rule from that date and then asks for the
birth date to be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Country(StrEnum):
    DK = "DK"
    NO = "NO"


class IdKind(StrEnum):
    CPR = "cpr"
    FNR = "fnr"
    D_NUMBER = "d_number"
    H_NUMBER = "h_number"
    FH_NUMBER = "fh_number"


class Message(StrEnum):
    """Why a number is (in)valid; the UI translates these codes."""

    OK = "ok"
    OK_WITHOUT_MOD11 = "ok_without_mod11"  # valid CPR issued without the modulus-11 check
    OK_CHECK_BIRTH_DATE = "ok_check_birth_date"  # 2032-rule number: century not encoded
    EMPTY = "empty"
    BAD_CHARACTERS = "bad_characters"
    WRONG_LENGTH = "wrong_length"
    UNKNOWN_COUNTRY = "unknown_country"
    BAD_DATE = "bad_date"
    BAD_CENTURY = "bad_century"
    BAD_CONTROL_DIGITS = "bad_control_digits"
    FUTURE_DATE = "future_date"


CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
FNR_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
FNR_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
FNR_2032_K1_REMAINDERS = (1, 2, 3)
FNR_2032_START = date(2032, 1, 1)
LENGTHS = {Country.DK: 10, Country.NO: 11}

_SEPARATORS = re.compile(r"[\s\-]+")
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class NationalIdResult:
    """The outcome of checking one number.

    ``digits`` is the number without separators. ``mod11_ok`` is set for CPR numbers,
    ``control_rule`` ("classic" or "2032") and ``synthetic`` for Norwegian ones.
    """

    valid: bool
    country: Country | None
    birth_date: date | None
    kind: IdKind | None
    message_code: Message
    digits: str = ""
    mod11_ok: bool | None = None
    control_rule: str | None = None
    synthetic: bool = False

    @property
    def formatted(self) -> str:
        """"DDMMYY-SSSS" (Denmark) or "DDMMYY IIIKK" (Norway); the digits otherwise."""
        if self.country is Country.DK and len(self.digits) == 10:
            return f"{self.digits[:6]}-{self.digits[6:]}"
        if self.country is Country.NO and len(self.digits) == 11:
            return f"{self.digits[:6]} {self.digits[6:]}"
        return self.digits


def parse_national_id(
    text: str | None, country: str | None = None, today: date | None = None
) -> NationalIdResult:
    """Check a CPR number or fødselsnummer; the country is guessed from the length if None.

    Spaces and hyphens are ignored. ``today`` (default: the real date) decides whether a
    birth date lies in the future and whether the 2032 Norwegian rule is in force.
    """
    today = today or date.today()
    digits = _SEPARATORS.sub("", text or "")
    if not digits:
        return _fail(Message.EMPTY, None, "")
    if not _DIGITS.fullmatch(digits):
        return _fail(Message.BAD_CHARACTERS, _country_or_none(country), "")
    if country is None:
        by_length = {n: c for c, n in LENGTHS.items()}
        if len(digits) not in by_length:
            return _fail(Message.WRONG_LENGTH, None, digits)
        chosen = by_length[len(digits)]
    else:
        named = _country_or_none(country)
        if named is None:
            return _fail(Message.UNKNOWN_COUNTRY, None, digits)
        chosen = named
        if len(digits) != LENGTHS[chosen]:
            return _fail(Message.WRONG_LENGTH, chosen, digits)
    if chosen is Country.DK:
        return _parse_cpr(digits, today)
    return _parse_fnr(digits, today)


def _country_or_none(country: str | None) -> Country | None:
    try:
        return Country(str(country).upper()) if country else None
    except ValueError:
        return None


def _fail(message: Message, country: Country | None, digits: str, *,
          mod11_ok: bool | None = None, control_rule: str | None = None,
          synthetic: bool = False) -> NationalIdResult:
    return NationalIdResult(False, country, None, None, message, digits, mod11_ok=mod11_ok,
                            control_rule=control_rule, synthetic=synthetic)


def cpr_century(year2: int, digit7: int) -> int:
    """The century (1800, 1900, 2000) of a CPR number from its year and 7th digit."""
    if digit7 <= 3:
        return 1900
    if digit7 in (4, 9):
        return 2000 if year2 <= 36 else 1900
    return 2000 if year2 <= 57 else 1800


def cpr_mod11_ok(digits: str) -> bool:
    """The pre-2007 modulus-11 check; informative only."""
    return sum(w * int(d) for w, d in zip(CPR_WEIGHTS, digits, strict=True)) % 11 == 0


def _parse_cpr(digits: str, today: date) -> NationalIdResult:
    day, month, year2 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    mod11 = cpr_mod11_ok(digits)
    year = cpr_century(year2, int(digits[6])) + year2
    born = _date_or_none(year, month, day)
    if born is None:
        return _fail(Message.BAD_DATE, Country.DK, digits, mod11_ok=mod11)
    if born > today:
        return _fail(Message.FUTURE_DATE, Country.DK, digits, mod11_ok=mod11)
    message = Message.OK if mod11 else Message.OK_WITHOUT_MOD11
    return NationalIdResult(True, Country.DK, born, IdKind.CPR, message, digits, mod11_ok=mod11)


def fnr_century(year2: int, individual: int) -> int | None:
    """The century of a (pre-2032) Norwegian number, or None outside the defined ranges."""
    if individual <= 499:
        return 1900
    if individual <= 749 and year2 >= 54:
        return 1800
    if year2 <= 39:
        return 2000
    if individual >= 900:
        return 1900
    return None


def fnr_control_rule(digits: str) -> str | None:
    """"classic", "2032" or None when the control digits fit neither rule."""
    r1 = sum(w * int(d) for w, d in zip(FNR_K1_WEIGHTS, digits[:10], strict=True)) % 11
    r2 = sum(w * int(d) for w, d in zip(FNR_K2_WEIGHTS, digits, strict=True)) % 11
    if r2 != 0:
        return None
    if r1 == 0:
        return "classic"
    return "2032" if r1 in FNR_2032_K1_REMAINDERS else None


def _parse_fnr(digits: str, today: date) -> NationalIdResult:
    rule = fnr_control_rule(digits)
    if rule == "2032" and today < FNR_2032_START:
        rule = None
    if rule is None:
        return _fail(Message.BAD_CONTROL_DIGITS, Country.NO, digits)
    if digits[0] in "89":
        return NationalIdResult(True, Country.NO, None, IdKind.FH_NUMBER, Message.OK,
                                digits, control_rule=rule)
    day, month, year2 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    kind = IdKind.FNR
    if day > 40:
        day, kind = day - 40, IdKind.D_NUMBER
    synthetic = month > 80
    if synthetic:
        month -= 80
    if month > 40:
        month = month - 40
        kind = IdKind.H_NUMBER if kind is IdKind.FNR else kind
    if rule == "2032":
        century = 2000 if 2000 + year2 <= today.year else 1900
    else:
        found = fnr_century(year2, int(digits[6:9]))
        if found is None:
            return _fail(Message.BAD_CENTURY, Country.NO, digits, control_rule=rule,
                         synthetic=synthetic)
        century = found
    born = _date_or_none(century + year2, month, day)
    if born is None:
        return _fail(Message.BAD_DATE, Country.NO, digits, control_rule=rule,
                     synthetic=synthetic)
    if born > today:
        return _fail(Message.FUTURE_DATE, Country.NO, digits, control_rule=rule,
                     synthetic=synthetic)
    message = Message.OK_CHECK_BIRTH_DATE if rule == "2032" else Message.OK
    return NationalIdResult(True, Country.NO, born, kind, message, digits, control_rule=rule,
                            synthetic=synthetic)


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
