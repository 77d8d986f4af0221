"""The PGP test catalogue and the findings of one examination (Vleeming et al. 2008)."""

from __future__ import annotations

import json

import pytest

from pgp_desk.content.pelvic_test_text import positive_label, value_label
from pgp_desk.content.texts import section
from pgp_desk.domain.pelvic_tests import (
    CATALOGUE,
    PROVOCATION_CODES,
    TESTS,
    Context,
    FindingsError,
    PelvicTestFindings,
    Result,
    Scale,
    Side,
    allowed_values,
    context_for_phase,
)


def _findings(context: Context = Context.PREGNANCY, **values) -> PelvicTestFindings:
    """Findings from keyword pairs like P4_left="positive", SYMPH_midline="positive"."""
    findings = PelvicTestFindings(context=context)
    for key, value in values.items():
        code, side = key.rsplit("_", 1)
        findings.set(code, side, value)
    return findings


def test_catalogue_has_the_seven_guideline_tests_in_order():
    """The catalogue lists exactly P4, FABER, GAENSLEN, TREND, LDL, SYMPH, ASLR."""
    assert [t.code for t in CATALOGUE] == [
        "P4", "FABER", "GAENSLEN", "TREND", "LDL", "SYMPH", "ASLR"]


def test_every_test_has_names_and_instructions_in_all_languages():
    """Each test's name and how-to text exist in Danish, Norwegian and English."""
    codes = {t.code for t in CATALOGUE}
    for lang in ("da", "nb", "en"):
        assert set(section(lang, "pelvic_test_names")) == codes, lang
        assert set(section(lang, "pelvic_test_how")) == codes, lang
        assert set(section(lang, "pelvic_test_results")) == {r.value for r in Result}, lang
        assert set(section(lang, "pelvic_test_sides")) == {s.value for s in Side}, lang
        assert set(section(lang, "pelvic_ldl_grades")) == {"0", "1", "2", "3"}, lang
        assert set(section(lang, "pelvic_aslr_ratings")) == {str(n) for n in range(6)}, lang


def test_symphysis_is_midline_and_the_rest_are_per_side():
    """Only symphysis palpation is a single midline finding."""
    assert TESTS["SYMPH"].sides == (Side.MIDLINE,)
    assert all(TESTS[c].per_side for c in ("P4", "FABER", "GAENSLEN", "TREND", "LDL", "ASLR"))


def test_provocation_count_uses_six_tests_and_leaves_out_aslr():
    """The prognostic count covers P4, FABER, Gaenslen, Trendelenburg, LDL and symphysis."""
    assert PROVOCATION_CODES == ("P4", "FABER", "GAENSLEN", "TREND", "LDL", "SYMPH")
    assert TESTS["ASLR"].provocation is False


def test_ldl_scale_depends_on_pregnancy_or_postpartum():
    """LDL is positive/tenderness/negative in pregnancy and graded 0-3 after birth."""
    assert allowed_values("LDL", Context.PREGNANCY) == ("positive", "tenderness", "negative")
    assert allowed_values("LDL", Context.POSTPARTUM) == (0, 1, 2, 3)
    assert TESTS["LDL"].scale_for("postpartum") is Scale.GRADE_0_3
    assert allowed_values("P4") == ("positive", "negative")
    assert allowed_values("ASLR") == (0, 1, 2, 3, 4, 5)


def test_phase_maps_to_context():
    """Trimester phases are pregnancy; both postpartum phases are postpartum."""
    assert [context_for_phase(p) for p in ("t1", "t2", "t3", "pp_0_6", "pp_later")] == [
        Context.PREGNANCY] * 3 + [Context.POSTPARTUM] * 2


def test_unrecorded_side_reads_as_not_tested():
    """A side that was never recorded is 'not_tested' and not positive."""
    findings = PelvicTestFindings()
    assert findings.get("P4", "left") == Result.NOT_TESTED
    assert not findings.tested("P4", "left")
    assert not findings.is_positive("P4", "left")


