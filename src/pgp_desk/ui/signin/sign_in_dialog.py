"""The first window of every start: user name and password, checked off the GUI thread.

It can be shown before the database is open (``database=None``): it loads Qt only, the
person types while the database opens in the background, and ``set_database`` hands it
over; *Sign in* pressed before that waits for it, then checks the password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.services.demo.demo_names import DEMO_PASSWORD
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.form import error_line
from pgp_desk.ui.widgets.labels import notice, paragraph
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named, titled

if TYPE_CHECKING:  # loaded in the background while the window is shown
    from pgp_desk.services.database import Database
    from pgp_desk.services.people.actor import Actor
    from pgp_desk.ui.signin.connection_dialog import ConnectionDialog


class SignInDialog(QDialog):
    """Signs a person in; ``actor`` holds her when the dialog is accepted."""

    def __init__(self, db: Database | None, username: str = "", note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.waiting = False  # Sign in was pressed before the database was open
        titled(self, "signInDialog", self.tr("Sign in to PGP Desk"))
        self.username = named(QLineEdit(username), "signInUser")
        self.password = named(QLineEdit(), "signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_line("signInMessage")
        self.opening = notice("hint", "signInOpening")
        self.opening.setText(self.tr("Opening the database …"))
        self.button = named(QPushButton(self.tr("Sign in")), "signInButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        if note:
            layout.addWidget(paragraph(note, "signInNote"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.opening)
        self.connection = named(QPushButton(self.tr("Connection …")), "signInConnection")
        self.connection.setAutoDefault(False)
        self.connection.clicked.connect(self.choose_connection)
        layout.addLayout(side_by_side(self.connection, 1, self.button))
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def choose_connection(self) -> None:
        """The clinic server this workstation uses; a new choice counts from the next start.

        Its module (with the database libraries) loads off the GUI thread first: the
        window may be shown before they are loaded."""
        Operation(self, _load_connection_dialog, self._open_connection) \
            .disabling(self.connection).run()

    def _open_connection(self, dialog_class: type[ConnectionDialog]) -> None:
        dialog = dialog_class(self.username.text(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr(
                "The connection is saved: PGP Desk uses it from its next start."))
            self.message.show()

    def set_database(self, db: Database) -> None:
        """The database has opened: a waiting *Sign in* is checked now."""
        self.db = db
        if self.waiting:
            self.waiting = False
            self.opening.hide()
            self._fields_enabled(True)
            self.submit()

    def submit(self) -> None:
        self.message.hide()
        if self.db is None:
            self.waiting = True
            self.opening.show()
            self._fields_enabled(False)
            return
        db, username, password = self.db, self.username.text(), self.password.text()
        Operation(self, lambda: _sign_in(db, username, password), self._signed_in) \
            .failure(self._refused).disabling(self.button, self.username, self.password).run()

    def _fields_enabled(self, on: bool) -> None:
        for widget in (self.button, self.username, self.password):
            widget.setEnabled(on)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))
        self.message.show()
        self.password.clear()
        self.password.setFocus()


def demo_note() -> str:
    return fill(QCoreApplication.translate(
        "SignIn", "Demo clinic (fictional people): sign in as mette (administrator), jonas "
        "or ingrid (therapists) or sofie (secretary). The password of all four is %1."),
        DEMO_PASSWORD)


def _sign_in(db: Database, username: str, password: str) -> Actor:
    from pgp_desk.services.people.signin import sign_in  # loaded with the database

    return sign_in(db, username, password)


def _load_connection_dialog() -> type[ConnectionDialog]:
    from pgp_desk.ui.signin.connection_dialog import ConnectionDialog

    return ConnectionDialog
