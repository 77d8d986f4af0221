"""Search columns and queries for finding a client in a keystroke.

Names are folded with ``domain.normalise.search_key`` (case, accents and the Nordic
spellings ø/oe, å/aa, æ/ae) and stored with a leading space per word, so a typed term
matches the start of any word: " soren kristian hansen" LIKE "% kris%". Digits (birth date
as DDMMYYYY, DDMMYY and YYYYMMDD, phone, national id) are stored the same way.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import ColumnElement, and_

from pgp_desk.db.models import Client
from pgp_desk.domain.normalise import search_key

_DIGITS = re.compile(r"\D+")
_DATE_LIKE = re.compile(r"^[\d.\-/ ]+$")


_NOT_WORD = re.compile(r"[\W_]+")


def _words(text: str) -> list[str]:
    """Fold each word on its own: '<b>Anna' is the words 'b' and 'anna', never 'banna'."""
    return [key for w in _NOT_WORD.split(text) if w and (key := search_key(w))]


def name_column(first_name: str, last_name: str) -> str:
    words = _words(f"{first_name} {last_name}")
    return (" " + " ".join(words))[:700]


_NORDIC_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def last_name_column(last_name: str) -> str:
    """Sort key in Danish/Norwegian alphabet order: ... x y z æ ø å (aa counts as å)."""
    text = " ".join(_NOT_WORD.split(last_name.casefold())).strip().replace("aa", "å")
    return text.translate(_NORDIC_ORDER)[:300]


def digits_column(birth_date: date | None, phone: str, national_id: str | None) -> str:
    parts = []
    if birth_date is not None:
        parts += [
            birth_date.strftime("%d%m%Y"),
            birth_date.strftime("%d%m%y"),
            birth_date.strftime("%Y%m%d"),
        ]
    for value in (phone, national_id or ""):
        digits = _DIGITS.sub("", value)
        if digits:
            parts.append(digits)
            if value.strip().startswith("+") and len(digits) > 8:
                parts.append(digits[-8:])  # +45 12345678 is found by 12345678 too
    return (" " + " ".join(parts))[:100]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def query_conditions(query: str) -> list[ColumnElement[bool]]:
    """One condition per typed term; every term must match (AND)."""
    conditions: list[ColumnElement[bool]] = []
    stripped = query.strip().lstrip("+")
    if stripped and _DATE_LIKE.match(stripped):  # "12 34 56 78" is one phone number
        digits = _DIGITS.sub("", stripped)
        return [Client.search_digits.like(f"% {_escape_like(digits)}%", escape="\\")]
    for term in query.split():
        if any(ch.isdigit() for ch in term) and _DATE_LIKE.match(term):
            digits = _DIGITS.sub("", term)
            conditions.append(
                Client.search_digits.like(f"% {_escape_like(digits)}%", escape="\\")
            )
            continue
        for word in _words(term):
            conditions.append(Client.search_name.like(f"% {_escape_like(word)}%", escape="\\"))
    return conditions


def query_filter(query: str) -> ColumnElement[bool] | None:
    conditions = query_conditions(query)
    return and_(*conditions) if conditions else None
