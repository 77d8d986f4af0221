"""Assessments through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from people_world import sign_in_as
from pgp_desk.domain.painmap import PainMap, RegionMark
from pgp_desk.domain.pelvic_tests import Context
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import FOLLOW_UP, QuestionnaireEntry
from pgp_desk.services.assessments.assessment_progress import episode_progress
from pgp_desk.services.audit.audit import DATABASE_ACTIONS, client_trail
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.errors import ConflictError, NotFoundError, UserError, ValidationError

TODAY = date.today()
DUE = TODAY + timedelta(days=100)  # today is week 25+5
PGQ_ITEMS = ("dressing", "standing_short", "standing_long", "bending", "sitting_short",
             "sitting_long", "walking_short", "walking_long", "stairs", "housework",
             "carrying_light", "carrying_heavy", "sit_to_stand", "trolley", "running", "sport",
             "lying", "turning_in_bed", "sex_life", "push_one_foot")
PGQ_SYMPTOMS = ("morning_pain", "evening_pain", "legs_give_way", "slowness",
                "interrupted_sleep")


def _episode(db, actor, due=DUE, birth=None):  # type: ignore[no-untyped-def]
    client = clients.create_client(db, actor, clients.ClientInput(first_name="Maja",
                                                                  last_name="Holm"))
    ep = episodes.create_episode(db, actor, client.id,
                                 episodes.EpisodeInput(due_date=due, birth_date=birth))
    return client, ep


def _pgq(activity: int, symptom: int) -> QuestionnaireEntry:
    answers = {i: activity for i in PGQ_ITEMS} | {i: symptom for i in PGQ_SYMPTOMS}
    return QuestionnaireEntry("PGQ", "", dict(answers))


def test_create_stores_the_stage_on_the_assessment_date(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An initial assessment 30 days ago stores trimester and gestational days of that date."""
    client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=30))
    assert (made.phase, made.stage_days) == ("t2", 280 - 100 - 30)
    assert str(made.stage.gestation) == "21+3"
    assert made.therapist_id == actor.user_id
    assert made.therapist_name == "Test Terapeut (aut.-ID 0T3ST)"
    assert made.status == "draft" and made.version == 1 and made.client_id == client.id
    assert made.tests.context is Context.PREGNANCY


def test_postpartum_assessment_uses_postpartum_context(db, actor) -> None:  # type: ignore[no-untyped-def]
    """After birth the stage counts days since birth and the tests switch to LDL grades."""
    birth = TODAY - timedelta(days=50)
    _client, ep = _episode(db, actor, due=birth + timedelta(days=3), birth=birth)
    made = svc.create_assessment(db, actor, ep.id)
    assert (made.phase, made.stage_days) == ("pp_later", 50)
    assert made.tests.context is Context.POSTPARTUM
    data = made.as_input()
    data.tests.set("LDL", "left", 2)
    data.tests.set("LDL", "right", 1)
    saved = svc.save_assessment(db, actor, made, data)
    assert saved.scores["_derived"]["ldl_sum"] == 3


def test_date_in_the_future_or_outside_the_pregnancy_is_refused(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A future date and a date before the pregnancy began are field errors on assessed_on."""
    _client, ep = _episode(db, actor)
    with pytest.raises(ValidationError) as future:
        svc.create_assessment(db, actor, ep.id, assessed_on=TODAY + timedelta(days=1))
    assert future.value.by_field()["assessed_on"].code == "future"
    with pytest.raises(ValidationError) as before:
        svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=400))
    assert before.value.by_field()["assessed_on"].code == "outside_episode"


def test_follow_up_needs_an_earlier_assessment_and_carries_history(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A follow-up without an initial one is refused; with one it starts from its history."""
    _client, ep = _episode(db, actor)
    with pytest.raises(ValidationError):
        svc.create_assessment(db, actor, ep.id, kind=FOLLOW_UP)
    first = svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=21))
    data = first.as_input()
    data.history = {"goals": "Gå tur med hunden", "aggravating": ["stairs"]}
    data.screening = {"trauma": False}
    svc.save_assessment(db, actor, first, data)
    follow = svc.create_assessment(db, actor, ep.id, kind=FOLLOW_UP)
    assert follow.kind == FOLLOW_UP
    assert follow.history["goals"] == "Gå tur med hunden"
    assert follow.screening == {}  # screening is asked again


