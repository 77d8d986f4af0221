"""Programmes: drafts, saving with optimistic locking, issuing, history and templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from people_world import sign_in_as
from pgp_desk.db.models import AuditEvent
from pgp_desk.domain.dosage import Dosage
from pgp_desk.services.audit.audit import DATABASE_ACTIONS
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.errors import ConflictError, NotFoundError, UserError, ValidationError
from pgp_desk.services.programmes import programme_templates, programmes
from pgp_desk.services.programmes.programmes import ProgrammeInput, ProgrammeItemData


def _episode(db, actor, language: str = "nb") -> int:  # type: ignore[no-untyped-def]
    client = clients.create_client(db, actor, clients.ClientInput(
        first_name="Ingrid", last_name="Håland", language=language))
    return episodes.create_episode(db, actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=100))).id


def _items() -> list[ProgrammeItemData]:
    return [ProgrammeItemData("STAB-TA-SIDE", Dosage(sets=1, reps=8, hold_seconds=10)),
            ProgrammeItemData("GLOB-CLAM", Dosage(sets=2, reps=10, side="both"),
                              "Pude mellem knæene")]


def test_new_programme_is_an_empty_draft_in_the_clients_language(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A new programme starts as an empty draft in the client's handout language."""
    made = programmes.create_programme(db, actor, _episode(db, actor, "nb"))
    assert (made.status, made.language, made.items, made.therapist_name) == (
        "draft", "nb", [], "Test Terapeut (aut.-ID 0T3ST)")


