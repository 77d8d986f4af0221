"""Screening before exercise: red flags and contraindications per phase (CLINICAL.md §6)."""

from __future__ import annotations

from pgp_desk.content.red_flag_text import (
    describe,
    flag_action,
    flag_label,
    referral_advice,
    urgency_label,
)
from pgp_desk.content.texts import section
from pgp_desk.domain.red_flags import (
    ALL_ITEMS,
    CONTRAINDICATIONS,
    ITEMS,
    RED_FLAGS,
    Kind,
    Urgency,
    cleared_for_exercise,
    items_for_phase,
    open_flags,
    unanswered,
)

PHASES = ("t1", "t2", "t3", "pp_0_6", "pp_later")


def _codes(items) -> list[str]:
    return [item.code for item in items]


def test_lists_cover_clinical_sections_six_and_eight():
    """19 red flags and 9 absolute contraindications (ACOG 804 adds two), codes unique."""
    assert len(RED_FLAGS) == 19
    assert len(CONTRAINDICATIONS) == 9
    assert len(ITEMS) == len(ALL_ITEMS) == 28
    assert all(i.kind is Kind.RED_FLAG for i in RED_FLAGS)
    assert all(i.kind is Kind.CONTRAINDICATION for i in CONTRAINDICATIONS)


def test_every_text_exists_in_three_languages():
    """Labels, actions, urgency words and advice are complete in da, nb and en: no item,
    action or urgency is shown as its bare code, and nothing is left over in the texts."""
    for lang in ("da", "nb", "en"):
        assert set(section(lang, "red_flag_items")) == set(ITEMS), lang
        assert set(section(lang, "red_flag_actions")) == {i.action for i in ALL_ITEMS}, lang
        assert set(section(lang, "red_flag_urgency")) == set(section(lang, "red_flag_advice")) \
            == {u.value for u in Urgency}, lang
        for item in ALL_ITEMS:
            assert flag_label(item, lang).strip() and flag_action(item, lang).strip()
    for item in ALL_ITEMS:
        assert item.phases <= set(PHASES), item.code


def test_preterm_fluid_or_contractions_only_in_pregnancy():
    """'Fluid leak or regular contractions before week 37' is not asked after birth."""
    item = ITEMS["fluid_or_contractions_preterm"]
    assert [item.applies(p) for p in PHASES] == [True, True, True, False, False]


def test_postpartum_walking_flag_only_after_birth():
    """Inability to walk with severe anterior pelvic pain is a postpartum flag."""
    item = ITEMS["pp_unable_to_walk_anterior_pain"]
    assert [item.applies(p) for p in PHASES] == [False, False, False, True, True]


def test_night_pain_with_limp_only_in_third_trimester():
    """Night pain with a limp is asked in trimester 3 only."""
    assert [ITEMS["night_pain_with_limp"].applies(p) for p in PHASES] == [
        False, False, True, False, False]


def test_fetal_movements_from_the_second_trimester():
    """Reduced fetal movements are asked in trimesters 2 and 3."""
    assert [ITEMS["reduced_fetal_movements"].applies(p) for p in PHASES] == [
        False, True, True, False, False]


def test_pre_eclampsia_signs_asked_until_six_weeks_after_birth():
    """Pre-eclampsia signs apply in pregnancy and the first 6 weeks after birth."""
    assert [ITEMS["pre_eclampsia_signs"].applies(p) for p in PHASES] == [
        True, True, True, True, False]


def test_general_flags_apply_everywhere():
    """Cancer history, trauma and cauda equina signs are asked in every phase."""
    for code in ("cancer_history", "trauma", "saddle_numbness_bladder_bowel"):
        assert all(ITEMS[code].applies(p) for p in PHASES)


def test_open_flags_returns_yes_answers_for_the_phase_in_list_order():
    """Only True answers that apply to the phase are open, in the list's order."""
    answers = {
        "trauma": True,
        "vaginal_bleeding": True,
        "cancer_history": False,
        "reduced_fetal_movements": True,
        "night_pain_with_limp": None,
    }
    assert _codes(open_flags(answers, "t2")) == [
        "vaginal_bleeding", "reduced_fetal_movements", "trauma"]
    assert _codes(open_flags(answers, "pp_later")) == ["trauma"]
    assert _codes(open_flags(answers)) == [
        "vaginal_bleeding", "reduced_fetal_movements", "trauma"]


def test_unknown_codes_and_non_true_values_are_ignored():
    """Old or unknown codes and 'no'/'not asked' answers open nothing."""
    assert open_flags({"retired_question": True, "trauma": False, "cancer_history": None},
                      "t1") == []


def test_phase_enum_values_work_like_codes():
    """A Phase enum from pregnancy.py is accepted wherever a phase code is."""
    from pgp_desk.domain.pregnancy import Phase

    assert ITEMS["night_pain_with_limp"].applies(Phase.T3)
    assert _codes(open_flags({"night_pain_with_limp": True}, Phase.T3)) == [
        "night_pain_with_limp"]


