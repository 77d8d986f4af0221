"""Instrument definitions and the scoring engine, pinned down with worked examples."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from pgp_desk.content.instruments import (
    InstrumentFileError,
    UnknownInstrumentError,
    load_instrument,
    load_instrument_file,
    load_instrument_text,
    load_instruments,
)
from pgp_desk.content.score_text import reason_text
from pgp_desk.domain.instrument_model import (
    NOT_APPLICABLE,
    ChangeKind,
    Direction,
    InstrumentDefinition,
    ScoringRule,
    Wording,
)
from pgp_desk.domain.instruments import important_change, score

DATA = Path(__file__).parent / "data"
NA = NOT_APPLICABLE


@pytest.fixture(scope="module")
def pgq() -> InstrumentDefinition:
    return load_instrument("PGQ")


@pytest.fixture(scope="module")
def nrs() -> InstrumentDefinition:
    return load_instrument("NRS")


@pytest.fixture(scope="module")
def psfs() -> InstrumentDefinition:
    return load_instrument("PSFS")


@pytest.fixture(scope="module")
def rmdq() -> InstrumentDefinition:
    return load_instrument("RMDQ")


def pgq_answers(pgq: InstrumentDefinition, activity: list, symptom: list) -> dict:
    """Answers in item order; ``None`` entries stay blank (left out of the dict)."""
    activity_ids = [i.id for i in pgq.items if i.subscale == "activity"]
    symptom_ids = [i.id for i in pgq.items if i.subscale == "symptom"]
    assert len(activity) == 20 and len(symptom) == 5
    pairs = zip(activity_ids + symptom_ids, activity + symptom, strict=True)
    return {item_id: value for item_id, value in pairs if value is not None}


# --- PGQ ---------------------------------------------------------------------------------


def test_pgq_all_answered(pgq):
    """All 25 items answered: each score is sum / (3 x items) x 100, one decimal."""
    result = score(pgq, pgq_answers(pgq, [1] * 20, [2] * 5))
    assert result.value("activity") == 33.3  # 20 / 60
    assert result.value("symptom") == 66.7  # 10 / 15
    assert result.value("total") == 40.0  # 30 / 75
    assert (result.answered, result.missing, result.not_applicable) == (25, 0, 0)
    assert result.scores["total"].max_possible == 75


def test_pgq_partly_missing_shrinks_the_maximum(pgq):
    """Three blank activity items remove 9 from the maximum; the scores are still computed."""
    result = score(pgq, pgq_answers(pgq, [None] * 3 + [2] * 17, [1] * 5))
    assert result.value("activity") == 66.7  # 34 / 51
    assert result.value("symptom") == 33.3  # 5 / 15
    assert result.value("total") == 59.1  # 39 / 66 = 59.09
    assert result.scores["activity"].missing == 3
    assert result.missing == 3


def test_pgq_more_than_20_percent_blank_is_not_computed(pgq):
    """Five blank activity items (25%) stop the activity score, but not the total (5 of 25)."""
    result = score(pgq, pgq_answers(pgq, [None] * 5 + [1] * 15, [1] * 5))
    activity = result.scores["activity"]
    assert activity.value is None
    assert activity.reason == "too_many_missing"
    assert activity.reason_params == {"missing": 5, "items": 20, "limit": 4}
    assert result.value("total") == 33.3  # 20 / 60; 5 blanks of 25 is exactly 20%
    assert result.value("symptom") == 33.3
    assert "5 af 20" in reason_text(activity, "da")
    assert "5 av 20" in reason_text(activity, "nb")


def test_pgq_symptom_allows_one_blank_of_five(pgq):
    """Symptom subscale: one blank (20%) is tolerated, two are not."""
    one = score(pgq, pgq_answers(pgq, [0] * 20, [None, 3, 3, 3, 3]))
    two = score(pgq, pgq_answers(pgq, [0] * 20, [None, None, 3, 3, 3]))
    assert one.value("symptom") == 100.0
    assert two.value("symptom") is None
    assert two.scores["symptom"].reason == "too_many_missing"


def test_pgq_all_missing(pgq):
    """An empty form gives no scores, each with the reason, and counts 25 missing items."""
    result = score(pgq, {})
    for value in result.scores.values():
        assert value.value is None
        assert value.reason == "no_answers"
    assert (result.answered, result.missing) == (0, 25)
    assert "ingen af spørgsmålene" in reason_text(result.scores["total"], "da")


def test_pgq_not_applicable_reduces_the_maximum(pgq):
    """Two not-applicable activity items leave the maximum: 54 / 54 is 100, not 54 / 60."""
    result = score(pgq, pgq_answers(pgq, [NA, NA] + [3] * 18, [3] * 5))
    assert result.value("activity") == 100.0
    assert result.value("total") == 100.0
    assert result.scores["activity"].not_applicable == 2
    assert result.scores["activity"].max_possible == 54
    assert result.not_applicable == 2


def test_pgq_not_applicable_is_not_counted_as_blank(pgq):
    """Ten not-applicable activity items still give a score; eleven leave too few answered."""
    ten = score(pgq, pgq_answers(pgq, [NA] * 10 + [1] * 10, [1] * 5))
    eleven = score(pgq, pgq_answers(pgq, [NA] * 11 + [1] * 9, [1] * 5))
    assert ten.value("activity") == 33.3
    assert eleven.value("activity") is None
    assert eleven.scores["activity"].reason == "too_few_answered"
    assert eleven.scores["activity"].reason_params == {"answered": 9, "needed": 10}


def test_pgq_boundaries_0_and_100(pgq):
    """No limitation at all scores 0; the largest extent everywhere scores 100."""
    best = score(pgq, pgq_answers(pgq, [0] * 20, [0] * 5))
    worst = score(pgq, pgq_answers(pgq, [3] * 20, [3] * 5))
    assert [best.value(s) for s in ("total", "activity", "symptom")] == [0.0, 0.0, 0.0]
    assert [worst.value(s) for s in ("total", "activity", "symptom")] == [100.0, 100.0, 100.0]


def test_pgq_rounds_half_up(pgq):
    """3 / 48 x 100 = 6.25 is shown as 6.3 (half up), not 6.2 (binary rounding)."""
    result = score(pgq, pgq_answers(pgq, [NA] * 4 + [3] + [0] * 15, [0] * 5))
    assert result.value("activity") == 6.3


def test_pgq_subscales_cover_the_right_items(pgq):
    """Activity is the first 20 items (with not applicable), symptom the last 5 (without)."""
    activity = pgq.score_definition("activity").items
    symptom = pgq.score_definition("symptom").items
    assert len(pgq.items) == 25 and len(activity) == 20 and len(symptom) == 5
    assert pgq.score_definition("total").items == activity + symptom
    assert all(pgq.item(i).allows_not_applicable for i in activity)
    assert not any(pgq.item(i).allows_not_applicable for i in symptom)
    assert pgq.options_for(pgq.items[0]).values == (0, 1, 2, 3)
    assert pgq.score_definition("total").direction is Direction.HIGHER_WORSE


# --- RMDQ, PSFS, NRS ---------------------------------------------------------------------


def test_rmdq_counts_yes(rmdq):
    """The RMDQ score is the number of "yes" answers, 0-24."""
    ids = [item.id for item in rmdq.items]
    answers = {item_id: 1 if n < 7 else 0 for n, item_id in enumerate(ids)}
    assert score(rmdq, answers).value("total") == 7
    assert score(rmdq, dict.fromkeys(ids, 0)).value("total") == 0
    assert score(rmdq, dict.fromkeys(ids, 1)).value("total") == 24


def test_rmdq_any_blank_stops_the_score(rmdq):
    """One blank statement means the score is not computed (no pro-rating)."""
    answers = {item.id: 1 for item in rmdq.items[1:]}
    total = score(rmdq, answers).scores["total"]
    assert total.value is None
    assert total.reason == "too_many_missing"
    assert total.reason_params == {"missing": 1, "items": 24, "limit": 0}


def test_psfs_mean_of_three_and_five_activities(psfs):
    """PSFS is the mean of the rated activities; unused slots are neither used nor missing."""
    three = score(psfs, {"activity_1": 4, "activity_2": 5, "activity_3": 7})
    five = score(psfs, {f"activity_{n}": 2 * n for n in range(1, 6)})
    assert three.value("mean") == 5.3  # 16 / 3
    assert three.missing == 0
    assert five.value("mean") == 6.0  # 30 / 5


def test_psfs_needs_three_activities(psfs):
    """Two rated activities are fewer than the 3 the PSFS asks for: no score."""
    mean = score(psfs, {"activity_1": 4, "activity_2": 6}).scores["mean"]
    assert mean.value is None
    assert mean.reason == "too_few_answered"
    assert mean.reason_params == {"answered": 2, "needed": 3}
    assert "mindst 3" in reason_text(mean, "da")
    assert psfs.score_definition("mean").direction is Direction.HIGHER_BETTER


def test_nrs_each_time_point_is_its_own_score(nrs):
    """NRS now and worst are scored separately; an unasked time point is simply empty."""
    result = score(nrs, {"now": 6, "worst_week": 8, "best_week": 0})
    assert result.value("now") == 6
    assert result.value("worst_week") == 8
    assert result.value("best_week") == 0
    assert result.value("morning") is None
    assert result.scores["morning"].reason == "no_answers"
    assert result.missing == 0


def test_invalid_answers_are_rejected(pgq):
    """Unknown items, values outside the options and misplaced "NA" raise ValueError."""
    with pytest.raises(ValueError, match="unknown item"):
        score(pgq, {"jumping": 1})
    with pytest.raises(ValueError, match="no option 4"):
        score(pgq, {"dressing": 4})
    with pytest.raises(ValueError, match="not-applicable"):
        score(pgq, {"morning_pain": NA})
    with pytest.raises(ValueError, match="whole number"):
        score(pgq, {"dressing": True})


# --- important change --------------------------------------------------------------------


def pgq_change(pgq, before: dict, after: dict):
    return important_change(pgq, score(pgq, before), score(pgq, after))


def test_pgq_activity_change_of_exactly_25_is_important(pgq):
    """33.3 to 8.3 is exactly 25 points (not 24.999...): important and improved."""
    before = pgq_answers(pgq, [1] * 20, [1] * 5)
    after = pgq_answers(pgq, [1] * 5 + [0] * 15, [1] * 5)
    change = pgq_change(pgq, before, after)["activity"]
    assert (change.previous, change.current) == (33.3, 8.3)
    assert change.difference == -25.0
    assert change.direction == "improved"
    assert change.clinically_important is True
    assert change.threshold.kind is ChangeKind.MINIMAL_IMPORTANT_CHANGE


def test_pgq_activity_change_just_below_25_is_not_important(pgq):
    """33.3 to 10.0 is 23.3 points: not important."""
    before = pgq_answers(pgq, [1] * 20, [1] * 5)
    after = pgq_answers(pgq, [1] * 6 + [0] * 14, [1] * 5)
    change = pgq_change(pgq, before, after)["activity"]
    assert change.difference == -23.3
    assert change.clinically_important is False


def test_pgq_total_threshold_25(pgq):
    """Total 50.0 to 25.0 (exactly 25) is important; 50.0 to 26.7 is not."""
    before = pgq_answers(pgq, [NA] * 5 + [2] * 15, [0] * 5)  # 30 / 60
    exactly = pgq_answers(pgq, [NA] * 5 + [1] * 15, [0] * 5)  # 15 / 60
    below = pgq_answers(pgq, [NA] * 5 + [1] * 14 + [2], [0] * 5)  # 16 / 60
    assert pgq_change(pgq, before, exactly)["total"].clinically_important is True
    change = pgq_change(pgq, before, below)["total"]
    assert (change.difference, change.clinically_important) == (-23.3, False)


def test_pgq_symptom_threshold_20_in_both_directions(pgq):
    """Symptom 20.0 to 40.0 is an important worsening; 20.0 to 33.3 is not important."""
    low = pgq_answers(pgq, [0] * 20, [1, 1, 1, 0, 0])  # 3 / 15
    high = pgq_answers(pgq, [0] * 20, [2, 2, 2, 0, 0])  # 6 / 15
    middle = pgq_answers(pgq, [0] * 20, [1, 1, 1, 1, 1])  # 5 / 15
    worse = pgq_change(pgq, low, high)["symptom"]
    assert (worse.difference, worse.direction, worse.clinically_important) == (
        20.0, "worsened", True)
    assert pgq_change(pgq, low, middle)["symptom"].clinically_important is False


def test_change_needs_both_scores(pgq):
    """When one occasion has no score, importance is unknown (None) and the reason is given."""
    change = pgq_change(pgq, {}, pgq_answers(pgq, [1] * 20, [1] * 5))["total"]
    assert change.clinically_important is None
    assert change.difference is None
    assert change.reason == "score_missing"


@pytest.mark.parametrize(
    ("before", "after", "important"),
    [
        (6, 4, True),  # 2 points
        (6, 5, False),  # 1 point, 16.7%
        (3, 2, True),  # 1 point, but 33%
        (4, 3, False),  # 1 point, 25%
        (2, 4, True),  # worsening of 2 points
    ],
)
def test_nrs_two_points_or_30_percent(nrs, before, after, important):
    """NRS change is important from 2 points or from 30% of the previous value (Farrar)."""
    change = important_change(nrs, score(nrs, {"now": before}), score(nrs, {"now": after}))
    assert change["now"].clinically_important is important


def test_nrs_from_zero_uses_points_only(nrs):
    """From 0 the percentage is undefined, so only the 2-point rule applies."""
    change = important_change(nrs, score(nrs, {"now": 0}), score(nrs, {"now": 1}))["now"]
    assert change.percent_change is None
    assert change.clinically_important is False
    assert change.direction == "worsened"


VAS_LIKE = """
code: VAS
version: "t"
languages: [en]
names: {en: Test scale}
source: Test only.
licence: {terms: Test only., wording: Test only.}
wording: original
option_sets:
  vas: {range: [0, 100]}
