"""The People window (administrators): everyone who signs in, their roles and state;
add a person, complete or correct a profile, set a password, disable or enable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import ValidationError
from pgp_desk.services.people import people
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.signin.names import profession_name, role_name
from pgp_desk.ui.signin.profile_form import ProfileForm
from pgp_desk.ui.widgets.button_box import close_box, save_button, save_cancel
from pgp_desk.ui.widgets.form import error_line
from pgp_desk.ui.widgets.layouts import column, side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.tables import record_table


class PersonDialog(QDialog):
    """Add a person (``person`` None: profile and password), edit a profile, or set a
    password (``password_only``)."""

    def __init__(self, ctx: AppContext, person: people.Person | None = None,
                 password_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.password_only = password_only
        titled(self, "personDialog",
               self.tr("New person") if person is None else person.signature)
        profile = None if person is None else people.Profile(
            person.username, person.full_name, person.profession, person.authorisation_id,
            person.roles)
        self.form = ProfileForm(profile, with_password=person is None or password_only)
        if password_only:
            for name in ("full_name", "username", "profession", "authorisation_id", "roles"):
                self.form.rows[name].setEnabled(False)
        self.message = error_line()
        self.buttons = save_cancel(self, self.submit)
        self.save_button = named(save_button(self.buttons), "personSave")
        column(self, self.form, self.message, self.buttons)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        errors = self.form.check()
        if self.password_only:
            errors = [e for e in errors if e.field in ("password", "repeat")]
        if errors:
            self.form.show_errors(errors)
            self.adjustSize()
            return
        self.form.clear_errors()
        ctx, person, profile = self.ctx, self.person, self.form.profile()
        password = self.form.password.text()
        work: Callable[[], people.Person]
        if person is None:
            def work() -> people.Person:
                return people.add_person(ctx.db, ctx.actor, profile, password)
        elif self.password_only:
            def work() -> people.Person:
                return people.set_password(ctx.db, ctx.actor, person.username, password)
        else:
            def work() -> people.Person:
                return people.update_profile(ctx.db, ctx.actor, person.username, profile)
        Operation(self, work, lambda _person: self.accept()).failure(self._failed) \
            .disabling(self.save_button).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
        else:
            self.message.setText(describe_error(exc))
            self.message.show()
        self.adjustSize()


class PeopleDialog(QDialog):
    COLUMNS = 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[people.Person] = []
        titled(self, "peopleDialog", self.tr("People"))
        self.table = record_table(named(QTableWidget(0, self.COLUMNS), "peopleTable"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name and authorisation ID"), self.tr("User name"), self.tr("Profession"),
            self.tr("Roles"), self.tr("State")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add person …"))
        self.edit_button = QPushButton(self.tr("Edit profile …"))
        self.password_button = QPushButton(self.tr("Set password …"))
        self.active_button = QPushButton(self.tr("Disable"))
        for name, button in (("addPerson", self.add_button), ("editPerson", self.edit_button),
                             ("setPassword", self.password_button),
                             ("toggleActive", self.active_button)):
            button.setObjectName(name)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.selected()))
        self.password_button.clicked.connect(self._password)
        self.active_button.clicked.connect(self._toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = error_line()
        buttons = side_by_side(self.add_button, self.edit_button, self.password_button,
                               self.active_button, 1)
        column(self, self.table, buttons, self.message, close_box(self))
        self.resize(880, 460)
        self._selection_changed()
        self.load()

    def load(self) -> None:
        ctx = self.ctx
        Operation(self, lambda: people.list_people(ctx.db, ctx.actor), self._show) \
            .failure(self._failed).run()

    def _show(self, found: list[people.Person]) -> None:
        self.people = found
        self.table.setRowCount(len(found))
        for row, person in enumerate(found):
            if not person.active:
                state = self.tr("Disabled")
            elif not person.can_sign_in:
                state = self.tr("Profile or password to complete")
            else:
                state = self.tr("Active")
            cells = (person.signature, person.username, profession_name(person.profession),
                     ", ".join(role_name(r) for r in person.roles), state)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> people.Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        person = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(person is not None)
        self.active_button.setText(self.tr("Enable") if person is not None and not person.active
                                   else self.tr("Disable"))

    def _edit(self, person: people.Person | None) -> None:
        if PersonDialog(self.ctx, person, parent=self).exec():
            self.load()

    def _password(self) -> None:
        person = self.selected()
        if person is not None and PersonDialog(self.ctx, person, password_only=True,
                                               parent=self).exec():
            self.load()

    def _toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        ctx = self.ctx
        Operation(self, lambda: people.set_active(ctx.db, ctx.actor, person.username,
                                                  not person.active),
                  lambda _person: self.load()).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))
        self.message.show()
