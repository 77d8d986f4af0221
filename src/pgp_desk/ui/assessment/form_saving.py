"""The assessment form's actions: save, resolve a conflict, sign, addendum, report PDF.

A mixin of ``AssessmentForm``. Every database call runs off the GUI thread
(an ``Operation``); results come back to the form on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pgp_desk.domain.i18n import fill
from pgp_desk.private_files import write_private
from pgp_desk.services import assessments as svc
from pgp_desk.services import drafts
from pgp_desk.services.assessment_model import AssessmentRecord
from pgp_desk.services.assessment_progress import assessment_progress
from pgp_desk.services.assessment_report import render_report
from pgp_desk.services.errors import ConflictError, UserError, ValidationError
from pgp_desk.ui.assessment.report_dialog import ReportDialog
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.conflict import ConflictView
from pgp_desk.ui.widgets.file_dialogs import ask_save_path, suggested_name
from pgp_desk.ui.widgets.saving import SaveController

FIELD_PAGES = {"assessed_on": "history", "history": "history", "screening": "red_flags",
               "pain_map": "pain_map", "tests": "tests", "questionnaires": "questionnaires",
               "classification_chosen": "classification", "plan": "plan", "notes": "plan"}


class ActionsMixin:
    """Save, sign, addenda and the report, with their errors shown in the header."""

    def save(self, then=None) -> None:  # type: ignore[no-untyped-def]
        """Save in the background; ``then(record)`` runs after a successful save."""
        if self.signed or self._busy:
            return
        data = self.collect()
        payload = self._payload_text(data)
        ctx, record, episode, kind = self.ctx, self.record, self.episode, self.kind
        if record is not None and payload == self._clean:
            if then is not None:
                then(record)
            return

        def work() -> AssessmentRecord:
            if record is None:
                return svc.create_assessment(ctx.db, ctx.actor, episode.id, kind,
                                             data.assessed_on, data)
            return svc.save_assessment(ctx.db, ctx.actor, record, data)

        self.saving().save(work, lambda rec: self._saved(rec, payload, then))

    def saving(self) -> SaveController[AssessmentRecord]:
        """Saves and settles conflicts; other failures show in the header."""
        ctx = self.ctx
        return SaveController(
            self, view=self.conflict_view,
            newer=lambda conflict: svc.get_assessment(ctx.db, ctx.actor, conflict.entity_id),
            keep_mine=self._keep_mine, take_theirs=self._take_theirs,
            busy=lambda on: self._set_busy(on, self.tr("Saving…") if on else ""),
            failed=self._save_failed)

    def _saved(self, record: AssessmentRecord, payload: str, then) -> None:  # type: ignore[no-untyped-def]
        old_key = self.draft_key
        self.record = record
        for key in {old_key, self.draft_key}:
            drafts.discard_draft(self.ctx.drafts_scope, key)
        self._clean = payload
        self._last_draft = None
        self._set_busy(False)
        self.header.saved.setText(fill(self.tr("Saved %1"), datetime.now().strftime("%H:%M:%S")))
        self._show_status()
        self.plan.set_addenda(record.addenda)
        self.refresh_progress()
        self.saved.emit(record)
        if then is not None:
            then(record)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            labels = self.section_labels()
            lines = [f"{labels.get(e.field.split('.')[0], e.field)}: {e.message}"
                     for e in exc.errors]
            self.header.show_message(fill(self.tr("Not saved. Please check: %1"), "; ".join(lines)))
            page = FIELD_PAGES.get(exc.errors[0].field.split(".")[0]) if exc.errors else None
            if page:
                self.show_section(page)
        elif isinstance(exc, UserError):
            self.header.show_message(describe_error(exc))
        else:
            QMessageBox.critical(self, self.tr("Not saved"), describe_error(exc))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for button in (self.header.save_button, self.header.sign_button,
                       self.header.report_button, self.header.addendum_button):
            button.setEnabled(not busy)
        if text:
            self.header.saved.setText(text)

    def section_labels(self) -> dict[str, str]:
        return {
            "assessed_on": self.tr("Date"), "history": self.tr("History"),
            "screening": self.tr("Red flags"), "pain_map": self.tr("Pain map"),
            "tests": self.tr("Tests"), "questionnaires": self.tr("Questionnaires"),
            "classification_chosen": self.tr("Classification"), "plan": self.tr("Plan"),
            "notes": self.tr("Notes"), "status": self.tr("Signed"),
        }

    def conflict_view(self, conflict: ConflictError) -> ConflictView:
        """Who saved the assessment elsewhere and which sections; once it is signed there,
        her changes can only become an addendum."""
        labels = self.section_labels()
        parts = [labels.get(c.field, c.field) for c in conflict.changes]
        who = conflict.changed_by or self.tr("someone")
        signed = any(c.field == "status" for c in conflict.changes)
        text = fill(self.tr("%1 saved this assessment on another workstation after you opened it."),
                    who)
        if parts:
            text += " " + fill(self.tr("They changed: %1."), ", ".join(parts))
        if signed:
            text += " " + self.tr("It is now signed, so your changes can only be added as an "
                                  "addendum.")
        else:
            text += " " + self.tr("Keep your version (it replaces theirs in every section), or "
                                  "use theirs (your unsaved changes are dropped).")
        return ConflictView(text, can_keep_mine=not signed)

    def _keep_mine(self, fresh: AssessmentRecord) -> None:
        self.record = fresh
        if fresh.signed:
            self._take_theirs(fresh)
            return
        # the newer record becomes the base; what is on screen is saved over it
        self._clean = self._payload_text(fresh.as_input())
        self.save()

    def _take_theirs(self, fresh: AssessmentRecord) -> None:
        self.record = fresh
        drafts.discard_draft(self.ctx.drafts_scope, self.draft_key)
        self._show_record(fresh.as_input())
        self.refresh_progress()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def sign(self) -> None:
        """Save if needed, confirm, then sign and lock."""
        if self.signed:
            return
        if not self.confirm(self.tr("Sign the assessment"), self.tr(
                "After signing, the assessment cannot be changed. Corrections are added as "
                "addenda with your name and the time. Sign now?")):
            return
        self.save(then=self._sign_saved)

    def _sign_saved(self, record: AssessmentRecord) -> None:
        ctx = self.ctx
        Operation(self, lambda: svc.sign_assessment(ctx.db, ctx.actor, record.id,
                                                    record.version),
                  self._signed).failure(self.saving().route) \
            .busy(lambda on: self._set_busy(on, self.tr("Signing…") if on else "")).run()

    def _signed(self, record: AssessmentRecord) -> None:
        self.record = record
        drafts.discard_draft(self.ctx.drafts_scope, self.draft_key)
        self._set_busy(False)
        self._clean = self._payload_text(self.collect())
        self.header.saved.setText("")
        self._show_status()
        self.signedOff.emit(record)

    def add_addendum(self, text: str | None = None) -> None:
        """Ask for the correction (unless given) and add it to the signed assessment."""
        if not self.signed or self.record is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Add addendum"),
                self.tr("The correction or addition, saved with your name and the time:"))
            if not ok or not text.strip():
                return
        ctx, assessment_id = self.ctx, self.record.id

        def work() -> AssessmentRecord:
            svc.add_addendum(ctx.db, ctx.actor, assessment_id, text)
            return svc.get_assessment(ctx.db, ctx.actor, assessment_id)

        def done(record: AssessmentRecord) -> None:
            self.record = record
            self.plan.set_addenda(record.addenda)
            self.show_section("plan")
            self.saved.emit(record)

        Operation(self, work, done).failure(self._save_failed).run()

    def export_report(self, path: str | None = None, recipient: str | None = None,
                      request: str | None = None) -> None:
        """Write the report PDF; saves a dirty draft first. Without ``path`` the report
        dialog asks for the recipient and the request, then where to save."""
        if self.record is None and not self.is_dirty():
            return
        if self.is_dirty():
            self.save(then=lambda _rec: self.export_report(path, recipient, request))
            return
        if path is None:
            self._ask_for_report()
            return
        self._write_report(Path(path), recipient, request)

    def _ask_for_report(self) -> None:
        assert self.record is not None
        dialog = ReportDialog(self.ctx, self.record.id, self)
        self.report_dialog = dialog
        if dialog.exec() != ReportDialog.DialogCode.Accepted:
            return
        recipient, request = dialog.values()
        default = suggested_name(self.tr("assessment"), self.client.display_name,
                                 self.header.current_date(), "pdf")
        path = ask_save_path(self, self.tr("Save the report"), default,
                             self.tr("PDF (*.pdf)"), "pdf")
        if path:
            self._write_report(Path(path), recipient, request, open_after=True)

    def _write_report(self, target: Path, recipient: str | None = None,
                      request: str | None = None, open_after: bool = False) -> None:
        ctx = self.ctx
        assert self.record is not None
        assessment_id = self.record.id

        def work() -> Path:
            write_private(target, render_report(ctx.db, ctx.actor, assessment_id,
                                                recipient=recipient, request=request))
            return target

        self._set_busy(True, self.tr("Writing the report…"))

        def done(path: Path) -> None:
            self._set_busy(False)
            self.header.saved.setText(fill(self.tr("Report saved: %1"), str(path)))
            self.report_written = path
            if open_after:  # show it in the PDF reader, ready to print or send
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        Operation(self, work, done).failure(self._save_failed).run()

    def refresh_progress(self) -> None:
        if self.record is None:
            return
        ctx, assessment_id = self.ctx, self.record.id
        Operation(self, lambda: assessment_progress(ctx.db, ctx.actor, assessment_id),
                  self.progress.set_series).run()