items:
  - {id: now, options: vas, texts: {en: Now}}
scoring: {rule: single}
scores:
  - id: now
    names: {en: Now}
    range: [0, 100]
    direction: higher_worse
    important_change: {points: 20, percent: 30, combine: COMBINE,
                       kind: minimal_important_change, source: Test only.}
"""


@pytest.mark.parametrize(("after", "combine", "important"), [
    (35, "any", True),  # 15 points = exactly 30% of 50
    (36, "any", False),  # 14 points = 28%
    (35, "all", False),  # 30% reached, 20 points not
    (30, "all", True),  # both reached
])
def test_percent_threshold_is_reached_exactly(after, combine, important):
    """A percentage threshold counts when met exactly; 'all' needs points and percent."""
    scale = load_instrument_text(VAS_LIKE.replace("COMBINE", combine), "vas.yaml")
    change = important_change(scale, score(scale, {"now": 50}), score(scale, {"now": after}))
    assert change["now"].clinically_important is important


def test_threshold_combine_other_than_any_or_all_is_refused():
    """An imported scale saying how to combine its thresholds in any other word is refused
    with the field named, instead of being read as "all"."""
    with pytest.raises(InstrumentFileError, match=r"combine' must be one of: any, all"):
        load_instrument_text(VAS_LIKE.replace("COMBINE", "both"), "vas.yaml")


def test_psfs_higher_is_better(psfs):
    """PSFS going up 2 points is an improvement that reaches the detectable change."""
    before = score(psfs, {"activity_1": 3, "activity_2": 3, "activity_3": 3})
    after = score(psfs, {"activity_1": 5, "activity_2": 5, "activity_3": 5})
    change = important_change(psfs, before, after)["mean"]
    assert (change.difference, change.direction, change.clinically_important) == (
        2.0, "improved", True)
    assert change.threshold.kind is ChangeKind.MINIMAL_DETECTABLE_CHANGE


def test_results_of_another_instrument_are_refused(pgq, nrs):
    """Comparing an NRS result as PGQ is a programming error."""
    result = score(nrs, {"now": 3})
    with pytest.raises(ValueError, match="cannot be compared"):
        important_change(pgq, result, result)


# --- shipped definitions -----------------------------------------------------------------


def all_texts(d: InstrumentDefinition):
    yield "names", d.names
    for item in d.items:
        yield f"item {item.id}", item.texts
    for option_set in d.option_sets.values():
        for option in option_set.options:
            yield f"option {option_set.id}/{option.value}", option.labels
    for subscale in d.subscales:
        yield f"subscale {subscale.id}", subscale.names
    for score_def in d.scores:
        yield f"score {score_def.id}", score_def.names
    if d.not_applicable_labels:
        yield "not applicable", d.not_applicable_labels
    if d.instructions:
        yield "instructions", d.instructions


def test_shipped_definitions_are_complete_in_three_languages():
    """Every shipped text exists in da, nb and en, and every definition cites its source."""
    definitions = load_instruments()
    assert set(definitions) == {"PGQ", "NRS", "PSFS", "RMDQ"}
    for code, d in definitions.items():
        assert d.languages == ("da", "nb", "en"), code
        for where, texts in all_texts(d):
            for lang in ("da", "nb", "en"):
                assert texts.get(lang, "").strip(), f"{code} {where} lacks {lang}"
            assert " uge" not in texts["nb"] and " af " not in texts["nb"], f"{code} {where}"
        assert d.source and d.licence.terms and d.licence.wording, code
        assert not d.licence.requires_clinic_licence, code
        assert all(s.threshold is not None for s in d.scores), code


def test_shipped_rules_and_licences():
    """Each instrument uses its source's scoring rule; RMDQ is marked a paraphrase."""
    d = load_instruments()
    assert d["PGQ"].scoring is ScoringRule.PERCENT_OF_MAX and d["PGQ"].decimals == 1
    assert d["NRS"].scoring is ScoringRule.SINGLE
    assert d["PSFS"].scoring is ScoringRule.MEAN
    assert d["RMDQ"].scoring is ScoringRule.SUM and len(d["RMDQ"].items) == 24
    assert d["RMDQ"].wording is Wording.PARAPHRASE
    assert "appendix forms" in d["RMDQ"].licence.terms
    assert "not validated" in d["RMDQ"].notes
    assert d["PGQ"].wording is Wording.LABELS


