"""Questionnaires rendered from their definitions, scored live, and filled in client mode."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from pgp_desk.content.instruments import load_instrument, load_instrument_text
from pgp_desk.content.score_text import reason_text
from pgp_desk.domain.instrument_model import NOT_APPLICABLE
from pgp_desk.domain.instruments import score
from pgp_desk.ui.assessment.client_mode import ClientModeWindow
from pgp_desk.ui.assessment.questionnaire_widget import QuestionnaireWidget
from pgp_desk.ui.i18n import install_language


@pytest.fixture
def da(qapp):  # type: ignore[no-untyped-def]
    install_language("da")
    yield "da"
    install_language("en")


def _widget(qtbot, code: str) -> QuestionnaireWidget:  # type: ignore[no-untyped-def]
    widget = QuestionnaireWidget(load_instrument(code), lang="da")
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click(qtbot, widget: QuestionnaireWidget, item_id: str, name: str) -> None:  # type: ignore[no-untyped-def]
    control = widget.rows[item_id].control
    button = control.findChild(object, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_pgq_scores_update_live_and_equal_the_engine(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Clicking answers updates each score card to exactly the engine's value."""
    widget = _widget(qtbot, "pgq")
    definition = widget.definition
    for i, item in enumerate(definition.items):
        with qtbot.waitSignal(widget.answersChanged):
            _click(qtbot, widget, item.id, f"option_{i % 4}")
    expected = score(definition, {item.id: i % 4 for i, item in enumerate(definition.items)})
    assert widget.result() == expected
    for score_id, card in widget.cards.items():
        shown = card.value.text().split("<")[0]
        assert shown == f"{expected.value(score_id):.1f}".replace(".", ",")
        assert not card.reason.isVisible()


