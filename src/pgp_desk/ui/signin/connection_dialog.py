"""The connection window: which clinic server this workstation uses, tested before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.services.errors import ValidationError
from pgp_desk.services.people import connection
from pgp_desk.services.people.connection import ConnectionForm, Outcome
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.style import set_tone
from pgp_desk.ui.widgets.form import ErrorForm
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named, titled


class ConnectionDialog(QDialog):
    """Server, port, database, TLS mode and CA file; *Test connection* signs in once and
    says what is wrong; *Save* keeps the choice (never the password) for the next start."""

    def __init__(self, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "connectionDialog", self.tr("Connection to the clinic server"))
        self.server = named(QLineEdit(), "connectionServer")
        self.server.setPlaceholderText("server.clinic.lan")
        self.port = named(QSpinBox(), "connectionPort")
        self.port.setRange(1, 65535)
        self.port.setValue(connection.DEFAULT_PORT)
        self.database = named(QLineEdit(), "connectionDatabase")
        self.tls = named(QComboBox(), "connectionTls")
        for mode, name in (("verify-full", self.tr("Encrypted, server certificate checked")),
                           ("require", self.tr("Encrypted, certificate not checked")),
                           ("disable", self.tr("Not encrypted"))):
            self.tls.addItem(name, mode)
        self.ca_file = named(QLineEdit(), "connectionCaFile")
        self.ca_file.setPlaceholderText(self.tr("The clinic's CA file (optional)"))
        self.username = named(QLineEdit(username), "connectionUser")
        self.password = named(QLineEdit(), "connectionPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = form = ErrorForm()
        form.add("server", self.tr("Server"), self.server)
        form.add("port", self.tr("Port"), self.port)
        form.add("database", self.tr("Database"), self.database)
        form.add("tls_mode", self.tr("TLS mode"), self.tls)
        form.add("ca_file", self.tr("CA file"), self.ca_file)
        form.add("username", self.tr("User name"), self.username)
        form.add("password", self.tr("Password"), self.password)
        self.verdict = paragraph(name="connectionResult")
        self.verdict.hide()
        self.test_button = named(QPushButton(self.tr("Test connection")), "connectionTest")
        self.test_button.clicked.connect(self.test)
        buttons = QDialogButtonBox()
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = named(buttons.addButton(QDialogButtonBox.StandardButton.Save),
                                 "connectionSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._show_saved()

    def _show_saved(self) -> None:
        saved = connection.saved_form()
        if saved is None:
            return
        self.server.setText(saved.server)
        self.port.setValue(saved.port)
        self.database.setText(saved.database)
        self.tls.setCurrentIndex(max(0, self.tls.findData(saved.tls_mode)))
        self.ca_file.setText(saved.ca_file)

    def fields(self) -> ConnectionForm:
        return ConnectionForm(self.server.text(), self.port.value(), self.database.text(),
                              str(self.tls.currentData()), self.ca_file.text())

    def url(self) -> str | None:
        """The workstation URL of the fields, or None with each wrong field marked."""
        self.form.clear_errors()
        try:
            return connection.workstation_url(self.fields())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return None

    def test(self) -> None:
        url = self.url()
        if url is None:
            return
        username, password = self.username.text(), self.password.text()
        self.verdict.hide()
        Operation(self, lambda: connection.try_connection(url, username, password),
                  self._tested).disabling(self.test_button, self.save_button).run()

    def _tested(self, outcome: Outcome) -> None:
        self._say(self.sentence(outcome), "good" if outcome.kind == connection.OK else "alarm")

    def _say(self, text: str, tone: str) -> None:
        """The test's verdict (or why the choice could not be saved) under the fields."""
        self.verdict.setText(text)
        set_tone(self.verdict, tone)
        self.verdict.show()

    def sentence(self, outcome: Outcome) -> str:
        """One translated sentence per outcome, naming what is wrong and what to do."""
        sentences = {
            connection.OK: lambda: self.tr("Connected: %1 signed in to %2."),
            connection.UNREACHABLE: lambda: self.tr(
                "The server %1 cannot be reached (%2). Check the server's name and port, "
                "and that this computer is on the clinic network."),
            connection.TLS_REFUSED: lambda: self.tr(
                "The encrypted connection to %1 was refused (%2). Check the TLS mode and "
                "the CA file, or ask IT for the clinic's CA file."),
            connection.SCHEMA_NEWER: lambda: self.tr(
                "The clinic database (schema %1) was upgraded by a newer PGP Desk: install "
                "the PGP Desk version the clinic uses."),
            connection.SCHEMA_OLDER: lambda: self.tr(
                "The clinic database has schema %1 and this PGP Desk needs %2: IT must run "
                "'pgp-desk db upgrade' on it first."),
        }
        if outcome.kind in sentences:
            return fill(sentences[outcome.kind](), *outcome.params)
        assert outcome.error is not None
        return describe_error(outcome.error)

    def save(self) -> None:
        if self.url() is None:
            return
        try:
            connection.save(self.fields())
        except OSError as exc:
            self._say(describe_error(exc), "alarm")
            return
        self.accept()
