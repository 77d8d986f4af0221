"""Before the report is written: to whom, and what the physiotherapist asks of them.

The request starts from the open red flags (asking the GP or midwife to see her); the
same three-line summary that opens the PDF can be copied as text for the clinic's journal
system. Every database call runs off the GUI thread (`Operation`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pgp_desk.services.assessments.assessment_report import report_defaults, report_summary
from pgp_desk.services.context import AppContext
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.form import ErrorForm
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import column
from pgp_desk.ui.widgets.named import titled


class ReportDialog(QDialog):
    """Recipient and request for one assessment's report; Save PDF… accepts the dialog."""

    def __init__(self, ctx: AppContext, assessment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment_id = assessment_id
        titled(self, "reportDialog", self.tr("Report for the GP or midwife"))
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr("The GP or midwife, e.g. from her record"))
        self.request = QPlainTextEdit()
        self.request.setFixedHeight(72)
        self.request.setPlaceholderText(self.tr(
            "What do you ask of the recipient? E.g. to see her today about a red flag."))
        form = ErrorForm()
        form.add("recipient", self.tr("To"), self.recipient)
        form.add("request", self.tr("Request to the recipient"), self.request)
        self.status = paragraph()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save PDF …"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = QPushButton(self.tr("Copy summary as text"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_summary)
        intro = paragraph(self.tr(
            "The report opens with a three-line summary: subgroup, scores, red flags and "
            "your request."))
        column(self, intro, form, self.status, 1, self.buttons)
        self.resize(560, 300)
        self.loaded = False
        self._set_enabled(False)
        Operation(self, lambda: report_defaults(ctx.db, ctx.actor, assessment_id),
                  self._show).failure(self._failed).run()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.save_button, self.copy_button, self.recipient, self.request):
            widget.setEnabled(enabled)

    def _show(self, defaults: tuple[str, str]) -> None:
        recipient, request = defaults
        self.recipient.setText(recipient)
        self.request.setPlainText(request)
        self.loaded = True
        self._set_enabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(self.loaded)
        self.status.setText(describe_error(exc))

    def values(self) -> tuple[str, str]:
        """(recipient, request) as typed."""
        return self.recipient.text().strip(), self.request.toPlainText().strip()

    def copy_summary(self) -> None:
        """Put the summary, as the report prints it, on the clipboard."""
        ctx, assessment_id = self.ctx, self.assessment_id
        recipient, request = self.values()
        self.copy_button.setEnabled(False)
        Operation(self, lambda: report_summary(ctx.db, ctx.actor, assessment_id,
                                               recipient=recipient, request=request),
                  self._copied).failure(self._failed).run()

    def _copied(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.copied_text = text
        self.copy_button.setEnabled(True)
        self.status.setText(self.tr("The summary is on the clipboard: paste it into the "
                                    "journal."))
