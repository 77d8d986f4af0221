"""Suggestion and warning rules on worked cases (CLINICAL.md §6-7, Stuge 2004/2006)."""

from __future__ import annotations

from pgp_desk.content.exercises import builtin_library
from pgp_desk.content.suggestion_text import reason_labels, warning_label
from pgp_desk.domain.pelvic_tests import PelvicTestFindings
from pgp_desk.domain.suggestions import (
    ClinicalPicture,
    aslr_easier_with_compression,
    exercise_warnings,
    picture_from_screening,
    programme_warnings,
    suggest,
    suggested_advice,
)

LIBRARY = builtin_library()
ALL = list(LIBRARY.values())


def _codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.code for s in result.suggestions]


def _warning_codes(picture: ClinicalPicture, code: str) -> list[str]:
    return [w.code for w in exercise_warnings(picture, LIBRARY[code])]


def test_symphysis_case_week_24() -> None:
    """Week 24, symphysiolysis, stairs and turning in bed hurt: local stabilisation leads,
    the activities are trained, and nothing that straddles or loads one leg is suggested."""
    picture = ClinicalPicture(phase="t2", gestation_weeks=24, subgroup="symphysiolysis",
                              positive_tests=frozenset({"SYMPH", "TREND"}),
                              aggravating=("stairs", "turning_in_bed"))
    result = suggest(picture, ALL)
    codes = _codes(result)
    assert codes[:2] == ["EDU-PAIN", "STAB-TA-SIDE"]  # understanding first
    assert LIBRARY[codes[1]].category == "local_stabilisation"
    assert "ADL-STAIRS" in codes and "ADL-BED-TURN" in codes
    assert not {"GLOB-SIDE-LEGLIFT", "POOL-LEG-SWING"} & set(codes)  # wide straddle
    assert not any(LIBRARY[c].category == "postpartum" for c in codes)
    first = result.suggestions[1]
    assert "Træner det, der gør ondt: at vende sig i sengen" in reason_labels(first, "da")
    assert "Trains what hurts: turning in bed" in reason_labels(first, "en")
    assert "Trener det som gjør vondt: å snu seg i sengen" in reason_labels(first, "nb")


def test_local_before_global() -> None:
    """With no findings at all, local stabilisation ranks above every global exercise."""
    result = suggest(ClinicalPicture(phase="t2", gestation_weeks=20), ALL, limit=40)
    categories = [LIBRARY[c].category for c in _codes(result)]
    first_global = categories.index("global_strength")
    assert "local_stabilisation" in categories[:first_global]
    ranks = {c: i for i, c in enumerate(_codes(result))}
    assert ranks["STAB-TA-SIDE"] < ranks["GLOB-CLAM"] < ranks.get("GLOB-BIRDDOG", 99)


def test_third_trimester_sij_case_with_positive_aslr() -> None:
    """Week 33, both SIJs, positive P4 and ASLR, walking hurts: no supine exercises,
    water and rest are offered, and local stabilisation carries the ASLR reason."""
    picture = ClinicalPicture(phase="t3", gestation_weeks=33, subgroup="double_sided_sij",
                              positive_tests=frozenset({"P4", "ASLR"}), aggravating=("walking",))
    result = suggest(picture, ALL)
    codes = _codes(result)
    assert not any("supine_late_pregnancy" in LIBRARY[c].cautions for c in codes)
    assert "STAB-TA-SUPINE" not in codes
    assert any(LIBRARY[c].category == "pool" for c in codes)
    multifidus = next(s for s in result.suggestions if s.code == "STAB-MULTIFIDUS")
    assert "Positive ASLR: local stabilisation (Mens 2001)" in reason_labels(multifidus, "en")


def test_red_flag_means_refer_and_no_suggestions() -> None:
    """An open red flag or contraindication stops all suggestions and blocks the programme."""
    picture = ClinicalPicture(phase="t2", red_flags=("vaginal_bleeding",),
                              contraindications=("placenta_praevia",))
    result = suggest(picture, ALL)
    assert result.suggestions == () and result.blocked
    labels = [warning_label(w, "da") for w in result.warnings]
    assert labels[0] == "Åbent rødt flag (Blødning fra skeden): henvis før træning"
    assert labels[1].startswith("Kontraindikation for træning (Forliggende moderkage")
    warnings = programme_warnings(picture, [LIBRARY["STAB-TA-SIDE"]])
    assert [w.severity for w in warnings] == ["block", "block"]


def test_postpartum_items_in_pregnancy_are_flagged() -> None:
    """A postpartum-only exercise in a pregnant client's programme is flagged as such."""
    picture = ClinicalPicture(phase="t1", gestation_weeks=10)
    assert _warning_codes(picture, "PP-DEADBUG") == ["postpartum_only"]
    assert [warning_label(w, "nb") for w in exercise_warnings(picture, LIBRARY["PP-DEADBUG"])] == [
        "Bare for etter fødselen"]