def test_unknown_code_is_reported():
    """Asking for an instrument that is not shipped names the ones that are."""
    with pytest.raises(UnknownInstrumentError, match="PGQ"):
        load_instrument("ODI")
    assert load_instrument("pgq").code == "PGQ"


# --- importing and validation ------------------------------------------------------------


def test_import_odi_example_from_a_path():
    """A clinic's licensed definition loads from its own file and scores ODI-style."""
    odi = load_instrument_file(DATA / "odi_example.yaml")
    assert odi.code == "ODI" and odi.licence.requires_clinic_licence
    assert odi.scoring is ScoringRule.PERCENT_OF_ANSWERED_MAX
    answers = {f"section_{n}": 2 if n <= 6 else 4 for n in range(1, 9)}  # 2 blank
    result = score(odi, answers)
    assert result.value("total") == 50.0  # 20 / (5 x 8) x 100
    assert result.missing == 2
    del answers["section_8"]
    assert score(odi, answers).value("total") is None  # 3 blank, the file allows 2


MINIMAL = {
    "code": "CLIN",
    "version": "1",
    "names": {"da": "Skema", "nb": "Skjema", "en": "Form"},
    "source": "Made up for a test.",
    "licence": {"terms": "Test only.", "wording": "Test only."},
    "wording": "original",
    "option_sets": {
        "yn": {"options": [
            {"value": 0, "labels": {"da": "Nej", "nb": "Nei", "en": "No"}},
            {"value": 1, "labels": {"da": "Ja", "nb": "Ja", "en": "Yes"}},
        ]},
        "three": {"range": [0, 3]},
    },
    "items": [
        {"id": "a", "options": "yn", "texts": {"da": "A", "nb": "A", "en": "A"}},
        {"id": "b", "options": "yn", "texts": {"da": "B", "nb": "B", "en": "B"}},
    ],
    "scoring": {"rule": "sum"},
    "scores": [{"id": "total", "names": {"da": "I alt", "nb": "Totalt", "en": "Total"},
                "range": [0, 2], "direction": "higher_worse"}],
}


