"""Search keys: one folding for stored names and typed queries, so Nordic spellings meet.

A receptionist types "soren", "soeren" or "Søren" and expects Søren; "aase", "ase" and
"Åse" should all find Åse, and "ae" equals "æ". ``search_key`` therefore folds text to a
lower-case, mostly ASCII canonical form, applied identically to what is stored and what is
typed (both sides must use the same function, or nothing matches):

1. case-fold; then the Nordic and German letters: æ, ä -> "ae"; ø, ö, œ -> "o";
   å -> "a"; ü -> "u"; ß -> "ss"; ð -> "d"; þ -> "th"; ł -> "l"; other accents are
   dropped (é -> e, ñ -> n) through Unicode decomposition;
2. the spelled-out forms are folded the same way: "aa" -> "a", "oe" -> "o", "ue" -> "u".
   So ø, ö, oe and o all become "o"; å, aa and a become "a"; æ, ä and ae stay "ae";
3. apostrophes disappear ("O'Neill" = "oneill"); every other run of punctuation or space
   becomes one space; symbols and emoji disappear. Letters of other scripts (Greek,
   Cyrillic, Arabic ...) are kept, case-folded, so such names can still be found.

Trade-offs, accepted on purpose: the folding makes some different names equal. "Søren" =
"Soren" (wanted), but also "Joensen" = "Jonsen", "Bøe" = "Bo", "Kaare" = "Kare", "Samuel"
= "Samul" and "Møller" = "Moller" = "Moeller". A search for a name therefore shows a few
extra people, which the user sees at a glance; it never hides the right one. Æ is kept as
"ae" rather than folded to "a", so "Bæk" does not also match every "Bak". Folding keeps
prefixes: the key of a typed prefix is a prefix of the key of the whole name, so results
narrow as the user types.

``query_terms`` splits a query into terms. A term made of digits (with . - / + or spaces)
is classified as a date, a national id, a phone number or a plain number, and given a key
that compares across spellings: "24.03.1990", "240390", "24031990" and "1990-03-24" all
get the date key "1990-03-24".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from pgp_desk.domain.national_id import parse_national_id

MAX_QUERY_CHARS = 200
MAX_TERMS = 8

_LETTERS = str.maketrans({
    "æ": "ae", "ä": "ae", "ø": "o", "ö": "o", "œ": "o", "å": "a", "ü": "u",
    "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i",
})
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_DIGRAPHS = ((re.compile(r"a{2,}"), "a"), (re.compile(r"oe"), "o"), (re.compile(r"ue"), "u"))


_SPELLED_OUT = str.maketrans({
    "æ": "ae", "ä": "ae", "ø": "oe", "ö": "oe", "œ": "oe", "å": "aa", "ü": "ue", "ß": "ss",
    "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i",
})
FILE_SLUG_CHARS = 40


def file_slug(text: str | None) -> str:
    """Plain letters for a file name that every system and e-mail program accepts:
    "Åse Sørensen" -> "aase-soerensen" (the Nordic letters spelled out, as Danes and
    Norwegians write them without them), other accents dropped, anything else a dash.
    Letters of other scripts cannot be spelled out and are left out."""
    folded = unicodedata.normalize("NFKC", text or "").casefold().translate(_SPELLED_OUT)
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    slug = "-".join("".join(c if c.isalnum() else " " for c in plain).split())
    return slug[:FILE_SLUG_CHARS].strip("-")


def search_key(text: str | None) -> str:
    """The canonical search form of a name or query (see the module docstring)."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    folded = _APOSTROPHES.sub("", folded)
    out = []
    for ch in unicodedata.normalize("NFKD", folded):
        category = unicodedata.category(ch)
        if category.startswith("M"):
            continue  # combining accents
        if category[0] in "LN":
            out.append(ch)
        elif category[0] in "PZ" or ch in "\t\n\r":
            out.append(" ")
        # symbols (S*), control and format characters (C*) such as emoji and ZWJ vanish
    folded = " ".join("".join(out).split())
    for pattern, replacement in _DIGRAPHS:
        folded = pattern.sub(replacement, folded)
    return folded


def name_matches(query: str, name: str) -> bool:
    """Whether every name term of ``query`` starts a word of ``name`` (both folded).

    The reference rule for name search; a service may do the same in SQL with
    ``key LIKE 'term%' OR key LIKE '% term%'`` on a stored ``search_key`` column.
    """
    words = search_key(name).split()
    terms = [t.key for t in parse_query(query) if t.kind == "name"]
    if not terms:
        return False
    return all(any(word.startswith(term) for word in words) for term in terms)


def digits_only(text: str | None) -> str:
    """The ASCII digits of ``text``, in order: "+45 12 34-56 78" -> "4512345678"."""
    return "".join(ch for ch in (text or "") if "0" <= ch <= "9")


