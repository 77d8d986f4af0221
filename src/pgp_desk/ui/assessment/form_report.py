"""The assessment form's report: ask the recipient and the request, write the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from pgp_desk.domain.i18n import fill
from pgp_desk.private_files import write_private
from pgp_desk.services.assessments.assessment_model import AssessmentRecord
from pgp_desk.services.assessments.assessment_report import render_report
from pgp_desk.services.clients.clients import ClientRecord
from pgp_desk.services.context import AppContext
from pgp_desk.ui.assessment.form_header import FormHeader
from pgp_desk.ui.assessment.form_saving import FormSaving, Then
from pgp_desk.ui.assessment.report_dialog import ReportDialog
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.file_dialogs import ask_save_path, suggested_name
from pgp_desk.ui.widgets.parts import Owner, as_widget


class ReportForm(Protocol):
    """What the report uses of its form (the assessment form)."""

    ctx: AppContext
    client: ClientRecord
    record: AssessmentRecord | None
    header: FormHeader
    saving: FormSaving
    def is_dirty(self) -> bool: ...
    def save(self, then: Then | None = None) -> None: ...
    def set_busy(self, busy: bool, text: str = "") -> None: ...


class FormReport(QObject):
    """Writes the form's assessment as a report PDF; ``written`` is the last file."""

    def __init__(self, form: ReportForm) -> None:
        super().__init__(as_widget(form))
        self.dialog: ReportDialog | None = None
        self.written: Path | None = None

    form = Owner[ReportForm]()

    def export(self, path: str | None = None, recipient: str | None = None,
               request: str | None = None) -> None:
        """Write the report PDF; saves a dirty draft first. Without ``path`` the report
        dialog asks for the recipient and the request, then where to save."""
        form = self.form
        if form.record is None and not form.is_dirty():
            return
        if form.is_dirty():
            form.save(then=lambda _rec: self.export(path, recipient, request))
            return
        if path is None:
            self._ask()
            return
        self._write(Path(path), recipient, request)

    def _ask(self) -> None:
        form = self.form
        assert form.record is not None
        dialog = ReportDialog(form.ctx, form.record.id, as_widget(form))
        self.dialog = dialog
        if dialog.exec() != ReportDialog.DialogCode.Accepted:
            return
        recipient, request = dialog.values()
        default = suggested_name(self.tr("assessment"), form.client.display_name,
                                 form.header.current_date(), "pdf")
        path = ask_save_path(as_widget(form), self.tr("Save the report"), default,
                             self.tr("PDF (*.pdf)"), "pdf")
        if path:
            self._write(Path(path), recipient, request, open_after=True)

    def _write(self, target: Path, recipient: str | None = None,
               request: str | None = None, open_after: bool = False) -> None:
        form = self.form
        ctx = form.ctx
        assert form.record is not None
        assessment_id = form.record.id

        def work() -> Path:
            write_private(target, render_report(ctx.db, ctx.actor, assessment_id,
                                                recipient=recipient, request=request))
            return target

        form.set_busy(True, self.tr("Writing the report…"))

        def done(path: Path) -> None:
            form.set_busy(False)
            form.header.saved.setText(fill(self.tr("Report saved: %1"), str(path)))
            self.written = path
            if open_after:  # show it in the PDF reader, ready to print or send
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        Operation(as_widget(form), work, done).failure(form.saving.failed).run()