def _without_nb(d):
    del d["items"][0]["texts"]["nb"]


def _unknown_option_set(d):
    d["items"][0]["options"] = "nope"


def _typo(d):
    d["items"][0]["subscle"] = "x"


def _bad_rule(d):
    d["scoring"]["rule"] = "median"


def _no_scores(d):
    del d["scores"]


def _duplicate_item(d):
    d["items"][1]["id"] = "a"


def _single_with_two_items(d):
    d["scoring"]["rule"] = "single"


def _bad_direction(d):
    d["scores"][0]["direction"] = "up"


def _empty_threshold(d):
    d["scores"][0]["important_change"] = {"kind": "minimal_important_change", "source": "x"}


def _bad_fraction(d):
    d["missing"] = {"max_missing_fraction": 1.5, "rationale": "x"}


def _mixed_maxima(d):
    d["scoring"]["rule"] = "percent_of_answered_max"
    d["items"][1]["options"] = "three"


@pytest.mark.parametrize(("change", "message"), [
    (_without_nb, "clinic.yaml: 'items[0].texts' has no text in language 'nb'."),
    (_unknown_option_set, "clinic.yaml: 'items[0].options' names the unknown option set 'nope'."),
    (_typo, "clinic.yaml: 'items[0].subscle' is not a known field."),
    (_bad_rule, "clinic.yaml: 'scoring.rule' must be one of: percent_of_max, "
                "percent_of_answered_max, sum, mean, single."),
    (_no_scores, "clinic.yaml: 'scores' is missing."),
    (_duplicate_item, "clinic.yaml: 'items[1].id' repeats the id 'a'."),
    (_single_with_two_items, "clinic.yaml: 'scores[0]' must cover exactly one item under the "
                             "'single' rule."),
    (_bad_direction, "clinic.yaml: 'scores[0].direction' must be one of: higher_worse, "
                     "higher_better."),
    (_empty_threshold, "clinic.yaml: 'scores[0].important_change' needs points or percent."),
    (_bad_fraction, "clinic.yaml: 'missing.max_missing_fraction' must be between 0 and 1."),
    (_mixed_maxima, "clinic.yaml: 'scores[0]' mixes item maxima, which "
                    "'percent_of_answered_max' does not allow."),
])
def test_validation_errors_name_file_and_field(tmp_path, change, message):
    """Each broken definition is refused with one sentence naming the file and the field."""
    data = copy.deepcopy(MINIMAL)
    change(data)
    path = tmp_path / "clinic.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InstrumentFileError) as caught:
        load_instrument_file(path)
    assert str(caught.value) == message


