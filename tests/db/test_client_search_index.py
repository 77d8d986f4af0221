"""The prefix index finds exactly what the rule finds, in the same order, on both databases.

The rule is ``client_search.query_conditions`` (every term starts a word, LIKE '% term%');
the index only narrows the candidates. These tests compare the two on the same clients
through both of the index's paths (a rare term read whole, common terms walked in order).
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select, text

from pgp_desk.db.models import Client, ClientSearchToken
from pgp_desk.services.clients import client_search, clients, privacy
from pgp_desk.services.clients.clients import ClientInput

NAMES = [
    ("Søren", "Sørensen"), ("Soeren", "Hansen"), ("Soren", "Aaberg"), ("Åse", "Ås"),
    ("Aase", "Østergård"), ("Ase", "O'Neil"), ("Siobhan", "ONeil"), ("Anna", "Hansen"),
    ("Anne-Marie", "Hansen-Berg"), ("Sara", "Bæk"), ("Sarah", "Baek"), ("Mette", "Møller"),
    ("Maja", "Moeller"), ("Ida", "Müller"), ("Kari", "Nordmann"), ("Ingrid", "Sæther"),
]
QUERIES = [
    "", "s", "so", "sør", "soeren", "søren", "soren", "aase", "åse", "ase", "o'neil",
    "oneil", "hansen", "han", "anna hansen", "a h", "anne-marie", "bæk", "baek", "møller",
    "moller", "x", "1990", "24.03", "24031990", "12 34", "+45", ".", "s 1990", "zz top",
    "han sen", "sara bæk", "hansen a", "sø 24",
]


def _add_many(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Six hundred clients from NAMES, some archived, with birth dates and phones."""
    rows = []
    for i in range(600):
        first, last = NAMES[i % len(NAMES)]
        first = first if i < len(NAMES) else f"{first} {chr(97 + i % 26)}{i}"
        birth = date(1985 + i % 10, 1 + i % 12, 1 + i % 28)
        phone = f"+45 {12345600 + i}" if i % 3 else f"2403{i:04d}"
        rows.append({
            "clinic_id": actor.clinic_id, "first_name": first, "last_name": last,
            "birth_date": birth, "phone": phone,
            "search_name": client_search.name_column(first, last),
            "search_last": client_search.last_name_column(last),
            "search_digits": client_search.digits_column(birth, phone, None),
            "archived_at": datetime.now(UTC) if i % 7 == 3 else None,
        })
    with db.sessions.begin() as session:
        ids = session.scalars(insert(Client).returning(Client.id), rows).all()
        client_search.write_tokens(session, ids)