def test_scores_are_recomputed_on_save_never_taken_from_the_screen(db, actor) -> None:  # type: ignore[no-untyped-def]
    """PGQ/NRS scores come from the answers; a score sent by the UI is ignored."""
    _client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    data = made.as_input()
    data.questionnaires["PGQ"] = _pgq(2, 3)
    data.questionnaires["NRS"] = QuestionnaireEntry("NRS", "", {"now": 7, "worst_week": 9})
    tampered = replace(made, scores={"PGQ": {"values": {"total": 1.0}}})
    saved = svc.save_assessment(db, actor, tampered, data)
    # activity 40/60 = 66.7, symptom 15/15 = 100, total 55/75 = 73.3 (Stuge 2011 rule)
    assert saved.scores["PGQ"]["values"] == {"total": 73.3, "activity": 66.7, "symptom": 100.0}
    assert saved.scores["PGQ"]["version"] == "1"
    assert saved.questionnaires["PGQ"].version == "1"
    assert saved.score("NRS", "now") == 7.0 and saved.score("NRS", "worst_week") == 9.0
    again = svc.get_assessment(db, actor, made.id)
    assert again.score("PGQ", "total") == 73.3


def test_not_applicable_items_leave_the_denominator(db, actor) -> None:  # type: ignore[no-untyped-def]
    """PGQ items marked NA are removed from the maximum, as Stuge 2011 describes."""
    _client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    data = made.as_input()
    entry = _pgq(3, 3)
    entry.answers["running"] = "NA"
    entry.answers["sport"] = "NA"
    data.questionnaires["PGQ"] = entry
    saved = svc.save_assessment(db, actor, made, data)
    assert saved.scores["PGQ"]["values"]["activity"] == 100.0
    assert saved.scores["PGQ"]["not_applicable"] == 2


