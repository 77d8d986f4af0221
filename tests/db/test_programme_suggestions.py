"""Suggestions read the latest assessment: classification, tests, what hurts, red flags."""

from __future__ import annotations

from datetime import date, timedelta

from pgp_desk.domain.pelvic_tests import PelvicTestFindings
from pgp_desk.services.assessments import assessments
from pgp_desk.services.assessments.assessment_model import AssessmentInput
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.programmes import exercise_library
from pgp_desk.services.programmes.programme_suggestions import clinical_picture, suggestions


def _episode(db, actor, weeks: int) -> int:  # type: ignore[no-untyped-def]
    client = clients.create_client(db, actor, clients.ClientInput(
        first_name="Sofie", last_name="Nielsen"))
    return episodes.create_episode(db, actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=280 - weeks * 7))).id


def test_without_an_assessment_only_the_phase_is_known(db, actor) -> None:  # type: ignore[no-untyped-def]
    """No assessment yet: the picture has today's phase and week, nothing else."""
    source = clinical_picture(db, actor, _episode(db, actor, 30))
    picture = source.picture
    assert (picture.phase, picture.gestation_weeks, picture.from_assessment) == ("t3", 30,
                                                                                 False)
    assert source.assessment_id is None


def test_latest_assessment_drives_the_suggestions(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Symphysis findings and stairs from the assessment reach the picture and the ranking."""
    episode_id = _episode(db, actor, 24)
    tests = PelvicTestFindings()
    tests.set("SYMPH", "midline", "positive")
    tests.set("ASLR", "left", 2)
    made = assessments.create_assessment(db, actor, episode_id, data=AssessmentInput(
        assessed_on=date.today(), history={"aggravating": ["stairs", "turning_in_bed"]},
        tests=tests, classification_chosen="symphysiolysis"))
    source = clinical_picture(db, actor, episode_id)
    picture = source.picture
    assert source.assessment_id == made.id and picture.from_assessment
    assert picture.subgroup == "symphysiolysis"
    assert picture.positive_tests == frozenset({"SYMPH", "ASLR"})
    assert picture.aggravating == ("stairs", "turning_in_bed")
    result = suggestions(picture, exercise_library.clinic_library(db, actor), [])
    assert result.suggestions[0].code == "EDU-PAIN"  # understanding first
    assert result.suggestions[1].code.startswith("STAB-")
    assert "ADL-STAIRS" in [s.code for s in result.suggestions]
    assert not picture.aslr_easier_with_compression  # not repeated with compression


def test_aslr_easier_with_compression_reaches_the_picture(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An ASLR of 4 that drops to 1 with pelvic compression makes the belt trial note."""
    episode_id = _episode(db, actor, 26)
    tests = PelvicTestFindings()
    for side, plain, compressed in (("left", 3, 1), ("right", 1, 0)):
        tests.set("ASLR", side, plain)
        tests.set_aslr_compression(side, compressed)
    assessments.create_assessment(db, actor, episode_id, data=AssessmentInput(
        assessed_on=date.today(), tests=tests))
    assert clinical_picture(db, actor, episode_id).picture.aslr_easier_with_compression


def test_open_red_flag_blocks_suggestions(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A red flag answered yes means refer: no suggestions, a blocking warning."""
    episode_id = _episode(db, actor, 24)
    assessments.create_assessment(db, actor, episode_id, data=AssessmentInput(
        assessed_on=date.today(), screening={"vaginal_bleeding": True,
                                             "placenta_praevia": True, "trauma": False}))
    picture = clinical_picture(db, actor, episode_id).picture
    assert picture.red_flags == ("vaginal_bleeding",)
    assert picture.contraindications == ("placenta_praevia",)
    result = suggestions(picture, exercise_library.clinic_library(db, actor), [])
    assert result.blocked and result.suggestions == ()


def test_retired_exercises_are_not_suggested(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An exercise the clinic retired never appears among the suggestions."""
    episode_id = _episode(db, actor, 20)
    picture = clinical_picture(db, actor, episode_id).picture
    first = suggestions(picture, exercise_library.clinic_library(db, actor), []).suggestions[0]
    exercise_library.set_retired(db, actor, first.code, True)
    again = suggestions(picture, exercise_library.clinic_library(db, actor), [])
    assert first.code not in [s.code for s in again.suggestions]


def test_recent_caesarean_reaches_the_picture(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A planned caesarean 3 weeks ago: the picture asks for care; 7 weeks ago: no more."""
    client = clients.create_client(db, actor, clients.ClientInput(
        first_name="Laila", last_name="Berg"))
    recent = episodes.create_episode(db, actor, client.id, episodes.EpisodeInput(
        birth_date=date.today() - timedelta(days=21), birth_mode="planned_caesarean"))
    assert clinical_picture(db, actor, recent.id).picture.caesarean_care
    assert not clinical_picture(db, actor, recent.id,
                                today=date.today() + timedelta(days=28)).picture.caesarean_care
