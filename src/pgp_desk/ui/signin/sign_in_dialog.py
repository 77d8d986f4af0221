"""The first window of every start: user name and password, checked off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signin import sign_in
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.signin.connection_dialog import ConnectionDialog
from pgp_desk.ui.widgets.form import error_line
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named, titled


class SignInDialog(QDialog):
    """Signs a person in; ``actor`` holds her when the dialog is accepted."""

    def __init__(self, db: Database, username: str = "", note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        titled(self, "signInDialog", self.tr("Sign in to PGP Desk"))
        self.username = named(QLineEdit(username), "signInUser")
        self.password = named(QLineEdit(), "signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_line("signInMessage")
        self.button = named(QPushButton(self.tr("Sign in")), "signInButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        if note:
            hint = paragraph(note, "signInNote")
            layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.connection = named(QPushButton(self.tr("Connection …")), "signInConnection")
        self.connection.setAutoDefault(False)
        self.connection.clicked.connect(self.choose_connection)
        row = QHBoxLayout()
        row.addWidget(self.connection)
        row.addStretch(1)
        row.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def choose_connection(self) -> None:
        """The clinic server this workstation uses; a new choice counts from the next start."""
        dialog = ConnectionDialog(self.username.text(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr(
                "The connection is saved: PGP Desk uses it from its next start."))
            self.message.show()

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        self.message.hide()
        Operation(self, lambda: sign_in(self.db, username, password), self._signed_in) \
            .failure(self._refused).disabling(self.button, self.username, self.password).run()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))
        self.message.show()
        self.password.clear()
        self.password.setFocus()
