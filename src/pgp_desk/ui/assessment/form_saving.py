"""The assessment form's actions: save, resolve a conflict, sign, addendum.

Every database call runs off the GUI thread (an ``Operation``); results come back to the
form on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pgp_desk.domain.i18n import fill
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import AssessmentInput, AssessmentRecord
from pgp_desk.services.assessments.assessment_progress import assessment_progress
from pgp_desk.services.clients.episodes import EpisodeRecord
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import ConflictError, UserError, ValidationError
from pgp_desk.ui.assessment.form_drafts import FormDrafts
from pgp_desk.ui.assessment.form_header import FormHeader
from pgp_desk.ui.assessment.form_pages import PlanNotesPage
from pgp_desk.ui.assessment.progress_view import ProgressView
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.conflict import ConflictView
from pgp_desk.ui.widgets.parts import Owner, as_widget
from pgp_desk.ui.widgets.saving import SaveController

FIELD_PAGES = {"assessed_on": "history", "history": "history", "screening": "red_flags",
               "pain_map": "pain_map", "tests": "tests", "questionnaires": "questionnaires",
               "classification_chosen": "classification", "plan": "plan", "notes": "plan",
               "next_visit": "plan"}

Then = Callable[[AssessmentRecord], object]


class SavingForm(Protocol):
    """What saving, signing and addenda use of their form (the assessment form)."""

    record: AssessmentRecord | None
    clean: str  # the stored state, to compare what is shown with

    ctx: AppContext
    episode: EpisodeRecord
    kind: str
    busy: bool
    @property
    def signed(self) -> bool: ...
    header: FormHeader
    plan: PlanNotesPage
    progress: ProgressView
    drafts: FormDrafts
    saved: SignalInstance
    signedOff: SignalInstance
    def collect(self) -> AssessmentInput: ...
    def payload_text(self, data: AssessmentInput) -> str: ...
    def set_busy(self, busy: bool, text: str = "") -> None: ...
    def show_status(self) -> None: ...
    def show_section(self, key: str) -> None: ...
    def show_record(self, data: AssessmentInput) -> None: ...


class FormSaving(QObject):
    """Save, sign and addenda of the form's assessment, with their errors shown in the
    form's header."""

    def __init__(self, form: SavingForm) -> None:
        super().__init__(as_widget(form))

    form = Owner[SavingForm]()

    def save(self, then: Then | None = None) -> None:
        """Save in the background; ``then(record)`` runs after a successful save."""
        form = self.form
        if form.signed or form.busy:
            return
        data = form.collect()
        payload = form.payload_text(data)
        ctx, record, episode, kind = form.ctx, form.record, form.episode, form.kind
        if record is not None and payload == form.clean:
            if then is not None:
                then(record)
            return

        def work() -> AssessmentRecord:
            if record is None:
                return svc.create_assessment(ctx.db, ctx.actor, episode.id, kind,
                                             data.assessed_on, data)
            return svc.save_assessment(ctx.db, ctx.actor, record, data)

        self._controller().save(work, lambda rec: self._saved(rec, payload, then))

    def _controller(self) -> SaveController[AssessmentRecord]:
        """Saves and settles conflicts; other failures show in the header."""
        form = self.form
        ctx = form.ctx
        return SaveController(
            as_widget(form), view=self.conflict_view,
            newer=lambda conflict: svc.get_assessment(ctx.db, ctx.actor, conflict.entity_id),
            keep_mine=self._keep_mine, take_theirs=self._take_theirs,
            busy=lambda on: form.set_busy(on, self.tr("Saving…") if on else ""),
            failed=self.failed)

    def _saved(self, record: AssessmentRecord, payload: str, then: Then | None) -> None:
        form = self.form
        old_key = form.drafts.draft_key
        form.record = record
        form.drafts.forget(old_key, form.drafts.draft_key)
        form.clean = payload
        form.set_busy(False)
        form.header.saved.setText(fill(self.tr("Saved %1"), datetime.now().strftime("%H:%M:%S")))
        form.show_status()
        form.plan.set_addenda(record.addenda)
        self.refresh_progress()
        form.saved.emit(record)
        if then is not None:
            then(record)

    def failed(self, exc: BaseException) -> None:
        """A save, an addendum or the report failed: say why where the form shows it."""
        form = self.form
        form.set_busy(False)
        if isinstance(exc, ValidationError):
            labels = self.section_labels()
            lines = [f"{labels.get(e.field.split('.')[0], e.field)}: {e.message}"
                     for e in exc.errors]
            form.header.show_message(fill(self.tr("Not saved. Please check: %1"), "; ".join(lines)))
            page = FIELD_PAGES.get(exc.errors[0].field.split(".")[0]) if exc.errors else None
            if page:
                form.show_section(page)
        elif isinstance(exc, UserError):
            form.header.show_message(describe_error(exc))
        else:
            QMessageBox.critical(as_widget(form), self.tr("Not saved"), describe_error(exc))

    def section_labels(self) -> dict[str, str]:
        return {
            "assessed_on": self.tr("Date"), "history": self.tr("History"),
            "screening": self.tr("Red flags"), "pain_map": self.tr("Pain map"),
            "tests": self.tr("Tests"), "questionnaires": self.tr("Questionnaires"),
            "classification_chosen": self.tr("Classification"), "plan": self.tr("Plan"),
            "notes": self.tr("Notes"), "next_visit": self.tr("Next visit"),
            "status": self.tr("Signed"),
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
        form = self.form
        form.record = fresh
        if fresh.signed:
            self._take_theirs(fresh)
            return
        # the newer record becomes the base; what is on screen is saved over it
        form.clean = form.payload_text(fresh.as_input())
        self.save()

    def _take_theirs(self, fresh: AssessmentRecord) -> None:
        form = self.form
        form.record = fresh
        form.drafts.forget()
        form.show_record(fresh.as_input())
        self.refresh_progress()

    def sign(self) -> None:
        """Save if needed, confirm, then sign and lock."""
        if self.form.signed:
            return
        answer = QMessageBox.question(
            as_widget(self.form), self.tr("Sign the assessment"), self.tr(
                "After signing, the assessment cannot be changed. Corrections are added as "
                "addenda with your name and the time. Sign now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save(then=self._sign_saved)

    def _sign_saved(self, record: AssessmentRecord) -> None:
        form = self.form
        ctx = form.ctx
        Operation(as_widget(form), lambda: svc.sign_assessment(ctx.db, ctx.actor, record.id,
                                                    record.version),
                  self._signed).failure(self._controller().route) \
            .busy(lambda on: form.set_busy(on, self.tr("Signing…") if on else "")).run()

    def _signed(self, record: AssessmentRecord) -> None:
        form = self.form
        form.record = record
        form.drafts.forget()
        form.set_busy(False)
        form.clean = form.payload_text(form.collect())
        form.header.saved.setText("")
        form.show_status()
        form.signedOff.emit(record)

    def add_addendum(self, text: str | None = None) -> None:
        """Ask for the correction (unless given) and add it to the signed assessment."""
        form = self.form
        if not form.signed or form.record is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                as_widget(form), self.tr("Add addendum"),
                self.tr("The correction or addition, saved with your name and the time:"))
            if not ok or not text.strip():
                return
        ctx, assessment_id, correction = form.ctx, form.record.id, text

        def work() -> AssessmentRecord:
            svc.add_addendum(ctx.db, ctx.actor, assessment_id, correction)
            return svc.get_assessment(ctx.db, ctx.actor, assessment_id)

        def done(record: AssessmentRecord) -> None:
            form.record = record
            form.plan.set_addenda(record.addenda)
            form.show_section("plan")
            form.saved.emit(record)

        Operation(as_widget(form), work, done).failure(self.failed).run()

    def refresh_progress(self) -> None:
        form = self.form
        if form.record is None:
            return
        ctx, assessment_id = form.ctx, form.record.id
        Operation(as_widget(form), lambda: assessment_progress(ctx.db, ctx.actor, assessment_id),
                  form.progress.set_series).run()