def test_setting_not_tested_or_none_removes_a_value():
    """Recording 'not_tested' (or None) clears what was there."""
    findings = _findings(P4_left="positive", P4_right="negative")
    findings.set("P4", "left", "not_tested")
    findings.set("P4", "right", None)
    assert findings.results == {}


@pytest.mark.parametrize(
    ("code", "side", "value", "problem"),
    [
        ("P4", "midline", "positive", "bad_side"),
        ("SYMPH", "left", "positive", "bad_side"),
        ("P4", "left", "tenderness", "bad_value"),  # tenderness only for palpation
        ("P4", "left", 1, "bad_value"),
        ("ASLR", "left", 6, "bad_value"),
        ("ASLR", "left", -1, "bad_value"),
        ("ASLR", "left", True, "bad_value"),
        ("ASLR", "left", "3", "bad_value"),
        ("LDL", "left", 2, "bad_value"),  # grades are postpartum only
        ("XYZ", "left", "positive", "unknown_test"),
    ],
)
def test_values_outside_the_scale_are_refused(code, side, value, problem):
    """A value the test's scale does not allow raises FindingsError with a problem code."""
    with pytest.raises(FindingsError) as err:
        PelvicTestFindings().set(code, side, value)
    assert err.value.code == problem


def test_postpartum_ldl_refuses_pregnancy_words():
    """After birth LDL takes a grade, so 'positive' is refused and 4 is out of range."""
    findings = PelvicTestFindings(context=Context.POSTPARTUM)
    for bad in ("positive", 4):
        with pytest.raises(FindingsError):
            findings.set("LDL", "left", bad)


def test_ldl_tenderness_in_pregnancy_is_not_positive():
    """Pain gone within 5 s (tenderness) does not count; pain beyond 5 s does."""
    findings = _findings(LDL_left="tenderness", LDL_right="positive")
    assert findings.positive_sides("LDL") == (Side.RIGHT,)


def test_symphysis_tenderness_is_not_positive():
    """The >5 s rule applies to symphysis palpation too."""
    assert not _findings(SYMPH_midline="tenderness").is_positive("SYMPH", "midline")
    assert _findings(SYMPH_midline="positive").is_positive("SYMPH", "midline")


def test_postpartum_ldl_grade_one_or_more_is_positive_and_sums():
    """After birth any LDL pain (grade >= 1) is positive and the sum runs 0-6."""
    findings = _findings(Context.POSTPARTUM, LDL_left=0, LDL_right=3)
    assert findings.positive_sides("LDL") == (Side.RIGHT,)
    assert findings.ldl_sum() == 3
    mild = _findings(Context.POSTPARTUM, LDL_left=1, LDL_right=0)
    assert mild.positive_sides("LDL") == (Side.LEFT,)
    assert mild.provocation_positive_count() == 1


def test_ldl_sum_is_none_in_pregnancy_or_with_one_side():
    """The LDL sum exists only after birth with both sides graded."""
    assert _findings(LDL_left="positive", LDL_right="positive").ldl_sum() is None
    assert _findings(Context.POSTPARTUM, LDL_left=2).ldl_sum() is None


def test_worked_example_counts_and_positive_list():
    """P4 both sides, FABER left, SYMPH and ASLR 2+1: 3 tests positive, 4 sides, sum 3."""
    findings = _findings(
        P4_left="positive", P4_right="positive", FABER_left="positive",
        FABER_right="negative", GAENSLEN_left="negative", TREND_left="negative",
        LDL_left="tenderness", SYMPH_midline="positive", ASLR_left=2, ASLR_right=1,
    )
    assert findings.provocation_positive_count() == 3
    assert findings.provocation_positive_sides() == 4
    assert findings.provocation_tested_count() == 6
    assert findings.aslr_sum() == 3
    assert [positive_label(f, "da") for f in findings.positive_list()] == [
        "P4 venstre", "P4 højre", "FABER venstre", "SYMPH", "ASLR venstre", "ASLR højre"]
    assert [positive_label(f, "nb") for f in findings.positive_list(include_functional=False)] == [
        "P4 venstre", "P4 høyre", "FABER venstre", "SYMPH"]


