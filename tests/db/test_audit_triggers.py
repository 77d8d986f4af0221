"""On PostgreSQL the database writes the audit trail itself, and no login role can edit it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import cast

import psycopg
import pytest
from sqlalchemy import Table, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from people_world import TEST_PASSWORD, sign_in_as
from pgp_desk.db import bulk, pg_roles
from pgp_desk.db.models import (
    Assessment,
    AssessmentAddendum,
    AuditEvent,
    Client,
    Programme,
    ProgrammeItem,
)
from pgp_desk.services.audit import audit_chain
from pgp_desk.services.clients import clients
from pgp_desk.services.database import open_database, person_engine

pytestmark = pytest.mark.postgres


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def clinic(postgres_url: str) -> Iterator[tuple[object, object, str]]:
    db = open_database(postgres_url, upgrade=False)
    yield db, sign_in_as(db, "therapist"), postgres_url
    db.close()


@pytest.fixture
def workstation_role(postgres_url: str) -> Iterator[str]:
    """A login role that is not the schema owner, allowed to read and edit clients."""
    name = f"pgp_nurse_{uuid.uuid4().hex[:8]}"
    database = make_url(postgres_url).database
    with psycopg.connect(_plain(postgres_url), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'nurse-pw'")
        admin.execute(f'GRANT CONNECT ON DATABASE "{database}" TO {name}')
        admin.execute(f"GRANT SELECT, UPDATE ON client TO {name}")
    yield name
    with psycopg.connect(_plain(postgres_url), autocommit=True) as admin:
        admin.execute(f"REVOKE ALL ON client FROM {name}")
        admin.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM {name}')
        admin.execute(f"DROP ROLE {name}")


def _as(url: str, role: str) -> psycopg.Connection:
    target = make_url(url).set(username=role, password="nurse-pw")
    return psycopg.connect(_plain(target.render_as_string(hide_password=False)),
                           autocommit=True)


def test_plain_sql_by_another_role_is_audited_with_her_name(clinic, workstation_role) -> None:  # type: ignore[no-untyped-def]
    """A direct UPDATE outside PGP Desk leaves an event naming the role and the columns."""
    db, actor, url = clinic
    made = clients.create_client(db, actor, clients.ClientInput(first_name="Ea",
                                                                last_name="Holm"))
    with _as(url, workstation_role) as conn:
        conn.execute("UPDATE client SET phone = '+45 99 88 77 66', notes = 'secret' "
                     "WHERE id = %s", (made.id,))
    with db.sessions() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "db_update",
                                                          AuditEvent.entity == "client")
                                 ).all()
        inserted = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "db_insert", AuditEvent.entity == "client")).all()
    assert [(e.username, e.entity_id, e.client_id, e.details) for e in events] == [
        (workstation_role, made.id, made.id, {"fields": ["notes", "phone"]})]
    assert "99 88" not in str(events[0].details) and "secret" not in str(events[0].details)
    assert [e.entity_id for e in inserted] == [made.id]  # the app's own write too
    assert audit_chain.verify(db, audit_chain.seal(db).head).intact


def test_a_login_role_cannot_change_or_remove_audit_rows(clinic, workstation_role) -> None:  # type: ignore[no-untyped-def]
    """UPDATE, DELETE and TRUNCATE on the audit tables are refused; adding an event is not."""
    db, actor, url = clinic
    clients.create_client(db, actor, clients.ClientInput(first_name="Ea", last_name="Holm"))
    audit_chain.seal(db)
    with _as(url, workstation_role) as conn:
        for statement in ("UPDATE audit_event SET username = 'nobody'",
                          "DELETE FROM audit_event",
                          "TRUNCATE audit_event",
                          "UPDATE audit_seal SET hash = 'x'",
                          "DELETE FROM audit_seal"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        conn.execute("INSERT INTO audit_event (at, username, workstation, action, entity, "
                     "details) VALUES (now(), 'x', 'desk', 'read', 'client', '{}')")
    assert audit_chain.verify(db).intact


def test_truncating_a_clinical_table_is_audited(clinic) -> None:  # type: ignore[no-untyped-def]
    """Even TRUNCATE, which fires no row trigger, leaves an event."""
    db, _actor, url = clinic
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute("TRUNCATE programme_item")
    with db.sessions() as session:
        actions = session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "programme_item")).all()
    assert actions == ["db_truncate"]


def test_the_clients_export_names_who_changed_her_record_outside_the_app(  # type: ignore[no-untyped-def]
        clinic, workstation_role, tmp_path) -> None:
    """GDPR art. 15: her export lists the direct change with the role's name and time."""
    import io
    import json

    from pypdf import PdfReader

    from pgp_desk.services.handouts.export_files import write_client_export

    db, actor, url = clinic
    made = clients.create_client(db, actor, clients.ClientInput(first_name="Ea",
                                                                last_name="Holm"))
    with _as(url, workstation_role) as conn:
        conn.execute("UPDATE client SET phone = '+45 99 88 77 66' WHERE id = %s", (made.id,))
    pdf = write_client_export(db, actor, made.id, tmp_path / "ea.json")
    trail = json.loads((tmp_path / "ea.json").read_text(encoding="utf-8"))["audit_trail"]
    direct = [e for e in trail if e["action"] == "db_update"]
    assert [(e["user"], e["entity"], e["entity_id"]) for e in direct] == [
        (workstation_role, "client", made.id)]
    assert direct[0]["at"]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert workstation_role in text and "ændret i databasen" in text


