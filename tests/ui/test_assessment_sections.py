"""History, red-flag screening, classification and the follow-up comparison, as real widgets."""

from __future__ import annotations

import json

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt

from pgp_desk.content import red_flag_text
from pgp_desk.domain import red_flags as rf
from pgp_desk.domain.pelvic_tests import PelvicTestFindings
from pgp_desk.resources import resource_path
from pgp_desk.services.assessments.history_text import history_facts
from pgp_desk.ui.assessment.classification_section import ClassificationSection
from pgp_desk.ui.assessment.comparison import ComparisonTable
from pgp_desk.ui.assessment.history_section import HistorySection
from pgp_desk.ui.assessment.red_flag_section import RedFlagSection
from pgp_desk.ui.i18n import install_language


@pytest.fixture
def da(qapp):  # type: ignore[no-untyped-def]
    install_language("da")
    yield "da"
    install_language("en")


# ----- history


def test_history_round_trips_as_json(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """What the therapist ticks and types comes back unchanged through JSON."""
    section = HistorySection(lang="da")
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    changes = []
    section.changed.connect(lambda: changes.append(1))
    for box in (section.aggravating["stairs"], section.aggravating["turning_in_bed"],
                section.risk_factors["earlier_pgp"]):
        # on the box itself: a checkbox wider than its text ignores clicks beyond the text
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    section.onset_timing.setCurrentIndex(section.onset_timing.findData("pregnancy"))
    section.onset_week.setValue(19)
    qtbot.keyClicks(section.work, "Sygeplejerske, nattevagter")
    section.sick_leave.setCurrentIndex(section.sick_leave.findData("partial"))
    qtbot.keyClicks(section.goals, "Bære min datter igen")
    section.knee_distance.selectAll()
    qtbot.keyClicks(section.knee_distance, "34")
    value = section.value()
    assert changes
    assert value["aggravating"] == ["stairs", "turning_in_bed"]
    assert value["onset"] == {"timing": "pregnancy", "week": 19}
    assert value["sick_leave"] == "partial"
    stored = json.loads(json.dumps(value))
    again = HistorySection(lang="da")
    qtbot.addWidget(again)
    again.set_value(stored)
    assert again.value() == value
    facts = dict(history_facts(stored, "da"))
    assert facts["Forværres ved"] == "Gå på trapper, Vende sig i sengen"
    assert facts["Debut"] == "I graviditeten, uge 19"
    assert value["knee_distance_cm"] == 34  # written for the midwife (CLINICAL.md §8)
    assert facts["Smertefri afstand mellem knæene (til jordemoderen)"] == "34 cm"
    assert "Smertefri afstand mellem knæene (til jordemoderen)" not in dict(
        history_facts({**stored, "knee_distance_cm": None}, "da"))


def test_aggravating_codes_match_the_exercise_library(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Every exercise ``helps_with`` code (but "general") can be ticked as an activity."""
    used: set[str] = set()
    for path in resource_path("exercises").glob("*.yaml"):
        used.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("helps_with") or [])
    section = HistorySection(lang="da")
    qtbot.addWidget(section)
    assert used - {"general"} <= set(section.aggravating)
    assert set(section.aggravating) - used <= {"straddle", "fast_movements"}


# ----- red flags


def test_ticking_a_red_flag_shows_the_banner_with_the_advice(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """A yes opens the banner with the domain's referral advice and signals the flags."""
    section = RedFlagSection(phase="t3", lang="da")
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    assert not section.banner.isVisible()
    with qtbot.waitSignal(section.flagsChanged) as signal:
        qtbot.mouseClick(section.rows["dvt_pe_signs"].yes, Qt.MouseButton.LeftButton)
    assert signal.args == [["dvt_pe_signs"]]
    assert section.banner.isVisible()
    flags = section.open_flags()
    assert [f.code for f in flags] == ["dvt_pe_signs"]
    assert red_flag_text.referral_advice(flags, "da") in section.banner.text()
    assert "Hævelse af den ene læg" in section.banner.text()
    assert red_flag_text.flag_action(rf.ITEMS["dvt_pe_signs"], "da") in section.banner.text()
    assert "(samme dag)" in section.banner.text()
    assert section.rows["dvt_pe_signs"].urgency.text() == "samme dag"
    assert section.rows["cancer_history"].urgency.text() == "før træning"
    with qtbot.waitSignal(section.flagsChanged) as signal:
        qtbot.mouseClick(section.rows["dvt_pe_signs"].no, Qt.MouseButton.LeftButton)
    assert signal.args == [[]]
    assert not section.banner.isVisible()


def test_screening_asks_only_the_phase_and_clears_with_all_no(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """After birth the pregnancy questions are hidden; "all no" clears for exercise."""
    section = RedFlagSection(phase="pp_later", lang="da")
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    assert not section.rows["vaginal_bleeding"].label.isVisible()
    assert section.rows["pp_unable_to_walk_anterior_pain"].label.isVisible()
    assert not section.cleared_for_exercise()
    qtbot.mouseClick(section.all_no, Qt.MouseButton.LeftButton)
    assert section.cleared_for_exercise()
    assert section.answers() == {i.code: False for i in rf.items_for_phase("pp_later")}
    assert not section.all_no.isEnabled()


def test_screening_value_round_trips_and_keeps_other_phases(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Stored answers come back; a pregnancy-only yes is kept but not open after birth."""
    stored = {"phase": "t2", "answers": {"vaginal_bleeding": True, "trauma": False,
                                         "retired_code": True}}
    section = RedFlagSection(phase="t2", lang="da")
    qtbot.addWidget(section)
    section.set_value(stored)
    assert section.banner.isVisibleTo(section)
    assert section.value() == stored
    section.set_phase("pp_0_6")
    assert section.open_flags() == []
    assert not section.banner.isVisibleTo(section)
    assert section.answers()["vaginal_bleeding"] is True


def test_preterm_labour_pain_is_asked_at_36_plus_6_and_hidden_at_37_plus_0(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """The form follows the day of gestation: 37+0 is term, the preterm signs go away."""
    section = RedFlagSection(phase="t3", lang="da")
    qtbot.addWidget(section)
    section.show()
    section.set_phase("t3", 36 * 7 + 6)
    row = section.rows["preterm_labour_pain"]
    assert row.label.isVisible()
    qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)
    assert [f.code for f in section.open_flags()] == ["preterm_labour_pain"]
    section.set_phase("t3", 37 * 7)
    assert not row.label.isVisible()
    assert section.open_flags() == []


# ----- classification


def test_classification_follows_the_findings_and_keeps_the_override(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """The suggestion and its reasons come from the domain; the therapist's choice is
    stored beside it and survives new findings."""
    section = ClassificationSection(lang="da")
    qtbot.addWidget(section)
    section.show()
    findings = PelvicTestFindings()
    findings.set("SYMPH", "midline", "positive")
    with qtbot.waitSignal(section.changed):
        section.update_from(findings, {"symphysis": 6})
    assert section.value()["suggested"] == "symphysiolysis"
    assert section.suggested.text() == "Symfysiolyse (kun symfysen)"
    assert "Symfyse: smerte angivet, SYMPH positiv" in section.reasons.text()
    assert "Gaenslens test" in section.rule.text() and "GAENSLEN" not in section.rule.text()
    assert not section.differs.isVisible()

    section.chosen.setCurrentIndex(section.chosen.findData("pelvic_girdle_syndrome"))
    assert section.differs.isVisible()
    findings.set("P4", "left", "positive")
    section.update_from(findings, ["symphysis", "sij_l"])
    value = section.value()
    assert value["suggested"] == "miscellaneous"
    assert value["chosen"] == "pelvic_girdle_syndrome"
    assert value["reasons"][-1].startswith("Ét SI-led og symfysen er bekræftet")
    assert section.effective() == "pelvic_girdle_syndrome"

    findings.set("SYMPH", "midline", "negative")
    section.update_from(findings, ["sij_l"])
    assert section.value()["suggested"] == "one_sided_sij:left"
    assert "(venstre)" in section.suggested.text()

    restored = ClassificationSection(lang="da")
    qtbot.addWidget(restored)
    restored.set_value(json.loads(json.dumps(section.value())))
    assert restored.value()["chosen"] == "pelvic_girdle_syndrome"
    assert restored.value()["suggested"] == "one_sided_sij:left"
    assert restored.value()["reasons"] == section.value()["reasons"]


# ----- comparison


def test_comparison_marks_important_changes_in_words_and_symbols(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Important improvement and worsening get distinct symbols and words; small or
    unjudged changes get none."""
    table = ComparisonTable()
    qtbot.addWidget(table)
    table.show()
    table.set_values(
        previous={"pgq": 62.7, "nrs": 3, "psfs": 6.0, "aslr": 6},
        current={"pgq": 34.7, "nrs": 7, "psfs": 5.0, "aslr": 4},
        important={"pgq": True, "nrs": True, "psfs": False, "aslr": None},
        labels={"pgq": "PGQ total", "nrs": "NRS nu", "psfs": "PSFS", "aslr": "ASLR sum"},
        higher_is_better=["psfs"], decimals={"pgq": 1, "psfs": 1})
    assert table.marker("pgq") == "improved"
    assert table.marker("nrs") == "worsened"
    assert table.marker("psfs") == "not_important"
    assert table.marker("aslr") is None
    assert table.markers["pgq"].text().startswith("✓")
    assert table.markers["nrs"].text().startswith("⚠")
    assert table.markers["aslr"].text() == ""
    assert [r.difference for r in table.rows()] == [-28.0, 4, -1.0, -2]
    assert not table.empty.isVisible()
    table.set_rows([])
    assert table.empty.isVisible()


def test_progress_page_gives_one_reason_when_there_is_nothing_to_compare(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An unsaved or first assessment explains itself once; the comparison table does not
    add 'no earlier assessment' above charts of four earlier ones."""
    from datetime import date

    from pgp_desk.services.assessments.assessment_progress import ProgressPoint, ProgressSeries
    from pgp_desk.ui.assessment.progress_view import ProgressView

    view = ProgressView("da")
    qtbot.addWidget(view)
    view.show()
    earlier = ProgressSeries(1, [ProgressPoint(i, date(2026, 8, i + 1), "follow_up", "signed",
                                               "pregnant", None, {"pgq_total": 40.0 - i})
                                 for i in range(4)])
    for series, unsaved in ((earlier, True), (ProgressSeries(1, earlier.points[:1]), False)):
        view.set_series(series, unsaved=unsaved)
        assert view.intro.isVisible()
        assert not view.table.empty.isVisible()
    view.set_series(earlier)
    assert not view.intro.isVisible() and view.table.rows()
