"""Search columns and queries for finding a client in a keystroke.

Names are folded with ``domain.normalise.search_key`` (case, accents and the Nordic
spellings ø/oe, å/aa, æ/ae) and stored with a leading space per word, so a typed term
matches the start of any word: " soren kristian hansen" LIKE "% kris%". Digits (birth date
as DDMMYYYY, DDMMYY and YYYYMMDD, phone, national id) are stored the same way.

Every word of these columns is also a row of ``client_search_token`` (``write_tokens``),
so a typed term is one range of a B-tree on both databases, and ``page_rows`` finds a page
of matches at about the same cost with 10,000 or 1,000,000 clients.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    delete,
    func,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from pgp_desk.db.models import Client, ClientSearchToken
from pgp_desk.domain.normalise import search_key

_DIGITS = re.compile(r"\D+")
_DATE_LIKE = re.compile(r"^[\d.\-/ ]+$")


_NOT_WORD = re.compile(r"[\W_]+")
# Apostrophes stay inside a word for search_key to drop: O'Neil is one word, "oneil"
_BETWEEN_WORDS = re.compile(r"(?:[^\w'’ʼ`´]|_)+")


def _words(text: str) -> list[str]:
    """Fold each word on its own: '<b>Anna' is the words 'b' and 'anna', never 'banna'."""
    return [key for w in _BETWEEN_WORDS.split(text) if w and (key := search_key(w))]


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


def _terms(query: str) -> list[tuple[str, str]]:
    """(field, folded term) per typed term: "d" for digits, "n" for a name word."""
    stripped = query.strip().lstrip("+")
    if stripped and _DATE_LIKE.match(stripped):  # "12 34 56 78" is one phone number
        return [("d", _DIGITS.sub("", stripped))]
    terms: list[tuple[str, str]] = []
    for term in query.split():
        if any(ch.isdigit() for ch in term) and _DATE_LIKE.match(term):
            terms.append(("d", _DIGITS.sub("", term)))
        else:
            terms += [("n", word) for word in _words(term)]
    return terms


_COLUMNS = {"n": Client.search_name, "d": Client.search_digits}


def exact_letter_rank(query: str, first_name: str, last_name: str) -> int:
    """0 when every typed name term starts a word of the name letter for letter (case
    aside), 1 when only the folded spelling matches: "sø" ranks Søren before Sofie,
    although folding ø to o rightly finds both."""
    words = [w for w in _NOT_WORD.split(f"{first_name} {last_name}".casefold()) if w]
    terms = [t for t in _NOT_WORD.split(query.casefold())
             if t and not any(ch.isdigit() for ch in t)]
    exact = all(any(w.startswith(t) for w in words) for t in terms)
    return 0 if exact else 1


def query_conditions(query: str) -> list[ColumnElement[bool]]:
    """The rule itself: every typed term starts a word of its column (AND)."""
    return [_COLUMNS[field].like(f"% {_escape_like(term)}%", escape="\\")
            for field, term in _terms(query)]


_TOKEN_COLUMNS = ("field", "token", "sort_key", "client_id")
PREFIX = 3  # name words also stored as their first 1..PREFIX letters, already in order


def token_rows(client_id: int, search_name: str, search_digits: str,
               search_last: str) -> list[dict[str, object]]:
    """The index rows of one client: every word of her search columns ("n" names, "d"
    digits), and the first one to ``PREFIX`` letters of each name word ("p")."""
    return [dict(zip(_TOKEN_COLUMNS, row, strict=True))
            for row in _token_tuples(client_id, search_name, search_digits, search_last)]


def _token_tuples(client_id: int, search_name: str, search_digits: str,
                  search_last: str) -> list[tuple[str, str, str, int]]:
    """``token_rows`` as (field, token, sort_key, client_id) tuples, as the driver takes
    them: a clinic of 100,000 has 1.4 million."""
    names = dict.fromkeys(t for t in search_name.split(" ") if t)
    digits = dict.fromkeys(t for t in search_digits.split(" ") if t)
    prefixes = dict.fromkeys(w[:n] for w in names for n in range(1, PREFIX + 1))
    return [*(("n", t, search_last, client_id) for t in names),
            *(("d", t, search_last, client_id) for t in digits),
            *(("p", t, search_last, client_id) for t in prefixes)]


def write_tokens(session: Session, client_ids: Iterable[int]) -> None:
    """Bring the search index of these clients in line with their search columns.

    Every writer of ``search_name``, ``search_digits`` or ``search_last`` calls this in the
    same transaction (or ``add_tokens`` for clients just inserted); an erased client's
    columns are empty, so her words leave the index.
    """
    ids = list(client_ids)
    for start in range(0, len(ids), _ID_BATCH):
        chunk = ids[start:start + _ID_BATCH]
        session.execute(delete(ClientSearchToken).where(ClientSearchToken.client_id.in_(chunk)))
        add_tokens(session, session.execute(
            select(Client.id, Client.search_name, Client.search_digits, Client.search_last)
            .where(Client.id.in_(chunk), Client.erased_at.is_(None))).all())



def add_tokens(session: Session, clients: Iterable[tuple[int, str, str, str]]) -> None:
    """Index clients that have no index rows yet: (id, search_name, search_digits,
    search_last) each, as inserted.

    About 14 rows a client, so a clinic of 100,000 has 1.4 million: they go straight to the
    driver, without SQLAlchemy's per-row parameter work, and by COPY on PostgreSQL.
    """
    rows = [value for row in clients for value in _token_tuples(*row)]
    if not rows:
        return
    connection = session.connection()
    table, columns = ClientSearchToken.__tablename__, ", ".join(_TOKEN_COLUMNS)
    if connection.dialect.name == "postgresql":
        driver = connection.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, \
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for values in rows:
                copy.write_row(values)
    else:
        connection.exec_driver_sql(f"INSERT INTO {table} ({columns}) VALUES (?, ?, ?, ?)", rows)


_ID_BATCH = 500
HIDDEN_SLACK = 20  # extra candidates per pass, for archived clients the page will skip
RARE = 10_000  # fewer words than this: read whole and sorted (at 1M the walk meets it here)
MERGE = 20  # a common term starting at most this many distinct words: one ordered read each
_TOP = "\U0010ffff"  # sorts after every character, byte-wise (SQLite; "C" on PostgreSQL)

Candidates = Callable[[tuple[str, int] | None, int], list[tuple[str, int]]]


def _in_range(term: str, token: type[ClientSearchToken] = ClientSearchToken
              ) -> ColumnElement[bool]:
    """Words starting with ``term``: one range of the (field, token, ...) primary key."""
    return and_(token.token >= term, token.token < term + _TOP)


def _term_filter(field: str, term: str,
                 client_id: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[bool]:
    # selects client_id only, so the (client_id, field, token) index covers the check
    return select(ClientSearchToken.client_id).where(
        ClientSearchToken.client_id == client_id, ClientSearchToken.field == field,
        _in_range(term)).exists()


def _words_up_to(session: Session, field: str, term: str, limit: int) -> int:
    words = (select(ClientSearchToken.client_id)
             .where(ClientSearchToken.field == field, _in_range(term)).limit(limit))
    return session.connection().scalar(select(func.count()).select_from(words.subquery())) or 0


# One index probe per distinct word: the next word after the last one found. A plain
# SELECT DISTINCT reads every row of the range (PostgreSQL has no skip scan), and
# "hansen" starts 35,000 rows at a million clients.
_NEXT_WORDS = text("""
WITH RECURSIVE words(token, n) AS (
  SELECT (SELECT token FROM client_search_token
          WHERE field = :field AND token >= :low AND token < :high
          ORDER BY token LIMIT 1), 1
  UNION ALL
  SELECT (SELECT t.token FROM client_search_token t
          WHERE t.field = :field AND t.token > words.token AND t.token < :high
          ORDER BY t.token LIMIT 1), words.n + 1
  FROM words WHERE words.token IS NOT NULL AND words.n < :limit
)
SELECT token FROM words WHERE token IS NOT NULL
""")


def _distinct_words(session: Session, field: str, term: str, limit: int) -> list[str]:
    """Up to ``limit`` distinct words of ``field`` starting with ``term``, in order."""
    return list(session.connection().scalars(
        _NEXT_WORDS, {"field": field, "low": term, "high": term + _TOP, "limit": limit}))


def _from_index(session: Session, field: str, term: str, exact: bool,
                others: list[tuple[str, str]]) -> Candidates:
    """Clients with a word starting ``term`` (or, ``exact``, that word itself), in order."""
    token = aliased(ClientSearchToken)
    match = token.token == term if exact else _in_range(term, token)

    def read(after: tuple[str, int] | None, step: int) -> list[tuple[str, int]]:
        stmt = (select(token.sort_key, token.client_id).distinct()
                .where(token.field == field, match,
                       *(_term_filter(f, p, token.client_id) for f, p in others)))
        if after is not None:
            stmt = stmt.where(tuple_(token.sort_key, token.client_id) > tuple_(*after))
        stmt = stmt.order_by(token.sort_key, token.client_id).limit(step)
        return [(row.sort_key, row.client_id) for row in session.connection().execute(stmt)]

    return read


def _merged(session: Session, field: str, words: list[str],
            others: list[tuple[str, str]]) -> Candidates:
    """Each word's clients are stored in order; read a step of each and merge them."""
    reads = [_from_index(session, field, word, True, others) for word in words]

    def read(after: tuple[str, int] | None, step: int) -> list[tuple[str, int]]:
        merged = sorted({pair for one in reads for pair in one(after, step)})
        return merged[:step]

    return read


