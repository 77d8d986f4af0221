"""Suggested PGP subgroups after Albert et al. 2000/2001, with their reasons."""

from __future__ import annotations

from pgp_desk.content.classification_text import (
    reasons,
    subgroup_label,
    suggestion_label,
    suggestion_note,
)
from pgp_desk.content.texts import section
from pgp_desk.domain.classification import (
    JOINT_TESTS,
    Joint,
    Subgroup,
    reported_joints,
    suggest_subgroup,
)
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.pelvic_tests import Context, PelvicTestFindings, Side


def _findings(context: Context = Context.PREGNANCY, **values) -> PelvicTestFindings:
    findings = PelvicTestFindings(context=context)
    for key, value in values.items():
        code, side = key.rsplit("_", 1)
        findings.set(code, side, value)
    return findings


def test_joint_test_mapping_is_the_published_data():
    """Each SIJ maps to P4, FABER, Gaenslen and LDL of its side; the symphysis to SYMPH,
    TREND and FABER (which may provoke symphysis pain, Vleeming 2008)."""
    assert JOINT_TESTS[Joint.SIJ_LEFT] == (
        ("P4", "left"), ("FABER", "left"), ("GAENSLEN", "left"), ("LDL", "left"))
    assert {code for code, _ in JOINT_TESTS[Joint.SIJ_RIGHT]} == {
        "P4", "FABER", "GAENSLEN", "LDL"}
    assert all(side == "right" for _, side in JOINT_TESTS[Joint.SIJ_RIGHT])
    assert JOINT_TESTS[Joint.SYMPHYSIS] == (
        ("SYMPH", "midline"), ("TREND", "left"), ("TREND", "right"),
        ("FABER", "left"), ("FABER", "right"))


def test_all_labels_exist_in_three_languages():
    """Subgroup, joint and conclusion texts are complete in da, nb and en, one per code."""
    conclusions = {"all_three", "symphysis_only", "one_sij", "both_sij", "sij_and_symphysis",
                   "tests_do_not_match_pain", "no_pain_reported", "pain_not_confirmed",
                   "untested_joint"}
    for lang in LANGUAGES:
        assert set(section(lang, "classification_subgroups")) == {s.value for s in Subgroup}
        assert set(section(lang, "classification_joints")) == {j.value for j in Joint}
        assert set(section(lang, "classification_conclusions")) == conclusions
        assert suggestion_note(lang).strip()


def test_pain_map_regions_become_joints():
    """SIJ and buttock regions mean that side's SIJ; the symphysis region the symphysis."""
    assert reported_joints({"sij_l", "buttock_r", "symphysis", "lumbar_l"}) == {
        Joint.SIJ_LEFT, Joint.SIJ_RIGHT, Joint.SYMPHYSIS}
    assert reported_joints(["buttock_l"]) == {Joint.SIJ_LEFT}
    assert reported_joints({"sacrum", "coccyx", "groin_l"}) == frozenset()


def test_explicit_joint_codes_are_accepted():
    """An explicit set of joint codes works as well as region ids."""
    assert reported_joints({"sij_right", "symphysis"}) == {Joint.SIJ_RIGHT, Joint.SYMPHYSIS}


def test_region_marks_with_zero_intensity_do_not_count():
    """A region marked with NRS 0 is no pain; None or a positive NRS is pain."""
    marks = {"sij_l": 0, "sij_r": 4, "symphysis": None, "buttock_l": {"intensity": 0}}
    assert reported_joints(marks) == {Joint.SIJ_RIGHT, Joint.SYMPHYSIS}
    assert reported_joints({"buttock_l": {"intensity": 6, "quality": "aching"}}) == {
        Joint.SIJ_LEFT}


def test_pelvic_girdle_syndrome_when_all_three_joints_confirmed():
    """Pain and a positive test at both SIJs and the symphysis: pelvic girdle syndrome."""
    findings = _findings(P4_left="positive", LDL_right="positive", SYMPH_midline="positive")
    result = suggest_subgroup(findings, {"sij_l", "sij_r", "symphysis"})
    assert result.subgroup is Subgroup.PELVIC_GIRDLE_SYNDROME
    assert result.side is None
    assert result.confirmed_joints == {Joint.SIJ_LEFT, Joint.SIJ_RIGHT, Joint.SYMPHYSIS}


