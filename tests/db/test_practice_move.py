"""Moving a solo practice onto the clinic server: a real SQLite practice (people, clients,
assessments, programmes, handouts, audit rows) copied into a real, empty PostgreSQL
database upgraded by IT, checked table by table; refusals and failures leave it empty."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from people_world import TEST_PASSWORD
from pgp_desk.db import migrate
from pgp_desk.db.engine import make_engine
from pgp_desk.services.audit import audit_chain
from pgp_desk.services.clients import clients
from pgp_desk.services.database import Database, open_database
from pgp_desk.services.demo.demo import create_demo_clinic
from pgp_desk.services.errors import UserError
from pgp_desk.services.people import people
from pgp_desk.services.people.signin import SignInRefused, sign_in
from pgp_desk.services.practice_move import move_practice, table_check, tables

pytestmark = pytest.mark.postgres

FILLED = ("clinic", "app_user", "client", "episode", "assessment", "programme",
          "programme_item", "issued_handout", "audit_event", "audit_seal")


@pytest.fixture(scope="module")
def practice_file(sqlite_people, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """The test clinic's SQLite file with a small demo practice in it, a person who left
    (disabled) and a programme based on another one."""
    path = tmp_path_factory.mktemp("practice") / "practice.sqlite3"
    path.write_bytes(sqlite_people[0].read_bytes())
    db = open_database(f"sqlite:///{path}", upgrade=False)
    try:
        admin = sqlite_people[1]["therapist"]
        create_demo_clinic(db, admin, clients=12, seed=7, today=date(2026, 11, 2))
        people.set_active(db, admin, "terapeut2", False)
        with db.engine.begin() as connection:
            ids = connection.scalars(text("SELECT id FROM programme ORDER BY id")).all()
            assert len(ids) >= 2
            # based on a programme with a higher id: the copy must not depend on row order
            connection.execute(text("UPDATE programme SET based_on_id = :later WHERE id = "
                                    ":first"), {"later": ids[-1], "first": ids[0]})
    finally:
        db.close()
    return path


@pytest.fixture
def practice(practice_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "practice.sqlite3"
    path.write_bytes(practice_file.read_bytes())
    db = open_database(f"sqlite:///{path}", upgrade=False)
    yield db
    db.close()


@pytest.fixture
def admin(practice: Database):  # type: ignore[no-untyped-def]
    return sign_in(practice, "therapist", TEST_PASSWORD)


@pytest.fixture
def server_url(empty_postgres_url: str) -> str:
    """A new clinic database, upgraded by IT (`pgp-desk db upgrade`) and nothing else."""
    engine = make_engine(empty_postgres_url)
    migrate.upgrade(engine, backup=False)
    engine.dispose()
    return empty_postgres_url


@pytest.fixture
def server(server_url: str) -> Iterator[Database]:
    db = open_database(server_url, upgrade=False)
    yield db
    db.close()


def _on_server(statement: str) -> None:
    """One statement as the suite's PostgreSQL role (it may create databases)."""
    import psycopg

    admin = os.environ["PGP_DESK_TEST_POSTGRES_URL"].replace("postgresql+psycopg://",
                                                               "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


@pytest.fixture
def danish_server_url(empty_postgres_url: str) -> Iterator[str]:
    """A clinic database that sorts text the Danish way (aa = å, hyphens ignored), as a
    server installed with a Danish locale does; SQLite sorts by bytes."""
    name = f"pgp_da_{uuid.uuid4().hex[:10]}"
    _on_server(f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
               "ICU_LOCALE 'da-DK' LOCALE 'C.UTF-8'")
    url = make_url(empty_postgres_url).set(database=name).render_as_string(
        hide_password=False)
    engine = make_engine(url)
    migrate.upgrade(engine, backup=False)
    engine.dispose()
    yield url
    _on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {t.name: connection.scalar(select(func.count()).select_from(t)) or 0
                for t in tables()}


def _triggers_enabled(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(connection.scalars(text(
            "SELECT DISTINCT tgenabled::text FROM pg_trigger WHERE NOT tgisinternal")))


def test_every_record_moves_and_every_table_is_equal(practice: Database, admin,  # type: ignore[no-untyped-def]
                                                      server: Database) -> None:
    result = move_practice(practice, admin, TEST_PASSWORD, server)

    assert {c.table for c in result.tables} == {t.name for t in tables()}
    assert all(c.equal for c in result.tables)
    # checked again here, each side on its own connection, after the commit
    with practice.engine.connect() as left, server.engine.connect() as right:
        for table in tables():
            assert table_check(left, table) == table_check(right, table), table.name
    counts = _counts(server)
    for name in FILLED:
        assert counts[name] > 0, name
    assert counts["app_user"] >= 2
    with server.engine.connect() as connection:
        actions = set(connection.scalars(text("SELECT DISTINCT action FROM audit_event")))
    assert not actions & {"db_insert", "db_update"}  # the copy wrote no audit rows itself
    assert _triggers_enabled(server) == {"O"}  # and the triggers are back on


def test_a_server_that_sorts_text_another_way_gets_the_same_checksums(
        practice: Database, admin, danish_server_url: str) -> None:  # type: ignore[no-untyped-def]
    server = open_database(danish_server_url, upgrade=False)
    try:
        result = move_practice(practice, admin, TEST_PASSWORD, server)
    finally:
        server.close()
    assert all(c.equal for c in result.tables)
    tokens = next(c for c in result.tables if c.table == "client_search_token")
    assert tokens.server_rows > 0


def test_the_audit_chain_verifies_on_the_server_with_the_practices_head(
        practice: Database, admin, server: Database) -> None:  # type: ignore[no-untyped-def]
    result = move_practice(practice, admin, TEST_PASSWORD, server)
    on_server = audit_chain.verify(server, head=result.audit_head)
    at_practice = audit_chain.verify(practice)
    assert on_server.intact and on_server.unsealed == 0
    assert on_server.head == at_practice.head == result.audit_head
    assert on_server.links == result.audit_links == _counts(server)["audit_event"]


def test_the_administrator_signs_in_and_the_others_wait_for_a_new_password(
        practice: Database, admin, server: Database) -> None:  # type: ignore[no-untyped-def]
    result = move_practice(practice, admin, TEST_PASSWORD, server)
    moved = {p.username: p for p in result.people}
    assert moved["therapist"].can_sign_in
    assert not moved["kollega"].can_sign_in and moved["kollega"].active
    assert not moved["terapeut2"].active
    on_server = sign_in(server, "therapist", TEST_PASSWORD)
    assert on_server.user_id == admin.user_id and on_server.is_admin
    with pytest.raises(SignInRefused):
        sign_in(server, "kollega", TEST_PASSWORD)  # her Argon2 hash stayed at the practice
    people.set_password(server, on_server, "kollega", "en-ny-adgangskode-1")
    assert sign_in(server, "kollega", "en-ny-adgangskode-1").username == "kollega"


def test_new_records_on_the_server_get_ids_after_the_copied_ones(
        practice: Database, admin, server: Database) -> None:  # type: ignore[no-untyped-def]
    move_practice(practice, admin, TEST_PASSWORD, server)
    with server.engine.connect() as connection:
        highest_client = connection.scalar(text("SELECT max(id) FROM client"))
        highest_event = connection.scalar(text("SELECT max(id) FROM audit_event"))
    on_server = sign_in(server, "therapist", TEST_PASSWORD)
    made = clients.create_client(server, on_server, clients.ClientInput(
        first_name="Ny", last_name="Klient", birth_date=date(1994, 3, 1)))
    assert made.id == highest_client + 1
    with server.engine.connect() as connection:
        assert connection.scalar(text("SELECT min(id) FROM audit_event WHERE id > :h"),
                                 {"h": highest_event}) == highest_event + 1


def test_a_target_with_records_is_refused_and_left_as_it_was(
        practice: Database, admin, postgres_url: str) -> None:  # type: ignore[no-untyped-def]
    target = open_database(postgres_url, upgrade=False)
    try:
        before = _counts(target)
        with pytest.raises(UserError) as refused:
            move_practice(practice, admin, TEST_PASSWORD, target)
        assert "already holds records" in str(refused.value)
        assert _counts(target) == before
    finally:
        target.close()


def test_a_failure_mid_copy_leaves_the_server_empty(practice: Database, admin,  # type: ignore[no-untyped-def]
                                                    server: Database) -> None:
    # SQLite keeps any length; the server refuses a code longer than its column (60)
    path = practice.engine.url.database
    assert path
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE programme_item SET exercise_code = ? WHERE id = "
                           "(SELECT max(id) FROM programme_item)", ("x" * 61,))
    with pytest.raises(UserError) as refused:
        move_practice(practice, admin, TEST_PASSWORD, server)
    assert "programme_item" in str(refused.value)
    assert "longer than" in str(refused.value)
    assert "x" * 20 not in str(refused.value)
    assert set(_counts(server).values()) == {0}
    assert _triggers_enabled(server) == {"O"}


def test_a_connection_lost_mid_copy_leaves_the_server_empty(
        practice: Database, admin, server: Database, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """The server ends the copy's connection after the first table (a network failure)."""
    name = make_url(server_url).database

    def cut(done: int, _total: int) -> None:
        if done == 1:
            _on_server("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                       f"datname = '{name}' AND state LIKE 'idle in transaction%'")

    with pytest.raises(UserError) as refused:
        move_practice(practice, admin, TEST_PASSWORD, server, progress=cut)
    assert "connection to the clinic server" in str(refused.value)
    assert "run 'pgp-desk db copy' again" in str(refused.value)
    assert set(_counts(server).values()) == {0}
    assert _triggers_enabled(server) == {"O"}


def test_only_an_administrator_moves_the_practice(practice: Database,
                                                 server: Database) -> None:
    colleague = sign_in(practice, "kollega", TEST_PASSWORD)
    with pytest.raises(UserError) as refused:
        move_practice(practice, colleague, TEST_PASSWORD, server)
    assert "administrator" in str(refused.value)
    assert set(_counts(server).values()) == {0}
