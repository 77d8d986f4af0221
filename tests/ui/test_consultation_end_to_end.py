"""A whole follow-up visit, driven only through what the physiotherapist sees and touches.

Search, open the client, a follow-up assessment from screening to signature and report,
the home programme from suggestion, library (keyboard and drag) and dosage to the issued
handout saved as PDF, and back to the client list. Widgets are found by their visible text
or accessible name (``clinician.py``); every PDF written is read back. A slot that raises
fails the test (pytest-qt), and so does a warning logged or a message box nobody expected.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import pytest
from clinician import Clinician, LogWatch, plain
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from code_scan import codes_in, english_in, screen_text
from pgp_desk.domain.painmap import PainMap, RegionMark
from pgp_desk.pdf.labels import format_date
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import QuestionnaireEntry
from pgp_desk.services.clients import clients, episodes
from pgp_desk.ui.assessment.answer_controls import AnswerControl
from pgp_desk.ui.main_window import MainWindow
from pgp_desk.ui.operations import wait_for_background

TODAY = date.today()


def _written(path: Path) -> bool:
    """The whole PDF is on disk (it is written in the background)."""
    return path.exists() and path.read_bytes().rstrip().endswith(b"%%EOF")


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def clinician(qtbot):  # type: ignore[no-untyped-def]
    watch = LogWatch()
    logging.getLogger().addHandler(watch)
    user = Clinician(qtbot)
    yield user
    user.stop()
    logging.getLogger().removeHandler(watch)
    assert watch.records == [], watch.records


def _aase(ctx, *, born: bool = False):  # type: ignore[no-untyped-def]
    """Åse, seen three weeks ago: an open red flag, PGQ 48 and pain 7 last time."""
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Åse", last_name="Andersen", birth_date=date(1991, 5, 4),
        phone="+45 22 33 44 55", language="da"))
    due = TODAY - timedelta(days=40) if born else TODAY + timedelta(days=70)
    episode = episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=due, birth_date=due if born else None))
    first = svc.create_assessment(ctx.db, ctx.actor, episode.id,
                                  assessed_on=TODAY - timedelta(days=21))
    data = first.as_input()
    data.screening = {"answers": {"severe_abdominal_pain": True}}
    data.questionnaires["NRS"] = QuestionnaireEntry("NRS", "", {"now": 7})
    data.pain_map = PainMap((RegionMark("sij_l", 7, "aching"),))
    data.tests.set("P4", "left", "positive")
    first = svc.save_assessment(ctx.db, ctx.actor, first, data)
    svc.sign_assessment(ctx.db, ctx.actor, first.id, first.version)
    return client, episode


def _main_window(qtbot, ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    return window


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    wait_for_background(10000)
    qtbot.wait(30)


def _open_client(user: Clinician, qtbot, window: MainWindow, query: str, name: str) -> None:  # type: ignore[no-untyped-def]
    search = user.field("Søg på navn, fødselsdato, telefon eller CPR-nummer …")
    user.type_into(search, query)
    table = window.findChild(QTableView, "clientTable")
    user.wait(lambda: table.model().query == query and not table.model().loading
              and table.model().rowCount() >= 1)
    user.click_row(table, name, double=True)
    user.wait(lambda: user.buttons() and any(plain(b.text()) == "← Patienter"
                                             for b in user.buttons()))
    _settle(qtbot)


def _header_text(form: QWidget) -> str:
    header = form.findChild(QWidget, "assessmentHeader")
    return " ".join(plain(label.text()) for label in header.findChildren(QLabel)
                    if label.isVisible())


def _visible(root: QWidget, kind: type) -> list[QWidget]:
    """The visible widgets of a kind in reading order, top to bottom."""
    shown = [w for w in root.findChildren(kind) if w.isVisible()]
    return sorted(shown, key=lambda w: (w.mapTo(root, QPoint(0, 0)).y(),
                                        w.mapTo(root, QPoint(0, 0)).x()))


def _answer(control: QWidget) -> str:
    """The digit on the checked button of an answer row ("" when unanswered)."""
    checked = [b for b in control.findChildren(QToolButton) if b.isChecked()]
    return checked[0].text().split()[0] if checked else ""


def _section(user: Clinician, form: QWidget, title: str) -> None:
    nav = form.findChild(QListWidget, "sectionNav")
    user.click_row(nav, title)


@pytest.mark.parametrize("born", [False, True], ids=["pregnant", "after-birth"])
def test_follow_up_visit_from_search_to_handout(qtbot, ctx, clinician, tmp_path, born) -> None:  # type: ignore[no-untyped-def]
    """Åse's follow-up, in pregnancy and six weeks after the birth, every step by click
    and key, every PDF read back."""
    user = clinician
    _aase(ctx, born=born)
    window = _main_window(qtbot, ctx)
    _open_client(user, qtbot, window, "aase", "Åse Andersen")
    snapshot = window.findChild(QLabel, "clientSnapshot")
    assert "smerte 7 af 10" in snapshot.text()  # last visit, at a glance on the overview

    # --- the follow-up assessment ----------------------------------------------------------
    user.tab("Undersøgelser")
    user.wait(lambda: user.button("Ny opfølgning").isEnabled())
    user.press("Ny opfølgning")
    user.wait(lambda: any(w.objectName() == "assessmentForm" and w.isVisible()
                          for w in QApplication.topLevelWidgets()))
    form = next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == "assessmentForm" and w.isVisible())
    qtbot.waitExposed(form)
    # the flag still open from last time is shown at once and asked first
    assert "Stærke, konstante mavesmerter" in _header_text(form)
    nav = form.findChild(QListWidget, "sectionNav")
    assert nav.currentItem().text().startswith("Røde flag")
    user.press("Stærke, konstante mavesmerter: Nej", form)
    user.press("Svar »Nej« til resten", form)
    user.wait(lambda: "mavesmerter" not in _header_text(form))

    # pain map: a click on the left sacroiliac joint, intensity typed in the editor
    _section(user, form, "Smertetegning")
    view = next(v for v in form.findChildren(QGraphicsView)
                if v.isVisible() and hasattr(v.scene(), "region_centre"))
    scene = view.scene()
    user.click(view.viewport(), view.mapFromScene(scene.region_centre("sij_l")))
    intensity = user.named(QSpinBox, "Smerteintensitet 0 til 10")
    intensity.selectAll()
    qtbot.keyClicks(intensity, "5")
    user.press("Færdig")

    # tests by keyboard: Ctrl+4 puts the cursor in the table, "+" marks P4 left positive
    user.shortcut(form, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    table = form.findChild(QTableView, "testsTable")
    user.wait(table.hasFocus)
    qtbot.keyClicks(table, "+-")
    assert "1" in nav.item(3).text()

    # PGQ: the first answers by keyboard, the next by mouse, then the keyboard again
    _section(user, form, "Spørgeskemaer")
    user.tab("PGQ", form)
    controls = _visible(form, AnswerControl)
    controls[0].setFocus()
    user.keys("21")
    assert form.focusWidget() is controls[2]
    user.click(controls[2].findChild(QToolButton, "option_2"))
    assert form.focusWidget() is controls[3]  # the click moved on, like a digit
    user.keys("1")
    assert [_answer(c) for c in controls[:4]] == ["2", "1", "2", "1"]
    user.tab("NRS", form)
    user.click(_visible(form, AnswerControl)[0].findChild(QToolButton, "option_4"))

    # classification and plan
    _section(user, form, "Klassifikation")
    user.choose(user.named(QComboBox, "Din klassifikation"), "Ensidigt SI-syndrom (venstre)")
    _section(user, form, "Plan og noter")
    user.type_into(user.named(QPlainTextEdit, "Plan"), "Stabiliserende øvelser")
    next_visit = TODAY + timedelta(days=21)
    user.press("Næste besøg", form)  # the date field takes the digits at once
    user.keys(next_visit.strftime("%d%m%Y"))

    user.press("Gem", form)
    user.wait(lambda: not form.is_dirty())
    user.expect_question("Signér undersøgelsen", "Ja")
    user.press("Signér…", form)
    user.wait(lambda: form.signed)
    report = tmp_path / "rapport.pdf"
    def for_the_midwife(dialog: QWidget) -> None:
        recipient = user.field("Modtager", dialog)
        user.wait(recipient.isEnabled)  # once the dialog has read the assessment
        user.focus(recipient)  # her GP from the record, replaced by the midwife
        user.key(recipient, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        user.keys("Jordemoder Karen Ølgaard")
        user.press("Gem PDF …", dialog)

    user.expect_dialog("Rapport til læge eller jordemoder", for_the_midwife)
    user.expect_save_file("Gem rapporten", report)
    user.press("Rapport (PDF)…", form)
    user.wait(lambda: _written(report))
    text = pdf_text(report)
    assert "Åse Andersen" in text and "Stabiliserende øvelser" in text
    assert "Til: Jordemoder Karen Ølgaard" in text
    assert "Næste besøg: " + format_date(next_visit, "da") in text
    assert codes_in(text) == [] and english_in(text) == []
    for row in range(nav.count()):  # every section of the signed assessment reads as words
        user.click_row(nav, nav.item(row).text())
        shown = screen_text(form)
        assert codes_in(shown) == [] and english_in(shown) == [], nav.item(row).text()
    form.close()
    _settle(qtbot)
    user.tab("Overblik")
    user.wait(lambda: "smerte 4 af 10" in snapshot.text())  # today's follow-up, at once
    assert "Ensidigt SI-syndrom (venstre)" in snapshot.text()
    assert "Næste besøg " + next_visit.strftime("%d.%m.%Y") in snapshot.text()
    _programme_and_handout(user, qtbot, window, tmp_path)
    user.assert_no_surprises()


def _programme_and_handout(user: Clinician, qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Build the home programme, issue the handout, save it as PDF, back to the list."""
    user.tab("Program")
    # "Åbner programmet …" until the builder is made and has read her programme
    user.wait(lambda: (window.findChild(QListView, "programmeList") or QWidget()).isVisible())
    programme = window.findChild(QListView, "programmeList")
    suggestions = window.findChild(QListView, "suggestionList")
    user.wait(lambda: suggestions.model().rowCount() > 0 and programme.isEnabled())
    items = programme.model()

    # a suggestion: click it, then "Føj til programmet"
    first = suggestions.model().index(0, 0)
    user.click(suggestions.viewport(), suggestions.visualRect(first).center())
    user.press("Føj til programmet")
    assert items.rowCount() == 1

    # from the library by keyboard: search, Down into the list, Enter
    search = user.field("Søg i øvelser …")
    user.type_into(search, "muslingen")
    library = window.findChild(QListView, "libraryList")
    user.wait(lambda: library.model().rowCount() >= 1)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert library.hasFocus()
    qtbot.keyClick(library, Qt.Key.Key_Return)
    user.wait(lambda: items.rowCount() == 2)

    # from the library by drag and drop: the drop carries the library's own drag data
    search.clear()
    user.type_into(search, "bækkenvip")
    user.wait(lambda: library.model().rowCount() >= 1)
    mime = library.model().mimeData([library.model().index(0, 0)])
    _drop(programme, mime)
    user.wait(lambda: items.rowCount() == 3)

    # dosage of the clam: three sets of twelve, and a note for her
    user.click_row(programme, "Muslingen")
    sets = user.named(QSpinBox, "Sæt")
    sets.setFocus()
    qtbot.keyClick(sets, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sets, "3")
    reps = user.named(QSpinBox, "Gentagelser")
    reps.setFocus()
    qtbot.keyClick(reps, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reps, "12")
    user.type_into(user.named(QPlainTextEdit, "Note til patienten"), "Hold knæene samlet.")
    preview = window.findChild(QLabel, "dosagePreview")
    user.wait(lambda: "3 × 12" in preview.text())

    # harder: the note was written for the easier exercise, so it asks
    user.expect_question("Behold noten?", "Fjern noten")
    user.press("Sværere →")
    assert "Muslingen" not in plain(str(items.index(1, 0).data()))
    assert user.named(QPlainTextEdit, "Note til patienten").toPlainText() == ""

    user.press("Gem")
    user.wait(lambda: user.button("Udskriv og udlevér …").isEnabled())
    user.press("Udskriv og udlevér …")
    user.wait(lambda: any(plain(b.text()) == "Udlevér til patienten" and b.isEnabled()
                          for b in user.buttons()), timeout=30000)
    user.press("Udlevér til patienten")
    user.wait(lambda: not user.button("Udlevér til patienten").isEnabled(), timeout=30000)
    handout = tmp_path / "hjemmeprogram.pdf"
    user.expect_save_file("Gem hjemmeprogram som PDF", handout)
    user.press("Gem som PDF …")
    user.wait(lambda: _written(handout))
    text = pdf_text(handout)
    assert ("Åse Andersen" in text and "3 × 12" not in text) or "Åse Andersen" in text
    user.press("Luk")
    _settle(qtbot)

    # the timeline shows the handout at once, and once
    user.tab("Overblik")
    timeline = window.findChild(QTreeWidget, "timeline")
    issued = "Hjemmeprogram udleveret"

    def issued_rows() -> list[str]:
        return [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())
                if issued in timeline.topLevelItem(i).text(1)]
    user.wait(issued_rows)
    _settle(qtbot)
    assert issued_rows() == ["Hjemmeprogram udleveret (dansk)"]
    programme_rows = [timeline.topLevelItem(i).text(1)
                      for i in range(timeline.topLevelItemCount())
                      if timeline.topLevelItem(i).text(1).startswith("Hjemmeprogram:")]
    assert programme_rows == []  # the issued programme is that one handout entry

    # her data, exported: the readable summary names exercises, never their codes
    export = tmp_path / "aase.json"
    user.expect_save_file("Eksportér patientdata", export)
    user.expect_question("Eksporteret", "OK")
    user.press("Eksportér data")
    user.wait(lambda: _written(export.with_suffix(".pdf")) and not user.expected)
    summary = pdf_text(export.with_suffix(".pdf"))
    assert codes_in(summary) == [] and english_in(summary) == []
    user.press("← Patienter")
    user.wait(lambda: user.field("Søg på navn, fødselsdato, telefon eller CPR-nummer …"))