def test_items_for_phase_filters_by_kind():
    """The postpartum form asks no pregnancy-only contraindications."""
    pp = _codes(items_for_phase("pp_0_6", Kind.CONTRAINDICATION))
    assert pp == ["heart_or_restrictive_lung_disease"]
    assert "placenta_praevia" in _codes(items_for_phase("t3"))
    assert "placenta_praevia" not in _codes(items_for_phase("t1"))


def test_cleared_only_when_all_answered_no():
    """Exercise is cleared only when every question of the phase is answered and none is yes."""
    questions = items_for_phase("t1")
    all_no = {item.code: False for item in questions}
    assert cleared_for_exercise(all_no, "t1")
    assert unanswered(all_no, "t1") == []
    one_missing = dict(all_no)
    del one_missing["trauma"]
    assert not cleared_for_exercise(one_missing, "t1")
    assert _codes(unanswered(one_missing, "t1")) == ["trauma"]
    assert not cleared_for_exercise({**all_no, "trauma": True}, "t1")


def test_referral_advice_urgency():
    """Any same-day flag gives the same-day text; otherwise the refer text; none gives ''."""
    urgent = open_flags({"vaginal_bleeding": True, "trauma": True}, "t2")
    routine = open_flags({"cancer_history": True}, "t2")
    assert referral_advice(urgent, "da").startswith("Henvis samme dag")
    assert referral_advice(routine, "nb").startswith("Henvis til fastlege eller jordmor")
    assert "do not start exercise" in referral_advice(routine, "en")
    assert referral_advice([], "da") == ""


def test_every_flag_says_what_to_do_and_how_urgently():
    """A report line names the sign, the action and the urgency in the reader's language."""
    bleeding = ITEMS["vaginal_bleeding"]
    assert describe(bleeding, "da") == (
        "Blødning fra skeden – bed hende ringe til fødeafdelingen nu (samme dag)")
    assert describe(ITEMS["cancer_history"], "nb").endswith("(før trening)")
    assert urgency_label(ITEMS["cancer_history"], "en") == "before exercise"
    assert ITEMS["low_mood_self_harm"].urgency is Urgency.SAME_DAY
    assert "today" in flag_action(ITEMS["low_mood_self_harm"], "en")


def test_preterm_labour_signs_are_asked_until_36_plus_6_not_from_37_plus_0():
    """Pain that comes and goes is preterm labour before 37+0 (259 days), term from then."""
    pain = ITEMS["preterm_labour_pain"]
    assert pain.applies("t3", 36 * 7 + 6)
    assert not pain.applies("t3", 37 * 7)
    assert pain.applies("t3")  # gestation unknown: ask
    answers = {"preterm_labour_pain": True, "fluid_or_contractions_preterm": True,
               "premature_labour": True}
    assert _codes(open_flags(answers, "t3", 36 * 7 + 6)) == [
        "fluid_or_contractions_preterm", "preterm_labour_pain", "premature_labour"]
    assert open_flags(answers, "t3", 37 * 7) == []
    assert "preterm_labour_pain" not in _codes(items_for_phase("t3", stage_days=37 * 7 + 3))


def test_stage_days_after_birth_do_not_hide_anything():
    """Days since birth are not gestation: 300 days postpartum still asks postpartum flags."""
    assert ITEMS["pp_heavy_bleeding"].applies("pp_later", 300)
    assert ITEMS["fluid_or_contractions_preterm"].applies("t2", 150)


def test_postpartum_only_flags_are_not_asked_in_pregnancy():
    """Heavy bleeding and infection after birth belong to the postpartum phases only."""
    assert [ITEMS["pp_heavy_bleeding"].applies(p) for p in PHASES] == [
        False, False, False, True, True]
    assert [ITEMS["pp_infection"].applies(p) for p in PHASES] == [
        False, False, False, True, False]
    assert open_flags({"pp_infection": True, "pp_heavy_bleeding": True}, "t3") == []


def test_fever_alone_is_a_pregnancy_flag_and_low_mood_is_asked_always():
    """Fever on its own is asked in pregnancy; low mood or self-harm in every phase."""
    assert [ITEMS["fever_pregnancy"].applies(p) for p in PHASES] == [
        True, True, True, False, False]
    assert all(ITEMS["low_mood_self_harm"].applies(p) for p in PHASES)


def test_pre_eclampsia_asks_for_sudden_swelling_not_swelling_alone():
    """Swelling is common in pregnancy: the flag names sudden swelling and pain under the ribs."""
    label = flag_label(ITEMS["pre_eclampsia_signs"], "en")
    assert "Sudden swelling of the face or hands" in label
    assert "under the ribs" in label and "HELLP" in label


def test_acog_804_contraindications_are_asked_in_pregnancy():
    """Multiple pregnancy at risk of preterm labour and severe anaemia are pregnancy items."""
    for code in ("multiple_pregnancy_preterm_risk", "severe_anaemia"):
        assert ITEMS[code].kind is Kind.CONTRAINDICATION
        assert [ITEMS[code].applies(p) for p in PHASES] == [True, True, True, False, False]
