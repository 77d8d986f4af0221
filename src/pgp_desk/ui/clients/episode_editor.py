"""Record a pregnancy: due date (or birth), parity, earlier PGP, onset, referral."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from pgp_desk.content.birth_text import birth_mode_label
from pgp_desk.content.stage_words import stage_long_label
from pgp_desk.domain.birth import BirthMode
from pgp_desk.domain.dates import DateFormatError, format_date, parse_date
from pgp_desk.services.clients import episodes
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import FieldError
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.widgets.button_box import save_cancel
from pgp_desk.ui.widgets.form import ErrorForm
from pgp_desk.ui.widgets.layouts import column
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.saving import EditedRecord


class EpisodeEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, client_id: int,
                 record: episodes.EpisodeRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        titled(self, "episodeEditor", self.tr("Pregnancy") if record else self.tr("New pregnancy"))
        self.due_date = QLineEdit()
        self.due_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy, when the baby is born"))
        self.birth_mode = named(QComboBox(), "birthMode")
        self.birth_mode.addItem(self.tr("not recorded"), None)
        for mode in BirthMode:
            self.birth_mode.addItem(birth_mode_label(mode, current_language()), mode.value)
        self.stage = named(QLabel(), "episodeStage")
        self.parity = QSpinBox()
        self.parity.setRange(-1, 20)
        self.parity.setSpecialValueText(self.tr("not recorded"))
        self.earlier_pgp = QComboBox()
        for text, value in ((self.tr("not recorded"), None), (self.tr("Yes"), True),
                            (self.tr("No"), False)):
            self.earlier_pgp.addItem(text, value)
        self.onset_week = QSpinBox()
        self.onset_week.setRange(-1, 42)
        self.onset_week.setSpecialValueText(self.tr("not recorded"))
        self.referral = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.closed = QCheckBox(self.tr("Course finished"))
        self.form = ErrorForm()
        self.form.add("due_date", self.tr("Due date"), self.due_date)
        self.form.add("birth_date", self.tr("Birth date of the baby"), self.birth_date)
        self.form.add("birth_mode", self.tr("How the baby was born"), self.birth_mode)
        self.form.addRow(self.tr("Stage today"), self.stage)
        self.form.add("parity", self.tr("Earlier births (parity)"), self.parity)
        self.form.add("earlier_pgp", self.tr("PGP in an earlier pregnancy"), self.earlier_pgp)
        self.form.add("onset_week", self.tr("Pain began in week"), self.onset_week)
        self.form.add("referral_source", self.tr("Referred by"), self.referral)
        self.form.add("notes", self.tr("Notes"), self.notes)
        self.form.addRow("", self.closed)
        self.edited = EditedRecord(self, record, text=self.tr(
            "Someone saved this pregnancy on another workstation after you opened it. "
            "These fields differ. Choose which version to keep; nothing is saved until "
            "you do."), labels={**self.form.labels, "closed": self.closed.text()},
            newer=lambda conflict: episodes.get_episode(ctx.db, ctx.actor, conflict.entity_id))
        self.buttons = buttons = save_cancel(self, self.save)
        column(self, self.form, buttons)
        self.due_date.textChanged.connect(self._update_stage)
        self.birth_date.textChanged.connect(self._update_stage)
        if record is not None:
            self.fill(record)
        else:
            self.parity.setValue(-1)
            self.onset_week.setValue(-1)
        self._update_stage()

    def fill(self, data: episodes.EpisodeInput) -> None:
        self.due_date.setText(format_date(data.due_date))
        self.birth_date.setText(format_date(data.birth_date))
        self.birth_mode.setCurrentIndex(max(self.birth_mode.findData(data.birth_mode), 0))
        self.parity.setValue(-1 if data.parity is None else data.parity)
        self.earlier_pgp.setCurrentIndex(max(self.earlier_pgp.findData(data.earlier_pgp), 0))
        self.onset_week.setValue(-1 if data.onset_week is None else data.onset_week)
        self.referral.setText(data.referral_source)
        self.notes.setPlainText(data.notes)
        self.closed.setChecked(data.closed)

    def _dates(self) -> tuple[date | None, date | None, list[FieldError]]:
        errors = []
        due = birth = None
        try:
            due = parse_date(self.due_date.text(), future=True)
        except DateFormatError as exc:
            errors.append(FieldError("due_date", exc.code, ""))
        try:
            birth = parse_date(self.birth_date.text())
        except DateFormatError as exc:
            errors.append(FieldError("birth_date", exc.code, ""))
        return due, birth, errors

    def _update_stage(self) -> None:
        due, birth, errors = self._dates()
        stage = "" if errors else stage_long_label(
            episodes.EpisodeRecord(due_date=due, birth_date=birth).stage(), current_language())
        self.stage.setText(stage or self.tr("Shown once a due date or the baby's birth date "
                                            "is written."))

    def collect(self) -> tuple[episodes.EpisodeInput, list[FieldError]]:
        due, birth, errors = self._dates()
        data = episodes.EpisodeInput(
            due_date=due, birth_date=birth, birth_mode=self.birth_mode.currentData(),
            parity=None if self.parity.value() < 0 else self.parity.value(),
            earlier_pgp=self.earlier_pgp.currentData(),
            onset_week=None if self.onset_week.value() < 0 else self.onset_week.value(),
            referral_source=self.referral.text().strip(),
            notes=self.notes.toPlainText(), closed=self.closed.isChecked(),
        )
        return data, errors

    def save(self) -> None:
        data, errors = self.collect()
        if not errors:
            errors = episodes.validate(data)
        self.form.clear_errors()
        if errors:
            self.form.show_errors(errors)
            return
        ctx, client_id, base = self.ctx, self.client_id, self.edited.base
        if base is None:
            work = lambda: episodes.create_episode(ctx.db, ctx.actor, client_id, data)  # noqa: E731
        else:
            work = lambda: episodes.update_episode(ctx.db, ctx.actor, base, data)  # noqa: E731
        self.edited.save(work)
