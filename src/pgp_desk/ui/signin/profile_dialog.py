"""The administrator's own profile on first start: of an empty database (she is created)
or of one upgraded from before sign-in (she completes the profile and sets a password)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from pgp_desk.services.database import Database
from pgp_desk.services.errors import FieldError, ValidationError
from pgp_desk.services.people import people
from pgp_desk.services.people.signin import (
    Started,
    complete_administrator,
    create_first_administrator,
)
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.signin.profile_form import ProfileForm
from pgp_desk.ui.widgets.form import error_line
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import column
from pgp_desk.ui.widgets.named import titled


class AdministratorDialog(QDialog):
    """Creates (``pending`` None) or completes (``pending`` given) the administrator;
    ``started`` holds her, signed in, with her recovery code when accepted."""

    def __init__(self, db: Database, pending: people.Profile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pending = pending
        self.started: Started | None = None
        titled(self, "administratorDialog", self.tr("The clinic's administrator"))
        if pending is None:
            intro = self.tr("Welcome to PGP Desk. This database is new: create its "
                            "administrator, who adds the clinic's other people.")
        else:
            intro = self.tr("PGP Desk now signs every person in. Complete the "
                            "administrator's profile and choose her password; she then "
                            "completes her colleagues' profiles.")
        self.form = ProfileForm(pending, first_administrator=True)
        self.message = error_line()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create and sign in") if pending is None
                        else self.tr("Save and sign in"))
        self.ok.setObjectName("administratorOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        text = paragraph(intro)
        column(self, text, self.form, self.message, self.buttons)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        errors = self.form.check()
        if errors:
            self.show_errors(errors)
            return
        self.form.clear_errors()
        self.message.hide()
        profile, password = self.form.profile(), self.form.password.text()
        work = create_first_administrator if self.pending is None else complete_administrator
        Operation(self, lambda: work(self.db, profile, password), self._done) \
            .failure(self._failed).disabling(self.ok).run()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Errors under their fields; the window grows to show every line of them."""
        self.form.show_errors(errors)
        self.adjustSize()

    def _done(self, started: Started) -> None:
        self.started = started
        self.form.clear_passwords()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        self.message.setText(describe_error(exc))
        self.message.show()