def test_invalid_answer_is_a_field_error(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A PGQ answer outside 0-3 is refused with the questionnaire named, nothing written."""
    _client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    data = made.as_input()
    data.questionnaires["PGQ"] = QuestionnaireEntry("PGQ", "", {"dressing": 7})
    with pytest.raises(ValidationError) as err:
        svc.save_assessment(db, actor, made, data)
    assert "questionnaires.PGQ" in err.value.by_field()
    assert svc.get_assessment(db, actor, made.id).version == made.version


def test_classification_suggested_from_findings_and_pain_map(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Pain at both SIJs and the symphysis with a positive test at each suggests PGS."""
    _client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    data = made.as_input()
    data.tests.set("P4", "left", "positive")
    data.tests.set("P4", "right", "positive")
    data.tests.set("SYMPH", "midline", "positive")
    data.pain_map = PainMap((RegionMark("sij_l", 5), RegionMark("sij_r", 4),
                             RegionMark("symphysis", 6)))
    data.classification_chosen = "double_sided_sij"
    saved = svc.save_assessment(db, actor, made, data)
    assert saved.classification_suggested == "pelvic_girdle_syndrome"
    assert saved.classification_chosen == "double_sided_sij"
    assert saved.suggestion is not None and saved.suggestion.subgroup == "pelvic_girdle_syndrome"
    # one side only, with its side stored in the same column
    data.pain_map = PainMap((RegionMark("sij_r", 4),))
    data.classification_chosen = ""
    again = svc.save_assessment(db, actor, saved, data)
    assert again.classification_suggested == "one_sided_sij:right"
    assert again.classification_chosen == ""


def test_unknown_chosen_subgroup_is_refused(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The chosen subgroup must be one of Albert's subgroups (or empty)."""
    _client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    with pytest.raises(ValidationError) as err:
        svc.save_assessment(db, actor, made, replace(made.as_input(),
                                                     classification_chosen="unstable_pelvis"))
    assert err.value.by_field()["classification_chosen"].code == "choice"


def test_concurrent_save_raises_conflict_naming_the_section(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Two therapists open the same draft; the second save conflicts and writes nothing."""
    _client, ep = _episode(db, actor)
    other = sign_in_as(db, "kollega")
    made = svc.create_assessment(db, actor, ep.id)
    theirs = made.as_input()
    theirs.plan = "Their plan"
    svc.save_assessment(db, other, made, theirs)
    mine = made.as_input()
    mine.notes = "My note"
    with pytest.raises(ConflictError) as err:
        svc.save_assessment(db, actor, made, mine)
    assert [c.field for c in err.value.changes] == ["plan"]
    assert err.value.changed_by == "Karen Kollega (aut.-ID 4KL9B)"
    stored = svc.get_assessment(db, actor, made.id)
    assert stored.plan == "Their plan" and stored.notes == ""
    # keeping mine: save again on top of the newer record
    kept = svc.save_assessment(db, actor, stored, mine)
    assert kept.notes == "My note" and kept.version == stored.version + 1


def test_sign_locks_and_addenda_carry_author_and_time(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A signed assessment refuses saves and a second sign; addenda are added instead."""
    client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    with pytest.raises(UserError):
        svc.add_addendum(db, actor, made.id, "too early")
    signed = svc.sign_assessment(db, actor, made.id, made.version)
    assert signed.signed and signed.signed_by_name == "Test Terapeut (aut.-ID 0T3ST)"
    assert signed.signed_at is not None
    with pytest.raises(UserError, match="signed"):
        svc.save_assessment(db, actor, signed, replace(signed.as_input(), plan="x"))
    with pytest.raises(UserError):
        svc.sign_assessment(db, actor, made.id, signed.version)
    with pytest.raises(ValidationError):
        svc.add_addendum(db, actor, made.id, "   ")
    add = svc.add_addendum(db, actor, made.id, "P4 venstre var positiv, ikke negativ.")
    assert add.author_name == "Test Terapeut (aut.-ID 0T3ST)"
    got = svc.get_assessment(db, actor, made.id)
    assert [a.text for a in got.addenda] == ["P4 venstre var positiv, ikke negativ."]
    assert got.addenda[0].created_at is not None
    with db.sessions() as session:
        actions = [e.action for e in client_trail(session, client.id) if e.entity == "assessment"
                   and e.action not in DATABASE_ACTIONS]
    assert actions == ["create", "sign", "addendum", "read"]


def test_sign_with_a_stale_version_conflicts(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Signing what one saw: a version saved meanwhile elsewhere makes signing conflict."""
    _client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    svc.save_assessment(db, actor, made, replace(made.as_input(), plan="changed"))
    with pytest.raises(ConflictError):
        svc.sign_assessment(db, actor, made.id, made.version)


def test_lists_and_previous_assessment(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Assessments list oldest first per episode and client; previous is the one before."""
    client, ep = _episode(db, actor)
    a = svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=40))
    b = svc.create_assessment(db, actor, ep.id, kind=FOLLOW_UP,
                              assessed_on=TODAY - timedelta(days=10))
    c = svc.create_assessment(db, actor, ep.id, kind=FOLLOW_UP)
    rows = svc.list_assessments(db, actor, ep.id)
    assert [r.id for r in rows] == [a.id, b.id, c.id]
    assert rows[0].therapist_name == "Test Terapeut (aut.-ID 0T3ST)" and rows[1].kind == FOLLOW_UP
    assert [r.id for r in svc.list_client_assessments(db, actor, client.id)] == [a.id, b.id, c.id]
    prev = svc.previous_assessment(db, actor, c.id)
    assert prev is not None and prev.id == b.id
    assert svc.previous_assessment(db, actor, a.id) is None


def test_other_clinics_and_missing_ids_are_not_found(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An unknown assessment or episode id is NotFoundError, not a crash."""
    with pytest.raises(NotFoundError):
        svc.get_assessment(db, actor, 999)
    with pytest.raises(NotFoundError):
        svc.create_assessment(db, actor, 999)


def test_open_red_flags_follow_the_latest_explicit_answer(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A yes stays open through a follow-up that left it blank and closes on an explicit no."""
    client, ep = _episode(db, actor)
    assert svc.open_red_flags(db, actor, client.id) == []
    a = svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=20))
    svc.save_assessment(db, actor, a, replace(a.as_input(), screening={"phase": "t2", "answers": {
        "trauma": True, "dvt_pe_signs": True, "vaginal_bleeding": False}}))
    assert svc.open_red_flags(db, actor, client.id) == ["dvt_pe_signs", "trauma"]
    b = svc.create_assessment(db, actor, ep.id, kind=FOLLOW_UP)
    assert svc.open_red_flags(db, actor, client.id) == ["dvt_pe_signs", "trauma"]
    svc.save_assessment(db, actor, b, replace(b.as_input(),
                                              screening={"answers": {"trauma": False}}))
    assert svc.open_red_flags(db, actor, client.id) == ["dvt_pe_signs"]
    rows = svc.list_assessments(db, actor, ep.id)
    assert [r.red_flags for r in rows] == [2, 0]


def test_pregnancy_only_flag_closes_after_birth(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Fewer fetal movements is no longer an open flag once the stage today is postpartum.

    (The screening here is the older flat {code: answer} shape, which is still read.)
    """
    birth = TODAY - timedelta(days=20)
    client, ep = _episode(db, actor, due=birth + timedelta(days=2), birth=birth)
    a = svc.create_assessment(db, actor, ep.id, assessed_on=birth - timedelta(days=10))
    svc.save_assessment(db, actor, a, replace(a.as_input(), screening={
        "reduced_fetal_movements": True, "trauma": True}))
    assert svc.open_red_flags(db, actor, client.id, today=birth - timedelta(days=1)) == [
        "reduced_fetal_movements", "trauma"]
    assert svc.open_red_flags(db, actor, client.id) == ["trauma"]


def _visit(db, actor, ep, days_ago: int, kind: str, *, pgq=None, nrs=None, aslr=None,  # type: ignore[no-untyped-def]
           positives=0):
    made = svc.create_assessment(db, actor, ep.id, kind=kind,
                                 assessed_on=TODAY - timedelta(days=days_ago))
    data = made.as_input()
    if pgq is not None:
        data.questionnaires["PGQ"] = _pgq(*pgq)
    if nrs is not None:
        data.questionnaires["NRS"] = QuestionnaireEntry("NRS", "", {"now": nrs})
    if aslr is not None:
        data.tests.set("ASLR", "left", aslr[0])
        data.tests.set("ASLR", "right", aslr[1])
    codes = ["P4", "FABER", "GAENSLEN", "TREND", "LDL"]
    for i, code in enumerate(codes):
        data.tests.set(code, "left", "positive" if i < positives else "negative")
    return svc.save_assessment(db, actor, made, data)


def test_progress_flags_changes_at_the_thresholds(db, actor) -> None:  # type: ignore[no-untyped-def]
    """PGQ 25, symptom 20, NRS 2 points or 30%, ASLR 2 points: exactly at = important."""
    _client, ep = _episode(db, actor)
    # PGQ activity 3 -> total 100; activity 2,symptom 3 -> 73.3 (-26.7), symptom 100 -> 100
    _visit(db, actor, ep, 60, "initial", pgq=(3, 3), nrs=5, aslr=(3, 3), positives=3)
    _visit(db, actor, ep, 40, FOLLOW_UP, pgq=(2, 3), nrs=4, aslr=(2, 3), positives=1)
    _visit(db, actor, ep, 20, FOLLOW_UP, pgq=(2, 2), nrs=2, aslr=(1, 2), positives=1)
    series = episode_progress(db, actor, ep.id)
    first, second, third = series.points
    assert first.changes == {}
    assert second.values["pgq_total"] == 73.3
    assert second.changes["pgq_total"].important is True  # 26.7 >= 25
    assert second.changes["pgq_total"].direction == "improved"
    assert second.changes["pgq_activity"].important is True  # 100 -> 66.7
    assert second.changes["pgq_symptom"].important is False  # 100 -> 100
    assert second.changes["nrs_now"].important is False  # 5 -> 4: 1 point, 20%
    assert second.changes["aslr_sum"].important is False  # 6 -> 5
    assert second.changes["provocation_positive"].difference == -2.0
    assert second.changes["provocation_positive"].important is None  # never flagged
    # symptom 100 -> 66.7 = 33.3 >= 20; NRS 4 -> 2 = 2 points; ASLR 5 -> 3 = 2 points
    assert third.changes["pgq_symptom"].important is True
    assert third.changes["nrs_now"].important is True
    assert third.changes["aslr_sum"].important is True
    assert third.changes["aslr_sum"].threshold == "2 points"
    assert series.series("nrs_now") == [(p.assessed_on, v) for p, v in
                                        zip(series.points, (5.0, 4.0, 2.0), strict=True)]


def test_progress_nrs_thirty_percent_rule_and_worsening(db, actor) -> None:  # type: ignore[no-untyped-def]
    """NRS 3 -> 2 meets Farrar's 30% alone; 2 -> 6 is flagged as an important worsening."""
    _client, ep = _episode(db, actor)
    _visit(db, actor, ep, 50, "initial", nrs=3)
    _visit(db, actor, ep, 30, FOLLOW_UP, nrs=2)
    _visit(db, actor, ep, 10, FOLLOW_UP, nrs=6)
    _first, second, third = episode_progress(db, actor, ep.id).points
    assert second.changes["nrs_now"].important is True
    assert third.changes["nrs_now"].direction == "worsened"
    assert third.changes["nrs_now"].important is True


def test_reads_and_writes_are_audited(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Create, read, update, list, progress and red-flag reads each leave an audit event."""
    client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id)
    svc.get_assessment(db, actor, made.id)
    svc.save_assessment(db, actor, made, replace(made.as_input(), plan="p"))
    svc.list_assessments(db, actor, ep.id)
    episode_progress(db, actor, ep.id)
    svc.open_red_flags(db, actor, client.id)
    with db.sessions() as session:
        trail = [(e.action, e.entity) for e in client_trail(session, client.id)
                 if e.entity != "client" and e.entity != "episode"
                 and e.action not in DATABASE_ACTIONS]
    assert trail == [("create", "assessment"), ("read", "assessment"),
                     ("update", "assessment"), ("list", "assessment"),
                     ("read", "progress"), ("read", "red_flags")]


def test_delete_only_drafts(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A draft started by mistake can be deleted; a signed one cannot."""
    _client, ep = _episode(db, actor)
    a = svc.create_assessment(db, actor, ep.id)
    with pytest.raises(ConflictError):  # saved elsewhere since this screen read it
        svc.delete_draft(db, actor, a.id, a.version + 1)
    svc.delete_draft(db, actor, a.id, a.version)
    assert svc.list_assessments(db, actor, ep.id) == []
    b = svc.create_assessment(db, actor, ep.id)
    signed = svc.sign_assessment(db, actor, b.id, b.version)
    with pytest.raises(UserError):
        svc.delete_draft(db, actor, b.id, signed.version)


def test_the_next_visit_is_kept_with_the_plan_and_listed(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The plan's next visit is stored, read back, listed for the client's overview and
    printed in the report data; one before the assessment date is a field error."""
    client, ep = _episode(db, actor)
    made = svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=2))
    assert made.next_visit is None
    visit = TODAY + timedelta(days=19)
    saved = svc.save_assessment(db, actor, made, replace(made.as_input(), next_visit=visit))
    assert saved.next_visit == visit
    assert svc.get_assessment(db, actor, made.id).next_visit == visit
    assert [r.next_visit for r in svc.list_client_assessments(db, actor, client.id)] == [visit]
    with pytest.raises(ValidationError) as early:
        svc.save_assessment(db, actor, saved, replace(
            saved.as_input(), next_visit=TODAY - timedelta(days=3)))
    assert early.value.by_field()["next_visit"].code == "before_assessment"
    cleared = svc.save_assessment(db, actor, saved, replace(saved.as_input(), next_visit=None))
    assert cleared.next_visit is None
