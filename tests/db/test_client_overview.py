"""Opening a client: one service call, one transaction, the same results and audit trail
as the five calls it replaces, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event, select

from handout_world import make_programme, raise_red_flag, worked
from people_world import sign_in_as
from pgp_desk.db.models import AuditEvent
from pgp_desk.services.assessments import assessments
from pgp_desk.services.clients import clients, episodes, timeline
from pgp_desk.services.clients.client_overview import client_overview
from pgp_desk.services.errors import UserError
from pgp_desk.services.handouts import handouts

HEAVY_COLUMNS = ("assessment.history", "assessment.tests", "assessment.questionnaires",
                 "assessment.pain_map")


def _busy(db, actor):  # type: ignore[no-untyped-def]
    """A client with a pregnancy, assessments (one with an open red flag), a programme
    issued as a handout and another still a draft."""
    world = worked(db, actor)
    handouts.issue_handout(db, actor, world.programme_id)
    make_programme(db, actor, world.episode_id)
    made = assessments.create_assessment(db, actor, world.episode_id,
                                         assessed_on=date.today() - timedelta(days=7))
    assessments.sign_assessment(db, actor, made.id, made.version)
    raise_red_flag(db, actor, world.episode_id)
    return world


def _trail(db, client_id: int) -> list[tuple[str, str, int | None]]:  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        return [(e.action, e.entity, e.entity_id) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.client_id == client_id)
            .order_by(AuditEvent.id))]


def test_overview_is_what_the_separate_calls_return(db, actor) -> None:  # type: ignore[no-untyped-def]
    world = _busy(db, actor)
    before = _trail(db, world.client_id)
    separate = (clients.get_client(db, actor, world.client_id),
                episodes.list_episodes(db, world.client_id),
                timeline.client_timeline(db, world.client_id),
                assessments.list_client_assessments(db, actor, world.client_id),
                assessments.open_red_flags(db, actor, world.client_id))
    separate_audit = _trail(db, world.client_id)[len(before):]
    overview = client_overview(db, actor, world.client_id)
    overview_audit = _trail(db, world.client_id)[len(before) + len(separate_audit):]
    assert (overview.client, overview.episodes, overview.timeline, overview.assessments,
            overview.red_flags) == separate
    assert overview.red_flags == ["vaginal_bleeding"]
    assert {e.kind for e in overview.timeline} == {"episode", "assessment", "programme",
                                                  "handout"}
    assert sorted(overview_audit) == sorted(separate_audit)  # the same reads audited


def test_overview_is_one_transaction_reading_no_assessment_answers(db, actor) -> None:  # type: ignore[no-untyped-def]
    """One BEGIN and one COMMIT whatever the client holds, and never the answers, tests or
    drawings of her assessments (only the assessment itself shows those)."""
    world = _busy(db, actor)
    begins: list[object] = []
    statements: list[str] = []

    def began(conn) -> None:  # type: ignore[no-untyped-def]
        begins.append(conn)

    def executed(conn, cursor, statement, *rest) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "begin", began)
    event.listen(db.engine, "before_cursor_execute", executed)
    try:
        client_overview(db, actor, world.client_id)
    finally:
        event.remove(db.engine, "begin", began)
        event.remove(db.engine, "before_cursor_execute", executed)
    assert len(begins) == 1
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects and not [s for s in selects if any(c in s for c in HEAVY_COLUMNS)]


def test_a_secretary_opens_contact_details_only(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The secretary's workspace: the client (notes hidden) and her pregnancies' dates, but
    no timeline, assessments or red flags (clinical: on PostgreSQL her role may not read
    them); another clinic's client is not found."""
    world = _busy(db, actor)
    secretary = sign_in_as(db, "sekretaer")
    overview = client_overview(db, secretary, world.client_id)
    assert overview.client == clients.get_client(db, secretary, world.client_id)
    full = client_overview(db, actor, world.client_id).episodes
    assert [(e.id, e.due_date, e.birth_date) for e in overview.episodes] == \
        [(e.id, e.due_date, e.birth_date) for e in full]
    assert all(e.notes == "" and e.parity is None for e in overview.episodes)
    assert overview.timeline == [] and overview.assessments == [] and overview.red_flags == []
    with pytest.raises(UserError):
        client_overview(db, secretary, world.client_id + 10_000)
