"""Audit rows hold ids, counts and action names only: nothing of a client survives erasure."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import select

from handout_world import make_programme
from pgp_desk.db.models import AuditEvent
from pgp_desk.services.assessments import assessments
from pgp_desk.services.audit.audit import record
from pgp_desk.services.clients import clients, episodes, privacy
from pgp_desk.services.handouts import handouts
from pgp_desk.services.programmes import programmes

NOTE = "Bløder lidt, bekymret for moderkagen"
CONFIRMATION = "Talt med jordemoderen i dag"


def _audit_text(db) -> str:  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return json.dumps([{c.name: getattr(r, c.key) for c in AuditEvent.__table__.columns}
                           for r in rows], default=str, ensure_ascii=False)


def test_erased_client_leaves_no_health_code_or_personal_text_in_the_audit(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A whole course of care, then erasure: no audit row names her or her red flag."""
    made = clients.create_client(db, actor, clients.ClientInput(
        first_name="Signe", last_name="Kjærgaard", birth_date=date(1991, 2, 14),
        phone="+45 61 62 63 64", email="signe@example.dk", notes=NOTE, language="da"))
    clients.get_client(db, actor, made.id)
    clients.update_client(db, actor, made, dataclasses.replace(
        made.as_input(), phone="+45 71 72 73 74"))
    episode_id = episodes.create_episode(db, actor, made.id, episodes.EpisodeInput(
        due_date=date.today())).id
    draft = assessments.create_assessment(db, actor, episode_id)
    saved = assessments.save_assessment(db, actor, draft, dataclasses.replace(
        draft.as_input(), screening={"phase": "t3", "answers": {"vaginal_bleeding": True}},
        notes=NOTE, plan="Henvist til egen læge"))
    assessments.sign_assessment(db, actor, saved.id, saved.version)
    assessments.add_addendum(db, actor, saved.id, "Blødningen er stoppet")
    assert assessments.open_red_flags(db, actor, made.id)
    programme_id = make_programme(db, actor, episode_id, note="Hvil når det bløder")
    programmes.get_programme(db, actor, programme_id)
    issued = handouts.issue_handout(db, actor, programme_id,
                                    red_flag_confirmation=CONFIRMATION)
    handouts.reprint(db, actor, issued.id)
    privacy.export_client(db, actor, made.id)

    privacy.erase_client(db, actor, made.id, "Signe Kjærgaard", legal_basis="GDPR art. 17(1)(d)")

    trail = _audit_text(db)
    assert '"erase"' in trail and '"issue"' in trail  # the events themselves stay
    for text in ("vaginal_bleeding", "Signe", "Kjærgaard", "61 62", "71 72", "signe@",
                 NOTE, CONFIRMATION, "Blødningen", "Henvist", "Hvil når", "t3",
                 issued.sha256[:16], "1991"):
        assert text not in trail, text


def test_record_refuses_content_that_is_not_an_id_or_a_count(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The class of leak is closed at the door: text, foreign names and client codes fail."""
    with db.sessions() as session:
        with pytest.raises(ValueError):
            record(session, actor, "issue", "handout", 1, 1, red_flags="vaginal_bleeding")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            record(session, actor, "update", "client", 1, 1, fields=["vaginal_bleeding"])
        with pytest.raises(ValueError):
            record(session, actor, "issue", "handout", 1, 1, library_code="vaginal_bleeding")
        record(session, actor, "update", "client", 1, 1, fields=["phone", "email"], count=2)
        record(session, actor, "retire", "exercise", None, None, library_code="GLOB-CLAM")
        session.flush()
        details = [e.details for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action.in_(["update", "retire"]))
            .order_by(AuditEvent.id))]
    assert details == [{"count": 2, "fields": ["email", "phone"]}, {"code": "GLOB-CLAM"}]


def test_upgrade_removes_clinical_content_from_older_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Events written by an older version lose their red-flag codes and digests on upgrade."""
    from alembic import command
    from sqlalchemy import text

    from pgp_desk.db import migrate
    from pgp_desk.db.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(migrate.alembic_config(engine), "0007_search_tokens")
    old = ('{"programme_id": 3, "language": "da", "sha256": "ab12", '
           '"red_flags": ["vaginal_bleeding"], "fields": ["phone"]}')
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO audit_event (at, username, workstation, action, entity, details) "
            "VALUES ('2026-01-01 10:00:00', 'anne', 'desk', 'issue', 'handout', :d)"),
            {"d": old})
    migrate.upgrade(engine, backup=False)
    with engine.connect() as connection:
        details = connection.execute(text("SELECT details FROM audit_event")).scalar_one()
    engine.dispose()
    assert json.loads(details) == {"programme_id": 3, "fields": ["phone"]}