def test_minimal_definition_is_valid(tmp_path):
    """The base of the validation cases is itself a valid definition."""
    path = tmp_path / "clinic.yaml"
    path.write_text(yaml.safe_dump(MINIMAL, allow_unicode=True), encoding="utf-8")
    definition = load_instrument_file(path)
    assert score(definition, {"a": 1, "b": 1}).value("total") == 2
    assert definition.option_sets["three"].values == (0, 1, 2, 3)


def test_invalid_yaml_names_the_line(tmp_path):
    """A file that is not YAML at all is reported with its name and the line."""
    path = tmp_path / "broken.yaml"
    path.write_text("code: X\nnames: {da: [\n", encoding="utf-8")
    with pytest.raises(InstrumentFileError, match=r"^broken\.yaml: the file is not valid YAML"):
        load_instrument_file(path)


def test_only_full_wording_may_be_filled_in_by_the_client() -> None:
    """Short labels (shipped PGQ) and client-named items (PSFS) are not for client mode;
    the RMDQ statements, the NRS and a licensed PGQ import are."""
    from dataclasses import replace

    from pgp_desk.domain.instrument_model import Wording

    assert not load_instrument("pgq").client_can_fill_in
    assert not load_instrument("psfs").client_can_fill_in
    assert load_instrument("rmdq").client_can_fill_in
    assert load_instrument("nrs").client_can_fill_in
    assert replace(load_instrument("pgq"), wording=Wording.ORIGINAL).client_can_fill_in


def test_every_rmdq_statement_names_the_back_as_the_cause() -> None:
    """Roland & Morris 1983 attribute each statement to the back; pregnancy alone must not
    tick "I sleep worse" (the attribution is in every item and language)."""
    rmdq = load_instrument("rmdq")
    marks = {"da": "ryg", "nb": "rygg", "en": "back"}
    for item in rmdq.items:
        for lang, mark in marks.items():
            assert mark in item.texts[lang].lower(), (item.id, lang)


def test_rmdq_caveat_is_for_pregnancy_only() -> None:
    """The report's RMDQ caveat appears for t1-t3 and never after birth or without RMDQ."""
    from pgp_desk.content.score_text import pregnancy_caveats

    assert pregnancy_caveats({"RMDQ", "PGQ"}, "t3", "en")[0].startswith("RMDQ in pregnancy")
    assert pregnancy_caveats({"RMDQ"}, "pp_0_6", "en") == []
    assert pregnancy_caveats({"PGQ"}, "t2", "da") == []
