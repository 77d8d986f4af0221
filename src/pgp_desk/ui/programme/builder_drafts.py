"""The programme builder's crash-safe drafts: kept every few seconds, offered back on open.

Like the assessment form's drafts, a crash or power cut in the middle of building a
programme loses at most a few seconds of work. The files are ``services.drafts`` (atomic
writes, one folder per database, readable by the user only).
"""

from __future__ import annotations

import json
from typing import Protocol

from PySide6.QtCore import QObject

from pgp_desk.services import drafts
from pgp_desk.services.context import AppContext
from pgp_desk.services.programmes.programmes import (
    ProgrammeInput,
    ProgrammeRecord,
    input_from_payload,
    to_payload,
)
from pgp_desk.ui.programme.builder_data import BuilderData
from pgp_desk.ui.widgets.draft_banner import DraftBanner, autosave_timer, offer_text
from pgp_desk.ui.widgets.parts import Owner, as_widget


class DraftsBuilder(Protocol):
    """What the drafts use of their builder (the programme builder)."""

    ctx: AppContext
    episode_id: int
    data: BuilderData | None
    record: ProgrammeRecord | None
    saved_input: ProgrammeInput
    busy: bool
    @property
    def read_only(self) -> bool: ...
    def is_dirty(self) -> bool: ...
    def current_input(self) -> ProgrammeInput: ...
    def show_input(self, data: ProgrammeInput) -> None: ...


def _same(a: ProgrammeInput, b: ProgrammeInput) -> bool:
    return json.dumps(to_payload(a), sort_keys=True) == json.dumps(to_payload(b),
                                                                 sort_keys=True)


class BuilderDrafts(QObject):
    """Writes the builder's unsaved programme to a draft file every few seconds, and offers
    a draft found on opening in its ``banner``."""

    def __init__(self, builder: DraftsBuilder) -> None:
        super().__init__(as_widget(builder))
        self._last_draft: str | None = None
        self._found_draft: drafts.Draft | None = None
        self.banner = DraftBanner()
        self.banner.restore_button.clicked.connect(self.restore_draft)
        self.banner.discard_button.clicked.connect(self.discard_found_draft)
        self.timer = autosave_timer(self, "programmeAutosaveTimer", self.write_draft)
        self.timer.start()

    builder = Owner[DraftsBuilder]()

    @property
    def draft_key(self) -> str:
        record = self.builder.record
        return drafts.programme_draft_key(record.id if record else None,
                                          self.builder.episode_id)

    def write_draft(self) -> bool:
        """Keep the unsaved programme on disk (called by the timer); True if written."""
        builder = self.builder
        if builder.data is None or builder.busy or builder.read_only or not builder.is_dirty():
            return False
        payload = to_payload(builder.current_input())
        text = json.dumps(payload, sort_keys=True)
        if text == self._last_draft:
            return False
        record = builder.record
        drafts.write_draft(builder.ctx.drafts_scope, self.draft_key, payload,
                           programme_id=record.id if record else None,
                           episode_id=builder.episode_id,
                           client_id=record.client_id if record else None,
                           base_version=record.version if record else None, kind="programme")
        self._last_draft = text
        return True

    def offer(self) -> None:
        """After a programme is shown: offer a draft of it that PGP Desk closed on."""
        builder = self.builder
        self._last_draft = None
        self._found_draft = found = drafts.read_draft(builder.ctx.drafts_scope, self.draft_key)
        self.banner.offer("")
        if found is None:
            return
        try:
            restored = input_from_payload(found.payload)
        except (ValueError, KeyError, TypeError, AttributeError):
            restored = None
        if restored is None or builder.read_only or _same(restored, builder.saved_input):
            self.discard_found_draft()  # unreadable, issued meanwhile, or nothing new
            return
        self.banner.offer(offer_text(found, builder.record, self.tr(
            "Unsaved changes to this programme from %1 were found on this computer: PGP Desk "
            "closed before they were saved."), self.tr(
            "The programme has been saved since; restoring replaces those changes when you save.")))

    def restore_draft(self) -> None:
        if self._found_draft is None:
            return
        data = input_from_payload(self._found_draft.payload)
        self._found_draft = None
        self.banner.offer("")
        self.builder.show_input(data)
        self.write_draft()

    def discard_found_draft(self) -> None:
        self.forget_draft()
        self.banner.offer("")

    def forget_draft(self, key: str | None = None) -> None:
        """Remove the draft file (after a save, or when the changes are thrown away)."""
        drafts.discard_draft(self.builder.ctx.drafts_scope, key or self.draft_key)
        self._found_draft = None
        self._last_draft = None