AUDITED = ("clinic", "app_user", "client", "episode", "assessment", "assessment_addendum",
           "programme", "programme_item", "issued_handout")


def _writes(engine) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """Rows inserted one by one, several per INSERT, by INSERT … SELECT and by COPY into
    the audited tables (with an UPDATE between them), rolled back; the audit events they
    left, without their own id and time."""
    def client(n: int) -> dict[str, object]:
        return {"id": 990_000 + n, "clinic_id": clinic, "first_name": f"Ea{n}",
                "last_name": "Holm", "birth_date": date(1990, 1, n), "phone": "",
                "language": "da", "search_name": f" ea{n} holm", "search_last": "holm",
                "search_digits": ""}

    with Session(engine) as session, session.begin():
        clinic, therapist = session.execute(text(
            "SELECT clinic_id, id FROM app_user WHERE username = 'therapist'")).one()
        since = session.scalar(text("SELECT max(id) FROM audit_event"))
        session.execute(insert(Client).values(**client(1)))
        session.execute(insert(Client).values([client(2), client(3)]))
        bulk.insert_rows(session, cast(Table, Client.__table__), [client(4), client(5)])
        session.execute(text("UPDATE client SET phone = '+45 11 22 33 44' WHERE id = 990002"))
        session.execute(text(
            "INSERT INTO episode (id, client_id, due_date, parity, earlier_pgp, onset_week, "
            "referral_source, notes, closed, version, created_at, updated_at) "
            "SELECT id, id, DATE '2027-05-01', 0, false, 20, '', '', false, 1, now(), now() "
            "FROM client WHERE id > 990000 ORDER BY id DESC"))
        session.execute(insert(Assessment), [
            {"id": 990_000 + n, "episode_id": 990_000 + n, "assessed_on": date(2026, 12, 1),
             "therapist_id": therapist} for n in (3, 1)])
        session.execute(insert(AssessmentAddendum).values(id=990_001, assessment_id=990_001,
                                                          author_id=therapist, text="ok"))
        bulk.insert_rows(session, cast(Table, Programme.__table__), [
            {"id": 990_000 + n, "episode_id": 990_000 + n, "therapist_id": therapist}
            for n in (2, 5)])
        session.execute(insert(ProgrammeItem), [
            {"id": 990_000 + n, "programme_id": 990_002, "position": n,
             "exercise_code": "GLOB-CLAM", "dosage": {}} for n in (1, 2)])
        events = session.execute(text(
            "SELECT user_id, username, workstation, action, entity, entity_id, client_id, "
            "details::text FROM audit_event WHERE id > :since ORDER BY id"),
            {"since": since}).all()
        session.rollback()
    return [tuple(row) for row in events]


def test_inserts_are_recorded_as_the_row_trigger_recorded_them(clinic) -> None:  # type: ignore[no-untyped-def]
    """Inserts are audited per statement (alembic 0013): exactly the events 0012's row
    trigger wrote, one per row, in the rows' order, naming the signed-in person."""
    db, _actor, _url = clinic
    person = person_engine(db, pg_roles.login_role(db.database_name, "therapist"),
                           TEST_PASSWORD)
    try:
        by_statement = _writes(person)
        with db.engine.begin() as owner:  # back to a row trigger for inserts, as before
            for table in AUDITED:
                owner.exec_driver_sql(f"DROP TRIGGER audit_insert ON {table}")
                owner.exec_driver_sql(f"DROP TRIGGER audit_row ON {table}")
                owner.exec_driver_sql(
                    f"CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION pgpdesk_audit_row()")
        by_row = _writes(person)
    finally:
        person.dispose()
    assert by_statement == by_row
    user_id = by_row[0][0]
    assert user_id is not None and {e[:3] for e in by_row} == {(user_id, "therapist",
                                                               "127.0.0.1")}
    assert [(e[3], e[4], e[5] - 990_000, e[6] and e[6] - 990_000) for e in by_row] == [
        *[("db_insert", "client", n, n) for n in (1, 2, 3, 4, 5)],
        ("db_update", "client", 2, 2),
        *[("db_insert", "episode", n, n) for n in (5, 4, 3, 2, 1)],
        ("db_insert", "assessment", 3, 3), ("db_insert", "assessment", 1, 1),
        ("db_insert", "assessment_addendum", 1, None),
        ("db_insert", "programme", 2, 2), ("db_insert", "programme", 5, 5),
        ("db_insert", "programme_item", 1, None), ("db_insert", "programme_item", 2, None)]