def test_symphysiolysis_when_only_the_symphysis_is_confirmed():
    """Symphysis pain with SYMPH positive and negative SIJ tests: symphysiolysis."""
    findings = _findings(SYMPH_midline="positive", P4_left="negative", P4_right="negative")
    result = suggest_subgroup(findings, {"symphysis"})
    assert result.subgroup is Subgroup.SYMPHYSIOLYSIS
    assert reasons(result, "da")[2] == "Symfyse: smerte angivet, SYMPH positiv"
    assert reasons(result, "nb")[2] == "Symfyse: smerte oppgitt, SYMPH positiv"
    assert reasons(result, "en")[2] == "Symphysis: pain reported, SYMPH positive"


def test_trendelenburg_alone_confirms_the_symphysis_and_names_the_side():
    """A positive modified Trendelenburg counts for the symphysis; the reason gives its side."""
    findings = _findings(TREND_right="positive", SYMPH_midline="negative")
    result = suggest_subgroup(findings, {"symphysis"})
    assert result.subgroup is Subgroup.SYMPHYSIOLYSIS
    assert reasons(result, "da")[2] == "Symfyse: smerte angivet, TREND (højre) positiv"
    both = _findings(TREND_left="positive", TREND_right="positive", SYMPH_midline="positive")
    assert reasons(suggest_subgroup(both, {"symphysis"}), "en")[2] == (
        "Symphysis: pain reported, SYMPH and TREND (both sides) positive")


def test_faber_with_symphysis_pain_confirms_the_symphysis():
    """FABER positive with pain reported only at the symphysis suggests symphysiolysis."""
    result = suggest_subgroup(_findings(FABER_right="positive", SYMPH_midline="negative"),
                              {"symphysis"})
    assert result.subgroup is Subgroup.SYMPHYSIOLYSIS
    assert reasons(result, "da")[2] == "Symfyse: smerte angivet, FABER (højre) positiv"
    both = suggest_subgroup(_findings(FABER_left="positive", FABER_right="positive"),
                            {"symphysis"})
    assert reasons(both, "en")[2] == "Symphysis: pain reported, FABER (both sides) positive"


def test_faber_alone_counts_as_testing_the_symphysis():
    """With symphysis pain and only FABER done (negative), the joint is tested: not confirmed."""
    result = suggest_subgroup(_findings(FABER_left="negative", FABER_right="negative"),
                              {"symphysis"})
    assert result.subgroup is Subgroup.NONE


def test_one_sided_sij_carries_its_side():
    """Right SIJ pain with P4 and FABER right positive: one-sided SI syndrome, right."""
    findings = _findings(P4_right="positive", FABER_right="positive", P4_left="negative")
    result = suggest_subgroup(findings, {"buttock_r"})
    assert result.subgroup is Subgroup.ONE_SIDED_SIJ
    assert result.side is Side.RIGHT
    assert suggestion_label(result, "da") == "Ensidigt SI-syndrom (højre)"
    assert suggestion_label(result, "nb") == "Ensidig SI-leddsyndrom (høyre)"
    assert reasons(result, "da")[1] == "Højre SI-led: smerte angivet, P4 og FABER positive"
    assert reasons(result, "en")[-1] == "Only one SIJ is confirmed."


def test_double_sided_sij_without_the_symphysis():
    """Both SIJs confirmed, symphysis not painful: double-sided SI syndrome."""
    findings = _findings(P4_left="positive", GAENSLEN_right="positive")
    result = suggest_subgroup(findings, {"sij_l", "sij_r"})
    assert result.subgroup is Subgroup.DOUBLE_SIDED_SIJ
    assert reasons(result, "en")[2] == "Symphysis: no pain reported"


def test_one_sij_plus_symphysis_is_miscellaneous():
    """Left SIJ and symphysis confirmed fits no Albert subgroup: miscellaneous."""
    findings = _findings(P4_left="positive", SYMPH_midline="positive")
    result = suggest_subgroup(findings, {"sij_l", "symphysis"})
    assert result.subgroup is Subgroup.MISCELLANEOUS
    assert result.conclusion == "sij_and_symphysis"