def test_save_keeps_order_dosage_and_notes(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Saved items come back in the same order with their dosage and note."""
    made = programmes.create_programme(db, actor, _episode(db, actor))
    data = ProgrammeInput(title="Uke 24", personal_note="Godt jobbet!", language="nb",
                          advice=["pain_rule", "everyday"], items=_items())
    saved = programmes.save_programme(db, actor, made, data)
    again = programmes.get_programme(db, actor, made.id)
    assert [i.exercise_code for i in again.items] == ["STAB-TA-SIDE", "GLOB-CLAM"]
    assert again.items[1].dosage == Dosage(sets=2, reps=10, side="both")
    assert again.items[1].note == "Pude mellem knæene"
    assert (again.title, again.advice) == ("Uke 24", ["pain_rule", "everyday"])
    assert saved.version > made.version


def test_saving_over_a_newer_save_is_a_conflict(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Two workstations editing one programme: the second save reports what changed."""
    made = programmes.create_programme(db, actor, _episode(db, actor))
    programmes.save_programme(db, actor, made, replace(made.as_input(), items=_items()))
    with pytest.raises(ConflictError) as caught:
        programmes.save_programme(db, actor, made, replace(made.as_input(), title="Mine"))
    assert [c.field for c in caught.value.changes] == ["items"]
    stored = programmes.get_programme(db, actor, made.id)
    assert stored.title == "" and len(stored.items) == 2


def test_only_item_changes_still_move_the_version(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Changing only the items bumps the version, so a stale copy cannot overwrite them."""
    made = programmes.create_programme(db, actor, _episode(db, actor))
    first = programmes.save_programme(db, actor, made, replace(made.as_input(), items=_items()))
    second = programmes.save_programme(db, actor, first,
                                       replace(first.as_input(), items=_items()[:1]))
    assert second.version > first.version > made.version


def test_invalid_input_is_reported_by_field(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Unknown exercises, bad dosages and unknown advice are rejected, nothing saved."""
    made = programmes.create_programme(db, actor, _episode(db, actor))
    data = ProgrammeInput(language="xx", advice=["nope"], items=[
        ProgrammeItemData("NO-SUCH"), ProgrammeItemData("GLOB-CLAM", Dosage(sets=99))])
    with pytest.raises(ValidationError) as caught:
        programmes.save_programme(db, actor, made, data)
    fields = caught.value.by_field()
    assert fields["language"].code == "choice"
    assert fields["advice"].code == "unknown_advice"
    assert fields["items.0"].code == "unknown_exercise"
    assert fields["items.1.dosage"].code == "sets_out_of_range"


def test_issue_locks_the_programme_and_next_visit_starts_from_it(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Issuing records the time; editing is refused; the next visit copies it as a draft."""
    episode_id = _episode(db, actor)
    made = programmes.create_programme(db, actor, episode_id)
    with pytest.raises(ValidationError):
        programmes.issue_programme(db, actor, made.id)
    saved = programmes.save_programme(db, actor, made, replace(made.as_input(), items=_items(),
                                                               advice=["belt"]))
    issued = programmes.issue_programme(db, actor, saved.id, expected_version=saved.version)
    assert issued.issued and issued.issued_at is not None
    assert programmes.issue_programme(db, actor, saved.id).issued_at == issued.issued_at
    with pytest.raises(UserError):
        programmes.save_programme(db, actor, issued, issued.as_input())
    following = programmes.start_next_programme(db, actor, episode_id)
    assert following.id != issued.id and following.status == "draft"
    assert following.based_on_id == issued.id
    assert following.items == issued.items and following.advice == ["belt"]
    assert programmes.start_next_programme(db, actor, episode_id).id == following.id
    history = programmes.list_programmes(db, actor, episode_id)
    assert [(h.id, h.status, h.item_count) for h in history] == [
        (following.id, "draft", 2), (issued.id, "issued", 2)]


def test_issue_with_a_stale_version_is_a_conflict(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Issuing what another workstation changed after this screen loaded it is refused."""
    made = programmes.create_programme(db, actor, _episode(db, actor))
    programmes.save_programme(db, actor, made, replace(made.as_input(), items=_items()))
    with pytest.raises(ConflictError):
        programmes.issue_programme(db, actor, made.id, expected_version=made.version)


def test_discard_draft_but_never_an_issued_programme(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A draft can be thrown away; an issued programme is part of the record."""
    episode_id = _episode(db, actor)
    draft = programmes.create_programme(db, actor, episode_id, ProgrammeInput(items=_items()))
    issued = programmes.issue_programme(db, actor, draft.id)
    with pytest.raises(UserError):
        programmes.discard_draft(db, actor, issued.id, issued.version)
    following = programmes.start_next_programme(db, actor, episode_id)
    with pytest.raises(ConflictError):  # saved elsewhere since this screen read it
        programmes.discard_draft(db, actor, following.id, following.version + 1)
    programmes.discard_draft(db, actor, following.id, following.version)
    with pytest.raises(NotFoundError):
        programmes.get_programme(db, actor, following.id)


def test_every_programme_action_is_audited(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Create, read, update and issue leave audit events carrying the client id."""
    episode_id = _episode(db, actor)
    made = programmes.create_programme(db, actor, episode_id, ProgrammeInput(items=_items()))
    programmes.get_programme(db, actor, made.id)
    programmes.save_programme(db, actor, made, made.as_input())
    programmes.issue_programme(db, actor, made.id)
    with db.sessions() as session:
        events = session.query(AuditEvent).filter_by(entity="programme",
                                                     entity_id=made.id).all()
    assert [e.action for e in events if e.action not in DATABASE_ACTIONS] == [
        "create", "read", "update", "issue"]
    assert all(e.client_id is not None for e in events)


def test_other_clinic_cannot_open_a_programme(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A programme is found only within the actor's clinic."""
    made = programmes.create_programme(db, actor, _episode(db, actor))
    stranger = replace(actor, clinic_id=actor.clinic_id + 1)
    with pytest.raises(NotFoundError):
        programmes.get_programme(db, stranger, made.id)


def test_templates_are_kept_apart_and_start_programmes(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Personal templates are seen only by their owner, clinic ones by all, shipped always."""
    colleague = sign_in_as(db, "kollega")
    programme_templates.save_template(db, actor, "Mine SI-øvelser", _items(), ["belt"],
                                      ["t2"], personal=True)
    programme_templates.save_template(db, actor, "Klinikkens symfyse", _items(), [],
                                      ["t2", "t3"], personal=False)
    mine = programme_templates.list_templates(db, actor, "da")
    theirs = programme_templates.list_templates(db, colleague, "da")
    assert [t.name for t in mine.personal] == ["Mine SI-øvelser"]
    assert [t.name for t in mine.clinic] == ["Klinikkens symfyse"]
    assert theirs.personal == [] and [t.name for t in theirs.clinic] == ["Klinikkens symfyse"]
    assert "Tidlig graviditet – let" in [t.name for t in mine.shipped]
    assert [t.name for t in programme_templates.list_templates(db, actor, "da", "pp_0_6")
            .shipped] == ["Efter fødsel – 6 uger"]
    with pytest.raises(NotFoundError):
        programme_templates.get_template(db, colleague, mine.personal[0].ref)

    episode_id = _episode(db, actor, "nb")
    started = programme_templates.start_from_template(db, actor, episode_id,
                                                      "shipped:early-pregnancy-light")
    assert started.title == "Tidlig svangerskap – lett" and started.language == "nb"
    assert [i.exercise_code for i in started.items[:2]] == ["EDU-PAIN", "STAB-TA-SIDE"]
    assert started.advice == ["everyday", "pain_rule", "stop_signs"]
    from_mine = programme_templates.start_from_template(db, actor, episode_id,
                                                        mine.personal[0].ref)
    assert from_mine.items == _items() and from_mine.advice == ["belt"]


def test_clinic_template_delete_rights(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A therapist cannot delete a colleague's clinic template; its author can."""
    colleague = sign_in_as(db, "kollega")
    made = programme_templates.save_template(db, colleague, "Efter kejsersnit", _items(), [],
                                             [], personal=False)
    assert actor.is_admin  # the first user of a clinic is its administrator
    with pytest.raises(UserError):
        programme_templates.delete_template(db, sign_in_as(db, "terapeut2"), made.id,
                                            made.version)
    programme_templates.delete_template(db, colleague, made.id, made.version)
    assert programme_templates.list_templates(db, actor).clinic == []


def test_template_needs_a_name_and_exercises(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Saving a nameless, empty template reports both fields."""
    with pytest.raises(ValidationError) as caught:
        programme_templates.save_template(db, actor, " ", [], [], [], personal=True)
    assert set(caught.value.by_field()) == {"name", "items"}