def test_prone_from_week_twenty() -> None:
    """Prone lying is fine at week 16, flagged from week 20; without a week, from t2."""
    prone = ("prone_lying",)

    class Prone:
        code, kind, category, phases, level = "X", "exercise", "global_strength", (
            "t1", "t2", "t3"), 1
        progression = regression = None
        targets, helps_with, cautions = ("general",), (), prone

    assert exercise_warnings(ClinicalPicture(phase="t2", gestation_weeks=16), Prone()) == []
    assert [w.code for w in exercise_warnings(
        ClinicalPicture(phase="t2", gestation_weeks=20), Prone())] == ["prone_lying"]
    assert [w.code for w in exercise_warnings(ClinicalPicture(phase="t2"), Prone())] == [
        "prone_lying"]
    assert exercise_warnings(ClinicalPicture(phase="t1"), Prone()) == []


def test_supine_warning_only_in_the_third_trimester() -> None:
    """The bridge is fine in week 26 and flagged in week 30."""
    assert _warning_codes(ClinicalPicture(phase="t2", gestation_weeks=26), "GLOB-BRIDGE") == []
    assert _warning_codes(ClinicalPicture(phase="t3", gestation_weeks=30), "GLOB-BRIDGE") == [
        "supine_late_pregnancy"]


def test_wide_straddle_only_with_symphysis_pain() -> None:
    """Side-lying leg lifts are flagged for symphysis pain, not for SIJ pain."""
    sij = ClinicalPicture(phase="t2", subgroup="one_sided_sij",
                          positive_tests=frozenset({"P4"}))
    symphysis = ClinicalPicture(phase="t2", positive_tests=frozenset({"SYMPH"}))
    assert _warning_codes(sij, "GLOB-SIDE-LEGLIFT") == []
    assert _warning_codes(symphysis, "GLOB-SIDE-LEGLIFT") == ["wide_straddle"]


def test_not_for_phase_names_the_phase() -> None:
    """An exercise outside its phases says which phase it does not suit."""
    picture = ClinicalPicture(phase="pp_0_6")
    warnings = exercise_warnings(picture, LIBRARY["GLOB-BIRDDOG"])
    assert [warning_label(w, "da") for w in warnings] == [
        "Passer ikke til fasen (0-6 uger efter fødsel)"]


def test_one_change_at_a_time() -> None:
    """Exercises in the programme and their easier versions are not suggested again; a
    progression is offered with its reason but ranked below a new local exercise."""
    picture = ClinicalPicture(phase="t2", gestation_weeks=22)
    result = suggest(picture, ALL, current=["GLOB-BRIDGE", "STAB-TA-SIDE"], limit=60,
                     per_category=None)
    codes = _codes(result)
    assert "GLOB-BRIDGE" not in codes and "STAB-TA-SUPINE" not in codes  # regression
    single = next(s for s in result.suggestions if s.code == "GLOB-BRIDGE-SINGLE")
    names = {"GLOB-BRIDGE": LIBRARY["GLOB-BRIDGE"].name("en")}
    assert reason_labels(single, "en", names)[-1] == (
        f"Next step after {names['GLOB-BRIDGE']}: change one thing at a time")
    assert codes.index("STAB-PF-SIT") < codes.index("GLOB-BRIDGE-SINGLE")


def test_after_birth_suggests_postpartum_progressions() -> None:
    """More than six weeks after birth the postpartum exercises are suggested with reason."""
    result = suggest(ClinicalPicture(phase="pp_later"), ALL, limit=20)
    postpartum = [s for s in result.suggestions if LIBRARY[s.code].category == "postpartum"]
    assert postpartum and all("Rebuilding after the birth" in reason_labels(s, "en")
                              for s in postpartum)


def test_list_covers_the_course() -> None:
    """At most three per category (two education cards), so the list is varied."""
    result = suggest(ClinicalPicture(phase="t2"), ALL, limit=12)
    categories = [LIBRARY[c].category for c in _codes(result)]
    assert len(result.suggestions) == 12
    assert max(categories.count(c) for c in set(categories)) <= 3
    assert categories.count("understanding") <= 2


def test_duplicates_are_noted() -> None:
    """The same exercise twice in one programme is noted once."""
    warnings = programme_warnings(ClinicalPicture(phase="t1"),
                                  [LIBRARY["GLOB-CLAM"], LIBRARY["GLOB-CLAM"]])
    assert [(w.code, w.exercise) for w in warnings] == [("duplicate", "GLOB-CLAM")]


def test_screening_answers_split_into_flags_and_contraindications() -> None:
    """Yes answers become red flags or contraindications; items of other phases are ignored."""
    answers = {"vaginal_bleeding": True, "placenta_praevia": True, "trauma": False,
               "pp_unable_to_walk_anterior_pain": True}
    assert picture_from_screening(answers, "t3") == (("vaginal_bleeding",),
                                                     ("placenta_praevia",))


def _aslr(left: int, right: int, with_left: int | None, with_right: int | None
          ) -> PelvicTestFindings:
    findings = PelvicTestFindings()
    findings.set("ASLR", "left", left)
    findings.set("ASLR", "right", right)
    if with_left is not None and with_right is not None:
        findings.set_aslr_compression("left", with_left)
        findings.set_aslr_compression("right", with_right)
    return findings


