"""The sign-in window and the first administrator's window, driven like a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from people_world import TEST_PASSWORD, workstation_url
from pgp_desk.services.context import AppContext
from pgp_desk.services.database import open_database
from pgp_desk.services.people.signin import sign_in
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.operations import wait_for_background
from pgp_desk.ui.signin.people_dialog import PeopleDialog, PersonDialog
from pgp_desk.ui.signin.profile_dialog import AdministratorDialog
from pgp_desk.ui.signin.recovery_dialog import RecoveryCodeDialog
from pgp_desk.ui.signin.sign_in_dialog import SignInDialog

# A 1920×1080 screen at 150 % leaves 1280×720 logical pixels; 1366×768 is larger.
SMALLEST = (1280, 720)


@pytest.fixture
def danish(qapp):  # type: ignore[no-untyped-def]
    install_language("da")
    yield
    wait_for_background(10000)
    install_language("en")


def test_wrong_password_is_said_and_the_right_one_signs_in(qtbot, sqlite_db, danish) -> None:  # type: ignore[no-untyped-def]
    """A wrong password leaves the window open with one sentence; the right one closes it
    with the person signed in."""
    dialog = SignInDialog(sqlite_db, "therapist")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "forkert-kode")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20000)
    assert "adgangskode" in dialog.message.text()  # Danish: wrong user name or password
    assert dialog.password.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.username == "therapist"
    assert dialog.windowTitle() != "Sign in to PGP Desk"  # translated


def test_sign_in_pressed_before_the_database_is_open_waits_for_it(qtbot, sqlite_db, danish) -> None:  # type: ignore[no-untyped-def]
    """Shown before the database is open, the window takes the name and password; Sign in
    says the database is opening and waits, and the password is checked once it is."""
    dialog = SignInDialog(None, "therapist")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert dialog.opening.isVisible() and dialog.opening.text() == "Åbner databasen …"
    assert not dialog.button.isEnabled() and not dialog.password.isEnabled()
    assert dialog.isVisible() and dialog.actor is None
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.set_database(sqlite_db)
    assert dialog.actor is not None and dialog.actor.username == "therapist"
    assert not dialog.opening.isVisible()


@pytest.mark.postgres
def test_a_workstation_signs_in_to_the_clinic_server(qtbot, postgres_url, danish) -> None:  # type: ignore[no-untyped-def]
    """The workstation's URL names the server and database only: the window's user name
    and password log in to PostgreSQL as her, and a wrong one is the server's refusal."""
    from pgp_desk.ui.startup import open_and_prepare

    opened = open_and_prepare(workstation_url(postgres_url), False, lambda _d, _t: None)
    try:
        assert opened.state == "sign_in" and opened.db.awaiting_sign_in
        dialog = SignInDialog(opened.db, "kollega")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.password, "forkert-kode")
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20000)
        assert "adgangskode" in dialog.message.text()
        qtbot.keyClicks(dialog.password, TEST_PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=20000):
            qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        assert dialog.actor is not None and dialog.actor.full_name == "Karen Kollega"
        assert opened.db.person_role is not None and opened.db.person_role.endswith(".kollega")
    finally:
        opened.db.close()


def test_first_administrator_is_created_through_the_window(qtbot, tmp_path: Path, danish) -> None:  # type: ignore[no-untyped-def]
    """Errors show under their fields; a complete form creates the administrator, who is
    signed in and can sign in again with her password."""
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}", create=True)
    try:
        dialog = AdministratorDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.form.full_name, "Anne Holm")
        qtbot.keyClicks(dialog.form.username, "Anne")
        qtbot.keyClicks(dialog.form.authorisation_id, "0A25Q")  # a vowel: not an ID
        qtbot.keyClicks(dialog.form.password, "en-lang-kode")
        qtbot.keyClicks(dialog.form.repeat, "en-anden-kode")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        errors = dialog.form.rows
        assert not errors["authorisation_id"].error.isHidden()
        assert not errors["repeat"].error.isHidden()
        dialog.form.authorisation_id.clear()
        qtbot.keyClicks(dialog.form.authorisation_id, "3kq7b")
        dialog.form.repeat.clear()
        qtbot.keyClicks(dialog.form.repeat, "en-lang-kode")
        with qtbot.waitSignal(dialog.accepted, timeout=30000):
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert dialog.started is not None
        assert dialog.started.actor.signature == "Anne Holm (aut.-ID 3KQ7B)"
        assert sign_in(db, "anne", "en-lang-kode").is_admin
    finally:
        wait_for_background(10000)
        db.close()


def test_windows_fit_the_smallest_screen(qtbot, sqlite_db, sqlite_actor, danish) -> None:  # type: ignore[no-untyped-def]
    """Every sign-in and people window fits 1280×720 logical pixels (1920×1080 at 150 %)."""
    ctx = AppContext(sqlite_db, sqlite_actor, "da")
    for dialog in (SignInDialog(sqlite_db, "", "x " * 60), AdministratorDialog(sqlite_db),
                   RecoveryCodeDialog("ABCDE-FGHJK-MNPQR-STUVW"), PeopleDialog(ctx),
                   PersonDialog(ctx)):
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint().expandedTo(dialog.size())
        assert hint.width() <= SMALLEST[0] and hint.height() <= SMALLEST[1], dialog
