"""A refused attempt is an audit event: who tried, what, and which record, never more."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from people_world import sign_in_as
from pgp_desk.db.models import AuditEvent
from pgp_desk.services import records
from pgp_desk.services.assessments import assessments
from pgp_desk.services.audit import audit_log
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.people import people


def _refusals(db) -> list[tuple[str, str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == records.REFUSED)
                               .order_by(AuditEvent.id))
        return [(e.username, e.entity, e.entity_id, e.client_id) for e in rows]


def test_refused_attempts_are_audited(db, actor) -> None:  # type: ignore[no-untyped-def]
    made = clients.create_client(db, actor, clients.ClientInput(first_name="Ea",
                                                                last_name="Holm"))
    episode = episodes.create_episode(db, actor, made.id,
                                      episodes.EpisodeInput(due_date=date(2027, 3, 1)))
    assessment = assessments.create_assessment(db, actor, episode.id)
    secretary = sign_in_as(db, "sekretaer")
    colleague = sign_in_as(db, "kollega")
    with pytest.raises(records.AccessRefused):
        assessments.get_assessment(db, secretary, assessment.id)
    with pytest.raises(records.AccessRefused):
        episodes.get_episode(db, secretary, episode.id)
    with pytest.raises(records.AccessRefused):
        people.list_people(db, colleague)
    with pytest.raises(records.AccessRefused):
        audit_log.find_events(db, secretary, audit_log.AuditFilter())
    assert _refusals(db) == [("sekretaer", "assessment", assessment.id, None),
                             ("sekretaer", "episode", episode.id, None),
                             ("kollega", "person", None, None),
                             ("sekretaer", "audit_event", None, None)]
    # what was allowed is not a refusal, and the refused transaction wrote nothing else
    clients.get_client(db, secretary, made.id)
    assert len(_refusals(db)) == 4