def test_aslr_easier_with_compression_suggests_a_belt_trial() -> None:
    """ASLR 3+2 = 5, with compression 1+1 = 2: try a belt and re-test (Mens 1999; Damen
    2002); the same sum, a harder one or no repeat suggests nothing."""
    assert aslr_easier_with_compression(_aslr(3, 2, 1, 1))
    assert not aslr_easier_with_compression(_aslr(3, 2, 3, 2))  # no change
    assert not aslr_easier_with_compression(_aslr(1, 1, 2, 1))  # harder
    assert not aslr_easier_with_compression(_aslr(3, 2, None, None))  # not repeated
    picture = ClinicalPicture(phase="t2", positive_tests=frozenset({"ASLR"}),
                              aslr_easier_with_compression=True)
    assert suggested_advice(picture) == ("belt",)
    note = [w for w in programme_warnings(picture, []) if w.code == "belt_trial"]
    assert [w.severity for w in note] == ["info"]
    assert "prøv et bækkenbælte" in warning_label(note[0], "da")
    assert "test its effect" in warning_label(note[0], "en")
    assert suggested_advice(ClinicalPicture(phase="t2")) == ()


def test_pain_education_leads_every_programme_that_lacks_it() -> None:
    """Understanding comes first: EDU-PAIN tops the suggestions in every phase, ahead of the
    other education cards it used to lose to alphabetically, until it is in the programme."""
    for picture in (ClinicalPicture(phase="t1", gestation_weeks=10),
                    ClinicalPicture(phase="t3", gestation_weeks=34,
                                    aggravating=("walking",)),
                    ClinicalPicture(phase="pp_0_6")):
        result = suggest(picture, ALL)
        assert _codes(result)[0] == "EDU-PAIN", picture
        assert reason_labels(result.suggestions[0], "da")[0] == (
            "Forståelse af smerten kommer først")
    later = suggest(ClinicalPicture(phase="t2", gestation_weeks=24), ALL,
                    current=["EDU-PAIN"])
    assert "EDU-PAIN" not in _codes(later)


def test_pool_bonus_starts_in_the_second_half_of_pregnancy() -> None:
    """Week 19 gets no water bonus, week 20 does (Kihlstrand 1999); unknown week: t3 only."""
    pool = LIBRARY["POOL-WALK"]

    def reasons(picture: ClinicalPicture) -> list[str]:
        scored = suggest(picture, [pool], per_category=None).suggestions
        return [r.code for r in scored[0].reasons]

    assert "water_second_half" not in reasons(ClinicalPicture(phase="t2", gestation_weeks=19))
    assert "water_second_half" in reasons(ClinicalPicture(phase="t2", gestation_weeks=20))
    assert "water_second_half" not in reasons(ClinicalPicture(phase="t2"))
    assert "water_second_half" in reasons(ClinicalPicture(phase="t3"))


def test_caesarean_in_the_first_six_weeks_warns_about_the_abdomen() -> None:
    """After a caesarean the programme notes wound care; planks and dead bugs are flagged
    and not suggested (domain.birth, RCOG 2016)."""
    picture = ClinicalPicture(phase="pp_0_6", caesarean_care=True)
    warnings = programme_warnings(picture, [LIBRARY["PP-DEADBUG"], LIBRARY["STAB-TA-SIDE"]])
    codes = [(w.code, w.exercise) for w in warnings]
    assert ("caesarean_care", None) in codes
    assert ("caesarean_abdominal_load", "PP-DEADBUG") in codes
    assert not any(e == "STAB-TA-SIDE" for _c, e in codes)
    assert "kejsersnit" in warning_label(warnings[0], "da").lower()
    suggested = _codes(suggest(picture, ALL, per_category=None, limit=100))
    assert not {"PP-DEADBUG", "PP-PLANK-KNEE", "GLOB-SIDE-PLANK-KNEE"} & set(suggested)
    later = ClinicalPicture(phase="pp_later")
    assert not any(w.code.startswith("caesarean")
                   for w in programme_warnings(later, [LIBRARY["PP-DEADBUG"]]))


def test_running_waits_for_twelve_weeks_after_the_birth() -> None:
    """Day 83 after birth flags the return-to-running card and it is not suggested; day 84
    (12+0) does neither (Goom, Donnelly & Brockwell 2019)."""
    run = LIBRARY["PP-RUN-READY"]
    early = ClinicalPicture(phase="pp_later", postpartum_days=83)
    assert "impact_before_12_weeks" in _warning_codes(early, "PP-RUN-READY")
    assert "PP-RUN-READY" not in _codes(suggest(early, [run], per_category=None))
    ready = ClinicalPicture(phase="pp_later", postpartum_days=84)
    assert "impact_before_12_weeks" not in _warning_codes(ready, "PP-RUN-READY")
    assert _codes(suggest(ready, [run], per_category=None)) == ["PP-RUN-READY"]
