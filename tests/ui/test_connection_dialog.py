"""The connection window, driven like IT or a therapist would: fields typed, *Test
connection* against the suite's PostgreSQL server, *Save* for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from people_world import TEST_PASSWORD
from pgp_desk import config
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.operations import wait_for_background
from pgp_desk.ui.signin.connection_dialog import ConnectionDialog
from pgp_desk.ui.signin.sign_in_dialog import SignInDialog


@pytest.fixture
def danish(qapp):  # type: ignore[no-untyped-def]
    install_language("da")
    yield
    wait_for_background(10000)
    install_language("en")


def _type_server(qtbot, dialog: ConnectionDialog, url: str) -> None:  # type: ignore[no-untyped-def]
    parsed = make_url(url)
    qtbot.keyClicks(dialog.server, parsed.host)
    dialog.port.clear()
    qtbot.keyClicks(dialog.port, str(parsed.port or 5432))
    qtbot.keyClicks(dialog.database, parsed.database)
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))


@pytest.mark.postgres
def test_a_wrong_password_is_said_then_the_right_one_connects_and_is_saved(  # type: ignore[no-untyped-def]
        qtbot, postgres_url, danish) -> None:
    dialog = ConnectionDialog("therapist")
    qtbot.addWidget(dialog)
    dialog.show()
    _type_server(qtbot, dialog, postgres_url)
    qtbot.keyClicks(dialog.password, "forkert")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict.isVisible(), timeout=20000)
    assert "adgangskode" in dialog.verdict.text()  # Danish: wrong user name or password
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict.isVisible() and "therapist" in dialog.verdict.text(),
                    timeout=20000)
    assert dialog.verdict.text().startswith("Forbundet")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = config.saved_database_url()
    assert saved is not None and TEST_PASSWORD not in saved
    assert make_url(saved).username is None
    assert make_url(saved).database == make_url(postgres_url).database


def test_an_unreachable_server_is_named_and_empty_fields_are_marked(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectionDialog("therapist")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and config.saved_database_url() is None
    assert dialog.form.first_error_field() is dialog.server
    qtbot.keyClicks(dialog.server, "127.0.0.1")
    dialog.port.clear()
    qtbot.keyClicks(dialog.port, "1")
    qtbot.keyClicks(dialog.database, "pgpdesk")
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    qtbot.keyClicks(dialog.password, "x")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict.isVisible(), timeout=20000)
    assert "127.0.0.1:1/pgpdesk" in dialog.verdict.text()
    assert dialog.verdict.text() != dialog.verdict.text().upper()


def test_the_sign_in_window_opens_it_with_the_saved_choice(qtbot, sqlite_db, danish) -> None:  # type: ignore[no-untyped-def]
    config.save_database_url("postgresql+psycopg://server.clinic.lan:6543/pgpdesk"
                             "?sslmode=verify-full&sslrootcert=/etc/ca.crt")
    sign_in = SignInDialog(sqlite_db, "therapist")
    qtbot.addWidget(sign_in)
    sign_in.show()
    opened: list[ConnectionDialog] = []

    def look() -> None:  # the window opens once its module has loaded in the background
        dialog = sign_in.findChild(ConnectionDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        opened.append(dialog)
        dialog.reject()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, look)
    qtbot.mouseClick(sign_in.connection, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    dialog = opened[0]
    assert (dialog.server.text(), dialog.port.value(), dialog.database.text(),
            dialog.tls.currentData(), dialog.ca_file.text()) == (
        "server.clinic.lan", 6543, "pgpdesk", "verify-full", "/etc/ca.crt")
