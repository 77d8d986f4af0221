"""Paging through search results: every visible match once, in order, archived ones skipped."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from pgp_desk.db.models import Client
from pgp_desk.services.clients import client_search, clients
from pgp_desk.services.clients.client_search import HIDDEN_SLACK


def add(db, actor, names: list[tuple[str, str, bool]]) -> None:  # type: ignore[no-untyped-def]
    """Insert (first, last, archived) clients in one go, search columns filled."""
    from datetime import UTC, datetime

    rows = [{
        "clinic_id": actor.clinic_id, "first_name": first, "last_name": last,
        "search_name": client_search.name_column(first, last),
        "search_last": client_search.last_name_column(last),
        "search_digits": "",
        "archived_at": datetime.now(UTC) if archived else None,
    } for first, last, archived in names]
    with db.sessions.begin() as session:
        ids = session.scalars(insert(Client).returning(Client.id), rows).all()
        client_search.write_tokens(session, ids)


def walk(db, actor, query: str, limit: int, archived: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    after = None
    for _ in range(1000):
        page = clients.search_clients(db, actor, query, limit=limit, after=after,
                                      include_archived=archived)
        shown += [r.display_name for r in page.rows]
        if not page.has_more:
            return shown
        after = page.cursor
    raise AssertionError("paging never ended")


def test_pages_skip_long_runs_of_archived_clients(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A run of archived clients longer than one search step is skipped without gaps."""
    hidden = 4 * (5 + HIDDEN_SLACK)
    names = [(f"Anna{i:03d}", "Hansen", False) for i in range(7)]
    names += [(f"Bo{i:03d}", "Holm", True) for i in range(hidden)]
    names += [(f"Cille{i:03d}", "Iversen", False) for i in range(6)]
    names += [(f"Dorte{i:03d}", "Åberg", False) for i in range(3)]
    add(db, actor, names)
    visible = [f"{f} {la}" for f, la, arch in names if not arch]
    assert walk(db, actor, "", 5) == visible
    assert walk(db, actor, "a", 4) == [n for n in visible if n.startswith(("Anna", "Dorte"))]
    assert len(walk(db, actor, "", 5, archived=True)) == len(names)
    assert walk(db, actor, "holm", 5) == []
    assert len(walk(db, actor, "holm", 5, archived=True)) == hidden


def test_page_order_follows_the_nordic_alphabet(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Pages come in Danish/Norwegian order (Æ, Ø, Å last) and never repeat a client."""
    last_names = ["Aabye", "Berg", "Zahle", "Ærø", "Østergård", "Ås", "Andersen", "Berg"]
    add(db, actor, [(f"Kari{i}", name, False) for i, name in enumerate(last_names)])
    shown = walk(db, actor, "kari", 3)
    assert [n.split()[1] for n in shown] == [
        "Andersen", "Berg", "Berg", "Zahle", "Ærø", "Østergård", "Aabye", "Ås"]
    assert len(set(shown)) == len(shown)


def test_exact_letters_rank_before_folded_matches(db, actor) -> None:  # type: ignore[no-untyped-def]
    """"sø" finds Sofie too (ø folds to o), but Søren comes first; plain alphabetical
    order holds within each group."""
    for first, last in (("Sofie", "Bråten"), ("Søren", "Østergaard"), ("Sonja", "Aagaard"),
                        ("Søs", "Thomsen")):
        clients.create_client(db, actor, clients.ClientInput(first_name=first, last_name=last))
    page = clients.search_clients(db, actor, "sø")
    assert [r.first_name for r in page.rows] == ["Søs", "Søren", "Sofie", "Sonja"]
    page = clients.search_clients(db, actor, "so")
    assert [r.first_name for r in page.rows][:2] == ["Sofie", "Sonja"]


def test_a_page_is_one_candidate_read_and_one_check(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The check of the candidates also reads the columns the list shows: a first page
    with nothing typed is two statements, and every query checks its page once."""
    from sqlalchemy import event

    add(db, actor, [(f"Anna{i}", f"Hansen{i % 7}", i % 50 == 0) for i in range(150)])
    statements: list[str] = []

    def executed(conn, cursor, statement, *rest) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", executed)
    try:
        for query, shown in (("", 100), ("anna", 100), ("hansen3", 21), ("ann hans", 100)):
            statements.clear()
            page = clients.search_clients(db, actor, query)
            assert len(page.rows) == shown
            checks = [s for s in statements
                      if s.startswith("SELECT client.id, client.first_name")]
            assert len(checks) == 1, (query, statements)
            if query == "":
                assert len([s for s in statements if s.startswith("SELECT")]) == 2
    finally:
        event.remove(db.engine, "before_cursor_execute", executed)


@pytest.mark.postgres
def test_a_page_reads_the_newest_episode_of_its_own_clients_only(postgres_url: str) -> None:
    """The listed dates come from each listed client's newest episode, found through the
    index on its client, whatever way of joining the planner prefers: the page reads a few
    episodes, never every episode of the clinic. (Joined on the newest episode's id, the
    planner hashed all of them at 10,000 demo clients; here nested loops are switched off
    to ask for that plan on a small database.)"""
    import json
    from datetime import date, timedelta

    from sqlalchemy import event, select, text

    from people_world import sign_in_as
    from pgp_desk.db.models import Episode
    from pgp_desk.services.database import open_database

    db = open_database(postgres_url, upgrade=False)
    try:
        actor = sign_in_as(db, "therapist")
        add(db, actor, [(f"Anna{i}", f"Hansen{i:04d}", False) for i in range(2000)])
        with db.sessions.begin() as session:
            ids = session.scalars(select(Client.id)).all()
            session.execute(insert(Episode), [
                {"client_id": client_id, "due_date": date(2026, 1, 1) + timedelta(days=n)}
                for client_id in ids for n in (0, 1)])
        with db.engine.connect() as connection:
            connection.execute(text("ANALYZE episode"))
            connection.commit()
        checks: list[tuple[str, object]] = []

        def executed(conn, cursor, statement, parameters, *rest) -> None:  # type: ignore[no-untyped-def]
            if statement.startswith("SELECT client.id, client.first_name"):
                checks.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", executed)
        page = clients.search_clients(db, actor, "")
        event.remove(db.engine, "before_cursor_execute", executed)
        assert len(page.rows) == 100
        assert page.rows[0].due_date is not None  # the stage still comes from the episode
        statement, parameters = checks[0]
        with db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("SET enable_nestloop = off")
            plan = raw.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + statement,
                               parameters).fetchone()[0]
    finally:
        db.close()
    candidates = sum(1 for name in parameters if name.startswith("id_"))
    read = _rows_read(json.loads(plan) if isinstance(plan, str) else plan, "episode")
    assert read <= 2 * 2 * candidates, read  # two dates, two episodes for each candidate


def _rows_read(plan: list[dict], table: str) -> int:  # type: ignore[type-arg]
    """Rows the plan's scans of ``table`` returned, over all their loops."""
    def walk(node: dict) -> int:  # type: ignore[type-arg]
        own = node["Actual Rows"] * node["Actual Loops"] \
            if node.get("Relation Name") == table else 0
        return own + sum(walk(child) for child in node.get("Plans", []))

    return walk(plan[0]["Plan"])
