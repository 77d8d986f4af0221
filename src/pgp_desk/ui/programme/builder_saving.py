"""Saving, conflicts, programme history and issuing, for the programme builder."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from pgp_desk.domain.i18n import fill
from pgp_desk.services import programmes as programme_service
from pgp_desk.services.errors import ConflictError
from pgp_desk.services.programmes import ProgrammeInput, ProgrammeRecord
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.conflict import ConflictView
from pgp_desk.ui.widgets.saving import SaveController


class BuilderSaving:
    """Mixin for ProgrammeBuilder: everything that writes or switches programmes."""

    def save(self, then=None) -> None:  # type: ignore[no-untyped-def]
        """Save in the background; ``then(record)`` runs after a successful save."""
        if self.busy or self.read_only or self.data is None:
            return
        if not self.is_dirty() and self.record is not None:
            if then is not None:
                then(self.record)
            return
        ctx, episode_id, base, data = self.ctx, self.episode_id, self.record, self.current_input()

        def work() -> ProgrammeRecord:
            if base is None:
                return programme_service.create_programme(ctx.db, ctx.actor, episode_id, data)
            return programme_service.save_programme(ctx.db, ctx.actor, base, data)

        def done(record: ProgrammeRecord) -> None:
            self._saved(record, data)
            if then is not None:
                then(record)

        self.saving().save(work, done)

    def saving(self) -> SaveController[ProgrammeRecord]:
        """Saves and settles conflicts; an issued programme is never overwritten."""
        ctx = self.ctx

        def keep_mine(fresh: ProgrammeRecord) -> None:
            self.record = fresh  # the newer version becomes the base; the builder keeps mine
            self.save()

        return SaveController(
            self, view=lambda conflict: ConflictView(
                self.conflict_text(conflict),
                can_keep_mine=not any(c.field == "status" for c in conflict.changes)),
            newer=lambda conflict: programme_service.get_programme(ctx.db, ctx.actor,
                                                                   conflict.entity_id),
            keep_mine=keep_mine, take_theirs=lambda fresh: self.reload(fresh.id),
            busy=self._set_busy, failure_title=self.tr("Not saved"))

    def _saved(self, record: ProgrammeRecord, data: ProgrammeInput) -> None:
        if self.record is None:
            self.forget_draft()  # the draft of the new, unsaved programme
        self.record = record
        self.forget_draft()
        self.saved_input = data
        if self.data is not None:
            summary = programme_service.ProgrammeSummary(
                record.id, record.status, record.title, record.language, len(record.items),
                record.therapist_name, record.created_at, record.updated_at,  # type: ignore[arg-type]
                record.issued_at)
            history = [h for h in self.data.history if h.id != record.id]
            position = next((n for n, h in enumerate(self.data.history) if h.id == record.id),
                            0)
            history.insert(position, summary)
            self.data.history = history
            self._fill_history()
            self.history.setCurrentIndex(max(0, self.history.findData(record.id)))
        self._update_state()
        self.saved.emit(record)

    def conflict_text(self, conflict: ConflictError) -> str:
        """Who changed the programme elsewhere and which parts, in words."""
        parts = {"title": self.tr("title"), "personal_note": self.tr("personal note"),
                 "language": self.tr("language"), "advice": self.tr("advice sections"),
                 "items": self.tr("exercises")}
        who = conflict.changed_by or self.tr("someone")
        text = fill(self.tr("%1 saved this programme on another workstation after you opened it."),
                    who)
        changed = [parts[c.field] for c in conflict.changes if c.field in parts]
        if changed:
            text += " " + fill(self.tr("They changed: %1."), ", ".join(changed))
        if any(c.field == "status" for c in conflict.changes):
            text += " " + self.tr("It has been issued to the client, so it can no longer be "
                                  "changed: use theirs, or start a new programme from it.")
        return text

    # ================================================================= history, issue
    def _history_chosen(self, index: int) -> None:
        programme_id = self.history.itemData(index)
        if programme_id is None or (self.record is not None and programme_id == self.record.id):
            return
        if self.is_dirty():
            if not self._discard_ok():
                self.history.setCurrentIndex(max(0, self.history.findData(
                    self.record.id if self.record else None)))
                return
            self.forget_draft()
        self.reload(programme_id)

    def has_unsaved_changes(self) -> bool:
        return self.data is not None and not self.read_only and self.is_dirty()

    def leave(self, then) -> None:  # type: ignore[no-untyped-def]
        """Before the client is closed: offer to save unsaved changes; ``then()`` runs when
        it is fine to go (saved, discarded or nothing to save), never after Cancel."""
        if not self.has_unsaved_changes():
            then()
            return
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to this programme before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=lambda _record: then())
        elif answer == QMessageBox.StandardButton.Discard:
            self.forget_draft()
            then()

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This programme has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def start_next(self) -> None:
        """The next visit starts from this programme: a new draft copied from it."""
        if self.record is None or self.busy:
            return
        drafts = [h for h in (self.data.history if self.data else [])
                  if h.status == programme_service.DRAFT]
        if drafts:
            self.reload(drafts[0].id)
            return
        ctx, episode_id, source = self.ctx, self.episode_id, self.record.id
        self._set_busy(True)
        Operation(self, lambda: programme_service.create_programme(ctx.db, ctx.actor, episode_id,
                                                                   from_programme=source),
                  lambda record: self.reload(record.id)).failure(self._failed).run()

    def issue(self) -> None:
        """Save, then open the handout: issuing happens there, with the PDF kept."""
        if self.read_only or not self.items.rowCount():
            return
        self.save(then=self._open_handout)

    def _open_handout(self, record: ProgrammeRecord) -> None:
        from pgp_desk.ui.handouts import open_handout_dialog

        def issued(handout) -> None:  # type: ignore[no-untyped-def]
            self.reload(record.id)
            self.handoutIssued.emit(handout)

        self.handout_dialog = open_handout_dialog(self.ctx, record.id, self, on_issued=issued)