def phone_key(text: str | None) -> str:
    """Digits of a phone number without a +45/+47 (or 0045/0047) country prefix."""
    digits = digits_only(text)
    for prefix in ("0045", "0047", "45", "47"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 8:
            return digits[len(prefix):]
    return digits


@dataclass(frozen=True)
class QueryTerm:
    """One term of a typed query.

    ``kind`` is "name", "date", "national_id", "phone" or "number"; ``also`` lists other
    plausible readings (an 8-digit "24031990" is a date and maybe a phone number).
    ``key`` is the search key for names, the ISO date for dates, the digits otherwise.
    ``birth_date`` is set for dates and national ids that carry one; ``digits`` holds the
    digits of a numeric term (to match the start of a stored CPR number or phone number).
    """

    text: str
    kind: str
    key: str
    also: tuple[str, ...] = ()
    birth_date: date | None = None
    digits: str = ""


_DATE_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"\+?[0-9][0-9./\-]*")
_DIGIT_GROUP = re.compile(r"\+?[0-9]+")
_SPLIT = re.compile(r"[\s,;]+")


def query_terms(text: str | None, today: date | None = None) -> list[str]:
    """The keys of a typed query's terms, in order (see ``parse_query`` for their kinds)."""
    return [term.key for term in parse_query(text, today)]


def parse_query(text: str | None, today: date | None = None) -> list[QueryTerm]:
    """Split a query into at most ``MAX_TERMS`` classified terms.

    Adjacent groups of digits are joined first, so "12 34 56 78" is one phone number and
    "240390 1234" one CPR number. Name terms are ``search_key``-folded and split into
    words; duplicates are dropped. The query is cut at ``MAX_QUERY_CHARS`` characters.
    """
    today = today or date.today()
    raw = [t for t in _SPLIT.split((text or "")[:MAX_QUERY_CHARS]) if t]
    merged: list[str] = []
    for token in raw:
        if merged and token.isascii() and token.isdigit() and _DIGIT_GROUP.fullmatch(merged[-1]):
            merged[-1] += token
        else:
            merged.append(token)
    terms: list[QueryTerm] = []
    seen: set[tuple[str, str]] = set()
    for token in merged:
        found = [_numeric_term(token, today)] if _NUMERIC.fullmatch(token) else [
            QueryTerm(token, "name", word) for word in search_key(token).split()
        ]
        for term in found:
            if (term.kind, term.key) not in seen and term.key:
                seen.add((term.kind, term.key))
                terms.append(term)
    return terms[:MAX_TERMS]


def _numeric_term(token: str, today: date) -> QueryTerm:
    digits = digits_only(token)
    kind, key, also, born = _classify_numeric(token, digits, today)
    return QueryTerm(token, kind, key, also, born, digits)


def _classify_numeric(
    token: str, digits: str, today: date
) -> tuple[str, str, tuple[str, ...], date | None]:
    """(kind, key, other readings, birth date) of a term made of digits and separators."""
    if token.startswith("+") or token.startswith("00"):
        return "phone", phone_key(token), (), None
    match = _DATE_ISO.fullmatch(token)
    if match:
        born = _plausible(int(match[1]), int(match[2]), int(match[3]), today)
        return ("date", born.isoformat(), (), born) if born else ("number", digits, (), None)
    match = _DATE_DMY.fullmatch(token)
    if match:
        year = int(match[3])
        if len(match[3]) == 2:
            year = _two_digit_year(year, today)
        born = _plausible(year, int(match[2]), int(match[1]), today)
        return ("date", born.isoformat(), (), born) if born else ("number", digits, (), None)
    if len(digits) in (10, 11):
        result = parse_national_id(digits, today=today)
        if result.valid:
            return "national_id", digits, (), result.birth_date
    if len(digits) == 8:
        born = _plausible(int(digits[4:]), int(digits[2:4]), int(digits[:2]), today) or \
            _plausible(int(digits[:4]), int(digits[4:6]), int(digits[6:]), today)
        if born:
            return "date", born.isoformat(), ("phone",), born
        return "phone", digits, (), None
    if len(digits) == 6:
        born = _plausible(_two_digit_year(int(digits[4:]), today), int(digits[2:4]),
                          int(digits[:2]), today)
        if born:
            return "date", born.isoformat(), ("number",), born
    return "number", digits, (), None


def _two_digit_year(year2: int, today: date) -> int:
    """A birth year from two digits: the latest year not after this one."""
    year = 2000 + year2
    return year if year <= today.year else year - 100


def _plausible(year: int, month: int, day: int, today: date) -> date | None:
    """A real date between 1900 and today (a birth date), else None."""
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return born if date(1900, 1, 1) <= born <= today else None
