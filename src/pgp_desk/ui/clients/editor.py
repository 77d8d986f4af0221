"""Register or edit a client. Errors appear by their field; nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.dates import DateFormatError, format_date, parse_date
from pgp_desk.services.clients import clients
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import FieldError
from pgp_desk.ui.clients.field_labels import client_field_labels
from pgp_desk.ui.widgets.button_box import save_cancel
from pgp_desk.ui.widgets.choices import add_languages
from pgp_desk.ui.widgets.form import ErrorForm
from pgp_desk.ui.widgets.named import titled
from pgp_desk.ui.widgets.saving import EditedRecord
from pgp_desk.ui.widgets.screen_fit import fit_window


class ClientEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, record: clients.ClientRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edited = EditedRecord(self, record, text=self.tr(
            "Someone saved this client on another workstation after you opened it. "
            "These fields differ. Choose which version to keep; nothing is saved until "
            "you do."),
            newer=lambda conflict: clients.get_client(ctx.db, ctx.actor, conflict.entity_id))
        titled(self, "clientEditor", self.tr("Edit client") if record else self.tr("New client"))

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.national_id = QLineEdit()
        self.national_id.setPlaceholderText(self.tr("optional: CPR or fødselsnummer"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(60)
        self.language = add_languages(QComboBox())
        self.gp = QLineEdit()
        self.midwife = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.consent = QCheckBox(self.tr("Consent to store data given on"))
        self.consent_on = QLineEdit()
        self.consent_on.setPlaceholderText(self.tr("dd.mm.yyyy"))
        consent_row = QWidget()
        consent_layout = QHBoxLayout(consent_row)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self.consent)
        consent_layout.addWidget(self.consent_on, 1)
        self.consent.toggled.connect(self._consent_toggled)

        form_widget = QWidget()
        column = QVBoxLayout(form_widget)
        self.form = ErrorForm()
        column.addLayout(self.form)
        column.addStretch(1)  # spare height goes below the form, not between its rows
        labels = client_field_labels()
        for name, field in (("first_name", self.first_name), ("last_name", self.last_name),
                            ("birth_date", self.birth_date), ("national_id", self.national_id),
                            ("phone", self.phone), ("email", self.email),
                            ("address", self.address), ("language", self.language),
                            ("gp", self.gp), ("midwife", self.midwife),
                            ("consent_on", consent_row)):
            self.form.add(name, labels[name], field)
        if ctx.actor.is_therapist:  # a secretary keeps contact details; notes are clinical
            self.form.add("notes", labels["notes"], self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        if record is not None:
            self.fill(record)
        else:
            self.language.setCurrentIndex(0)
            self._consent_toggled(False)
        # as tall as its fields (a secretary has no Notes), the screen permitting: no
        # empty space between the last field and the buttons
        margins = layout.contentsMargins()
        fit_window(self, 620, form_widget.sizeHint().height() + 2 * scroll.frameWidth()
                   + self.buttons.sizeHint().height() + layout.spacing()
                   + margins.top() + margins.bottom())

    # --- values --------------------------------------------------------------------------
    def fill(self, data: clients.ClientInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.birth_date.setText(format_date(data.birth_date))
        self.national_id.setText(data.national_id)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.address.setPlainText(data.address)
        index = self.language.findData(data.language)
        self.language.setCurrentIndex(max(index, 0))
        self.gp.setText(data.gp)
        self.midwife.setText(data.midwife)
        self.notes.setPlainText(data.notes)
        self.consent.setChecked(data.consent_on is not None)
        self.consent_on.setText(format_date(data.consent_on))
        self._consent_toggled(data.consent_on is not None)

    def _consent_toggled(self, on: bool) -> None:
        self.consent_on.setEnabled(on)
        if on and not self.consent_on.text().strip():
            self.consent_on.setText(format_date(date.today()))

    def collect(self) -> tuple[clients.ClientInput, list[FieldError]]:
        errors: list[FieldError] = []

        def read_date(name: str, widget: QLineEdit) -> date | None:
            try:
                return parse_date(widget.text())
            except DateFormatError as exc:
                errors.append(FieldError(name, exc.code, ""))
                return None

        data = clients.ClientInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=read_date("birth_date", self.birth_date),
            national_id=self.national_id.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            language=self.language.currentData(),
            gp=self.gp.text(),
            midwife=self.midwife.text(),
            notes=self.notes.toPlainText(),
            consent_on=(read_date("consent_on", self.consent_on)
                        if self.consent.isChecked() else None),
        )
        return data, errors

    # --- saving --------------------------------------------------------------------------
    def save(self) -> None:
        data, errors = self.collect()
        errors += [e for e in clients.validate(data) if e.field not in {x.field for x in errors}]
        if errors:
            self.form.show_errors(errors)
            return
        self.form.clear_errors()
        base = self.edited.base
        ctx = self.ctx
        if base is None:
            work = lambda: clients.create_client(ctx.db, ctx.actor, data)  # noqa: E731
        else:
            work = lambda: clients.update_client(ctx.db, ctx.actor, base, data)  # noqa: E731
        self.edited.save(work)


def edit_client(ctx: AppContext, record: clients.ClientRecord, parent: QWidget) -> (
        clients.ClientRecord | None):
    dialog = ClientEditorDialog(ctx, record, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.edited.saved if dialog.exec() else None
