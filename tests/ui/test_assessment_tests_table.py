"""The pelvic tests table, filled from the keyboard like a therapist at the couch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from pgp_desk.domain.pelvic_tests import Context, PelvicTestFindings
from pgp_desk.ui.assessment import tests_section
from pgp_desk.ui.assessment.tests_model import COL_LEFT, COL_NOTE, COL_RIGHT, COMPRESSION
from pgp_desk.ui.i18n import install_language


@pytest.fixture
def section(qtbot, qapp):  # type: ignore[no-untyped-def]
    install_language("da")
    widget = tests_section.TestsSection(lang="da")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    yield widget
    install_language("en")


def _current(section: tests_section.TestsSection) -> tuple[str, int]:
    index = section.table.currentIndex()
    return section.model.row_spec(index.row()).code, index.column()


def test_typing_fills_the_table_and_the_derived_line(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """Keys alone fill every test in reading order; the domain findings and counts follow."""
    table = section.table
    assert _current(section) == ("P4", COL_LEFT)
    with qtbot.waitSignal(section.findingsChanged):
        qtbot.keyClicks(table, "+-")
    qtbot.keyClicks(table, "+-")  # FABER
    qtbot.keyClicks(table, "-0")  # Gaenslen: "0" is negative too
    qtbot.keyClicks(table, "-+")  # Trendelenburg, right stance leg positive
    qtbot.keyClicks(table, "t-")  # LDL in pregnancy: tenderness left
    qtbot.keyClicks(table, "+")  # symphysis, one midline cell
    qtbot.keyClicks(table, "32")  # ASLR 3 left, 2 right
    found = section.findings()
    assert found.to_dict()["results"] == {
        "P4": {"left": "positive", "right": "negative"},
        "FABER": {"left": "positive", "right": "negative"},
        "GAENSLEN": {"left": "negative", "right": "negative"},
        "TREND": {"left": "negative", "right": "positive"},
        "LDL": {"left": "tenderness", "right": "negative"},
        "SYMPH": {"midline": "positive"},
        "ASLR": {"left": 3, "right": 2},
    }
    assert found.provocation_positive_count() == 4
    assert section.derived_values() == {
        "positive_tests": 4, "positive_sides": 4, "tests_done": 6, "aslr_sum": 5,
        "aslr_compression_sum": None, "ldl_sum": None,
    }
    assert "4" in section.derived.text() and "5" in section.derived.text()


def test_delete_clears_and_a_wrong_key_changes_nothing(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """Delete sets "not tested"; a digit on a positive/negative test is refused with a note."""
    table = section.table
    qtbot.keyClicks(table, "+")
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert _current(section) == ("P4", COL_LEFT)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert not section.findings().tested("P4", "left")
    qtbot.keyClicks(table, "7")
    assert not section.findings().tested("P4", "left")
    assert _current(section) == ("P4", COL_LEFT)
    assert "7" in section.derived.text()


def test_tab_reaches_the_note_and_moves_on_without_a_popup(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """Tab goes left, right, note; typing writes the note; Tab then lands on the next test."""
    table = section.table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert _current(section) == ("P4", COL_NOTE)
    qtbot.keyClicks(table, "K")  # the first key opens the note editor, like any cell editor
    editor = QApplication.focusWidget()
    assert editor.objectName() == "noteEditor"
    qtbot.keyClicks(editor, "endt smerte")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert section.findings().notes == {"P4": "Kendt smerte"}
    assert _current(section) == ("FABER", COL_LEFT)
    assert table.findChild(QComboBox, "valueEditor") is None


def test_space_opens_the_list_of_allowed_values(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """Space opens a combo box of exactly the domain's values for the test and context."""
    table = section.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert _current(section) == ("LDL", COL_LEFT)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    combo = table.findChild(QComboBox, "valueEditor")
    assert combo is not None
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None, "positive", "tenderness", "negative"]
    combo.hidePopup()
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert section.findings().get("LDL", "left") == "positive"


def test_postpartum_grades_ldl_and_keeps_pregnancy_values_aside(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """After birth LDL takes digits 0-3 and sums; switching back restores the old LDL."""
    table = section.table
    qtbot.keyClicks(table, "--------t")  # P4 .. TREND negative, LDL left tenderness
    section.set_context("pp_0_6")
    assert section.context() is Context.POSTPARTUM
    assert not section.findings().tested("LDL", "left")
    table.setCurrentIndex(section.model.index(section.model.row_of("LDL"), COL_LEFT))
    qtbot.keyClicks(table, "t")  # tenderness does not exist after birth
    assert not section.findings().tested("LDL", "left")
    qtbot.keyClicks(table, "21")
    assert section.derived_values()["ldl_sum"] == 3
    assert section.findings().provocation_positive_count() == 1
    section.set_context(Context.PREGNANCY)
    assert section.findings().get("LDL", "left") == "tenderness"


def test_aslr_with_compression_has_its_own_row_and_sum(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """Ticking the repeat shows its row; its digits make the compression sum."""
    row = section.model.row_of(COMPRESSION)
    assert section.table.isRowHidden(row)
    section.compression.setChecked(True)
    assert not section.table.isRowHidden(row)
    assert _current(section) == (COMPRESSION, COL_LEFT)
    qtbot.keyClicks(section.table, "10")
    assert _current(section) == (COMPRESSION, COL_RIGHT)
    assert section.findings().aslr_compression_sum() == 1
    section.compression.setChecked(False)
    assert section.findings().aslr_compression == {}


def test_set_findings_shows_stored_findings(qtbot, section) -> None:  # type: ignore[no-untyped-def]
    """Stored findings come back cell for cell, and findings() is an independent copy."""
    stored = PelvicTestFindings(context=Context.POSTPARTUM)
    stored.set("LDL", "left", 3)
    stored.set("ASLR", "right", 4)
    stored.set_aslr_compression("right", 2)
    stored.notes["LDL"] = "øm"
    section.set_findings(stored)
    assert section.compression.isChecked()
    model = section.model
    assert model.index(model.row_of("LDL"), COL_LEFT).data().startswith("3")
    assert model.index(model.row_of("LDL"), COL_NOTE).data() == "øm"
    copy = section.findings()
    copy.set("P4", "left", "positive")
    assert not section.findings().tested("P4", "left")
    assert section.findings().to_dict() == stored.to_dict()
