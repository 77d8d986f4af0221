"""Saving, conflicts, switching programmes and issuing, for the programme builder."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QMessageBox

from pgp_desk.domain.i18n import fill
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import ConflictError
from pgp_desk.services.handouts.handouts import IssuedHandoutRecord
from pgp_desk.services.programmes import programmes as programme_service
from pgp_desk.services.programmes.programmes import ProgrammeInput, ProgrammeRecord
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.programme.builder_data import BuilderData
from pgp_desk.ui.programme.builder_drafts import BuilderDrafts
from pgp_desk.ui.programme.builder_toolbar import BuilderToolbar
from pgp_desk.ui.programme.programme_list import ProgrammeList
from pgp_desk.ui.widgets.conflict import ConflictView
from pgp_desk.ui.widgets.parts import Owner, as_widget
from pgp_desk.ui.widgets.saving import SaveController, ask_to_save

if TYPE_CHECKING:
    from pgp_desk.ui.handouts.dialog import HandoutDialog


class SavingBuilder(Protocol):
    """What saving, switching and issuing use of their builder (the programme builder)."""

    record: ProgrammeRecord | None

    ctx: AppContext
    episode_id: int
    data: BuilderData | None
    busy: bool
    @property
    def read_only(self) -> bool: ...
    toolbar: BuilderToolbar
    programme: ProgrammeList
    drafts: BuilderDrafts
    handoutIssued: SignalInstance
    def is_dirty(self) -> bool: ...
    def has_unsaved_changes(self) -> bool: ...
    def current_input(self) -> ProgrammeInput: ...
    def show_saved(self, record: ProgrammeRecord, data: ProgrammeInput) -> None: ...
    def reload(self, programme_id: int | None = None) -> None: ...
    def set_busy(self, busy: bool) -> None: ...
    def failed(self, exc: BaseException) -> None: ...


class BuilderSaving(QObject):
    """Everything that writes the builder's programme or switches to another one."""

    def __init__(self, builder: SavingBuilder) -> None:
        super().__init__(as_widget(builder))
        self.handout_dialog: HandoutDialog | None = None

    builder = Owner[SavingBuilder]()

    def save(self, then: Callable[[ProgrammeRecord], None] | None = None) -> None:
        """Save in the background; ``then(record)`` runs after a successful save."""
        builder = self.builder
        if builder.busy or builder.read_only or builder.data is None:
            return
        if not builder.is_dirty() and builder.record is not None:
            if then is not None:
                then(builder.record)
            return
        ctx, episode_id = builder.ctx, builder.episode_id
        base, data = builder.record, builder.current_input()

        def work() -> ProgrammeRecord:
            if base is None:
                return programme_service.create_programme(ctx.db, ctx.actor, episode_id, data)
            return programme_service.save_programme(ctx.db, ctx.actor, base, data)

        def done(record: ProgrammeRecord) -> None:
            builder.show_saved(record, data)
            if then is not None:
                then(record)

        self._controller().save(work, done)

    def _controller(self) -> SaveController[ProgrammeRecord]:
        """Saves and settles conflicts; an issued programme is never overwritten."""
        builder = self.builder
        ctx = builder.ctx

        def keep_mine(fresh: ProgrammeRecord) -> None:
            builder.record = fresh  # the newer version becomes the base; the builder keeps mine
            self.save()

        return SaveController(
            as_widget(builder), view=lambda conflict: ConflictView(
                self.conflict_text(conflict),
                can_keep_mine=not any(c.field == "status" for c in conflict.changes)),
            newer=lambda conflict: programme_service.get_programme(ctx.db, ctx.actor,
                                                                   conflict.entity_id),
            keep_mine=keep_mine, take_theirs=lambda fresh: builder.reload(fresh.id),
            busy=builder.set_busy, failure_title=self.tr("Not saved"))

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

    # ================================================================= switching, leaving
    def history_chosen(self, index: int) -> None:
        builder = self.builder
        programme_id = builder.toolbar.history.itemData(index)
        record = builder.record
        if programme_id is None or (record is not None and programme_id == record.id):
            return
        if builder.is_dirty():
            if not self._discard_ok():
                builder.toolbar.show_programme(record.id if record else None)
                return
            builder.drafts.forget_draft()
        builder.reload(programme_id)

    def leave(self, then: Callable[[], None]) -> None:
        """Before the client is closed: offer to save unsaved changes; ``then()`` runs when
        it is fine to go (saved, discarded or nothing to save), never after Cancel."""
        builder = self.builder
        if not builder.has_unsaved_changes():
            then()
            return
        answer = ask_to_save(
            as_widget(builder), self.tr("Save the changes to this programme before closing?"))
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=lambda _record: then())
        elif answer == QMessageBox.StandardButton.Discard:
            builder.drafts.forget_draft()
            then()

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            as_widget(self.builder), self.tr("Unsaved changes"),
            self.tr("This programme has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def start_next(self) -> None:
        """The next visit starts from this programme: a new draft copied from it."""
        builder = self.builder
        if builder.record is None or builder.busy:
            return
        drafts = [h for h in (builder.data.history if builder.data else [])
                  if h.status == programme_service.DRAFT]
        if drafts:
            builder.reload(drafts[0].id)
            return
        ctx, episode_id, source = builder.ctx, builder.episode_id, builder.record.id
        builder.set_busy(True)
        Operation(as_widget(builder), lambda: programme_service.create_programme(
            ctx.db, ctx.actor, episode_id, from_programme=source),
                  lambda record: builder.reload(record.id)).failure(builder.failed).run()

    # ================================================================= issuing
    def issue(self) -> None:
        """Save, then open the handout: issuing happens there, with the PDF kept."""
        if self.builder.read_only or not self.builder.programme.items.rowCount():
            return
        self.save(then=self._open_handout)

    def _open_handout(self, record: ProgrammeRecord) -> None:
        from pgp_desk.ui.handouts import open_handout_dialog

        builder = self.builder

        def issued(handout: IssuedHandoutRecord) -> None:
            builder.reload(record.id)
            builder.handoutIssued.emit(handout)

        self.handout_dialog = open_handout_dialog(builder.ctx, record.id, as_widget(builder),
                                                  on_issued=issued)