def _by_rule(db, actor, query: str, archived: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """Every visible match, straight from the rule, in (search_last, id) order."""
    stmt = select(Client.id).where(Client.clinic_id == actor.clinic_id,
                                   Client.erased_at.is_(None),
                                   *client_search.query_conditions(query))
    if not archived:
        stmt = stmt.where(Client.archived_at.is_(None))
    with db.sessions() as session:
        return list(session.scalars(stmt.order_by(Client.search_last, Client.id)))


def _paged(db, actor, query: str, archived: bool, limit: int = 37) -> list[int]:  # type: ignore[no-untyped-def]
    shown: list[int] = []
    after = None
    while True:
        page = clients.search_clients(db, actor, query, limit=limit, after=after,
                                      include_archived=archived)
        shown += [row.id for row in page.rows]
        if not page.has_more:
            return shown
        after = page.cursor


@pytest.mark.parametrize(("rare", "merge"), [(3000, 20), (1, 20), (1, 0)],
                         ids=["read-whole", "prefix-or-merge", "walk"])
def test_index_finds_what_the_rule_finds_in_the_same_order(db, actor, monkeypatch, rare,
                                                           merge) -> None:  # type: ignore[no-untyped-def]
    """Every query, page by page, with and without archived clients, through every read."""
    monkeypatch.setattr(client_search, "RARE", rare)
    monkeypatch.setattr(client_search, "MERGE", merge)
    _add_many(db, actor)
    for query in QUERIES:
        for archived in (False, True):
            expected = _ranked_in_pages(db, query, _by_rule(db, actor, query, archived))
            assert _paged(db, actor, query, archived) == expected, (query, archived)


def _ranked_in_pages(db, query: str, ordered: list[int], limit: int = 37) -> list[int]:  # type: ignore[no-untyped-def]
    """The rule's order as pages of ``limit``, each page showing exact-letter matches first
    (the consultation issue's ranking: "sø" lists Søren before Sofie on her page)."""
    with db.sessions() as session:
        names = {row.id: (row.first_name, row.last_name) for row in session.execute(
            select(Client.id, Client.first_name, Client.last_name)
            .where(Client.id.in_(ordered)))} if ordered else {}
    ranked: list[int] = []
    for start in range(0, len(ordered), limit):
        page = ordered[start:start + limit]
        ranked += sorted(page, key=lambda cid: client_search.exact_letter_rank(
            query, *names[cid]))
    return ranked


def test_nordic_spellings_find_each_other(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Søren = soeren = soren, Åse = aase = ase, O'Neil = oneil, through the index."""
    _add_many(db, actor)

    def names(query: str) -> set[str]:
        return {r.display_name.split(" ")[0] for r in
                clients.search_clients(db, actor, query, limit=1000).rows}

    assert {"Søren", "Soeren", "Soren"} <= names("soeren")
    assert names("søren") == names("soeren") == names("soren")
    assert {"Åse", "Aase", "Ase"} <= names("aase")
    assert names("åse") == names("aase")
    assert names("o'neil") == names("oneil") == {"Ase", "Siobhan"}


def test_a_changed_name_is_found_by_the_new_name_only(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Saving a client rewrites her words in the index: old name gone, new one found."""
    record = clients.create_client(db, actor, ClientInput(first_name="Åse", last_name="Østergård"))
    data = ClientInput(**{**{n: getattr(record, n) for n in clients.EDITABLE},
                          "last_name": "Lund", "phone": "22 33 44 55"})
    clients.update_client(db, actor, record, data)
    assert [r.id for r in clients.search_clients(db, actor, "lund").rows] == [record.id]
    assert [r.id for r in clients.search_clients(db, actor, "2233").rows] == [record.id]
    assert clients.search_clients(db, actor, "østergård").rows == []


def test_erasure_leaves_nothing_in_the_search_index(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An erased client's words and digits are gone from the index, not only hidden."""
    record = clients.create_client(db, actor, ClientInput(
        first_name="Søren", last_name="Kierkegaard", birth_date=date(1990, 3, 24),
        phone="12 34 56 78"))
    other = clients.create_client(db, actor, ClientInput(first_name="Søren", last_name="Lund"))
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ClientSearchToken)
                              .where(ClientSearchToken.client_id == record.id)) > 0
    privacy.erase_client(db, actor, record.id, "Søren Kierkegaard", legal_basis="GDPR 17(1)(a)")
    with db.sessions() as session:
        left = session.execute(select(ClientSearchToken.token).where(
            (ClientSearchToken.client_id == record.id)
            | ClientSearchToken.token.in_(["kierkegaard", "24031990", "12345678"]))).all()
        kept = session.scalar(select(func.count()).select_from(ClientSearchToken)
                              .where(ClientSearchToken.client_id == other.id))
    assert left == []
    assert kept > 0
    assert [r.id for r in clients.search_clients(db, actor, "søren").rows] == [other.id]
    if db.is_sqlite:  # nor in the file's freed pages (secure_delete, WAL emptied)
        path = db.engine.url.database
        for part in (path, path + "-wal"):
            with contextlib.suppress(FileNotFoundError), open(part, "rb") as file:
                assert b"kierkegaard" not in file.read().lower()


def test_a_prefix_is_one_range_of_the_index(sqlite_db, sqlite_actor) -> None:  # type: ignore[no-untyped-def]
    """SQLite answers a typed prefix from the token index, not by reading every client."""
    _add_many(sqlite_db, sqlite_actor)
    with sqlite_db.sessions() as session:
        stmt = select(ClientSearchToken.client_id).where(
            ClientSearchToken.field == "n", client_search._in_range("han"))
        compiled = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " ".join(str(row[-1]) for row in session.execute(
            text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "SEARCH client_search_token USING" in plan and "token>" in plan, plan


def test_name_only_clients_are_indexed_like_typed_in_ones(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The benchmarks' bulk generator leaves the same index rows as a saved client has."""
    from pgp_desk.services.demo.demo import create_name_only_clients

    assert create_name_only_clients(db, 120, seed=3) == 120
    with db.sessions() as session:
        rows = session.execute(select(Client.id, Client.search_name, Client.search_digits,
                                      Client.search_last)).all()
        stored = {(t.field, t.token, t.sort_key, t.client_id)
                  for t in session.scalars(select(ClientSearchToken))}
    expected = {(v["field"], v["token"], v["sort_key"], v["client_id"])
                for row in rows for v in client_search.token_rows(*row)}
    assert stored == expected and len(rows) == 120
    for query in ("s", "hansen", "1990", "so 19"):
        assert _paged(db, actor, query, False) == _by_rule(db, actor, query, False)


def test_the_words_a_term_starts_are_listed_one_probe_each(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The distinct words starting with a term (for merging their ordered lists) are the
    same as SELECT DISTINCT gives, in order and up to the limit, read by stepping from word
    to word instead of through every row that starts with the term."""
    _add_many(db, actor)
    with db.sessions() as session:
        for term in ("s", "so", "han", "hansen", "anna", "a", "o'n", "zz"):
            every = list(session.scalars(
                select(ClientSearchToken.token).distinct()
                .where(ClientSearchToken.field == "n", client_search._in_range(term))
                .order_by(ClientSearchToken.token)))
            assert client_search._distinct_words(session, "n", term, 1000) == every, term
            assert client_search._distinct_words(session, "n", term, 3) == every[:3], term
        assert len(client_search._distinct_words(session, "n", "", 1000)) > 600