def test_nothing_recorded_gives_zero_counts_and_no_sums():
    """An empty examination has 0 positive tests, 0 tested and no ASLR sum."""
    findings = PelvicTestFindings()
    assert findings.provocation_positive_count() == 0
    assert findings.provocation_tested_count() == 0
    assert findings.aslr_sum() is None
    assert findings.positive_list() == []


def test_all_positive_reaches_the_maximum_counts():
    """Every provocation test positive on every side gives 6 tests and 11 sides."""
    findings = PelvicTestFindings()
    for code in PROVOCATION_CODES:
        for side in TESTS[code].sides:
            findings.set(code, side, "positive")
    assert findings.provocation_positive_count() == 6
    assert findings.provocation_positive_sides() == 11


def test_aslr_zero_is_negative_and_sum_needs_both_sides():
    """ASLR 0 is negative; the sum is None until both sides are rated, max 10."""
    findings = _findings(ASLR_left=0)
    assert findings.positive_sides("ASLR") == ()
    assert findings.aslr_sum() is None
    findings.set("ASLR", "right", 5)
    findings.set("ASLR", "left", 5)
    assert findings.aslr_sum() == 10


def test_aslr_repeat_with_compression_has_its_own_sum():
    """The ASLR repeated with pelvic compression is stored and summed separately."""
    findings = _findings(ASLR_left=3, ASLR_right=2)
    findings.set_aslr_compression("left", 1)
    findings.set_aslr_compression("right", 0)
    assert (findings.aslr_sum(), findings.aslr_compression_sum()) == (5, 1)
    with pytest.raises(FindingsError):
        findings.set_aslr_compression("left", 7)
    findings.set_aslr_compression("left", None)
    assert findings.aslr_compression_sum() is None


def test_round_trip_through_json():
    """to_dict output survives JSON and from_dict rebuilds equal findings."""
    findings = _findings(
        Context.POSTPARTUM, P4_left="positive", SYMPH_midline="negative",
        LDL_left=2, LDL_right=0, ASLR_left=1, ASLR_right=0,
    )
    findings.set_aslr_compression("left", 0)
    findings.notes["P4"] = "Kendt smerte, venstre balde"
    data = json.loads(json.dumps(findings.to_dict()))
    assert data["results"]["LDL"] == {"left": 2, "right": 0}
    again = PelvicTestFindings.from_dict(data)
    assert again == findings
    assert again.to_dict() == findings.to_dict()


def test_from_dict_refuses_bad_data():
    """Stored data with an invalid value, context or side raises FindingsError."""
    bad = [
        {"context": "pregnancy", "results": {"LDL": {"left": 2}}},
        {"context": "during", "results": {}},
        {"results": {"P4": {"middle": "positive"}}},
        {"results": {"P4": "positive"}},
        {"notes": {"NOPE": "x"}},
    ]
    for data in bad:
        with pytest.raises(FindingsError):
            PelvicTestFindings.from_dict(data)


def test_empty_dict_gives_empty_pregnancy_findings():
    """from_dict({}) is an examination in pregnancy with nothing recorded."""
    findings = PelvicTestFindings.from_dict({})
    assert findings.context is Context.PREGNANCY
    assert findings.results == {}


def test_validate_reports_values_put_in_directly():
    """validate() finds values that bypassed set(), e.g. edited data."""
    findings = PelvicTestFindings(results={"ASLR": {"left": 9}}, notes={"P4": "x" * 1001})
    problems = findings.validate()
    assert any(p.startswith("bad_value") for p in problems)
    assert "bad_note: P4" in problems


def test_value_labels_in_words():
    """Recorded values read as words: 'Ømhed (under 5 s)', '2 (moderat)', '5 (unable)'."""
    assert value_label("LDL", "tenderness", "da") == "Ømhed (under 5 s)"
    assert value_label("LDL", 2, "da", Context.POSTPARTUM) == "2 (moderat)"
    assert value_label("ASLR", 5, "en") == "5 (unable)"
    assert value_label("P4", "not_tested", "nb") == "Ikke testet"