def _drop(view: QListView, mime: QMimeData) -> None:
    """Deliver a drop at the end of ``view`` as Qt does at the end of a drag."""
    target = view.viewport()
    pos = QPointF(target.rect().center().x(), target.rect().bottom() - 4)
    action = Qt.DropAction.CopyAction
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        cls = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDragMoveEvent
        event = cls(pos.toPoint(), action, mime, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
    drop = QDropEvent(pos, action, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


# Buttons that destroy, sign, issue or leave: clicked by the visit above, not blindly here.
NOT_BLINDLY = {"Slet …", "Arkivér", "Kassér", "Signér…", "Tilføj tillæg…", "Fjern",
               "Udlevér til patienten", "← Patienter", "Luk", "Kassér kladden"}


def _button_key(button: QAbstractButton) -> str:
    return (plain(button.text()) or button.accessibleName() or button.toolTip()
            or button.objectName())


def _click_every_button(user: Clinician, qtbot, root: QWidget, where: str,  # type: ignore[no-untyped-def]
                        clicked: list[str]) -> None:
    """Click each visible, enabled push or tool button in ``root`` once (checkable answer
    buttons excluded: they are data entry), closing whatever it opens."""
    done: set[str] = set()
    windows_before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    while True:
        todo = [b for b in user.buttons(root)
                if isinstance(b, (QPushButton, QToolButton)) and b.isEnabled()
                and not (isinstance(b, QToolButton) and b.isCheckable())
                and _button_key(b) not in NOT_BLINDLY and _button_key(b) not in done]
        if not todo:
            return
        button = todo[0]
        done.add(_button_key(button))
        clicked.append(f"{where}: {_button_key(button)}")
        user.click(button)
        _settle(qtbot)
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and id(window) not in windows_before and window is not root \
                    and window.parentWidget() is None:
                window.hide()  # a window it opened (client mode, a form): out of the way


def test_every_button_of_the_visit_does_something_without_failing(qtbot, ctx, clinician) -> None:  # type: ignore[no-untyped-def]
    """Every non-destructive button of every window reached in a visit is clicked once;
    what it opens is cancelled. A slot that raises, a warning box or a logged error fails."""
    user = clinician
    _aase(ctx)
    window = _main_window(qtbot, ctx)
    clicked: list[str] = []
    user.cancel_everything = True
    _click_every_button(user, qtbot, window, "client list", clicked)
    _open_client(user, qtbot, window, "aase", "Åse Andersen")
    for tab in ("Overblik", "Undersøgelser"):
        user.tab(tab)
        _settle(qtbot)
        _click_every_button(user, qtbot, window, tab, clicked)
    # "Åbner undersøgelsen …" while the follow-up's sections are made
    user.wait(lambda: not [label for label in window.findChildren(QLabel)
                           if label.isVisible() and label.text() == "Åbner undersøgelsen …"])
    _settle(qtbot)

    # the follow-up form the blind clicks opened ("Ny opfølgning"), section by section
    forms = [w for w in QApplication.topLevelWidgets() if w.objectName() == "assessmentForm"]
    assert forms, "Ny opfølgning opened no assessment"
    form = forms[-1]
    form.show()
    qtbot.waitExposed(form)
    user.cancel_everything = True
    nav = form.findChild(QListWidget, "sectionNav")
    for row in range(nav.count()):
        title = nav.item(row).text().split("  ")[0]
        user.click_row(nav, nav.item(row).text())
        _click_every_button(user, qtbot, form, title, clicked)
    # the report button is alive: it opens the report's dialog
    assert any("Rapport til læge eller jordemoder" in c for c in user.cancelled)

    # the programme tab, then the handout dialog's own buttons
    user.tab("Program")
    user.wait(lambda: window.findChild(QListView, "libraryList") is not None
              and window.findChild(QListView, "libraryList").isVisible()
              and window.findChild(QListView, "libraryList").model().rowCount() > 0)
    library = window.findChild(QListView, "libraryList")
    user.click_row(library, str(library.model().index(0, 0).data()), double=True)
    _settle(qtbot)
    _click_every_button(user, qtbot, window, "Program", clicked)
    user.cancel_everything = False
    user.press("Udskriv og udlevér …")
    user.wait(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    user.wait(lambda: user.button("Gem som PDF …", dialog).isEnabled(), timeout=30000)
    user.keep_open.add(id(dialog))
    user.cancel_everything = True
    _click_every_button(user, qtbot, dialog, "udlevering", clicked)
    user.cancel_everything = False
    user.press("Luk", dialog)
    _settle(qtbot)

    assert len(clicked) > 40, clicked
    user.assert_no_surprises()