def _walked(session: Session, parts: list[tuple[str, str]]) -> Candidates:
    """The client list in order, each client checked against every term.

    Digits are checked with the rule itself on the ``ix_client_search_walk`` index, which
    holds them beside the sort key, so the walk reads one index in order; a name term costs
    one look-up in the word index per client.
    """
    checks = [Client.search_digits.like(f"% {_escape_like(p)}%", escape="\\") if f == "d"
              else _term_filter(f, p, Client.id) for f, p in parts]

    def read(after: tuple[str, int] | None, step: int) -> list[tuple[str, int]]:
        stmt = select(Client.search_last, Client.id).where(*checks)
        if after is not None:
            stmt = stmt.where(tuple_(Client.search_last, Client.id) > tuple_(*after))
        stmt = stmt.order_by(Client.search_last, Client.id).limit(step)
        return [(row.search_last, row.id) for row in session.connection().execute(stmt)]

    return read


def _candidates(session: Session, terms: list[tuple[str, str]]) -> Candidates:
    """How to list (search_last, id) of clients whose words start with every term, in order.

    The cheapest of four reads, chosen per query so that a keystroke costs about the same
    with 10,000 or 1,000,000 clients: a term starting few words (a surname, a birth date)
    is read whole and sorted; a short name term ("s", "han") is one ordered range of the
    stored prefixes; a longer common name term ("hansen") merges the ordered lists of the
    few words it starts; common digits ("1990") are spread evenly through the alphabet, so
    walking the client list in order finds a page within a few hundred clients. Surnames
    are not spread that way, which is why names are never walked when it can be helped.
    """
    parts = [(field, part) for field, term in terms for part in term.split(" ") if part]
    if not parts:
        return _walked(session, parts)
    if len(parts) == 1 and parts[0][0] == "n" and len(parts[0][1]) <= PREFIX:
        return _from_index(session, "p", parts[0][1], True, [])  # one short name term
    counts = sorted((_words_up_to(session, f, p, RARE), -len(p), f, p) for f, p in parts)
    count, _, field, term = counts[0]
    others = [part for part in parts if part != (field, term)]
    if count < RARE:
        return _from_index(session, field, term, False, others)
    names = sorted((-len(p), p) for f, p in parts if f == "n")
    if not names:
        return _walked(session, parts)
    term = names[0][1]
    others = [part for part in parts if part != ("n", term)]
    if len(term) <= PREFIX:
        return _from_index(session, "p", term, True, others)
    words = _distinct_words(session, "n", term, MERGE + 1)
    if len(words) <= MERGE:
        return _merged(session, "n", words, others)
    return _walked(session, parts)


