"""The demo clinic's assessments: present, capped, consistent with the rules and the dates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from pgp_desk.db.models import Assessment, Episode
from pgp_desk.domain.pregnancy import stage_on
from pgp_desk.services.assessments import assessment_rules as rules
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import input_from_payload, stage_columns
from pgp_desk.services.assessments.assessment_progress import episode_progress
from pgp_desk.services.demo.demo import create_demo_clinic
from pgp_desk.services.demo.demo_assessments import create_demo_assessments

TODAY = date(2026, 3, 2)


def test_demo_creates_courses_of_assessments(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Every open demo episode gets an initial assessment and most get follow-ups."""
    result = create_demo_clinic(db, actor, clients=60, seed=11, today=TODAY)
    assert result.assessments > 60
    with db.sessions() as session:
        rows = list(session.scalars(select(Assessment).order_by(Assessment.episode_id,
                                                                Assessment.assessed_on)))
        episodes = {e.id: e for e in session.scalars(select(Episode))}
    assert len(rows) == result.assessments
    by_episode: dict[int, list[Assessment]] = {}
    for row in rows:
        by_episode.setdefault(row.episode_id, []).append(row)
    assert len(by_episode) >= 50
    for course in by_episode.values():
        assert course[0].kind == "initial"
        assert all(a.kind == "follow_up" for a in course[1:])
        assert all(a.status == "signed" for a in course[:-1])  # only the latest may be a draft
        assert len(course) <= 4
    assert any(len(c) >= 3 for c in by_episode.values())
    assert {r.status for r in rows} == {"signed", "draft"}
    for row in rows:
        episode = episodes[row.episode_id]
        assert not episode.closed and row.assessed_on <= TODAY
        expected = stage_columns(stage_on(episode.due_date, episode.birth_date, row.assessed_on))
        assert (row.phase, row.stage_days) == expected


def test_demo_scores_and_suggestions_match_a_real_save(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Stored scores and suggestions equal what the services compute from the stored data."""
    create_demo_clinic(db, actor, clients=25, seed=5, today=TODAY)
    instruments = rules.shipped_instruments()
    with db.sessions() as session:
        rows = list(session.scalars(select(Assessment)))
    suggestions = set()
    for row in rows:
        data = input_from_payload({
            "assessed_on": row.assessed_on.isoformat(), "pain_map": row.pain_map,
            "tests": row.tests, "questionnaires": row.questionnaires})
        scores, errors = rules.compute_scores(data.questionnaires, data.tests, instruments)
        assert errors == [] and scores == row.scores
        assert row.classification_suggested == rules.suggested_code(data.tests, data.pain_map)
        suggestions.add(row.classification_suggested.split(":")[0])
        assert data.pain_map.marks or scores["NRS"]["values"]["now"] == 0
    assert {"pelvic_girdle_syndrome", "double_sided_sij", "one_sided_sij"} <= suggestions


def test_demo_has_improving_and_worsening_courses(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Across the demo clinic some PGQ courses improve and some worsen."""
    create_demo_clinic(db, actor, clients=80, seed=2026, today=TODAY)
    with db.sessions() as session:
        episode_ids = list(session.scalars(
            select(Assessment.episode_id).group_by(Assessment.episode_id)
            .having(func.count(Assessment.id) >= 2)))
    directions = set()
    for episode_id in episode_ids[:40]:
        last = episode_progress(db, actor, episode_id).points[-1]
        change = last.changes.get("pgq_total")
        if change is not None and change.direction:
            directions.add(change.direction)
    assert {"improved", "worsened"} <= directions


def test_demo_assessments_are_capped_and_skip_older_clients(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Only the first `limit` clients from `first_client_id` on are assessed, once."""
    create_demo_clinic(db, actor, clients=20, seed=1, today=TODAY)
    with db.sessions.begin() as session:
        session.execute(Assessment.__table__.delete())
    made = create_demo_assessments(db, actor, [actor.user_id], seed=9, today=TODAY,
                                   first_client_id=6, limit=5)
    with db.sessions() as session:
        assessed = set(session.scalars(
            select(Episode.client_id).join(Assessment, Assessment.episode_id == Episode.id)))
    assert made > 0 and assessed <= set(range(6, 11)) and len(assessed) >= 4
    again = create_demo_assessments(db, actor, [actor.user_id], seed=9, today=TODAY,
                                    first_client_id=6, limit=5)
    assert again == 0  # episodes that already have assessments are left alone


def test_a_few_demo_clients_carry_a_red_flag(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Red flags are rare in the demo: present somewhere, absent for most clients."""
    create_demo_clinic(db, actor, clients=150, seed=4, today=TODAY)
    flagged = [c for c in range(1, 151) if svc.open_red_flags(db, actor, c, today=TODAY)]
    assert 1 <= len(flagged) <= 25