def test_tests_positive_only_where_no_pain_is_reported_is_miscellaneous():
    """Pain at the left SIJ, its tests negative, P4 right positive: inconsistent findings."""
    findings = _findings(P4_left="negative", FABER_left="negative", P4_right="positive")
    result = suggest_subgroup(findings, {"sij_l"})
    assert result.subgroup is Subgroup.MISCELLANEOUS
    assert result.conclusion == "tests_do_not_match_pain"
    assert reasons(result, "da")[:2] == [
        "Venstre SI-led: smerte angivet, men ingen test positiv",
        "Højre SI-led: ingen smerte angivet, men P4 positiv",
    ]


def test_no_pain_reported_gives_none_even_with_positive_tests():
    """Without reported pelvic joint pain there is no subgroup, whatever the tests say."""
    findings = _findings(P4_left="positive", SYMPH_midline="positive")
    result = suggest_subgroup(findings, set())
    assert result.subgroup is Subgroup.NONE
    assert result.conclusion == "no_pain_reported"
    assert suggest_subgroup(PelvicTestFindings(), {"lumbar_l": 7}).subgroup is Subgroup.NONE


def test_pain_with_all_tests_negative_is_not_confirmed():
    """Pain reported, mapped tests done and all negative: no confirmed pelvic joint pain."""
    findings = _findings(SYMPH_midline="negative", TREND_left="negative")
    result = suggest_subgroup(findings, {"symphysis"})
    assert result.subgroup is Subgroup.NONE
    assert result.conclusion == "pain_not_confirmed"


def test_painful_joint_without_any_test_is_not_classifiable():
    """Pain at the symphysis with none of its tests done cannot be classified yet."""
    findings = _findings(P4_left="positive")
    result = suggest_subgroup(findings, {"sij_l", "symphysis"})
    assert result.subgroup is Subgroup.NOT_CLASSIFIABLE
    assert reasons(result, "en")[2] == "Symphysis: pain reported, not tested"


def test_tenderness_does_not_confirm_a_joint():
    """LDL tenderness (<5 s) alone does not confirm the SIJ."""
    findings = _findings(LDL_left="tenderness", P4_left="negative")
    assert suggest_subgroup(findings, {"sij_l"}).subgroup is Subgroup.NONE


def test_postpartum_ldl_grade_confirms_a_joint():
    """After birth an LDL grade of 1 or more is positive and confirms that SIJ."""
    findings = _findings(Context.POSTPARTUM, LDL_left=2, LDL_right=0)
    result = suggest_subgroup(findings, {"sij_l": 5})
    assert result.subgroup is Subgroup.ONE_SIDED_SIJ
    assert result.side is Side.LEFT


def test_aslr_never_confirms_a_joint():
    """The ASLR is functional and mapped to no joint."""
    findings = _findings(ASLR_left=4, ASLR_right=4, P4_left="negative")
    assert suggest_subgroup(findings, {"sij_l"}).subgroup is Subgroup.NONE


def test_to_dict_records_what_was_seen():
    """The stored suggestion names subgroup, side, conclusion and per-joint findings."""
    findings = _findings(P4_left="positive")
    data = suggest_subgroup(findings, {"sij_l"}).to_dict()
    assert data["subgroup"] == "one_sided_sij"
    assert data["side"] == "left"
    assert data["joints"][0] == {
        "joint": "sij_left", "pain_reported": True, "confirmed": True,
        "positive": ["P4:left"], "tested": ["P4:left"],
    }


def test_subgroup_label_for_a_clinician_override():
    """Any subgroup can be labelled for the override list; the side only for one-sided SIJ."""
    assert subgroup_label("double_sided_sij", "en") == "Double-sided sacroiliac syndrome"
    assert subgroup_label(Subgroup.ONE_SIDED_SIJ, "en", "left") == (
        "One-sided sacroiliac syndrome (left)")
    assert subgroup_label(Subgroup.SYMPHYSIOLYSIS, "da", "left") == (
        "Symfysiolyse (kun symfysen)")
