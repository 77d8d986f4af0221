"""PostgreSQL holds even against someone with a person's own credentials.

Each person is a login role ``<database>.<user name>``; the groups of the clinic database
carry the grants (db.pg_roles); people and erasure go through the owner's SECURITY DEFINER
functions. These tests connect with plain SQL as the test clinic's people (their password
is people_world.TEST_PASSWORD), and through ``signin.connect_as`` as a workstation does.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from datetime import date
from unittest import mock

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select
from sqlalchemy.engine import URL, make_url

from people_world import TEST_PASSWORD, workstation_url
from pgp_desk.cli.main import main
from pgp_desk.db import pg_roles
from pgp_desk.db.models import AuditEvent
from pgp_desk.services.assessments import assessments
from pgp_desk.services.audit import audit_log
from pgp_desk.services.clients import clients, episodes, privacy
from pgp_desk.services.database import Database
from pgp_desk.services.errors import DatabaseError
from pgp_desk.services.people import people, signin
from pgp_desk.services.people.signatures import signature_names

pytestmark = pytest.mark.postgres


def as_person(url: str, username: str, password: str = TEST_PASSWORD,
              database: str | None = None) -> psycopg.Connection:
    """A plain SQL connection with a person's own credentials, as psql would make it."""
    full = make_url(url)
    name = database or full.database or ""
    return psycopg.connect(host=full.host, port=full.port, dbname=name,
                           user=pg_roles.login_role(full.database or "", username),
                           password=password, autocommit=True)


@pytest.fixture
def clinic(postgres_url: str) -> Iterator[tuple[str, Database, object, int]]:
    """The test clinic on its server, with one client whose records a therapist made."""
    db, therapist = signin.connect_as(workstation_url(postgres_url), "kollega", TEST_PASSWORD)
    made = clients.create_client(db, therapist, clients.ClientInput(
        first_name="Ea", last_name="Holm", notes="fortrolig note"))
    episode = episodes.create_episode(db, therapist, made.id,
                                      episodes.EpisodeInput(due_date=date(2027, 3, 1)))
    assessments.create_assessment(db, therapist, episode.id)
    yield postgres_url, db, therapist, made.id
    db.close()


def test_a_therapist_cannot_change_or_remove_audit_rows(clinic) -> None:  # type: ignore[no-untyped-def]
    url, _db, _therapist, _client = clinic
    with as_person(url, "kollega") as conn:
        for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event",
                          "TRUNCATE audit_event", "UPDATE audit_seal SET hash = 'x'",
                          "DELETE FROM audit_seal"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] > 0


def test_a_therapist_cannot_erase_or_manage_people(clinic) -> None:  # type: ignore[no-untyped-def]
    url, _db, _therapist, client_id = clinic
    with as_person(url, "kollega") as conn:
        for call, args in (("SELECT pgpdesk_erase_client(%s)", (client_id,)),
                           ("SELECT pgpdesk_set_password(%s, %s)",
                            ("therapist", "SCRAM-SHA-256$4096:x")),
                           ("SELECT pgpdesk_save_person(NULL, 1, 'ny', 'Ny Person', "
                            "'other', '', 'admin', true)", ())):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(call, args)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE app_user SET roles = 'admin therapist'")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE sneaky LOGIN")
        assert conn.execute("SELECT erased_at FROM client WHERE id = %s",
                            (client_id,)).fetchone() == (None,)