def page_rows(
    session: Session,
    columns: Select[Any],
    clinic_id: int,
    query: str,
    count: int,
    after: tuple[str, int] | None = None,
    include_archived: bool = False,
) -> list[Row[Any]]:
    """Up to ``count`` matching clients in (search_last, id) order, after ``after``, as
    rows of ``columns`` (a select of ``Client`` columns with an ``id``).

    Candidates come from the prefix index (see ``_candidates``), a few at a time; only
    those are checked against clinic, archive, erasure and the rule itself
    (``query_conditions``), so the index narrows the search but never decides it. The check
    reads the listed columns of the clients it lets through, so a page costs one candidate
    read and one check. If the check hides too many (archived clients), the next pass
    continues after the last candidate with a bigger step.
    """
    terms = _terms(query)
    checks: list[ColumnElement[bool]] = [
        Client.clinic_id == clinic_id, Client.erased_at.is_(None), *query_conditions(query)]
    if not include_archived:
        checks.append(Client.archived_at.is_(None))
    candidates = _candidates(session, terms)
    found: list[Row[Any]] = []
    step = count + HIDDEN_SLACK
    while len(found) < count:
        batch = candidates(after, step)
        if not batch:
            break
        ids = [client_id for _, client_id in batch]
        visible = {row.id: row for row in session.connection().execute(
            columns.where(Client.id.in_(ids), *checks))}
        found += [visible[i] for i in ids if i in visible]
        if len(batch) < step:
            break
        after = batch[-1]
        step = min(step * 4, 5000)
    return found[:count]
