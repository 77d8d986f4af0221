"""The programme builder's crash-safe drafts: kept every few seconds, offered back on open.

A mixin of ``ProgrammeBuilder``, like the assessment form's drafts: a crash or power cut in
the middle of building a programme loses at most a few seconds of work. The files are
``services.drafts`` (atomic writes, one folder per database, readable by the user only).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer

from pgp_desk.domain.dates import format_date_time
from pgp_desk.domain.i18n import fill
from pgp_desk.services import drafts
from pgp_desk.services.programmes import ProgrammeInput, input_from_payload, to_payload

AUTOSAVE_MS = 3000


def _same(a: ProgrammeInput, b: ProgrammeInput) -> bool:
    return json.dumps(to_payload(a), sort_keys=True) == json.dumps(to_payload(b),
                                                                 sort_keys=True)


class BuilderDrafts:
    """Mixin for ProgrammeBuilder: autosave into a draft file, restore from it."""

    def _start_drafts(self) -> None:
        self._last_draft: str | None = None
        self._found_draft: drafts.Draft | None = None
        self.draft_banner.restore_button.clicked.connect(self.restore_draft)
        self.draft_banner.discard_button.clicked.connect(self.discard_found_draft)
        self.draft_timer = QTimer(self)
        self.draft_timer.setObjectName("programmeAutosaveTimer")
        self.draft_timer.setInterval(AUTOSAVE_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        self.draft_timer.start()

    @property
    def draft_key(self) -> str:
        return drafts.programme_draft_key(self.record.id if self.record else None,
                                          self.episode_id)

    def write_draft(self) -> bool:
        """Keep the unsaved programme on disk (called by the timer); True if written."""
        if self.data is None or self.busy or self.read_only or not self.is_dirty():
            return False
        payload = to_payload(self.current_input())
        text = json.dumps(payload, sort_keys=True)
        if text == self._last_draft:
            return False
        record = self.record
        drafts.write_draft(self.ctx.drafts_scope, self.draft_key, payload,
                           programme_id=record.id if record else None,
                           episode_id=self.episode_id,
                           client_id=record.client_id if record else None,
                           base_version=record.version if record else None, kind="programme")
        self._last_draft = text
        return True

    def _offer_draft(self) -> None:
        """After a programme is shown: offer a draft of it that PGP Desk closed on."""
        self._last_draft = None
        self._found_draft = found = drafts.read_draft(self.ctx.drafts_scope, self.draft_key)
        self.draft_banner.offer("")
        if found is None:
            return
        try:
            restored = input_from_payload(found.payload)
        except (ValueError, KeyError, TypeError, AttributeError):
            restored = None
        if restored is None or self.read_only or _same(restored, self.saved_input):
            self.discard_found_draft()  # unreadable, issued meanwhile, or nothing new
            return
        when = format_date_time(found.saved_at)
        text = fill(self.tr("Unsaved changes to this programme from %1 were found on this "
                            "computer: PGP Desk closed before they were saved."), when)
        if self.record is not None and found.base_version not in (None, self.record.version):
            text += " " + self.tr("The programme has been saved since; restoring replaces "
                                  "those changes when you save.")
        self.draft_banner.offer(text)

    def restore_draft(self) -> None:
        if self._found_draft is None:
            return
        data = input_from_payload(self._found_draft.payload)
        self._found_draft = None
        self.draft_banner.offer("")
        self._fill(data)
        self.write_draft()

    def discard_found_draft(self) -> None:
        self.forget_draft()
        self.draft_banner.offer("")

    def forget_draft(self, key: str | None = None) -> None:
        """Remove the draft file (after a save, or when the changes are thrown away)."""
        drafts.discard_draft(self.ctx.drafts_scope, key or self.draft_key)
        self._found_draft = None
        self._last_draft = None
