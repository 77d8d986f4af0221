"""Keys that end things: Esc / Ctrl+W close an assessment, Ctrl+Q closes PGP Desk, and
Home / End jump to the first and last client, each through the real shortcut."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from clinician import Clinician
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from pgp_desk.services.assessments.assessment_model import INITIAL
from pgp_desk.services.clients import clients, episodes
from pgp_desk.ui.assessment.form import AssessmentForm, load_form_data
from pgp_desk.ui.main_window import MainWindow
from pgp_desk.ui.operations import wait_for_background


@pytest.fixture
def user(qtbot):  # type: ignore[no-untyped-def]
    clinician = Clinician(qtbot)
    yield clinician
    clinician.stop()


def _form(qtbot, ctx) -> AssessmentForm:  # type: ignore[no-untyped-def]
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Signe", last_name="Bæk", language="da"))
    episode = episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=90)))
    form = AssessmentForm(ctx, load_form_data(ctx, client, episode, None, INITIAL))
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


@pytest.mark.parametrize("key", ["Escape", "Ctrl+W"])
def test_esc_and_ctrl_w_close_an_assessment_asking_about_unsaved_changes(  # type: ignore[no-untyped-def]
        qtbot, ctx, user, key) -> None:
    form = _form(qtbot, ctx)
    form.jump_to("plan")
    user.keys("Kontrol om 3 uger")
    press = ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier) if key == "Escape"
             else (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier))
    typing_in = QApplication.focusWidget()
    user.expect_question("Ikke-gemte ændringer", "Annuller")
    qtbot.keyClick(typing_in, *press)
    assert form.isVisible() and form.is_dirty()  # cancelled: still open, still typed
    form.activateWindow()  # the window manager gives the window back after the question
    qtbot.waitUntil(form.isActiveWindow)
    user.expect_question("Ikke-gemte ændringer", "Kassér")
    qtbot.keyClick(typing_in, *press)
    qtbot.waitUntil(lambda: not form.isVisible())
    user.assert_no_surprises()


def test_ctrl_q_closes_the_assessment_windows_and_the_program(qtbot, ctx, user) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    form = _form(qtbot, ctx)
    form.jump_to("plan")
    user.keys("Kontrol om 3 uger")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    user.expect_question("Ikke-gemte ændringer", "Annuller")
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and form.isVisible()  # "Cancel" keeps everything open
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    user.expect_question("Ikke-gemte ændringer", "Kassér")
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible() and not form.isVisible())
    user.assert_no_surprises()


def test_home_and_end_jump_to_the_first_and_last_client(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for last in ("Andersen", "Bæk", "Christensen", "Dahl"):
        clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
            first_name="Anne", last_name=last, language="da"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    table = window.findChild(QTableView, "clientTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 4)
    wait_for_background(5000)
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == 3
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0
