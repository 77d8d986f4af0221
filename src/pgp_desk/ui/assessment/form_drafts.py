"""The assessment form's crash-safe drafts: written every few seconds, offered back on open.

A mixin of ``AssessmentForm``: it uses the form's ``collect()``, ``_fill()``, ``header``
and ``record``. The files are ``services.drafts`` (atomic writes, one folder per database).
"""

from __future__ import annotations

import json
from datetime import datetime

from pgp_desk.domain.dates import format_date_time
from pgp_desk.domain.i18n import fill
from pgp_desk.services import drafts
from pgp_desk.services.assessment_model import input_from_payload


class DraftsMixin:
    """Autosave into a draft file and restore from it."""

    @property
    def draft_key(self) -> str:
        if self.record is not None:
            return drafts.draft_key(assessment_id=self.record.id)
        return drafts.draft_key(episode_id=self.episode.id)

    def write_draft(self) -> bool:
        """Keep the unsaved form on disk (called by the autosave timer); True if written."""
        if self.signed or self._busy:
            return False
        text = self._payload_text(self.collect())
        if text == self._clean or text == self._last_draft:
            return False
        drafts.write_draft(self.ctx.drafts_scope, self.draft_key, json.loads(text),
                           assessment_id=self.record.id if self.record else None,
                           episode_id=self.episode.id, client_id=self.client.id,
                           base_version=self.record.version if self.record else None,
                           kind=self.kind)
        self._last_draft = text
        self.header.saved.setText(fill(self.tr("Draft kept on this computer %1"),
                                       datetime.now().strftime("%H:%M:%S")))
        return True

    def _offer_draft(self) -> None:
        found = drafts.read_draft(self.ctx.drafts_scope, self.draft_key)
        self._found_draft = found
        if found is None:
            return
        if self.signed:
            drafts.discard_draft(self.ctx.drafts_scope, self.draft_key)
            self._found_draft = None
            return
        try:
            restored = input_from_payload(found.payload)
        except (ValueError, KeyError, TypeError):
            self._found_draft = None
            return
        if self._payload_text(restored) == self._clean:
            drafts.discard_draft(self.ctx.drafts_scope, self.draft_key)
            self._found_draft = None
            return
        when = format_date_time(found.saved_at)
        text = fill(self.tr("Unsaved changes from %1 were found on this computer: PGP Desk closed "
                            "before they were saved."), when)
        if self.record is not None and found.base_version not in (None, self.record.version):
            text += " " + self.tr("The assessment has been saved since; restoring replaces "
                                  "those changes when you save.")
        self.header.show_draft_offer(text)

    def restore_draft(self) -> None:
        if self._found_draft is None:
            return
        data = input_from_payload(self._found_draft.payload)
        self._fill(data)
        self._last_draft = self._payload_text(data)
        self.header.show_draft_offer("")
        self._found_draft = None

    def discard_found_draft(self) -> None:
        drafts.discard_draft(self.ctx.drafts_scope, self.draft_key)
        self.header.show_draft_offer("")
        self._found_draft = None