def test_a_secretary_cannot_select_clinical_rows_with_plain_sql(clinic) -> None:  # type: ignore[no-untyped-def]
    url, _db, _therapist, client_id = clinic
    with as_person(url, "sekretaer") as conn:
        for statement in ("SELECT * FROM assessment", "SELECT notes FROM episode",
                          "SELECT notes FROM client", "SELECT * FROM client",
                          "SELECT pdf FROM issued_handout", "SELECT * FROM programme"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        row = conn.execute("SELECT first_name, phone FROM client WHERE id = %s",
                           (client_id,)).fetchone()
        assert row == ("Ea", "")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE client SET notes = '' WHERE id = %s", (client_id,))


def test_plain_sql_by_a_therapist_is_audited_with_her_name(clinic) -> None:  # type: ignore[no-untyped-def]
    url, db, _therapist, client_id = clinic
    with as_person(url, "terapeut2") as conn:
        conn.execute("UPDATE client SET phone = '+45 11 22 33 44' WHERE id = %s", (client_id,))
    admin = signin.sign_in(db, "therapist", TEST_PASSWORD)
    found = audit_log.find_events(db, admin, audit_log.AuditFilter(action="db_update"))
    assert [(e.person, e.entity, e.entity_id, e.fields) for e in found
            if e.entity == "client"] == [("terapeut2", "client", client_id, ("phone",))]
    with db.sessions() as session:
        ids = session.scalars(select(AuditEvent.user_id).where(
            AuditEvent.action == "db_update", AuditEvent.entity == "client")).all()
        assert list(signature_names(session, ids).values()) == [
            "Tove Terapeut (aut.-ID 5TV8R)"]


def test_a_person_cannot_reach_another_clinic_database(clinic, postgres_template) -> None:  # type: ignore[no-untyped-def]
    url, _db, _therapist, _client = clinic
    with pytest.raises(psycopg.OperationalError, match=r"permission denied|not permitted"):
        as_person(url, "kollega", database=postgres_template).close()


def test_no_person_creates_roles_or_owns_a_table(clinic) -> None:  # type: ignore[no-untyped-def]
    url, _db, _therapist, _client = clinic
    name = make_url(url).database
    with as_person(url, "therapist") as conn:
        rows = conn.execute("SELECT rolname, rolcreaterole, rolcreatedb, rolsuper FROM pg_roles"
                            " WHERE rolname LIKE %s ORDER BY rolname", (f"{name}.%",)).fetchall()
        assert [r[0] for r in rows] == [f"{name}.{u}" for u in
                                        ("kollega", "sekretaer", "terapeut2", "therapist")]
        assert not any(any(r[1:]) for r in rows)
        owners = conn.execute("SELECT DISTINCT tableowner FROM pg_tables "
                              "WHERE schemaname = 'public'").fetchall()
        assert not any(o[0].startswith(f"{name}.") for o in owners)


def test_a_workstation_works_as_each_person(clinic) -> None:  # type: ignore[no-untyped-def]
    """The grants suffice for what each role does in PGP Desk, over her own connection."""
    url, _db, _therapist, client_id = clinic
    db, secretary = signin.connect_as(workstation_url(url), "sekretaer", TEST_PASSWORD)
    try:
        assert db.person_role == pg_roles.login_role(db.database_name, "sekretaer")
        shown = clients.get_client(db, secretary, client_id)
        assert shown.first_name == "Ea" and shown.notes == ""
        changed = clients.update_client(db, secretary, shown,
                                        clients.ClientInput(**{**shown.as_input().__dict__,
                                                               "phone": "12345678"}))
        assert changed.phone == "12345678"
        new = clients.create_client(db, secretary, clients.ClientInput(first_name="Bo",
                                                                       last_name="Berg"))
        assert [c.id for c in clients.search_clients(db, secretary, "Berg").rows] == [new.id]
    finally:
        db.close()
    db, therapist = signin.connect_as(workstation_url(url), "kollega", TEST_PASSWORD)
    try:
        assert clients.get_client(db, therapist, client_id).notes == "fortrolig note"
    finally:
        db.close()


def test_administrators_manage_people_and_erase_through_the_functions(clinic) -> None:  # type: ignore[no-untyped-def]
    url, _db, _therapist, client_id = clinic
    db, admin = signin.connect_as(workstation_url(url), "therapist", TEST_PASSWORD)
    try:
        people.add_person(db, admin, people.Profile("ny.kollega", "Nina Nielsen",
                                                    "physiotherapist", "7NN2K",
                                                    ("therapist",)), "nyt-kodeord-1")
        new_db, nina = signin.connect_as(workstation_url(url), "ny.kollega", "nyt-kodeord-1")
        new_db.close()
        assert nina.full_name == "Nina Nielsen" and nina.roles == ("therapist",)
        people.set_roles(db, admin, "ny.kollega", ("secretary",))
        with as_person(url, "ny.kollega", "nyt-kodeord-1") as conn, \
                pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT notes FROM client")
        people.set_password(db, admin, "ny.kollega", "andet-kodeord-2")
        with pytest.raises(signin.SignInRefused, match="wrong user name or password"):
            signin.connect_as(workstation_url(url), "ny.kollega", "nyt-kodeord-1")
        people.set_active(db, admin, "ny.kollega", False)
        with pytest.raises(signin.SignInRefused, match="disabled"):
            signin.connect_as(workstation_url(url), "ny.kollega", "andet-kodeord-2")
        privacy.erase_client(db, admin, client_id, "Ea Holm", legal_basis="test")
        with db.sessions() as session:
            erased = session.scalars(select(AuditEvent.action).where(
                AuditEvent.client_id == client_id, AuditEvent.username == "therapist")).all()
        assert "erase" in erased and "db_delete" in erased
    finally:
        db.close()
    with as_person(url, "kollega") as conn:
        assert conn.execute("SELECT count(*) FROM episode WHERE client_id = %s",
                            (client_id,)).fetchone() == (0,)
        assert conn.execute("SELECT first_name, notes FROM client WHERE id = %s",
                            (client_id,)).fetchone() == ("—", "")


def test_a_wrong_password_is_told_apart_from_an_unreachable_server(postgres_url: str) -> None:
    with pytest.raises(signin.SignInRefused, match="wrong user name or password") as wrong:
        signin.connect_as(workstation_url(postgres_url), "kollega", "forkert-kodeord-99")
    assert "forkert" not in str(wrong.value)
    with pytest.raises(signin.SignInRefused, match="wrong user name or password"):
        signin.connect_as(workstation_url(postgres_url), "nobody", "forkert-kodeord-99")
    closed = make_url(workstation_url(postgres_url)).set(port=1)
    with pytest.raises(DatabaseError, match="cannot be reached") as unreachable:
        signin.connect_as(closed.render_as_string(hide_password=False), "kollega",
                          "hemmeligt-kodeord-77")
    assert "hemmeligt" not in str(unreachable.value)


def test_the_password_is_nowhere_in_the_connection_url(postgres_url: str) -> None:
    db, _actor = signin.connect_as(workstation_url(postgres_url), "kollega", TEST_PASSWORD)
    try:
        assert TEST_PASSWORD not in db.engine.url.render_as_string(hide_password=False)
        assert TEST_PASSWORD not in db.server_url and TEST_PASSWORD not in db.url
    finally:
        db.close()


def test_every_table_is_named_in_the_grants(clinic) -> None:  # type: ignore[no-untyped-def]
    """A new table must be given to the groups that need it in db.pg_roles.GRANTS."""
    url, _db, _therapist, _client = clinic
    with as_person(url, "therapist") as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == set(pg_roles.GRANTS)


def test_the_command_line_signs_in_as_the_person(postgres_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """A workstation URL without a role: `--user` and the password on standard input log in
    to PostgreSQL as her; a wrong password is the server's refusal, in one sentence."""
    url = workstation_url(postgres_url)

    def run(user: str, password: str, *args: str) -> int:
        with mock.patch("sys.stdin", io.StringIO(password + "\n")):
            return main(["--database", url, "--user", user, "--password-stdin", *args])

    assert run("therapist", TEST_PASSWORD, "users", "list") == 0
    assert "Sara Sekretær" in capsys.readouterr().out
    assert run("kollega", TEST_PASSWORD, "users", "list") == 1
    assert "only an administrator" in capsys.readouterr().err
    assert run("kollega", "forkert-kodeord-99", "clients", "search", "holm") == 1
    err = capsys.readouterr().err
    assert "wrong user name or password" in err and "forkert" not in err
    assert err.count("\n") == 1


def test_an_owner_without_createrole_is_told_what_to_do(capsys) -> None:  # type: ignore[no-untyped-def]
    """`db upgrade` by a database owner who may not create roles stops with one sentence
    naming CREATEROLE and makes no role (run again with CREATEROLE, it makes them: the
    roles are applied also when the schema is already current)."""
    admin = make_url(os.environ["PGP_DESK_TEST_POSTGRES_URL"])
    tag = uuid.uuid4().hex[:8]
    owner, name = f"pgp_owner_{tag}", f"pgp_own_{tag}"

    def plain(url: URL) -> str:
        return url.render_as_string(hide_password=False).replace("+psycopg", "")

    with psycopg.connect(plain(admin), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEDB PASSWORD 'owner-pw-1234'")
    as_owner = admin.set(username=owner, password="owner-pw-1234")
    try:
        with psycopg.connect(plain(as_owner), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        target = as_owner.set(database=name).render_as_string(hide_password=False)
        assert main(["--database", target, "db", "upgrade"]) == 1
        err = capsys.readouterr().err
        assert "CREATEROLE" in err and err.count("\n") == 1 and "owner-pw" not in err
        with psycopg.connect(plain(as_owner.set(database=name))) as conn:
            assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s",
                                (f"{name}%",)).fetchone() == (0,)
    finally:
        with psycopg.connect(plain(as_owner), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        with psycopg.connect(plain(admin), autocommit=True) as conn:
            conn.execute(f"DROP ROLE {owner}")