def test_answer_count_fills_both_values_into_the_danish_text(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """The translated "%1 of %2 answered" shows both numbers, each in its own place."""
    widget = _widget(qtbot, "pgq")
    total = len(widget.definition.items)
    for i, item in enumerate(widget.definition.items[:3]):
        with qtbot.waitSignal(widget.answersChanged):
            _click(qtbot, widget, item.id, f"option_{i}")
    assert widget.counts.text() == f"3 af {total} besvaret"


def test_typing_digits_answers_and_moves_to_the_next_item(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """A therapist can key in a paper PGQ: digits answer, focus moves on by itself."""
    widget = _widget(qtbot, "pgq")
    first = widget.rows["dressing"].control
    widget.activateWindow()
    first.setFocus()
    for digit in "3210":
        qtbot.keyClicks(widget.focusWidget(), digit)
    ids = [item.id for item in widget.definition.items[:4]]
    assert [widget.answers()[i] for i in ids] == [3, 2, 1, 0]
    assert widget.focusWidget() is widget.rows[widget.definition.items[4].id].control
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(widget.focusWidget(), Qt.Key.Key_Delete)
    assert ids[3] not in widget.answers()


def test_a_click_moves_on_like_a_digit_and_the_buttons_show_their_digit(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Mixing mouse and keyboard: after a click, the next digit answers the next question
    instead of overwriting the one just clicked; each button shows the digit that types it."""
    widget = _widget(qtbot, "pgq")
    ids = [item.id for item in widget.definition.items[:3]]
    first = widget.rows[ids[0]].control
    assert [first.buttons[v].text().split()[0] for v in range(4)] == ["0", "1", "2", "3"]
    assert first.buttons[0].text() == "0  Slet ikke"
    widget.activateWindow()
    _click(qtbot, widget, ids[0], "option_2")
    assert widget.focusWidget() is widget.rows[ids[1]].control
    qtbot.keyClicks(widget.focusWidget(), "1")
    _click(qtbot, widget, ids[2], "option_3")
    assert [widget.answers()[i] for i in ids] == [2, 1, 3]


def test_not_applicable_leaves_the_maximum_and_too_many_blanks_give_a_reason(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Not applicable shrinks the maximum like the engine; a score with too many blanks
    shows "–" and the engine's reason."""
    widget = _widget(qtbot, "pgq")
    activity = [i for i in widget.definition.items if i.subscale == "activity"]
    answers = {item.id: 2 for item in activity[3:]}
    answers[activity[0].id] = NOT_APPLICABLE
    widget.set_answers(answers)  # activity[2] and all 5 symptom items stay blank
    _click(qtbot, widget, activity[1].id, "na")
    assert widget.answers()[activity[1].id] == NOT_APPLICABLE
    result = widget.result()
    assert result.value("activity") == 66.7  # 17 items x 2 / (17 x 3)
    assert result.scores["activity"].max_possible == 51
    assert widget.cards["activity"].value.text().startswith("66,7")
    assert re.search(r"\b2 (not applicable|ikke relevante)", widget.counts.text())
    assert widget.cards["symptom"].value.text() == "–"
    total = widget.cards["total"]
    assert total.value.text() == "–"
    assert total.reason.isVisible()
    assert result.scores["total"].reason == "too_many_missing"
    assert total.reason.text() == reason_text(result.scores["total"], "da")


def test_rmdq_is_a_checklist_where_unticked_means_no(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """The first tick records every other statement as "no", so the count is computed."""
    widget = _widget(qtbot, "rmdq")
    assert widget.result().value("total") is None
    first = widget.definition.items[0].id
    qtbot.mouseClick(widget.rows[first].control.tick, Qt.MouseButton.LeftButton)
    assert widget.answers()[first] == 1
    assert len(widget.answers()) == 24
    assert widget.result().value("total") == 1
    assert widget.cards["total"].value.text().startswith("1")


def test_nrs_takes_ten_from_two_quick_digits(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """On a 0-10 scale "1" then "0" is 10, and the form moves to the next time point."""
    widget = _widget(qtbot, "nrs")
    widget.activateWindow()
    widget.rows["now"].control.setFocus()
    qtbot.keyClicks(widget.rows["now"].control, "10")
    assert widget.answers() == {"now": 10}
    assert widget.focusWidget() is widget.rows["worst_week"].control
    assert widget.cards["now"].value.text().startswith("10")


def test_psfs_keeps_the_clients_own_activity_names(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Client-named items store her words next to the ratings; the mean needs 3 ratings."""
    widget = _widget(qtbot, "psfs")
    assert not widget.client_button.isVisible()
    names = {"activity_1": "Gå med barnevogn", "activity_2": "Tømme opvaskemaskinen",
             "activity_3": "Løfte storebror"}
    for item_id, name in names.items():
        qtbot.keyClicks(widget.rows[item_id].name_edit, name)
    widget.set_answers({"activity_1": 4, "activity_2": 6})
    assert widget.result().value("mean") is None
    assert widget.cards["mean"].reason.isVisible()
    _click(qtbot, widget, "activity_3", "option_8")
    stored = widget.value()
    assert stored == {"instrument": "PSFS", "version": "1", "labels": names,
                      "answers": {"activity_1": 4, "activity_2": 6, "activity_3": 8}}
    again = QuestionnaireWidget(widget.definition, lang="da")
    qtbot.addWidget(again)
    again.set_value(stored)
    assert again.value() == stored
    assert again.result().value("mean") == 6.0


def test_an_invalid_stored_answer_is_refused(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Answers outside the definition raise instead of being shown wrongly."""
    widget = _widget(qtbot, "nrs")
    with pytest.raises(ValueError):
        widget.set_answers({"now": 11})
    with pytest.raises(ValueError):
        widget.set_answers({"now": NOT_APPLICABLE})


IMPORTED = """
code: ODI-TEST
version: "1"
names: {da: Importeret skema}
languages: [da]
source: A licensed import in one language.
licence: {terms: Clinic licence, wording: original, requires_clinic_licence: true}
wording: original
option_sets:
  six:
    options:
""" + "".join(
    f"      - {{value: {v}, labels: {{da: 'Udsagn nummer {v} der er langt nok til en liste'}}}}\n"
    for v in range(6)) + """
items:
  - {id: s1, texts: {da: Første afsnit}, options: six}
  - {id: s2, texts: {da: Andet afsnit}, options: six}
scoring: {rule: percent_of_answered_max, decimals: 0}
scores:
  - {id: total, names: {da: I alt}, range: [0, 100], direction: higher_worse}
"""


def test_an_imported_one_language_instrument_renders_as_lists(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """A clinic's import with long option texts gets vertical lists and scores live."""
    definition = load_instrument_text(IMPORTED, "odi-test.yaml")
    widget = QuestionnaireWidget(definition, lang="nb")
    qtbot.addWidget(widget)
    widget.show()
    assert widget.rows["s1"].control.kind == "list"
    assert "Udsagn nummer 5" in widget.rows["s1"].control.buttons[5].text()
    qtbot.mouseClick(widget.rows["s1"].control.buttons[3], Qt.MouseButton.LeftButton)
    assert widget.result().value("total") == 60
    assert widget.cards["total"].value.text().startswith("60")


def _licensed_pgq():  # type: ignore[no-untyped-def]
    """The PGQ as a clinic with the licensed wording would import it (full wording)."""
    from dataclasses import replace

    from pgp_desk.domain.instrument_model import Wording

    return replace(load_instrument("pgq"), wording=Wording.ORIGINAL)


def test_client_mode_is_off_for_short_labels_and_says_why(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """The shipped PGQ has labels, not the questions: the button is off with the reason;
    the licensed wording turns it on; the RMDQ's full statements keep it."""
    labels = _widget(qtbot, "pgq")
    assert labels.client_button.isVisible() and not labels.client_button.isEnabled()
    assert "officielle skema" in labels.client_button.toolTip()
    assert "ikke på skærmen" in labels.findChild(object, "wordingNote").text()
    licensed = QuestionnaireWidget(_licensed_pgq(), lang="da")
    qtbot.addWidget(licensed)
    assert licensed.client_button.isEnabled()
    assert _widget(qtbot, "rmdq").client_button.isEnabled()


def test_client_mode_returns_her_answers_without_showing_scores(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """She answers one big question at a time; "Færdig" hands the answers to the form."""
    widget = QuestionnaireWidget(_licensed_pgq(), lang="da")
    qtbot.addWidget(widget)
    widget.set_answers({"dressing": 1})
    window = widget.open_client_mode(fullscreen=False)
    qtbot.addWidget(window)
    assert isinstance(window, ClientModeWindow)
    assert not window.findChildren(object, "score_total")
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.progress_label.text() == "1 af 25"
    assert window.option_buttons[1].isChecked()  # what was already recorded is shown
    items = window.definition.items
    for position, item in enumerate(items):
        assert window.current_item() == item.id
        value = -1 if position == 3 else 3 if position < 20 else 2
        window.option_buttons[value].click()  # a tap; the buttons are rebuilt per item
        window.next_button.click()
    assert window.pages.currentIndex() == 2
    assert window.end_summary.text().startswith("Du har svaret på 25 af 25")
    with qtbot.waitSignal(widget.answersChanged):
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    answers = widget.answers()
    assert answers[items[3].id] == NOT_APPLICABLE
    assert answers[items[0].id] == 3 and answers[items[24].id] == 2
    assert widget.result().value("symptom") == pytest.approx(66.7)
    assert not window.isVisible()


def test_client_mode_cancel_keeps_the_form_as_it_was(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Cancelling (or closing) client mode changes nothing in the therapist's form."""
    widget = _widget(qtbot, "nrs")
    widget.set_answers({"now": 5})
    window = widget.open_client_mode(fullscreen=False)
    qtbot.addWidget(window)
    window.show_item(0)
    window.choose(9)
    with qtbot.waitSignal(window.cancelled):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert widget.answers() == {"now": 5}


@pytest.mark.parametrize("size", [(1280, 800), (800, 800), (1024, 600)])
def test_client_mode_intro_is_never_cut_off(qtbot, da, size) -> None:  # type: ignore[no-untyped-def]
    """The first screen the client reads shows its whole introduction at any window size."""
    from PySide6.QtWidgets import QLabel

    window = ClientModeWindow(load_instrument("pgq"), "da")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    intro = window.findChild(QLabel, "clientIntro")
    assert intro.height() >= intro.heightForWidth(intro.width()), (intro.height(), size)
