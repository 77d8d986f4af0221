"""Search columns and queries for finding a client in a keystroke.

Names are folded with ``domain.normalise.search_key`` (case, accents and the Nordic
spellings ø/oe, å/aa, æ/ae) and stored with a leading space per word, so a typed term
matches the start of any word: " soren kristian hansen" LIKE "% kris%". Digits (birth date
as DDMMYYYY, DDMMYY and YYYYMMDD, phone, national id) are stored the same way.

``page_ids`` finds a page of matches with index-only scans (see there), so a keystroke
costs about the same with 100,000 clients whether the term is rare or common.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import ColumnElement, and_, select, tuple_
from sqlalchemy.orm import Session

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


def exact_letter_rank(query: str, first_name: str, last_name: str) -> int:
    """0 when every typed name term starts a word of the name letter for letter (case
    aside), 1 when only the folded spelling matches: "sø" ranks Søren before Sofie,
    although folding ø to o rightly finds both."""
    words = [w for w in _NOT_WORD.split(f"{first_name} {last_name}".casefold()) if w]
    terms = [t for t in _NOT_WORD.split(query.casefold())
             if t and not any(ch.isdigit() for ch in t)]
    exact = all(any(w.startswith(t) for w in words) for t in terms)
    return 0 if exact else 1


def query_filter(query: str) -> ColumnElement[bool] | None:
    conditions = query_conditions(query)
    return and_(*conditions) if conditions else None


HIDDEN_SLACK = 20  # extra candidates per pass, for archived clients the page will skip


def page_ids(
    session: Session,
    clinic_id: int,
    query: str,
    count: int,
    after: tuple[str, int] | None = None,
    include_archived: bool = False,
) -> list[int]:
    """Up to ``count`` ids of matching clients in (search_last, id) order, after ``after``.

    Why this shape: LIKE '% term%' cannot use a B-tree, so filtering whole rows makes the
    database read every client and sort the matches (30-50 ms per keystroke for 100,000
    clients on SQLite, whatever was typed). Instead (1) the matching ids come from a scan
    of the narrow search index alone, (2) the search_last index is walked in order keeping
    ids from that set until enough are found (``id + 0`` stops SQLite from looking the
    set up by primary key and sorting instead), and (3) only those few candidates are
    checked against clinic, archive and erasure. Steps 1-2 read indexes only. If step 3
    hides too many (archived or erased clients), the walk continues from the last
    candidate with a bigger step.

    PostgreSQL plans the plain query well by itself (its statistics tell it how common a
    term is), and the walk above measured slower there, so it gets the plain query.
    """
    conditions = query_conditions(query)
    visible_filters: list[ColumnElement[bool]] = [
        Client.clinic_id == clinic_id, Client.erased_at.is_(None)]
    if not include_archived:
        visible_filters.append(Client.archived_at.is_(None))
    if session.get_bind().dialect.name != "sqlite":
        return _planned_by_server(session, conditions + visible_filters, count, after)
    found: list[int] = []
    step = count + HIDDEN_SLACK
    while len(found) < count:
        stmt = select(Client.id, Client.search_last)
        if conditions:
            stmt = stmt.where((Client.id + 0).in_(select(Client.id).where(*conditions)))
        if after is not None:
            stmt = stmt.where(tuple_(Client.search_last, Client.id) > tuple_(*after))
        candidates = session.execute(
            stmt.order_by(Client.search_last, Client.id).limit(step)).all()
        if not candidates:
            break
        ids = [row.id for row in candidates]
        visible = set(session.scalars(
            select(Client.id).where(Client.id.in_(ids), *visible_filters)))
        found += [i for i in ids if i in visible]
        if len(candidates) < step:
            break
        after = (candidates[-1].search_last, candidates[-1].id)
        step = min(step * 4, 5000)
    return found[:count]


def _planned_by_server(session: Session, filters: list[ColumnElement[bool]], count: int,
                       after: tuple[str, int] | None) -> list[int]:
    stmt = select(Client.id).where(*filters)
    if after is not None:
        last, last_id = after
        stmt = stmt.where(
            (Client.search_last > last) | ((Client.search_last == last) & (Client.id > last_id))
        )
    return list(session.scalars(stmt.order_by(Client.search_last, Client.id).limit(count)))
